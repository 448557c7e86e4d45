-- Projects started in the selected years per category and lead's sector: every category
-- (only the chosen one under the page's category filter) against every sector that leads at
-- least one of them, zeros included; a lead without a sector (not a business) has sector
-- null. Led by the selected organizations; narrowed by the page's filters.
with

orgs as (
    select * from selected_orgs($sectors, $size_groups, $sme_sizes)
),

chosen as (
    select
        projects.category,
        orgs.sector
    from projects
    inner join orgs on orgs.org_id = projects.lead_org_id
    where
        projects.start_year between $year_from and $year_to
        and ($drill_category is null or projects.category::varchar = $drill_category)
        and ($drill_status is null or projects.status::varchar = $drill_status)
),

counts as (
    select
        category,
        sector,
        count(*) as projects
    from chosen
    group by category, sector
),

rows_used as (
    select distinct sector from counts
),

columns_used as (
    select code as category
    from categories
    where $drill_category is null or code::varchar = $drill_category
),

final as (
    select
        columns_used.category::varchar as category,
        rows_used.sector::varchar as sector,
        coalesce(counts.projects, 0) as projects
    from columns_used
    cross join rows_used
    left join counts
        on
            counts.category = columns_used.category
            and counts.sector is not distinct from rows_used.sector
)

select * from final
order by sector::sector nulls last, category::category
