"""Words about the export's own details (export.csv), the years a page covers, ranges of
protected counts, and the plural forms of counted words."""

TEXT = {
    # --- an export without export.csv: what is known, and what is missing -----------------
    "files_as_of": {
        "it": "Dati dei file al {date} (export.csv manca: nome della rete e contatto non indicati)",
        "en": "Files dated {date} (export.csv is missing: no network name or contact given)",
    },
    "no_export_info": {
        "it": "export.csv manca: nome della rete, data dei dati e contatto non indicati",
        "en": "export.csv is missing: no network name, data date or contact given",
    },
    "a11y_feedback_contact": {
        "it": "**Segnalazioni.** Chi incontra un ostacolo può scrivere a {contact}, il contatto indicato in cima a ogni pagina: risponderemo entro 30 giorni.",
        "en": "**Feedback.** Anyone who meets a barrier can write to {contact}, the contact shown at the top of every page: we answer within 30 days.",
    },
    "a11y_feedback_none": {
        "it": "**Segnalazioni.** Questa esportazione non indica un contatto (export.csv manca o non ha la colonna `contact`), perciò in cima alle pagine non ne compare nessuno. Chi incontra un ostacolo può rivolgersi all'ente che pubblica il cruscotto; chi lo pubblica aggiunga il contatto in export.csv.",
        "en": "**Feedback.** This export gives no contact (export.csv is missing or has no `contact` column), so none appears at the top of the pages. Anyone who meets a barrier can turn to the body that publishes the dashboard; whoever publishes it should add the contact to export.csv.",
    },
    # --- a total that includes protected small counts: a floor, as people say it ----------
    "at_least": {"it": "almeno {n}", "en": "at least {n}"},
    "people_at_least_note": {
        "it": "Almeno: in alcune funzioni ci sono 1 o 2 persone, mostrate come «<3» per proteggerle; il totale esatto non si dà (è tra {low} e {high}), perché togliendo gli altri numeri le si ritroverebbe.",
        "en": "At least: some functions have 1 or 2 people, shown as “<3” to protect them; the exact total is not given (it is between {low} and {high}), since taking away the other figures would find them again.",
    },
    # --- the publish report ---------------------------------------------------------------
    "diff_export_info_lost": {
        "it": "export.csv non c'è più: dopo la pubblicazione il nome della rete, la data dei dati e il contatto non saranno più mostrati (resterà la data dei file).",
        "en": "export.csv is gone: once published, the network's name, the data date and the contact will no longer be shown (the files' date will be).",
    },
    "diff_file_dropped": {
        "it": "{file}: non più esportato (prima {rows})",
        "en": "{file}: no longer exported (before: {rows})",
    },
    "diff_file_new": {
        "it": "{file}: esportato ora ({rows})",
        "en": "{file}: exported now ({rows})",
    },
    "diff_unchanged": {"it": "{file}: invariato ({rows})", "en": "{file}: unchanged ({rows})"},
    "diff_rows": {
        "it": "{file}: {before} → {after} (+{added} nuove, −{removed} tolte, {changed} cambiate)",
        "en": "{file}: {before} → {after} (+{added} added, −{removed} removed, {changed} changed)",
    },
    "n_problems": {
        "it": {"one": "{n} problema", "other": "{n} problemi"},
        "en": {"one": "{n} problem", "other": "{n} problems"},
    },
    "n_rows": {
        "it": {"one": "{n} riga", "other": "{n} righe"},
        "en": {"one": "{n} row", "other": "{n} rows"},
    },
    "diff_not_exported": {"it": "{file}: non esportato", "en": "{file}: not exported"},
    "diff_figures": {
        "it": "Cifre principali, prima → dopo:",
        "en": "Headline figures, before → after:",
    },
    "diff_tables": {"it": "Righe per file:", "en": "Rows per file:"},
}
