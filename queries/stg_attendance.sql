-- Who attended which meeting.
create table attendance as
with source as (
    select * from raw_attendance
),

final as (
    select
        meeting_id,
        org_id,
        person_id,
        * exclude (meeting_id, org_id, person_id)
    from source
)

select * from final;
