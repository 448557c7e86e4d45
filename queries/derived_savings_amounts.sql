-- Each saving of selected_savings with what the questions group it by, and its amount
-- split into verified or estimated and into its method (0 in the columns it is not
-- counted in). Summing every `_eur` column per group (`sum(columns('_eur$'))`) gives the
-- verified and estimated amounts, never added up, and each method's amount, so budget
-- savings and avoided costs stay apart wherever amounts are summed.
create or replace macro savings_amounts(
    year_from, year_to, sectors, size_groups, sme_sizes, drill_policy_area, drill_method
) as table
select
    project_id,
    title,
    lead,
    category,
    authority_org_id,
    authority,
    year,
    policy_area,
    case when verified then amount_eur else 0 end as verified_eur,
    case when not verified then amount_eur else 0 end as estimated_eur,
    case when method = 'budget_saving' then amount_eur else 0 end as budget_saving_eur,
    case when method = 'avoided_cost' then amount_eur else 0 end as avoided_cost_eur,
    case when method = 'in_kind' then amount_eur else 0 end as in_kind_eur,
    case when method = 'co_funding' then amount_eur else 0 end as co_funding_eur,
    case when method = 'volunteer_time' then amount_eur else 0 end as volunteer_time_eur,
    case when method = 'other' then amount_eur else 0 end as other_eur
from selected_savings(
    year_from, year_to, sectors, size_groups, sme_sizes, drill_policy_area, drill_method
)
