-- Membership fees paid per organization and year.
create table fees as
with source as (
    select * from raw_fees
),

final as (
    select
        org_id,
        cast(year as integer) as year,
        cast(amount_eur as decimal(18, 2)) as amount_eur,
        * exclude (org_id, year, amount_eur)
    from source
)

select * from final;
