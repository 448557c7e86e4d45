-- Per selected year: member companies that joined that year, that left after it
-- (left_year = year: the last year they were members) and that were active in it, in the
-- global filter and the page's drill.
with

orgs as (
    select *
    from drilled_orgs(
        $sectors, $size_groups, $sme_sizes, $drill_org_sector, $drill_org_size
    )
    where
        is_business
        and joined_year is not null
),

years as (
    select year
    from export_years
    where year between $year_from and $year_to
),

final as (
    select
        years.year,
        cast((select count(*) from orgs where orgs.joined_year = years.year) as integer)
            as joined,
        cast((select count(*) from orgs where orgs.left_year = years.year) as integer) as left,
        cast(
            (
                select count(*)
                from member_years
                inner join orgs using (org_id)
                where member_years.year = years.year
            ) as integer
        ) as active
    from years
)

select * from final
order by year
