-- Meetings, with the year they count in.
create table meetings as
with source as (
    select * from raw_meetings
),

final as (
    select
        meeting_id,
        cast(date as date) as date,
        cast(year(cast(date as date)) as integer) as year,
        cast(kind as meeting_kind) as kind,
        cast(theme as theme) as theme,
        title,
        * exclude (meeting_id, date, kind, theme, title)
    from source
)

select * from final;
