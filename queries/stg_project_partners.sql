-- Organizations taking part in a project besides its lead.
create table project_partners as
with source as (
    select * from raw_project_partners
),

final as (
    select
        project_id,
        org_id,
        cast(contribution_eur as decimal(18, 2)) as contribution_eur,
        * exclude (project_id, org_id, contribution_eur)
    from source
)

select * from final;
