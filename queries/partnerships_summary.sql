-- The tiles: projects started in the selected years (by their lead's sector and size), how
-- many of them are in partnership (of the clicked type, if any), the distinct partner
-- organizations and all organizations they involve, and those across sizes.
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
        project_partners.org_id,
        false as is_lead
    from project_partners
    inner join partnered using (project_id)
    union all
    select
        projects.project_id,
        projects.lead_org_id as org_id,
        true as is_lead
    from projects
    inner join partnered using (project_id)
),

final as (
    select
        (select count(*) from selected_projects) as projects,
        (select count(*) from partnered) as projects_in_partnership,
        (select count(*) from partnered where is_across_sizes) as projects_across_sizes,
        (select count(distinct org_id) from involved where not is_lead) as partners_involved,
        (select count(distinct org_id) from involved) as organizations_involved
)

select * from final
