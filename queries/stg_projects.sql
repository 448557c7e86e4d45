-- Projects, typed.
create table projects as
with source as (
    select * from raw_projects
),

final as (
    select
        project_id,
        title,
        lead_org_id,
        cast(category as category) as category,
        cast(theme as theme) as theme,
        cast(start_year as integer) as start_year,
        cast(status as project_status) as status,
        cast(budget_eur as decimal(18, 2)) as budget_eur,
        description,
        cast(highlight as boolean) as highlight,
        * exclude (
            project_id, title, lead_org_id, category, theme, start_year, status, budget_eur,
            description, highlight
        )
    from source
)

select * from final;
