-- The partnership types the pages show, per project in partnership: business with business
-- split into across sizes and of one size group. Kept once here, since every partnership
-- question counts, lists or narrows (by a clicked type) by these codes.
create view project_ptypes as
with final as (
    select
        types.project_id,
        case
            when types.partnership_type != 'business_business' then types.partnership_type
            when in_partnership.is_across_sizes then 'business_business_across_sizes'
            else 'business_business_same_size'
        end as ptype
    from project_partnership_types as types
    inner join projects_in_partnership as in_partnership using (project_id)
)

select * from final;
