-- The organizations of the Participation page as one table macro: those of the global
-- filter (selected_orgs), narrowed by the page's drill to one sector and one size (a size
-- group, or micro/small/medium as parts of `sme`) unless those are null, so every
-- participation question narrows alike.
create or replace macro drilled_orgs(
    sectors, size_groups, sme_sizes, drill_org_sector, drill_org_size
) as table
select *
from selected_orgs(sectors, size_groups, sme_sizes)
where
    (drill_org_sector::varchar is null or sector::varchar = drill_org_sector::varchar)
    and (
        drill_org_size::varchar is null
        or size_group::varchar = drill_org_size::varchar
        or (size_group = 'sme' and size::varchar = drill_org_size::varchar)
    )
