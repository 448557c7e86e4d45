-- One row per member (an organization of any kind with a joined_year) and export year it is
-- active in: from joined_year to left_year included, or to the export's last year.
create view member_years as
with members as (
    select
        org_id,
        joined_year,
        left_year
    from organizations
    where joined_year is not null
),

final as (
    select
        members.org_id,
        export_years.year
    from members
    inner join export_years
        on
            export_years.year >= members.joined_year
            and (members.left_year is null or export_years.year <= members.left_year)
)

select * from final;
