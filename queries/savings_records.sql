-- The savings rows behind the page's figures: one per row of savings.csv in the selected
-- years, of projects led by the selected organizations, narrowed by the policy area and
-- method passed (null = not narrowed). Project by project, the project with the most
-- verified savings first (then the most estimated), each project's rows by year.
with

chosen as (
    select
        project_id,
        title,
        lead,
        category,
        authority,
        year,
        policy_area,
        method,
        verified,
        amount_eur::double as amount_eur,
        note
    from selected_savings(
        $year_from, $year_to, $sectors, $size_groups, $sme_sizes, $drill_policy_area, $drill_method
    )
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
