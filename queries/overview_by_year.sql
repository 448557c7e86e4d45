-- Per year of the selection, and the year before it when the export has it (for the
-- tiles' change): active member companies, projects started and in partnership, savings
-- verified and estimated, meetings held. Filters as in DATA_CONTRACT.md, "Counting".
with

years as (
    select year
    from export_years
    where year between $year_from - 1 and $year_to
),

orgs as (
    select * from selected_orgs($sectors, $size_groups, $sme_sizes)
),

active_companies as (
    select member_years.year, count(*) as active_companies
    from member_years
    inner join orgs using (org_id)
    where orgs.is_business
    group by member_years.year
),

projects_started as (
    select
        projects.start_year as year,
        count(*) as projects,
        count(projects_in_partnership.project_id) as projects_in_partnership
    from projects
    inner join orgs on orgs.org_id = projects.lead_org_id
    left join projects_in_partnership using (project_id)
    group by projects.start_year
),

savings_by_year as (
    select
        savings.year,
        sum(savings.amount_eur) filter (where savings.verified) as savings_verified,
        sum(savings.amount_eur) filter (where not savings.verified) as savings_estimated
    from savings
    inner join projects using (project_id)
    inner join orgs on orgs.org_id = projects.lead_org_id
    group by savings.year
),

meetings_held as (
    select meetings.year, count(*) as meetings
    from meetings
    where
        ($sectors is null and $size_groups is null and $sme_sizes is null)
        or exists (
            select 1
            from attendance
            inner join orgs using (org_id)
            where attendance.meeting_id = meetings.meeting_id
        )
    group by meetings.year
),

final as (
    select
        years.year,
        coalesce(active_companies.active_companies, 0) as active_companies,
        coalesce(projects_started.projects, 0) as projects,
        coalesce(projects_started.projects_in_partnership, 0) as projects_in_partnership,
        coalesce(savings_by_year.savings_verified, 0)::double as savings_verified,
        coalesce(savings_by_year.savings_estimated, 0)::double as savings_estimated,
        coalesce(meetings_held.meetings, 0) as meetings
    from years
    left join active_companies using (year)
    left join projects_started using (year)
    left join savings_by_year using (year)
    left join meetings_held using (year)
)

select * from final
order by year
