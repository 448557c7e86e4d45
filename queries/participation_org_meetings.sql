-- The meetings of the selected years one organization attended.
select distinct
    meetings.meeting_id,
    meetings.date,
    meetings.kind::varchar as kind,
    meetings.theme::varchar as theme,
    meetings.title
from attendance
inner join meetings using (meeting_id)
where
    attendance.org_id = $org_id
    and meetings.year between $year_from and $year_to
order by meetings.date, meetings.meeting_id
