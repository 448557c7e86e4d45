-- Member companies active in the selected years by sector, in the global filter and the
-- page's size drill (not its own sector drill: the chart highlights the chosen bar).
with

members as (
    select *
    from member_companies(
        $year_from, $year_to, $sectors, $size_groups, $sme_sizes,
        null, $drill_org_size
    )
),

final as (
    select
        sector::varchar as sector,
        cast(count(*) as integer) as members
    from members
    group by sector
)

select * from final
order by members desc, sector
