-- Savings by policy area in the selected years, of projects led by the selected
-- organizations (DATA_CONTRACT.md, "Counting"). Narrowed by a clicked method, not by a
-- clicked policy area: the chart that sets it highlights it instead.
-- Each row: verified and estimated amounts (never added up here), and the amount of
-- each method, verified and estimated together, so budget savings and avoided costs
-- stay apart wherever amounts are summed.
with

final as (
    select
        policy_area,
        sum(columns('_eur$'))::double
    from savings_amounts(
        $year_from, $year_to, $sectors, $size_groups, $sme_sizes, null, $drill_method
    )
    group by policy_area
)

select * from final
order by verified_eur desc, estimated_eur desc, policy_area
