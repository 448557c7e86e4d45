-- The records behind the partnership figures: each project in partnership of the selection
-- (and of the clicked type, if any), its lead, its partners and its types.
with

orgs as (
    select * from selected_orgs($sectors, $size_groups, $sme_sizes)
),

selected_projects as (
    select projects.project_id
    from projects
    inner join orgs on projects.lead_org_id = orgs.org_id
    where projects.start_year between $year_from and $year_to
),

typed as (
    select
        types.project_id,
        case
            when types.partnership_type != 'business_business' then types.partnership_type
            when in_partnership.is_across_sizes then 'business_business_across_sizes'
            else 'business_business_same_size'
        end as ptype
    from project_partnership_types as types
    inner join projects_in_partnership as in_partnership using (project_id)
),

partnered as (
    select in_partnership.*
    from projects_in_partnership as in_partnership
    inner join selected_projects using (project_id)
    where
        $drill_ptype is null
        or in_partnership.project_id in (
            select typed.project_id from typed where typed.ptype = $drill_ptype
        )
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
