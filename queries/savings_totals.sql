-- The page's headline for the selected years: savings of projects led by the selected
-- organizations, narrowed by the clicked policy area and method, verified and estimated
-- apart; the verified share by amount; the verified amount of budget savings and of
-- avoided costs (told apart under the headline); and the savings per euro of the fees
-- the selected organizations paid in the selected years (null when they paid none).
with

orgs as (
    select * from selected_orgs($sectors, $size_groups, $sme_sizes)
),

chosen as (
    select *
    from selected_savings(
        $year_from, $year_to, $sectors, $size_groups, $sme_sizes, $drill_policy_area, $drill_method
    )
),

saved as (
    select
        coalesce(sum(amount_eur) filter (where verified), 0)::double as verified_eur,
        coalesce(sum(amount_eur) filter (where not verified), 0)::double as estimated_eur,
        coalesce(
            sum(amount_eur) filter (where verified and method = 'budget_saving'), 0
        )::double as verified_budget_saving_eur,
        coalesce(
            sum(amount_eur) filter (where verified and method = 'avoided_cost'), 0
        )::double as verified_avoided_cost_eur,
        count(*) as savings_rows
    from chosen
),

paid as (
    select coalesce(sum(fees.amount_eur), 0)::double as fees_eur
    from fees
    inner join orgs using (org_id)
    where fees.year between $year_from and $year_to
),

final as (
    select
        saved.verified_eur,
        saved.estimated_eur,
        saved.verified_eur / nullif(saved.verified_eur + saved.estimated_eur, 0)
            as verified_share,
        saved.verified_budget_saving_eur,
        saved.verified_avoided_cost_eur,
        saved.verified_eur - saved.verified_budget_saving_eur - saved.verified_avoided_cost_eur
            as verified_other_methods_eur,
        saved.savings_rows,
        paid.fees_eur,
        saved.verified_eur / nullif(paid.fees_eur, 0) as verified_per_fee_euro,
        (saved.verified_eur + saved.estimated_eur) / nullif(paid.fees_eur, 0)
            as both_per_fee_euro
    from saved, paid
)

select * from final
