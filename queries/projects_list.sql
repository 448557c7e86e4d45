-- The projects started in the selected years, one row each: lead's name, category, theme,
-- status, budget and number of partners. Led by the selected organizations; narrowed by the
-- page's filters (category, status) and by a search text found, whatever its case, in the
-- id, title, description, lead's name, or category or theme label (either language).
with

orgs as (
    select * from selected_orgs($sectors, $size_groups, $sme_sizes)
),

partner_counts as (
    select
        project_id,
        count(*) as partners
    from project_partners
    group by project_id
),

chosen as (
    select
        projects.*,
        orgs.name as lead_name,
        categories.label_it || ' ' || categories.label_en as category_labels,
        coalesce(themes.label_it || ' ' || themes.label_en, '') as theme_labels
    from projects
    inner join orgs on orgs.org_id = projects.lead_org_id
    inner join categories on categories.code = projects.category
    left join themes on themes.code = projects.theme
    where
        projects.start_year between $year_from and $year_to
        and ($drill_category is null or projects.category::varchar = $drill_category)
        and ($drill_status is null or projects.status::varchar = $drill_status)
),

searched as (
    select *
    from chosen
    where
        $search is null
        or contains(
            lower(
                concat_ws(
                    ' ', project_id, title, description, lead_name, category_labels, theme_labels
                )
            ),
            lower($search)
        )
),

final as (
    select
        searched.project_id,
        searched.title,
        searched.lead_name,
        searched.category::varchar as category,
        searched.theme::varchar as theme,
        searched.start_year,
        searched.status::varchar as status,
        searched.budget_eur::double as budget_eur,
        coalesce(partner_counts.partners, 0) as partners
    from searched
    left join partner_counts using (project_id)
)

select * from final
order by start_year, project_id
