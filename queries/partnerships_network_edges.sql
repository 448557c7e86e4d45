-- Who works with whom: every pair of organizations in the same project in partnership of
-- the selection (and of the clicked type, if any), lead included, with the number of
-- projects they share and the size group of each (null for a local authority or an NGO).
-- With $businesses_only, only the pairs of two businesses (both with a size group); with
-- $among (a list of org_id), only the pairs of two of them: the links a drawing of the
-- best connected shows, without fetching a nation's every pair.
with

involved as (
    select *
    from partnered_orgs(
        $year_from, $year_to, $sectors, $size_groups, $sme_sizes, $drill_ptype
    )
),

final as (
    select
        one.org_id as source_id,
        other.org_id as target_id,
        first(sources.name) as source,
        first(targets.name) as target,
        count(*) as projects,
        first(sources.size_group::varchar) as source_group,
        first(targets.size_group::varchar) as target_group
    from involved as one
    inner join involved as other
        on one.project_id = other.project_id and one.org_id < other.org_id
    inner join organizations as sources on one.org_id = sources.org_id
    inner join organizations as targets on other.org_id = targets.org_id
    where
        (
            not $businesses_only
            or (sources.size_group is not null and targets.size_group is not null)
        )
        and (
            $among::varchar[] is null
            or (list_contains($among, one.org_id) and list_contains($among, other.org_id))
        )
    group by one.org_id, other.org_id
)

select * from final
order by projects desc, source, target, source_id, target_id
