-- The savings of the global filter as one table macro, so every savings question counts
-- the same rows: those of the years from `year_from` to `year_to` of projects led by the
-- selected organizations (savings count through their project's lead, DATA_CONTRACT.md,
-- "Counting"), narrowed to a clicked policy area and method unless those are null.
create or replace macro selected_savings(
    year_from, year_to, sectors, size_groups, sme_sizes, drill_policy_area, drill_method
) as table
select
    savings.project_id,
    projects.title,
    orgs.name as lead,
    projects.category::varchar as category,
    savings.authority_org_id,
    authorities.name as authority,
    savings.year,
    savings.policy_area::varchar as policy_area,
    savings.method::varchar as method,
    savings.verified,
    savings.amount_eur,
    savings.note
from savings
inner join projects using (project_id)
inner join selected_orgs(sectors, size_groups, sme_sizes) as orgs
    on projects.lead_org_id = orgs.org_id
inner join organizations as authorities on savings.authority_org_id = authorities.org_id
where
    savings.year between year_from and year_to
    and (drill_policy_area is null or savings.policy_area::varchar = drill_policy_area)
    and (drill_method is null or savings.method::varchar = drill_method)
