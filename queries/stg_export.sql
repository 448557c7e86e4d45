-- The row about the export itself (export.csv), none when it was not exported.
create table export_info as
with source as (
    select * from raw_export
),

final as (
    select
        network,
        cast(exported_on as date) as exported_on,
        cast(synthetic as boolean) as synthetic,
        contact,
        * exclude (network, exported_on, synthetic, contact)
    from source
)

select * from final;
