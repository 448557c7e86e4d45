-- The selected projects (see selected_projects) that are in partnership, with their
-- partner count, whether they are across sizes and their start year; narrowed to one
-- partnership type of project_ptypes when `drill_ptype` is not null (a clicked type).
-- Every partnership question starts from these, so they all count the same projects.
create or replace macro partnered_projects(
    year_from, year_to, sectors, size_groups, sme_sizes, drill_ptype
) as table
select
    in_partnership.*,
    selected.start_year
from projects_in_partnership as in_partnership
inner join selected_projects(year_from, year_to, sectors, size_groups, sme_sizes) as selected
    using (project_id)
where
    drill_ptype is null
    or in_partnership.project_id in (
        select project_ptypes.project_id
        from project_ptypes
        where project_ptypes.ptype = drill_ptype
    )
