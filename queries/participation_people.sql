-- People of the member companies active in the selected years (global filter and page
-- drill), counted by management function and by the companies' size group, SMEs always
-- by size (micro, small, medium): small counts are protected at this finest level and
-- the SMEs' column is summed from the protected parts (dashboard/privacy.py), so showing
-- SMEs split or not reveals nothing more. Every function and group of those companies,
-- zero included.
with

members as (
    select *
    from member_companies(
        $year_from, $year_to, $sectors, $size_groups, $sme_sizes,
        $drill_org_sector, $drill_org_size
    )
),

grouped as (
    select
        org_id,
        case
            when size_group = 'sme' then size::varchar
            else size_group::varchar
        end as grp
    from members
),

functions as (
    select unnest(enum_range(null::person_function))::varchar as function
),

counted as (
    select
        people.function::varchar as function,
        grouped.grp,
        count(*) as people
    from people
    inner join grouped using (org_id)
    group by all
),

final as (
    select
        functions.function,
        groups.grp,
        cast(coalesce(counted.people, 0) as integer) as people
    from functions
    cross join (select distinct grp from grouped) as groups
    left join counted using (function, grp)
)

select * from final
order by function, grp
