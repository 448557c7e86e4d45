-- One row per year from the first to the last year of the export: the years found in
-- joined_year, left_year, start_year, meeting dates, savings and fees (DATA_CONTRACT.md).
create view export_years as
with dated as (
    select joined_year as year from organizations
    union all
    select left_year as year from organizations
    union all
    select start_year as year from projects
    union all
    select year from meetings
    union all
    select year from savings
    union all
    select year from fees
),

bounds as (
    select
        min(year) as first_year,
        max(year) as last_year
    from dated
),

final as (
    select cast(unnest(generate_series(first_year, last_year)) as integer) as year
    from bounds
)

select * from final;
