-- Member companies active in the selected years by sector, in the global filter and the
-- page's size drill (not its own sector drill: the chart highlights the chosen bar).
with

members as (
    select *
    from selected_orgs($sectors, $size_groups, $sme_sizes)
    where
        kind in ('company', 'social_enterprise')
        and (
            $drill_org_size::varchar is null
            or size_group::varchar = $drill_org_size::varchar
            or (size_group = 'sme' and size::varchar = $drill_org_size::varchar)
        )
        and org_id in (
            select org_id
            from member_years
            where year between $year_from and $year_to
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
