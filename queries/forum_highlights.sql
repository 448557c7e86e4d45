-- The forum's highlight projects: those the coordinator marked (`highlight` true in
-- projects.csv) among the projects led by the selected organizations and started by the
-- last selected year; when none is marked, the three with the largest verified savings in
-- the selected years. At most three, the most verified savings first.
-- Each row: the project, its lead, its verified and estimated savings in the selected
-- years (never added up) and whether it was marked.
with

orgs as (
    select * from selected_orgs($sectors, $size_groups, $sme_sizes)
),

in_scope as (
    select
        projects.project_id,
        projects.title,
        orgs.name as lead,
        projects.category::varchar as category,
        projects.start_year,
        projects.status::varchar as status,
        coalesce(projects.highlight, false) as is_marked
    from projects
    inner join orgs on projects.lead_org_id = orgs.org_id
    where projects.start_year <= $year_to
),

saved as (
    select
        project_id,
        sum(verified_eur)::double as verified_eur,
        sum(estimated_eur)::double as estimated_eur
    from savings_amounts($year_from, $year_to, $sectors, $size_groups, $sme_sizes, null, null)
    group by project_id
),

scored as (
    select
        in_scope.*,
        coalesce(saved.verified_eur, 0) as verified_eur,
        coalesce(saved.estimated_eur, 0) as estimated_eur
    from in_scope
    left join saved using (project_id)
),

final as (
    select *
    from scored
    where
        is_marked
        or (
            not exists (select 1 from scored where is_marked)
            and verified_eur > 0
        )
)

select * from final
order by verified_eur desc, estimated_eur desc, title, project_id
limit 3
