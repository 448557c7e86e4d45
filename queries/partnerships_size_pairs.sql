-- Collaboration across sizes: pairs of businesses (companies and social enterprises) in the
-- same project in partnership, by the size group of each (large, SME, social enterprise).
-- A pair counts once per project it shares. The matrix is symmetric: a pair of two groups
-- shows in both of their cells, a pair within one group once, on the diagonal.
with

groups as (
    select
        code,
        ordinality as rank
    from unnest(['large', 'sme', 'social_enterprise']) with ordinality as t (code, ordinality)
),

involved as (
    select *
    from partnered_orgs(
        $year_from, $year_to, $sectors, $size_groups, $sme_sizes, $drill_ptype
    )
),

businesses as (
    select
        involved.project_id,
        involved.org_id,
        organizations.size_group::varchar as size_group
    from involved
    inner join organizations using (org_id)
    where organizations.size_group is not null
),

pairs as (
    select
        one.project_id,
        one.size_group as group_one,
        other.size_group as group_other
    from businesses as one
    inner join businesses as other
        on one.project_id = other.project_id and one.org_id < other.org_id
),

both_ways as (
    select
        project_id,
        group_one as row_group,
        group_other as column_group
    from pairs
    union all
    select
        project_id,
        group_other as row_group,
        group_one as column_group
    from pairs
    where group_one != group_other
),

counted as (
    select
        row_group,
        column_group,
        count(*) as pairs,
        count(distinct project_id) as projects
    from both_ways
    group by row_group, column_group
),

final as (
    select
        rows.code as row_group,
        columns.code as column_group,
        coalesce(counted.pairs, 0) as pairs,
        coalesce(counted.projects, 0) as projects,
        rows.rank as row_rank,
        columns.rank as column_rank
    from groups as rows
    cross join groups as columns
    left join counted
        on rows.code = counted.row_group and columns.code = counted.column_group
)

select * exclude (row_rank, column_rank) from final
order by row_rank, column_rank
