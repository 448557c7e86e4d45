-- Savings by method in the selected years, of projects led by the selected organizations
-- (DATA_CONTRACT.md, "Counting"): verified and estimated amounts, never added up here.
-- Narrowed by a clicked policy area, not by a clicked method: the chart that sets it
-- highlights it instead.
with

orgs as (
    select * from selected_orgs($sectors, $size_groups, $sme_sizes)
),

chosen as (
    select
        savings.method::varchar as method,
        savings.verified,
        savings.amount_eur
    from savings
    inner join projects using (project_id)
    inner join orgs on projects.lead_org_id = orgs.org_id
    where
        savings.year between $year_from and $year_to
        and ($drill_policy_area is null or savings.policy_area::varchar = $drill_policy_area)
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
