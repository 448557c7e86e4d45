-- The records behind the meeting figures: one row per meeting of the selected years (of
-- kind $meeting_kind, or of any kind when it is null) and organization of the selection
-- (global filter and page drill) that attended it.
with

orgs as (
    select *
    from drilled_orgs(
        $sectors, $size_groups, $sme_sizes, $drill_org_sector, $drill_org_size
    )
),

-- each organization once a meeting, however many of its people came: made distinct on the
-- two keys alone, before the titles and names join (a nation's 600,000 rows stay small)
attended as (
    select distinct
        attendance.meeting_id,
        attendance.org_id
    from attendance
    inner join meetings using (meeting_id)
    where
        meetings.year between $year_from and $year_to
        and ($meeting_kind is null or meetings.kind = $meeting_kind)
),

final as (
    select
        meetings.meeting_id,
        meetings.date,
        meetings.kind::varchar as kind,
        meetings.theme::varchar as theme,
        meetings.title,
        orgs.org_id,
        orgs.name,
        orgs.kind::varchar as org_kind,
        orgs.sector::varchar as sector,
        orgs.size_group::varchar as size_group
    from attended
    inner join meetings using (meeting_id)
    inner join orgs using (org_id)
)

select * from final
order by date, meeting_id, name, org_id
