-- The participants with their names: for coordinators on the Data page only, never on a
-- public page.
select
    people.full_name,
    organizations.name as organization,
    people.function::varchar as function
from people
inner join organizations using (org_id)
order by organizations.name, people.full_name
