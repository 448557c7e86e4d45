-- Projects in partnership started in the selected years, by partnership type: business with
-- business (across sizes or of one size group), with an NGO or association, with a local
-- authority or school, other. A project counts once under each of its types, so the
-- shares of the projects in partnership may add up to more than 100%. Not narrowed by a
-- clicked type: this is the chart that is clicked.
with

ptypes as (
    select
        code,
        ordinality as rank
    from unnest([
        'business_business_across_sizes',
        'business_business_same_size',
        'business_ngo',
        'business_public',
        'other'
    ]) with ordinality as t (code, ordinality)
),

partnered as (
    select *
    from partnered_projects($year_from, $year_to, $sectors, $size_groups, $sme_sizes, null)
),

typed as (
    select project_ptypes.*
    from project_ptypes
    inner join partnered using (project_id)
),

counted as (
    select
        ptype,
        count(*) as projects
    from typed
    group by ptype
),

final as (
    select
        ptypes.code as ptype,
        coalesce(counted.projects, 0) as projects,
        coalesce(counted.projects, 0) / nullif((select count(*) from partnered), 0) as share,
        ptypes.rank
    from ptypes
    left join counted on ptypes.code = counted.ptype
)

select * exclude (rank) from final
order by rank
