-- Savings by project, in the selected years, of projects led by the selected
-- organizations, narrowed by the clicked policy area and method; the most verified
-- first, then the most estimated.
-- Each row: verified and estimated amounts (never added up here), and the amount of
-- each method, verified and estimated together, so budget savings and avoided costs
-- stay apart wherever amounts are summed.
with

orgs as (
    select * from selected_orgs($sectors, $size_groups, $sme_sizes)
),

chosen as (
    select
        savings.project_id,
        projects.title,
        orgs.name as lead,
        savings.verified,
        savings.method::varchar as method,
        savings.amount_eur
    from savings
    inner join projects using (project_id)
    inner join orgs on projects.lead_org_id = orgs.org_id
    where
        savings.year between $year_from and $year_to
        and ($drill_policy_area is null or savings.policy_area::varchar = $drill_policy_area)
        and ($drill_method is null or savings.method::varchar = $drill_method)
),

final as (
    select
        project_id,
        title,
        lead,
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
    group by project_id, title, lead
)

select * from final
order by verified_eur desc, estimated_eur desc, project_id
