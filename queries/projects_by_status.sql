-- Projects started in the selected years per status, in the order of a project's life
-- (idea, planned, in_progress, completed, stopped), zeros included. Led by the selected
-- organizations; narrowed by the page's category filter, never by its own status.
with

statuses as (
    select unnest(enum_range(null::project_status)) as status
),

orgs as (
    select * from selected_orgs($sectors, $size_groups, $sme_sizes)
),

chosen as (
    select projects.status
    from projects
    inner join orgs on orgs.org_id = projects.lead_org_id
    where
        projects.start_year between $year_from and $year_to
        and ($drill_category is null or projects.category::varchar = $drill_category)
),

counts as (
    select
        status,
        count(*) as projects
    from chosen
    group by status
),

final as (
    select
        statuses.status::varchar as status,
        coalesce(counts.projects, 0) as projects
    from statuses
    left join counts on counts.status = statuses.status
)

select * from final
order by status::project_status
