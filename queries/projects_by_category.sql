-- Projects started in the selected years per category of the export's code list (in its
-- order, zeros included), with the UN SDGs each category serves (`7|12|13`). Led by the
-- selected organizations; narrowed by the page's status filter, never by its own category.
with

orgs as (
    select * from selected_orgs($sectors, $size_groups, $sme_sizes)
),

chosen as (
    select projects.category
    from projects
    inner join orgs on orgs.org_id = projects.lead_org_id
    where
        projects.start_year between $year_from and $year_to
        and ($drill_status is null or projects.status::varchar = $drill_status)
),

counts as (
    select
        category,
        count(*) as projects
    from chosen
    group by category
),

final as (
    select
        categories.code::varchar as category,
        categories.sdgs,
        coalesce(counts.projects, 0) as projects
    from categories
    left join counts on counts.category = categories.code
)

select * from final
order by category::category
