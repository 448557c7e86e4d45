-- Which organizations publish a sustainability report (they lead a project in the category
-- `reporting`) in the selected years: how many reporting projects each started, and when.
-- Organizations by their own sector and size group.
with

orgs as (
    select * from selected_orgs($sectors, $size_groups, $sme_sizes)
),

reports as (
    select
        projects.lead_org_id as org_id,
        projects.start_year
    from projects
    inner join orgs on orgs.org_id = projects.lead_org_id
    where
        projects.category::varchar = 'reporting'
        and projects.start_year between $year_from and $year_to
),

final as (
    select
        orgs.org_id,
        orgs.name,
        orgs.kind::varchar as kind,
        orgs.sector::varchar as sector,
        orgs.size_group::varchar as size_group,
        count(*) as reports,
        array_to_string(list_sort(list(distinct reports.start_year)), ', ') as years
    from reports
    inner join orgs using (org_id)
    group by all
)

select * from final
order by reports desc, name, org_id
