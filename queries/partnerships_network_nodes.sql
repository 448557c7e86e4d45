-- The organizations of the projects in partnership of the selection (and of the clicked
-- type, if any), lead included: how many of those projects each takes part in and leads,
-- and its distinct partners over all of them (every other organization of its projects).
with

involved as (
    select *
    from partnered_orgs(
        $year_from, $year_to, $sectors, $size_groups, $sme_sizes, $drill_ptype
    )
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
order by partners desc, projects desc, name, org_id
