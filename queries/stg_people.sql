-- People of the organizations (personal data: never on public pages).
create table people as
with source as (
    select * from raw_people
),

final as (
    select
        person_id,
        org_id,
        full_name,
        cast(function as person_function) as function,
        * exclude (person_id, org_id, full_name, function)
    from source
)

select * from final;
