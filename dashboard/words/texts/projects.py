"""Words of the Projects page."""

TEXT = {
    "proj_intro": {
        "it": "I progetti avviati {period}{filters}: di che cosa si occupano, a quali obiettivi di sviluppo sostenibile dell'ONU (SDG) servono, a che punto sono, chi li guida. Un clic su una barra di categoria o di stato filtra il resto della pagina.",
        "en": "The projects started {period}{filters}: what they are about, which UN Sustainable Development Goals (SDGs) they serve, how far they have come, who leads them. A click on a category or status bar filters the rest of the page.",
    },
    "proj_dim_category": {"it": "Categoria", "en": "Category"},
    "proj_dim_status": {"it": "Stato", "en": "Status"},
    "proj_methods_explained": {
        "it": "- **Minore spesa**: l'ente ha speso meno del previsto in bilancio per lo stesso servizio.\n- **Costo evitato**: un costo che l'ente avrebbe altrimenti sostenuto, rispetto a un riferimento dichiarato.\n- **Beni o servizi in natura**: beni o servizi dati all'ente, a un valore verificabile in modo indipendente.\n- **Cofinanziamento**: denaro privato che ha pagato ciò che avrebbe pagato il denaro pubblico.\n- **Tempo di volontariato**: ore donate, valutate al costo di un lavoro retribuito equivalente.\n- **Altro**: spiegato nella nota.\n\nGli importi sono al netto dei costi che il progetto ha causato all'ente.",
        "en": "- **Budget saving**: the authority spent less than its budget for the same service.\n- **Avoided cost**: a cost the authority would otherwise have borne, against a stated baseline.\n- **In kind**: goods or services given to the authority, at an independently assessable value.\n- **Co-funding**: private money that paid for what public money would have paid.\n- **Volunteer time**: hours given, valued at the rate of equivalent paid work.\n- **Other**: explained in the note.\n\nAmounts are net of the costs the project caused the authority.",
    },
    "proj_sdgs": {"it": "SDG {numbers}", "en": "SDG {numbers}"},
    "proj_no_theme": {"it": "Nessun tema di workshop", "en": "No workshop theme"},
    "proj_no_sector": {"it": "Senza settore (non impresa)", "en": "No sector (not a business)"},
    # tiles
    "proj_kpi_started": {"it": "Progetti avviati", "en": "Projects started"},
    "proj_kpi_completed": {"it": "Conclusi", "en": "Completed"},
    "proj_kpi_in_progress": {"it": "In corso", "en": "In progress"},
    "proj_kpi_reporting": {
        "it": "Pubblicano un bilancio di sostenibilità",
        "en": "Publish a sustainability report",
    },
    "proj_help_started": {
        "it": "Progetti avviati negli anni scelti, contati per anno di avvio, con il settore e la dimensione del capofila e i filtri di categoria e stato della pagina.",
        "en": "Projects started in the selected years, counted by start year, by their lead's sector and size and the page's category and status filters.",
    },
    "proj_help_completed": {
        "it": "Progetti avviati negli anni scelti il cui stato, alla data dei dati, è «concluso».",
        "en": "Projects started in the selected years whose status, as of the data's date, is 'completed'.",
    },
    "proj_help_in_progress": {
        "it": "Progetti avviati negli anni scelti il cui stato, alla data dei dati, è «in corso».",
        "en": "Projects started in the selected years whose status, as of the data's date, is 'in progress'.",
    },
    "proj_help_reporting": {
        "it": "Organizzazioni (con il loro settore e dimensione) capofila di almeno un progetto della categoria «rendicontazione» avviato negli anni scelti: così la rete conta chi pubblica un bilancio sociale o ambientale. Non cambia con i filtri di categoria e stato della pagina.",
        "en": "Organizations (by their own sector and size) leading at least one project in the category 'reporting' started in the selected years: this is how the network counts those publishing a social or environmental report. Not changed by the page's category and status filters.",
    },
    "proj_share_started": {
        "it": "{share} dei progetti avviati",
        "en": "{share} of the projects started",
    },
    # by category
    "proj_by_category": {"it": "Progetti per categoria", "en": "Projects by category"},
    "proj_by_category_caption": {
        "it": "Progetti avviati per categoria, con gli obiettivi ONU (SDG) che ciascuna serve. Clic su una barra: filtra il resto della pagina.",
        "en": "Projects started per category, with the UN goals (SDGs) each serves. Click a bar to filter the rest of the page.",
    },
    "proj_by_category_definition": {
        "it": "Ogni progetto conta una volta, nella sua categoria (`category`), nell'anno di avvio (`start_year`), con il settore e la dimensione del capofila. Gli SDG di ogni categoria vengono dall'elenco delle categorie dell'esportazione (`categories.csv`, colonna `sdgs`). Il grafico segue il filtro di stato ma non quello di categoria: la categoria scelta resta evidenziata.",
        "en": "Each project counts once, in its category (`category`), in its start year (`start_year`), by its lead's sector and size. Each category's SDGs come from the export's list of categories (`categories.csv`, column `sdgs`). The chart follows the status filter but not the category filter: the chosen category stays highlighted.",
    },
    "proj_by_category_alt": {
        "it": "Barre orizzontali: progetti avviati per categoria, {years}. La prima è {top} con {count} progetti.",
        "en": "Horizontal bars: projects started per category, {years}. First is {top} with {count} projects.",
    },
    "proj_goals": {
        "it": "Obiettivi ONU serviti: {goals}.",
        "en": "UN goals served: {goals}.",
    },
    # by status
    "proj_by_status": {"it": "Progetti per stato", "en": "Projects by status"},
    "proj_by_status_caption": {
        "it": "A che punto sono i progetti avviati, nell'ordine della loro vita: dall'idea alla conclusione (o all'interruzione). Clic su una barra: filtra il resto della pagina.",
        "en": "How far the projects started have come, in the order of a project's life: from idea to completion (or stop). Click a bar to filter the rest of the page.",
    },
    "proj_by_status_definition": {
        "it": "Lo stato (`status`) è quello registrato alla data dei dati: idea, programmato, in corso, concluso, interrotto. I progetti sono contati nell'anno di avvio, con il settore e la dimensione del capofila. Il grafico segue il filtro di categoria ma non quello di stato: lo stato scelto resta evidenziato.",
        "en": "The status (`status`) is the one recorded as of the data's date: idea, planned, in progress, completed, stopped. Projects count in their start year, by their lead's sector and size. The chart follows the category filter but not the status filter: the chosen status stays highlighted.",
    },
    "proj_by_status_alt": {
        "it": "Barre orizzontali: progetti avviati per stato, {years}. Conclusi: {completed}; in corso: {in_progress}.",
        "en": "Horizontal bars: projects started by status, {years}. Completed: {completed}; in progress: {in_progress}.",
    },
    # by year
    "proj_by_year": {"it": "Progetti per anno di avvio", "en": "Projects by start year"},
    "proj_by_year_caption": {
        "it": "Progetti avviati in ciascun anno, divisi per stato attuale; sopra ogni barra il totale dell'anno.",
        "en": "Projects started in each year, split by their current status; the year's total above each bar.",
    },
    "proj_by_year_definition": {
        "it": "Ogni progetto conta nel suo anno di avvio (`start_year`), con lo stato registrato alla data dei dati: per questo i progetti recenti sono più spesso in corso o programmati. Settore e dimensione sono quelli del capofila; valgono i filtri di categoria e stato della pagina.",
        "en": "Each project counts in its start year (`start_year`), with the status recorded as of the data's date: which is why recent projects are more often in progress or planned. Sector and size are the lead's; the page's category and status filters apply.",
    },
    "proj_by_year_alt": {
        "it": "Barre impilate: progetti avviati per anno, {first}–{last}, divisi per stato. Anno con più progetti: {top} ({count}).",
        "en": "Stacked bars: projects started per year, {first}–{last}, split by status. Year with most projects: {top} ({count}).",
    },
    "proj_total": {"it": "Totale", "en": "Total"},
    # by theme
    "proj_by_theme": {
        "it": "Progetti per workshop tematico",
        "en": "Projects by thematic workshop",
    },
    "proj_by_theme_caption": {
        "it": "Progetti avviati per tema dei workshop del laboratorio da cui sono nati; a parte quelli senza tema.",
        "en": "Projects started per theme of the laboratory's workshops they came from; those without a theme apart.",
    },
    "proj_by_theme_definition": {
        "it": "Il tema (`theme`) collega un progetto a un workshop tematico del laboratorio; le etichette vengono da `themes.csv`. I progetti senza tema sono contati come «nessun tema di workshop». Anno di avvio, settore e dimensione del capofila, filtri di categoria e stato della pagina.",
        "en": "The theme (`theme`) links a project to one of the laboratory's thematic workshops; labels come from `themes.csv`. Projects without a theme are counted as 'no workshop theme'. Start year, lead's sector and size, the page's category and status filters.",
    },
    "proj_by_theme_alt": {
        "it": "Barre orizzontali: progetti avviati per tema di workshop, {years}. Con un tema: {themed} progetti; senza tema: {unthemed}.",
        "en": "Horizontal bars: projects started per workshop theme, {years}. With a theme: {themed} projects; without: {unthemed}.",
    },
    # category x sector
    "proj_matrix": {"it": "Categorie e settori", "en": "Categories and sectors"},
    "proj_matrix_caption": {
        "it": "Progetti avviati per categoria (colonne) e settore del capofila (righe); il numero è scritto in ogni casella.",
        "en": "Projects started per category (columns) and lead's sector (rows); the count is written in each cell.",
    },
    "proj_matrix_definition": {
        "it": "Ogni progetto conta una volta, nella casella della sua categoria e del settore dell'organizzazione capofila. Compaiono i settori che guidano almeno un progetto della selezione; un capofila che non è un'impresa non ha settore. Valgono i filtri di categoria e stato della pagina.",
        "en": "Each project counts once, in the cell of its category and its lead organization's sector. The sectors shown lead at least one project of the selection; a lead that is not a business has no sector. The page's category and status filters apply.",
    },
    "proj_matrix_alt": {
        "it": "Matrice: progetti avviati per categoria e settore del capofila, {years}. Casella più piena: {category} nel settore {sector} ({count}).",
        "en": "Matrix: projects started per category and lead's sector, {years}. Fullest cell: {category} in {sector} ({count}).",
    },
    # table and card
    "proj_table": {"it": "Elenco dei progetti", "en": "List of projects"},
    "proj_table_caption": {
        "it": "Ogni progetto della selezione. Si ordina con un clic sull'intestazione; scegli una riga (o un progetto qui sotto) per aprirne la scheda.",
        "en": "Every project of the selection. Sort by clicking a header; select a row (or a project below) to open its card.",
    },
    "proj_search": {
        "it": "Cerca nei progetti (titolo, capofila, descrizione, categoria, tema)",
        "en": "Search the projects (title, lead, description, category, theme)",
    },
    "proj_found": {
        "it": {
            "one": "{n} progetto su {total} della selezione.",
            "other": "{n} progetti su {total} della selezione.",
        },
        "en": {
            "one": "{n} of the selection's {total} projects.",
            "other": "{n} of the selection's {total} projects.",
        },
    },
    "proj_pick": {"it": "Apri la scheda di un progetto", "en": "Open a project's card"},
    "proj_pick_placeholder": {"it": "Scegli un progetto", "en": "Choose a project"},
    "proj_unknown": {
        "it": "Nessun progetto con codice «{project}» in questi dati.",
        "en": "No project with id “{project}” in this data.",
    },
    "proj_col_id": {"it": "Codice", "en": "Id"},
    "proj_col_title": {"it": "Titolo", "en": "Title"},
    "proj_col_lead": {"it": "Capofila", "en": "Lead organization"},
    "proj_col_category": {"it": "Categoria", "en": "Category"},
    "proj_col_sdgs": {"it": "Obiettivi ONU", "en": "UN goals"},
    "proj_col_theme": {"it": "Tema del workshop", "en": "Workshop theme"},
    "proj_col_start_year": {"it": "Anno di avvio", "en": "Start year"},
    "proj_col_status": {"it": "Stato", "en": "Status"},
    "proj_col_budget": {"it": "Budget", "en": "Budget"},
    "proj_col_partners": {"it": "Partner", "en": "Partners"},
    "proj_col_projects": {"it": "Progetti", "en": "Projects"},
    "proj_col_sector": {"it": "Settore", "en": "Sector"},
    "proj_col_name": {"it": "Organizzazione", "en": "Organization"},
    "proj_col_kind": {"it": "Tipo", "en": "Kind"},
    "proj_col_size": {"it": "Dimensione", "en": "Size"},
    "proj_col_contribution": {"it": "Contributo", "en": "Contribution"},
    "proj_col_authority": {"it": "Ente locale", "en": "Local authority"},
    "proj_col_area": {"it": "Area", "en": "Policy area"},
    "proj_col_method": {"it": "Metodo", "en": "Method"},
    "proj_col_checked": {"it": "Verificato o stimato", "en": "Verified or estimated"},
    "proj_col_amount": {"it": "Importo", "en": "Amount"},
    "proj_col_note": {"it": "Come è stato calcolato", "en": "How it was worked out"},
    "proj_col_reports": {"it": "Progetti di rendicontazione", "en": "Reporting projects"},
    "proj_col_years": {"it": "Anni", "en": "Years"},
    "proj_verified": {"it": "verificato", "en": "verified"},
    "proj_estimated": {"it": "stimato", "en": "estimated"},
    "proj_card": {"it": "Scheda: {title}", "en": "Card: {title}"},
    "proj_card_caption": {
        "it": "Progetto {project}: chi lo guida, con chi, quanto costa e che cosa ha fatto risparmiare agli enti locali. Il link a questa pagina apre la stessa scheda.",
        "en": "Project {project}: who leads it, with whom, what it costs and what it saved local authorities. A link to this page opens the same card.",
    },
    "proj_no_description": {"it": "Nessuna descrizione.", "en": "No description."},
    "proj_card_lead": {"it": "Capofila", "en": "Lead"},
    "proj_card_category": {"it": "Categoria", "en": "Category"},
    "proj_card_theme": {"it": "Workshop tematico", "en": "Thematic workshop"},
    "proj_card_started": {"it": "Avviato nel", "en": "Started in"},
    "proj_card_status": {"it": "Stato", "en": "Status"},
    "proj_card_budget": {"it": "Budget", "en": "Budget"},
    "proj_card_partners": {"it": "Partner ({count})", "en": "Partners ({count})"},
    "proj_no_partners": {
        "it": "Nessun partner: il capofila conduce il progetto da solo.",
        "en": "No partners: the lead runs the project on its own.",
    },
    "proj_contribution_total": {
        "it": "Contributi dei partner (in denaro o valutati in natura): {amount}.",
        "en": "Partners' contributions (money or valued in kind): {amount}.",
    },
    "proj_contribution_missing": {
        "it": {
            "one": "Contributo non indicato per {n} partner.",
            "other": "Contributo non indicato per {n} partner.",
        },
        "en": {
            "one": "Contribution not given for {n} partner.",
            "other": "Contribution not given for {n} partners.",
        },
    },
    "proj_card_savings": {
        "it": "Risparmi per gli enti locali",
        "en": "Savings for local authorities",
    },
    "proj_no_savings": {
        "it": "Nessun risparmio registrato per questo progetto.",
        "en": "No savings recorded for this project.",
    },
    "proj_savings_split": {
        "it": "**Verificati dall'ente: {verified}** · stimati dal progetto: {estimated} · verificati + stimati: {total}",
        "en": "**Verified by the authority: {verified}** · estimated by the project: {estimated} · verified + estimated: {total}",
    },
    "proj_methods": {"it": "Che cosa vogliono dire i metodi", "en": "What the methods mean"},
    "proj_close_card": {"it": "Chiudi la scheda", "en": "Close the card"},
    "proj_download_card": {
        "it": "Scarica la scheda: risparmi del progetto {project} (CSV)",
        "en": "Download the card: savings of project {project} (CSV)",
    },
    "proj_download_partners": {
        "it": "Scarica la scheda: partner del progetto {project} (CSV)",
        "en": "Download the card: partners of project {project} (CSV)",
    },
    # reporting
    "proj_reporting": {
        "it": "Bilanci di sostenibilità, anno per anno",
        "en": "Sustainability reports, year by year",
    },
    "proj_reporting_caption": {
        "it": "Organizzazioni che pubblicano un bilancio sociale o ambientale in ciascun anno, e quante per la prima volta. Non cambia con i filtri di categoria e stato.",
        "en": "Organizations publishing a social or environmental report in each year, and how many for the first time. Not changed by the category and status filters.",
    },
    "proj_reporting_definition": {
        "it": "Come la rete lo conta (contratto dei dati): un'organizzazione **pubblica un bilancio di sostenibilità** quando è capofila di un progetto della categoria `reporting`. Conta nell'anno di avvio di quel progetto, una volta per anno anche con più progetti; **per la prima volta** vuol dire il suo primo progetto di rendicontazione nell'intera esportazione. Le organizzazioni sono filtrate per il loro settore e dimensione.",
        "en": "As the network counts it (data contract): an organization **publishes a sustainability report** when it leads a project in the category `reporting`. It counts in that project's start year, once a year even with several projects; **for the first time** means its first reporting project in the whole export. Organizations are filtered by their own sector and size.",
    },
    "proj_reporting_alt": {
        "it": "Barre per anno: organizzazioni che pubblicano un bilancio di sostenibilità, {first}–{last}; in tutto {count} organizzazioni diverse.",
        "en": "Bars per year: organizations publishing a sustainability report, {first}–{last}; {count} different organizations in all.",
    },
    "proj_reporting_orgs_measure": {
        "it": "Pubblicano un bilancio",
        "en": "Publish a report",
    },
    "proj_reporting_first_measure": {
        "it": "Per la prima volta",
        "en": "For the first time",
    },
    "proj_reporters": {
        "it": "Chi pubblica un bilancio di sostenibilità",
        "en": "Who publishes a sustainability report",
    },
    "proj_reporters_caption": {
        "it": "Le organizzazioni che hanno avviato progetti di rendicontazione negli anni scelti, con il numero di progetti.",
        "en": "The organizations that started reporting projects in the selected years, with the number of projects.",
    },
    "proj_reporters_definition": {
        "it": "Ogni organizzazione capofila di almeno un progetto della categoria `reporting` avviato negli anni scelti, con quanti ne ha avviati e in quali anni. Le organizzazioni sono filtrate per il loro settore e dimensione; i filtri di categoria e stato della pagina non valgono qui.",
        "en": "Every organization leading at least one project in the category `reporting` started in the selected years, with how many it started and in which years. Organizations are filtered by their own sector and size; the page's category and status filters do not apply here.",
    },
    "proj_reporters_alt": {
        "it": "Barre orizzontali: {count} organizzazioni che pubblicano un bilancio di sostenibilità, per numero di progetti di rendicontazione; prima {top}.",
        "en": "Horizontal bars: {count} organizations publishing a sustainability report, by number of reporting projects; first {top}.",
    },
}
