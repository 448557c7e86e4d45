-- Companies involved in the selected years: member companies and social enterprises
-- active in at least one of them (partners without joined_year never count).
select count(distinct member_years.org_id) as companies_involved
from member_years
inner join selected_orgs($sectors, $size_groups, $sme_sizes) as orgs using (org_id)
where
    orgs.kind in ('company', 'social_enterprise')
    and member_years.year between $year_from and $year_to
