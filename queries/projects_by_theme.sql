-- Projects started in the selected years per thematic workshop of the export's code list
-- (zeros included), then those without a theme (theme null). Led by the selected
-- organizations; narrowed by the page's filters (category, status).
with

orgs as (
    select * from selected_orgs($sectors, $size_groups, $sme_sizes)
),

chosen as (
    select projects.theme
    from projects
    inner join orgs on orgs.org_id = projects.lead_org_id
    where
        projects.start_year between $year_from and $year_to
        and ($drill_category is null or projects.category::varchar = $drill_category)
        and ($drill_status is null or projects.status::varchar = $drill_status)
),

themed as (
    select
        themes.code::varchar as theme,
        count(chosen.theme) as projects
    from themes
    left join chosen on chosen.theme = themes.code
    group by themes.code
),

unthemed as (
    select
        null::varchar as theme,
        count(*) as projects
    from chosen
    where theme is null
),

final as (
    select * from themed
    union all
    select * from unthemed
)

select * from final
order by theme::theme nulls last
