-- Projects started per year of the selection, and the year before it when the export has it
-- (for the tiles' change), by status: led by the selected organizations (their lead's sector
-- and size group), narrowed by the page's own filters (category, status).
with

years as (
    select year
    from export_years
    where year between $year_from - 1 and $year_to
),

orgs as (
    select * from selected_orgs($sectors, $size_groups, $sme_sizes)
),

chosen as (
    select
        projects.start_year as year,
        projects.status
    from projects
    inner join orgs on orgs.org_id = projects.lead_org_id
    where
        ($drill_category is null or projects.category::varchar = $drill_category)
        and ($drill_status is null or projects.status::varchar = $drill_status)
),

final as (
    select
        years.year,
        count(chosen.year) as projects,
        count(*) filter (where chosen.status = 'idea') as idea,
        count(*) filter (where chosen.status = 'planned') as planned,
        count(*) filter (where chosen.status = 'in_progress') as in_progress,
        count(*) filter (where chosen.status = 'completed') as completed,
        count(*) filter (where chosen.status = 'stopped') as stopped
    from years
    left join chosen using (year)
    group by years.year
)

select * from final
order by year
