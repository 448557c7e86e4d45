-- The projects behind the Overview's project tiles: started in the selected years, led by
-- the selected organizations, with their number of partners (0: not in partnership).
select
    selected.project_id,
    selected.title,
    leads.name as lead,
    selected.category::varchar as category,
    selected.start_year,
    selected.status::varchar as status,
    coalesce(in_partnership.partner_count, 0) as partners
from selected_projects($year_from, $year_to, $sectors, $size_groups, $sme_sizes) as selected
inner join organizations as leads on selected.lead_org_id = leads.org_id
left join projects_in_partnership as in_partnership using (project_id)
order by selected.start_year, selected.title, selected.project_id
