-- Partnership types of each project in partnership, from the kinds of all its organizations
-- (lead included). A project may have several types and has at least one.
create view project_partnership_types as
with partners as (
    select
        project_id,
        org_id
    from project_partners
),

involved as (
    select
        projects.project_id,
        projects.lead_org_id as org_id
    from projects
    where projects.project_id in (select partners.project_id from partners)
    union
    select
        project_id,
        org_id
    from partners
),

kind_counts as (
    select
        involved.project_id,
        count(*) filter (
            where organizations.is_business
        ) as businesses,
        count(*) filter (where organizations.kind in ('ngo', 'association')) as ngos,
        count(*) filter (where organizations.kind in ('local_authority', 'school')) as publics
    from involved
    inner join organizations on involved.org_id = organizations.org_id
    group by involved.project_id
),

typed as (
    select
        project_id,
        'business_business' as partnership_type
    from kind_counts
    where businesses >= 2
    union all
    select
        project_id,
        'business_ngo' as partnership_type
    from kind_counts
    where businesses >= 1 and ngos >= 1
    union all
    select
        project_id,
        'business_public' as partnership_type
    from kind_counts
    where businesses >= 1 and publics >= 1
    union all
    select
        project_id,
        'other' as partnership_type
    from kind_counts
    where not (businesses >= 2 or (businesses >= 1 and (ngos >= 1 or publics >= 1)))
),

final as (
    select
        project_id,
        partnership_type
    from typed
)

select * from final;
