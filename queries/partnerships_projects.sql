-- The records behind the partnership figures: each project in partnership of the selection
-- (and of the clicked type, if any), its lead, its partners and its types.
with

partnered as (
    select *
    from partnered_projects(
        $year_from, $year_to, $sectors, $size_groups, $sme_sizes, $drill_ptype
    )
),

typed as (
    select project_ptypes.*
    from project_ptypes
    inner join partnered using (project_id)
),

partner_names as (
    select
        project_partners.project_id,
        string_agg(organizations.name, ', ' order by organizations.name) as partners
    from project_partners
    inner join organizations using (org_id)
    group by project_partners.project_id
),

type_lists as (
    select
        project_id,
        list(ptype order by ptype) as ptypes
    from typed
    group by project_id
),

final as (
    select
        projects.project_id,
        projects.title,
        projects.start_year,
        leads.name as lead,
        partnered.partner_count,
        partner_names.partners,
        partnered.is_across_sizes,
        type_lists.ptypes
    from partnered
    inner join projects using (project_id)
    inner join organizations as leads on projects.lead_org_id = leads.org_id
    inner join partner_names using (project_id)
    inner join type_lists using (project_id)
)

select * from final
order by start_year, project_id
