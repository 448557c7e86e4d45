-- The tiles: projects started in the selected years (by their lead's sector and size), how
-- many of them are in partnership (of the clicked type, if any), the distinct partner
-- organizations and all organizations they involve, and those across sizes.
with

selected as (
    select * from selected_projects($year_from, $year_to, $sectors, $size_groups, $sme_sizes)
),

partnered as (
    select *
    from partnered_projects(
        $year_from, $year_to, $sectors, $size_groups, $sme_sizes, $drill_ptype
    )
),

involved as (
    select *
    from partnered_orgs(
        $year_from, $year_to, $sectors, $size_groups, $sme_sizes, $drill_ptype
    )
),

final as (
    select
        (select count(*) from selected) as projects,
        (select count(*) from partnered) as projects_in_partnership,
        (select count(*) from partnered where is_across_sizes) as projects_across_sizes,
        (select count(distinct org_id) from involved where not is_lead) as partners_involved,
        (select count(distinct org_id) from involved) as organizations_involved
)

select * from final
