-- Savings by method in the selected years, of projects led by the selected organizations
-- (DATA_CONTRACT.md, "Counting"): verified and estimated amounts, never added up here.
-- Narrowed by a clicked policy area, not by a clicked method: the chart that sets it
-- highlights it instead.
with

chosen as (
    select *
    from selected_savings(
        $year_from, $year_to, $sectors, $size_groups, $sme_sizes, $drill_policy_area, null
    )
),

final as (
    select
        method,
        coalesce(sum(amount_eur) filter (where verified), 0)::double as verified_eur,
        coalesce(sum(amount_eur) filter (where not verified), 0)::double as estimated_eur
    from chosen
    group by method
)

select * from final
order by verified_eur desc, estimated_eur desc, method
