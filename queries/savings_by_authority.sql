-- Savings by the local authority that had them, in the selected years, of projects led
-- by the selected organizations, narrowed by the clicked policy area and method.
-- Each row: verified and estimated amounts (never added up here), and the amount of
-- each method, verified and estimated together, so budget savings and avoided costs
-- stay apart wherever amounts are summed.
with

final as (
    select
        authority_org_id,
        authority,
        sum(columns('_eur$'))::double
    from savings_amounts(
        $year_from, $year_to, $sectors, $size_groups, $sme_sizes, $drill_policy_area, $drill_method
    )
    group by authority_org_id, authority
)

select * from final
order by verified_eur desc, estimated_eur desc, authority, authority_org_id
