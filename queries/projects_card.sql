-- One project, whatever the filters (a shared link opens its card): what it is, its lead.
with

final as (
    select
        projects.project_id,
        projects.title,
        projects.description,
        projects.category::varchar as category,
        projects.theme::varchar as theme,
        projects.start_year,
        projects.status::varchar as status,
        projects.budget_eur::double as budget_eur,
        lead.name as lead_name,
        lead.kind::varchar as lead_kind,
        lead.sector::varchar as lead_sector,
        lead.municipality as lead_municipality
    from projects
    inner join organizations as lead on lead.org_id = projects.lead_org_id
    where projects.project_id = $project_id
)

select * from final
