-- Money local authorities did not have to spend thanks to a project.
create table savings as
with source as (
    select * from raw_savings
),

final as (
    select
        project_id,
        cast(year as integer) as year,
        authority_org_id,
        cast(policy_area as policy_area) as policy_area,
        cast(amount_eur as decimal(18, 2)) as amount_eur,
        cast(method as saving_method) as method,
        cast(verified as boolean) as verified,
        note,
        * exclude (
            project_id, year, authority_org_id, policy_area, amount_eur, method, verified, note
        )
    from source
)

select * from final;
