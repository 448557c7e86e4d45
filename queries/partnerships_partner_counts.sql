-- How many partners the projects in partnership have (besides their lead): projects per
-- number of partners, for the selected years and filters and the clicked type, if any.
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

final as (
    select
        partner_count as partners,
        count(*) as projects
    from partnered
    group by partner_count
)

select * from final
order by partners
