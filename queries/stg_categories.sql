-- Project categories, from the export's own code list; sdgs stays text (`7|12|13`).
create table categories as
with source as (
    select * from raw_categories
),

final as (
    select
        cast(code as category) as code,
        label_it,
        label_en,
        sdgs,
        * exclude (code, label_it, label_en, sdgs)
    from source
)

select * from final;
