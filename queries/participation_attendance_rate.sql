-- Attendance rate by sector or size group ($rate_by; with $split_sme, SMEs by size) over
-- the selected years: of the member companies active in a year, how many attended at
-- least one meeting held that year, summed over the years (member-years), in the global
-- filter and the page's drill.
with

members as (
    select *
    from drilled_orgs(
        $sectors, $size_groups, $sme_sizes, $drill_org_sector, $drill_org_size
    )
    where is_business
),

active as (
    select
        member_years.org_id,
        member_years.year,
        case
            when $rate_by = 'sector' then members.sector::varchar
            when $split_sme and members.size_group = 'sme' then members.size::varchar
            else members.size_group::varchar
        end as grp
    from member_years
    inner join members using (org_id)
    where member_years.year between $year_from and $year_to
),

attended as (
    select distinct
        attendance.org_id,
        meetings.year
    from attendance
    inner join meetings using (meeting_id)
),

final as (
    select
        active.grp,
        cast(count(*) as integer) as member_years,
        cast(count(attended.org_id) as integer) as attending_years,
        count(attended.org_id) / count(*) as rate
    from active
    left join attended using (org_id, year)
    group by active.grp
)

select * from final
order by rate desc, grp
