-- Savings by the local authority that had them, in the selected years, of projects led
-- by the selected organizations, narrowed by the clicked policy area and method.
-- Each row: verified and estimated amounts (never added up here), and the amount of
-- each method, verified and estimated together, so budget savings and avoided costs
-- stay apart wherever amounts are summed.
with

orgs as (
    select * from selected_orgs($sectors, $size_groups, $sme_sizes)
),

chosen as (
    select
        savings.authority_org_id,
        authorities.name as authority,
        savings.verified,
        savings.method::varchar as method,
        savings.amount_eur
    from savings
    inner join projects using (project_id)
    inner join orgs on projects.lead_org_id = orgs.org_id
    inner join organizations as authorities on savings.authority_org_id = authorities.org_id
    where
        savings.year between $year_from and $year_to
        and ($drill_policy_area is null or savings.policy_area::varchar = $drill_policy_area)
        and ($drill_method is null or savings.method::varchar = $drill_method)
),

final as (
    select
        authority_org_id,
        authority,
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
    group by authority_org_id, authority
)

select * from final
order by verified_eur desc, estimated_eur desc, authority
