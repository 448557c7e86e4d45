-- Savings per year of projects led by the selected organizations, narrowed by the clicked
-- policy area and method, against the fees the selected organizations paid that year.
-- Every selected year has a row, and so has the year before when the export has it (for
-- the tiles' change); the running totals start at the first selected year.
-- Verified and estimated stand apart, each method has its amount (verified and estimated
-- together), so budget savings and avoided costs are never mixed unseen.
with

years as (
    select year
    from export_years
    where year between $year_from - 1 and $year_to
),

orgs as (
    select * from selected_orgs($sectors, $size_groups, $sme_sizes)
),

saved as (
    select
        year,
        sum(columns('_eur$'))
    from savings_amounts(
        $year_from - 1, $year_to, $sectors, $size_groups, $sme_sizes,
        $drill_policy_area, $drill_method
    )
    group by year
),

paid as (
    select
        fees.year,
        sum(fees.amount_eur) as fees_eur
    from fees
    inner join orgs using (org_id)
    group by fees.year
),

per_year as (
    select
        years.year,
        coalesce(saved.verified_eur, 0)::double as verified_eur,
        coalesce(saved.estimated_eur, 0)::double as estimated_eur,
        coalesce(saved.budget_saving_eur, 0)::double as budget_saving_eur,
        coalesce(saved.avoided_cost_eur, 0)::double as avoided_cost_eur,
        coalesce(saved.in_kind_eur, 0)::double as in_kind_eur,
        coalesce(saved.co_funding_eur, 0)::double as co_funding_eur,
        coalesce(saved.volunteer_time_eur, 0)::double as volunteer_time_eur,
        coalesce(saved.other_eur, 0)::double as other_eur,
        coalesce(paid.fees_eur, 0)::double as fees_eur
    from years
    left join saved using (year)
    left join paid using (year)
),

final as (
    select
        *,
        verified_eur / nullif(fees_eur, 0) as verified_per_fee_euro,
        (verified_eur + estimated_eur) / nullif(fees_eur, 0) as both_per_fee_euro,
        sum(verified_eur) filter (where year >= $year_from) over (order by year)
            as cumulative_verified_eur,
        sum(verified_eur + estimated_eur) filter (where year >= $year_from) over (order by year)
            as cumulative_both_eur
    from per_year
)

select * from final
order by year
