-- Projects with at least one partner: how many partners, and whether their businesses
-- (lead included) are of more than one size group ("companies of different sizes").
create view projects_in_partnership as
with partner_counts as (
    select
        project_id,
        cast(count(*) as integer) as partner_count
    from project_partners
    group by project_id
),

involved as (
    select
        projects.project_id,
        projects.lead_org_id as org_id
    from projects
    inner join partner_counts on projects.project_id = partner_counts.project_id
    union
    select
        project_id,
        org_id
    from project_partners
),

size_groups as (
    select
        involved.project_id,
        count(distinct organizations.size_group) as size_group_count
    from involved
    inner join organizations on involved.org_id = organizations.org_id
    group by involved.project_id
),

final as (
    select
        partner_counts.project_id,
        partner_counts.partner_count,
        coalesce(size_groups.size_group_count, 0) > 1 as is_across_sizes
    from partner_counts
    left join size_groups on partner_counts.project_id = size_groups.project_id
)

select * from final;
