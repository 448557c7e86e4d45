-- Savings by project, in the selected years, of projects led by the selected
-- organizations, narrowed by the clicked policy area and method; the most verified
-- first, then the most estimated.
-- Each row: verified and estimated amounts (never added up here), and the amount of
-- each method, verified and estimated together, so budget savings and avoided costs
-- stay apart wherever amounts are summed; whether another project of the list has the
-- same title (`title_shared`: a chart then names it with its id).
with

final as (
    select
        project_id,
        title,
        lead,
        sum(columns('_eur$'))::double
    from savings_amounts(
        $year_from, $year_to, $sectors, $size_groups, $sme_sizes, $drill_policy_area, $drill_method
    )
    group by project_id, title, lead
)

select
    *,
    count(*) over (partition by title) > 1 as title_shared
from final
order by verified_eur desc, estimated_eur desc, project_id
