-- One organization, for its card: who it is and its membership.
select
    org_id,
    name,
    kind::varchar as kind,
    sector::varchar as sector,
    size::varchar as size,
    size_group::varchar as size_group,
    municipality,
    joined_year,
    left_year
from organizations
where org_id = $org_id
