-- Sectors, from the export's own code list; extra export columns kept as text.
create table sectors as
with source as (
    select * from raw_sectors
),

final as (
    select
        cast(code as sector) as code,
        label_it,
        label_en,
        nace,
        * exclude (code, label_it, label_en, nace)
    from source
)

select * from final;
