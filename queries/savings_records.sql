-- The savings rows behind the page's figures: one per row of savings.csv in the selected
-- years, of projects led by the selected organizations, narrowed by the policy area and
-- method passed (null = not narrowed). Project by project, the project with the most
-- verified savings first (then the most estimated), each project's rows by year.
with

orgs as (
    select * from selected_orgs($sectors, $size_groups, $sme_sizes)
),

chosen as (
    select
        savings.project_id,
        projects.title,
        orgs.name as lead,
        projects.category::varchar as category,
        authorities.name as authority,
        savings.year,
        savings.policy_area::varchar as policy_area,
        savings.method::varchar as method,
        savings.verified,
        savings.amount_eur::double as amount_eur,
        savings.note
    from savings
    inner join projects using (project_id)
    inner join orgs on projects.lead_org_id = orgs.org_id
    inner join organizations as authorities on savings.authority_org_id = authorities.org_id
    where
        savings.year between $year_from and $year_to
        and ($drill_policy_area is null or savings.policy_area::varchar = $drill_policy_area)
        and ($drill_method is null or savings.method::varchar = $drill_method)
),

final as (
    select
        *,
        coalesce(sum(amount_eur) filter (where verified) over (partition by project_id), 0)
            as project_verified_eur,
        coalesce(sum(amount_eur) filter (where not verified) over (partition by project_id), 0)
            as project_estimated_eur
    from chosen
)

select * exclude (project_verified_eur, project_estimated_eur) from final
order by project_verified_eur desc, project_estimated_eur desc, project_id, year, amount_eur desc
