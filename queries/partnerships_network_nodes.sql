-- The organizations of the projects in partnership of the selection (and of the clicked
-- type, if any), lead included: how many of those projects each takes part in and leads,
-- and its distinct partners over all of them (every other organization of its projects).
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

involved as (
    select
        project_partners.project_id,
        project_partners.org_id
    from project_partners
    inner join partnered using (project_id)
    union all
    select
        projects.project_id,
        projects.lead_org_id as org_id
    from projects
    inner join partnered using (project_id)
),

links as (
    select distinct
        mine.org_id,
        theirs.org_id as partner_id
    from involved as mine
    inner join involved as theirs
        on mine.project_id = theirs.project_id and mine.org_id != theirs.org_id
),

partner_lists as (
    select
        links.org_id,
        count(*) as partners,
        string_agg(organizations.name, ', ' order by organizations.name) as partner_names
    from links
    inner join organizations on links.partner_id = organizations.org_id
    group by links.org_id
),

taking_part as (
    select
        involved.org_id,
        count(distinct involved.project_id) as projects,
        count(distinct projects.project_id) as projects_led
    from involved
    left join projects
        on involved.project_id = projects.project_id and involved.org_id = projects.lead_org_id
    group by involved.org_id
),

final as (
    select
        organizations.org_id,
        organizations.name,
        organizations.kind::varchar as kind,
        organizations.size_group::varchar as size_group,
        taking_part.projects,
        taking_part.projects_led,
        partner_lists.partners,
        partner_lists.partner_names
    from taking_part
    inner join organizations using (org_id)
    inner join partner_lists using (org_id)
)

select * from final
order by partners desc, projects desc, name
