-- Organizations publishing a sustainability report (DATA_CONTRACT.md: they lead a project in
-- the category `reporting`), per year of the selection and the year before it when the export
-- has it: how many, and how many for the first time in the export. Organizations by their own
-- sector and size group; years by the project's start_year.
with

years as (
    select year
    from export_years
    where year between $year_from - 1 and $year_to
),

orgs as (
    select * from selected_orgs($sectors, $size_groups, $sme_sizes)
),

reports as (
    select distinct
        projects.lead_org_id as org_id,
        projects.start_year as year
    from projects
    inner join orgs on orgs.org_id = projects.lead_org_id
    where projects.category::varchar = 'reporting'
),

firsts as (
    select
        org_id,
        min(year) as year
    from reports
    group by org_id
),

final as (
    select
        years.year,
        count(reports.org_id) as organizations,
        count(firsts.org_id) as first_time
    from years
    left join reports using (year)
    left join firsts on firsts.org_id = reports.org_id and firsts.year = years.year
    group by years.year
)

select * from final
order by year
