-- Organizations, typed, with the size group the network reports participation by:
-- large companies, SMEs (micro, small, medium companies) and every social enterprise;
-- and whether it is a business (a company or a social enterprise), the one place that
-- rule is written.
create table organizations as
with source as (
    select * from raw_organizations
),

final as (
    select
        org_id,
        name,
        cast(kind as org_kind) as kind,
        cast(sector as sector) as sector,
        cast(size as org_size) as size,
        cast(
            case
                when kind = 'social_enterprise' then 'social_enterprise'
                when kind = 'company' and size = 'large' then 'large'
                when kind = 'company' and size in ('micro', 'small', 'medium') then 'sme'
            end as size_group
        ) as size_group,
        kind in ('company', 'social_enterprise') as is_business,
        cast(employees as integer) as employees,
        municipality,
        cast(joined_year as integer) as joined_year,
        cast(left_year as integer) as left_year,
        * exclude (
            org_id, name, kind, sector, size, employees, municipality, joined_year, left_year
        )
    from source
)

select * from final;
