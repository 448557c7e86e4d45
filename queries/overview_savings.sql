-- The savings rows behind the Overview's savings tile, verified and estimated alike.
select title, year, authority, policy_area, method, verified, amount_eur, note
from selected_savings($year_from, $year_to, $sectors, $size_groups, $sme_sizes, null, null)
order by year, title, project_id, authority, amount_eur desc, policy_area, method
