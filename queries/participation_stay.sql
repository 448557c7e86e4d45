-- How long members stay: member companies active in the selected years (global filter and
-- page drill) by their years of membership, counted from joined_year to left_year, or to
-- the export's last year for those still members (whose stay is not over).
with

orgs as (
    select *
    from member_companies(
        $year_from, $year_to, $sectors, $size_groups, $sme_sizes,
        $drill_org_sector, $drill_org_size
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
