-- Per year of the selection, and the year before it when the export has it (for the tiles'
-- change): projects started, those in partnership (of the clicked type, if any), those
-- across sizes, and the distinct partner organizations of that year's projects.
with

years as (
    select year
    from export_years
    where year between $year_from - 1 and $year_to
),

selected as (
    select *
    from selected_projects($year_from - 1, $year_to, $sectors, $size_groups, $sme_sizes)
),

partnered as (
    select *
    from partnered_projects(
        $year_from - 1, $year_to, $sectors, $size_groups, $sme_sizes, $drill_ptype
    )
),

started as (
    select
        start_year as year,
        count(*) as projects
    from selected
    group by start_year
),

partnered_by_year as (
    select
        start_year as year,
        count(*) as projects_in_partnership,
        count(*) filter (where is_across_sizes) as projects_across_sizes
    from partnered
    group by start_year
),

partners_by_year as (
    select
        partnered.start_year as year,
        count(distinct project_partners.org_id) as partners
    from partnered
    inner join project_partners using (project_id)
    group by partnered.start_year
),

final as (
    select
        years.year,
        coalesce(started.projects, 0) as projects,
        coalesce(partnered_by_year.projects_in_partnership, 0) as projects_in_partnership,
        coalesce(partnered_by_year.projects_across_sizes, 0) as projects_across_sizes,
        coalesce(partners_by_year.partners, 0) as partners
    from years
    left join started using (year)
    left join partnered_by_year using (year)
    left join partners_by_year using (year)
)

select * from final
order by year
