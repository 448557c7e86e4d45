-- The organizations of the partnered projects (see partnered_projects): one row per
-- project and organization taking part, its partners and its lead (`is_lead`). The
-- partnership questions on organizations (tiles, network, size pairs) all start here.
create or replace macro partnered_orgs(
    year_from, year_to, sectors, size_groups, sme_sizes, drill_ptype
) as table
select
    project_partners.project_id,
    project_partners.org_id,
    false as is_lead
from project_partners
inner join partnered_projects(
    year_from, year_to, sectors, size_groups, sme_sizes, drill_ptype
) using (project_id)
union all
select
    projects.project_id,
    projects.lead_org_id as org_id,
    true as is_lead
from projects
inner join partnered_projects(
    year_from, year_to, sectors, size_groups, sme_sizes, drill_ptype
) using (project_id)
