-- Themes of meetings and projects, from the export's own code list.
create table themes as
with source as (
    select * from raw_themes
),

final as (
    select
        cast(code as theme) as code,
        label_it,
        label_en,
        * exclude (code, label_it, label_en)
    from source
)

select * from final;
