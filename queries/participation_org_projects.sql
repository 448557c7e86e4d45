-- The projects of one organization started in the selected years: those it led and those
-- it took part in as a partner, with how many partners each had.
with

partner_counts as (
    select project_id, count(*) as partners
    from project_partners
    group by project_id
),

roles as (
    select project_id, 'lead' as role
    from projects
    where lead_org_id = $org_id
    union all
    select project_id, 'partner' as role
    from project_partners
    where org_id = $org_id
),

final as (
    select
        projects.project_id,
        projects.title,
        projects.start_year,
        projects.category::varchar as category,
        projects.status::varchar as status,
        roles.role,
        lead.name as lead_name,
        cast(coalesce(partner_counts.partners, 0) as integer) as partners
    from roles
    inner join projects using (project_id)
    inner join organizations as lead on projects.lead_org_id = lead.org_id
    left join partner_counts using (project_id)
    where projects.start_year between $year_from and $year_to
)

select * from final
order by start_year, project_id
