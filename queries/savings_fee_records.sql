-- The fee rows behind "savings per euro of fees": what each selected organization paid
-- in each selected year.
with

orgs as (
    select * from selected_orgs($sectors, $size_groups, $sme_sizes)
),

final as (
    select
        fees.org_id,
        orgs.name as organization,
        fees.year,
        fees.amount_eur::double as fees_eur
    from fees
    inner join orgs using (org_id)
    where fees.year between $year_from and $year_to
)

select * from final
order by year, organization, org_id
