-- The labels of every code list in the export, in both languages, in the export's order.
select 'sectors' as code_list, code::varchar as code, label_it, label_en from sectors
union all
select 'categories', code::varchar, label_it, label_en from categories
union all
select 'themes', code::varchar, label_it, label_en from themes
