-- How long members stay: member companies active in the selected years (global filter and
-- page drill) by their years of membership, counted from joined_year to left_year, or to
-- the export's last year for those still members (whose stay is not over).
with

orgs as (
    select *
    from selected_orgs($sectors, $size_groups, $sme_sizes)
    where
        kind in ('company', 'social_enterprise')
        and ($drill_org_sector::varchar is null or sector::varchar = $drill_org_sector::varchar)
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

stays as (
    select
        orgs.org_id,
        orgs.left_year is null as is_still_member,
        count(*) as years_member
    from orgs
    inner join member_years using (org_id)
    group by orgs.org_id, orgs.left_year
),

final as (
    select
        cast(years_member as integer) as years_member,
        is_still_member,
        cast(count(*) as integer) as members
    from stays
    group by years_member, is_still_member
)

select * from final
order by years_member, is_still_member
