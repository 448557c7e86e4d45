-- How many partners the projects in partnership have (besides their lead): projects per
-- number of partners, for the selected years and filters and the clicked type, if any.
with

partnered as (
    select *
    from partnered_projects(
        $year_from, $year_to, $sectors, $size_groups, $sme_sizes, $drill_ptype
    )
),

final as (
    select
        partner_count as partners,
        count(*) as projects
    from partnered
    group by partner_count
)

select * from final
order by partners
