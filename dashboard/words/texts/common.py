"""Words shared by every page: the frame, the filters, the data notices, panels."""

TEXT = {
    "app_title": {
        "it": "Rete RSI",
        "en": "CSR network",
    },
    "page_overview": {
        "it": "Panoramica",
        "en": "Overview",
    },
    "language": {
        "it": "Lingua",
        "en": "Language",
    },
    "filters": {
        "it": "Filtri",
        "en": "Filters",
    },
    "years": {
        "it": "Anni",
        "en": "Years",
    },
    "sector": {
        "it": "Settore",
        "en": "Sector",
    },
    "size": {
        "it": "Dimensione",
        "en": "Company size",
    },
    "all": {
        "it": "Tutti",
        "en": "All",
    },
    "reset_filters": {
        "it": "Azzera i filtri",
        "en": "Clear filters",
    },
    "data_as_of": {
        "it": "Dati aggiornati al {date}",
        "en": "Data as of {date}",
    },
    "contact": {
        "it": "Per informazioni sui dati: {contact}",
        "en": "Questions on the data: {contact}",
    },
    "synthetic": {
        "it": "**Dati dimostrativi, inventati.** Questa è un'esportazione sintetica: nomi e cifre non sono quelli della rete e non vanno citati.",
        "en": "**Demonstration data, made up.** This is a synthetic export: its names and figures are not the network's and must not be quoted.",
    },
    "ignored_param": {
        "it": {
            "one": "Parametro dell'indirizzo ignorato: «{name}={value}»",
            "other": "Valori ignorati del parametro «{name}» dell'indirizzo: {n}, tra cui «{value}»",
        },
        "en": {
            "one": "Ignored a parameter of the address: “{name}={value}”",
            "other": "Ignored {n} values of the address's parameter “{name}”, among them “{value}”",
        },
    },
    "invalid_title": {
        "it": "L'esportazione dei dati non è valida",
        "en": "The data export is not valid",
    },
    "invalid_intro": {
        "it": "Nessuna cifra viene mostrata finché l'esportazione in «{folder}» non è corretta. Problemi trovati ({count}):",
        "en": "No figure is shown until the export in “{folder}” is corrected. Problems found ({count}):",
    },
    "invalid_hint": {
        "it": "Chi coordina la rete corregge i file indicati (riga 1 è l'intestazione) e ricarica la pagina; `python -m dashboard.validate` stampa lo stesso elenco.",
        "en": "The network's coordinator corrects the files named (line 1 is the header) and reloads the page; `python -m dashboard.validate` prints the same list.",
    },
    "unreadable_title": {
        "it": "La cartella dei dati non si può leggere",
        "en": "The data folder cannot be read",
    },
    "not_exported": {
        "it": "{file} non è stato ancora esportato.",
        "en": "{file} has not been exported yet.",
    },
    "year": {
        "it": "Anno",
        "en": "Year",
    },
    "measure": {
        "it": "Misura",
        "en": "Measure",
    },
    "count": {
        "it": "Numero",
        "en": "Count",
    },
    "show_table": {
        "it": "Mostra i dati in tabella",
        "en": "Show the data as a table",
    },
    "no_data": {
        "it": "Nessun dato per la selezione: allarga gli anni o togli un filtro.",
        "en": "No data for this selection: widen the years or remove a filter.",
    },
    "remove_filter": {"it": "Togli questo filtro", "en": "Remove this filter"},
    "how_counted": {"it": "Come si conta", "en": "How it is counted"},
    "chart_most_bars": {
        "it": "Il grafico mostra i primi {shown} su {total}; la tabella li elenca tutti.",
        "en": "The chart shows the first {shown} of {total}; the table lists them all.",
    },
    "table_first_rows": {
        "it": {
            "other": "Sono mostrate le prime {shown} righe di {n}: restringi con i filtri o la "
            "ricerca, o scarica il CSV per averle tutte.",
        },
        "en": {
            "one": "Showing the first {shown} rows of {n}: narrow them with the filters or "
            "the search, or download the CSV for all of them.",
            "other": "Showing the first {shown} rows of {n}: narrow them with the filters or "
            "the search, or download the CSV for all of them.",
        },
    },
    "show_records": {
        "it": {
            "one": "Mostra i dati di origine ({n} riga)",
            "other": "Mostra i dati di origine ({n} righe)",
        },
        "en": {
            "one": "Show the records behind it ({n} row)",
            "other": "Show the records behind it ({n} rows)",
        },
    },
    "download_csv": {"it": "Scarica i dati: {what} (CSV)", "en": "Download the data: {what} (CSV)"},
    "download_png": {
        "it": "Scarica il grafico: {what} (PNG)",
        "en": "Download the chart: {what} (PNG)",
    },
    "download_svg": {
        "it": "Scarica il grafico: {what} (SVG)",
        "en": "Download the chart: {what} (SVG)",
    },
    "download_records_csv": {
        "it": "Scarica i dati di origine: {what} (CSV)",
        "en": "Download the records: {what} (CSV)",
    },
    "page_participation": {"it": "Partecipazione", "en": "Participation"},
    "page_projects": {"it": "Progetti", "en": "Projects"},
    "page_partnerships": {"it": "Partnership", "en": "Partnerships"},
    "page_savings": {"it": "Risparmi per gli enti locali", "en": "Savings for local authorities"},
}
