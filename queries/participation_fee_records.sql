-- The records behind the laboratory's budget: each membership fee of the selected years
-- paid by an organization of the selection (global filter and page drill).
with

orgs as (
    select *
    from drilled_orgs(
        $sectors, $size_groups, $sme_sizes, $drill_org_sector, $drill_org_size
    )
),

final as (
    select
        fees.year,
        fees.org_id,
        orgs.name,
        case
            when $split_sme and orgs.size_group = 'sme' then orgs.size::varchar
            else coalesce(orgs.size_group::varchar, 'other')
        end as size_group,
        orgs.size::varchar as size,
        fees.amount_eur::double as amount_eur
    from fees
    inner join orgs using (org_id)
    where fees.year between $year_from and $year_to
)

select * from final
order by year, name, org_id
