-- The projects of the global filter as one table macro: started in the years from
-- `year_from` to `year_to` and led by the selected organizations (projects count by their
-- lead, DATA_CONTRACT.md, "Counting"), so every question selects projects alike.
create or replace macro selected_projects(
    year_from, year_to, sectors, size_groups, sme_sizes
) as table
select projects.*
from projects
inner join selected_orgs(sectors, size_groups, sme_sizes) as orgs
    on projects.lead_org_id = orgs.org_id
where projects.start_year between year_from and year_to
