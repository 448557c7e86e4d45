-- The partners of one organization: the other organizations (lead or partner) of the
-- projects it took part in, started in the selected years, with how many they shared.
with

involved as (
    select project_id, lead_org_id as org_id
    from projects
    where start_year between $year_from and $year_to
    union
    select project_partners.project_id, project_partners.org_id
    from project_partners
    inner join projects using (project_id)
    where projects.start_year between $year_from and $year_to
),

own as (
    select project_id
    from involved
    where org_id = $org_id
),

final as (
    select
        organizations.org_id,
        organizations.name,
        organizations.kind::varchar as kind,
        cast(count(distinct involved.project_id) as integer) as shared_projects
    from involved
    inner join own using (project_id)
    inner join organizations using (org_id)
    where involved.org_id != $org_id
    group by all
)

select * from final
order by shared_projects desc, name
