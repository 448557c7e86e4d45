-- Member companies active in the selected years by size group, and the SMEs by size
-- (micro, small, medium), in the global filter and the page's sector drill (not its own
-- size drill: the chart highlights the chosen bar instead).
with

codes as (
    select *
    from (
        values
            ('large', 'group', 1),
            ('sme', 'group', 2),
            ('micro', 'part', 3),
            ('small', 'part', 4),
            ('medium', 'part', 5),
            ('social_enterprise', 'group', 6)
    ) as codes (code, level, position)
),

members as (
    select *
    from member_companies(
        $year_from, $year_to, $sectors, $size_groups, $sme_sizes,
        $drill_org_sector, null
    )
),

counted as (
    select size_group::varchar as code, count(*) as members
    from members
    group by size_group
    union all
    select size::varchar as code, count(*) as members
    from members
    where size_group = 'sme'
    group by size
),

final as (
    select
        codes.code,
        codes.level,
        cast(coalesce(counted.members, 0) as integer) as members
    from codes
    left join counted using (code)
    order by codes.position
)

select * from final
