-- Savings by policy area in the selected years, of projects led by the selected
-- organizations (DATA_CONTRACT.md, "Counting"). Narrowed by a clicked method, not by a
-- clicked policy area: the chart that sets it highlights it instead.
-- Each row: verified and estimated amounts (never added up here), and the amount of
-- each method, verified and estimated together, so budget savings and avoided costs
-- stay apart wherever amounts are summed.
with

orgs as (
    select * from selected_orgs($sectors, $size_groups, $sme_sizes)
),

chosen as (
    select
        savings.policy_area::varchar as policy_area,
        savings.verified,
        savings.method::varchar as method,
        savings.amount_eur
    from savings
    inner join projects using (project_id)
    inner join orgs on projects.lead_org_id = orgs.org_id
    where
        savings.year between $year_from and $year_to
        and ($drill_method is null or savings.method::varchar = $drill_method)
),

final as (
    select
        policy_area,
        coalesce(sum(amount_eur) filter (where verified), 0)::double as verified_eur,
        coalesce(sum(amount_eur) filter (where not verified), 0)::double as estimated_eur,
        coalesce(sum(amount_eur) filter (where method = 'budget_saving'), 0)::double
            as budget_saving_eur,
        coalesce(sum(amount_eur) filter (where method = 'avoided_cost'), 0)::double
            as avoided_cost_eur,
        coalesce(sum(amount_eur) filter (where method = 'in_kind'), 0)::double as in_kind_eur,
        coalesce(sum(amount_eur) filter (where method = 'co_funding'), 0)::double
            as co_funding_eur,
        coalesce(sum(amount_eur) filter (where method = 'volunteer_time'), 0)::double
            as volunteer_time_eur,
        coalesce(sum(amount_eur) filter (where method = 'other'), 0)::double as other_eur
    from chosen
    group by policy_area
)

select * from final
order by verified_eur desc, estimated_eur desc, policy_area
