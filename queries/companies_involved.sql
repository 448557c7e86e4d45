-- Companies involved in the selected years: member companies and social enterprises
-- active in at least one of them (partners without joined_year never count).
select count(*) as companies_involved
from member_companies($year_from, $year_to, $sectors, $size_groups, $sme_sizes, null, null)
