-- Savings for local authorities in the selected years from the projects one organization
-- led (savings count through their project's lead, DATA_CONTRACT.md), verified or not.
select
    savings.project_id,
    projects.title,
    savings.year,
    authority.name as authority,
    savings.policy_area::varchar as policy_area,
    savings.method::varchar as method,
    savings.verified,
    savings.amount_eur::double as amount_eur
from savings
inner join projects using (project_id)
inner join organizations as authority on savings.authority_org_id = authority.org_id
where
    projects.lead_org_id = $org_id
    and savings.year between $year_from and $year_to
order by savings.year, savings.project_id, authority.name, savings.amount_eur desc
