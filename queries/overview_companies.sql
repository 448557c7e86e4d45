-- The companies behind the Overview's "companies involved": one row each, by name.
select
    name,
    sector::varchar as sector,
    size_group::varchar as size_group,
    size::varchar as size,
    municipality,
    joined_year,
    left_year
from member_companies($year_from, $year_to, $sectors, $size_groups, $sme_sizes, null, null)
order by name, org_id
