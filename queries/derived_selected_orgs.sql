-- The global filters as one table macro, so every question filters organizations alike.
-- A null list means "no filter". Sizes: the three groups, or micro/small/medium as parts
-- of `sme` (DATA_CONTRACT.md, "Size group").
create or replace macro selected_orgs(sectors, size_groups, sme_sizes) as table
select o.*
from organizations as o
where
    (sectors is null or list_contains(sectors::varchar[], o.sector::varchar))
    and (
        (size_groups is null and sme_sizes is null)
        or list_contains(coalesce(size_groups::varchar[], []), o.size_group::varchar)
        or (
            o.size_group = 'sme'
            and list_contains(coalesce(sme_sizes::varchar[], []), o.size::varchar)
        )
    )
