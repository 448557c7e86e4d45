-- The laboratory's budget: membership fees of the selected years by year and size group
-- of the paying organization (with $split_sme, SMEs by size; 'other' for a payer outside
-- the three groups), in the global filter and the page's drill.
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
        case
            when $split_sme and orgs.size_group = 'sme' then orgs.size::varchar
            else coalesce(orgs.size_group::varchar, 'other')
        end as size_group,
        cast(count(*) as integer) as organizations,
        sum(fees.amount_eur)::double as amount_eur
    from fees
    inner join orgs using (org_id)
    where fees.year between $year_from and $year_to
    group by all
)

select * from final
order by year, size_group
