-- Meetings of the selected years with the organizations of the selection that attended
-- them (how many, of which member companies, and, for a thematic workshop, their names:
-- the one table that lists them; a nation's meetings would carry megabytes of names). With
-- no sector, size or drill filter every meeting held counts, even one nobody was recorded
-- at; with a filter, the meetings at least one selected organization attended
-- (DATA_CONTRACT.md).
with

orgs as (
    select *
    from drilled_orgs(
        $sectors, $size_groups, $sme_sizes, $drill_org_sector, $drill_org_size
    )
),

attended as (
    select distinct
        attendance.meeting_id,
        orgs.org_id,
        orgs.name,
        orgs.is_business and orgs.joined_year is not null
            as is_member_company
    from attendance
    inner join orgs using (org_id)
),

counted as (
    select
        meeting_id,
        count(*) as organizations,
        count(*) filter (where is_member_company) as member_companies
    from attended
    group by meeting_id
),

workshop_names as (
    select
        attended.meeting_id,
        string_agg(attended.name, '; ' order by attended.name) as organization_names
    from attended
    inner join meetings using (meeting_id)
    where meetings.kind = 'thematic_workshop'
    group by attended.meeting_id
),

final as (
    select
        meetings.meeting_id,
        meetings.date,
        meetings.year,
        meetings.kind::varchar as kind,
        meetings.theme::varchar as theme,
        meetings.title,
        cast(coalesce(counted.organizations, 0) as integer) as organizations,
        cast(coalesce(counted.member_companies, 0) as integer) as member_companies,
        workshop_names.organization_names
    from meetings
    left join counted using (meeting_id)
    left join workshop_names using (meeting_id)
    where
        meetings.year between $year_from and $year_to
        and (
            counted.organizations > 0
            or (
                $sectors is null and $size_groups is null and $sme_sizes is null
                and $drill_org_sector::varchar is null and $drill_org_size::varchar is null
            )
        )
)

select * from final
order by date, meeting_id
