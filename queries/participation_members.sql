-- Member companies (companies and social enterprises with a joined_year) active in at least
-- one selected year, in the global filter and the page's drill: one row each, with its
-- years of membership (up to the export's last year), the projects it led and its
-- partnerships (projects started in the selected years it took part in as a partner, or
-- led with at least one partner). With a $search text, only the members whose name or
-- municipality holds it, whatever its case.
with

members as (
    select *
    from member_companies(
        $year_from, $year_to, $sectors, $size_groups, $sme_sizes,
        $drill_org_sector, $drill_org_size
    )
),

years_member as (
    select org_id, cast(count(*) as integer) as years_member
    from member_years
    group by org_id
),

projects_in_years as (
    select
        projects.project_id,
        projects.lead_org_id,
        projects_in_partnership.project_id is not null as is_in_partnership
    from projects
    left join projects_in_partnership using (project_id)
    where projects.start_year between $year_from and $year_to
),

roles as (
    select
        lead_org_id as org_id,
        project_id,
        true as is_lead,
        is_in_partnership
    from projects_in_years
    union all
    select
        project_partners.org_id,
        project_id,
        false as is_lead,
        true as is_in_partnership
    from project_partners
    inner join projects_in_years using (project_id)
),

project_counts as (
    select
        org_id,
        cast(count(distinct project_id) filter (where is_lead) as integer) as projects_led,
        cast(count(distinct project_id) filter (where is_in_partnership) as integer)
            as partnerships
    from roles
    group by org_id
),

final as (
    select
        members.org_id,
        members.name,
        members.sector::varchar as sector,
        members.size::varchar as size,
        members.size_group::varchar as size_group,
        members.municipality,
        members.joined_year,
        members.left_year,
        years_member.years_member,
        members.left_year is null as is_still_member,
        coalesce(project_counts.projects_led, 0) as projects_led,
        coalesce(project_counts.partnerships, 0) as partnerships
    from members
    inner join years_member using (org_id)
    left join project_counts using (org_id)
    where
        $search is null
        or contains(lower(concat_ws(' ', members.name, members.municipality)), lower($search))
)

select * from final
order by name, org_id
