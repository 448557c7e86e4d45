-- The member companies (companies and social enterprises) of drilled_orgs active in at
-- least one year from `year_from` to `year_to`, as one table macro: whom the
-- participation questions on members count.
create or replace macro member_companies(
    year_from, year_to, sectors, size_groups, sme_sizes, drill_org_sector, drill_org_size
) as table
select *
from drilled_orgs(sectors, size_groups, sme_sizes, drill_org_sector, drill_org_size)
where
    is_business
    and org_id in (
        select member_years.org_id
        from member_years
        where member_years.year between year_from and year_to
    )
