-- Per year of the selection, and the year before it when the export has it (for the tiles'
-- change): projects started, those in partnership (of the clicked type, if any), those
-- across sizes, and the distinct partner organizations of that year's projects.
with

years as (
    select year
    from export_years
    where year between $year_from - 1 and $year_to
),

orgs as (
    select * from selected_orgs($sectors, $size_groups, $sme_sizes)
),

selected_projects as (
    select
        projects.project_id,
        projects.start_year
    from projects
    inner join orgs on projects.lead_org_id = orgs.org_id
),

typed as (
    select
        types.project_id,
        case
            when types.partnership_type != 'business_business' then types.partnership_type
            when in_partnership.is_across_sizes then 'business_business_across_sizes'
            else 'business_business_same_size'
        end as ptype
    from project_partnership_types as types
    inner join projects_in_partnership as in_partnership using (project_id)
),

partnered as (
    select
        in_partnership.*,
        selected_projects.start_year
    from projects_in_partnership as in_partnership
    inner join selected_projects using (project_id)
    where
        $drill_ptype is null
        or in_partnership.project_id in (
            select typed.project_id from typed where typed.ptype = $drill_ptype
        )
),

started as (
    select
        start_year as year,
        count(*) as projects
    from selected_projects
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
