-- The partners of one project (its lead excluded): name, kind, contribution in money or
-- valued in kind (null when not given).
with

final as (
    select
        organizations.name,
        organizations.kind::varchar as kind,
        project_partners.contribution_eur::double as contribution_eur
    from project_partners
    inner join organizations using (org_id)
    where project_partners.project_id = $project_id
)

select * from final
order by name
