-- Who works with whom: every pair of organizations in the same project in partnership of
-- the selection (and of the clicked type, if any), lead included, with the number of
-- projects they share.
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

final as (
    select
        one.org_id as source_id,
        other.org_id as target_id,
        first(sources.name) as source,
        first(targets.name) as target,
        count(*) as projects
    from involved as one
    inner join involved as other
        on one.project_id = other.project_id and one.org_id < other.org_id
    inner join organizations as sources on one.org_id = sources.org_id
    inner join organizations as targets on other.org_id = targets.org_id
    group by one.org_id, other.org_id
)

select * from final
order by projects desc, source, target
