-- The savings one project brought local authorities, row by row: year, authority, policy
-- area, method, verified or estimated, amount, and how it was worked out.
with

final as (
    select
        savings.year,
        organizations.name as authority,
        savings.policy_area::varchar as policy_area,
        savings.method::varchar as method,
        savings.verified,
        savings.amount_eur::double as amount_eur,
        savings.note
    from savings
    inner join organizations on organizations.org_id = savings.authority_org_id
    where savings.project_id = $project_id
)

select * from final
order by year, verified desc, authority, amount_eur desc, policy_area, method
