"""Words of the Overview page."""

TEXT = {
    "overview_intro": {
        "it": "I risultati della rete {period}{filters}.",
        "en": "The network's results {period}{filters}.",
    },
    "kpi_companies": {
        "it": "Imprese coinvolte",
        "en": "Companies involved",
    },
    "kpi_projects": {
        "it": "Progetti",
        "en": "Projects",
    },
    "kpi_partnership": {
        "it": "In partnership",
        "en": "In partnership",
    },
    "kpi_savings": {
        "it": "Risparmi verificati",
        "en": "Verified savings",
    },
    "kpi_meetings": {
        "it": "Incontri",
        "en": "Meetings held",
    },
    "share_of_projects": {
        "it": "{share} dei progetti",
        "en": "{share} of projects",
    },
    "estimated_beside": {
        "it": "più {amount} stimati ({share} verificato sul totale)",
        "en": "plus {amount} estimated ({share} of the total verified)",
    },
    "delta": {
        "it": "{year}: {value}, {change} sul {prev}",
        "en": "{year}: {value}, {change} on {prev}",
    },
    "help_companies": {
        "it": "Imprese e imprese sociali socie attive in almeno uno degli anni scelti. I partner non soci (enti, associazioni, ONG, scuole) non sono contati.",
        "en": "Member companies and social enterprises active in at least one of the selected years. Partners that are not members (authorities, associations, NGOs, schools) are not counted.",
    },
    "help_projects": {
        "it": "Progetti avviati negli anni scelti, contati per anno di avvio; il settore e la dimensione sono quelli dell'impresa capofila.",
        "en": "Projects started in the selected years, counted by start year; sector and size are those of the lead organization.",
    },
    "help_partnership": {
        "it": "Progetti con almeno un partner oltre al capofila.",
        "en": "Projects with at least one partner besides their lead.",
    },
    "help_savings": {
        "it": "Risparmi per gli enti locali: somma di quelli verificati dall'ente locale, nell'anno in cui sono avvenuti. Le stime dei progetti sono indicate a parte, mai sommate in silenzio.",
        "en": "Savings for local authorities: the sum of those verified by the authority, in the year they occurred. The projects' own estimates are shown beside, never silently added.",
    },
    "help_meetings": {
        "it": "Incontri del laboratorio tenuti negli anni scelti (con un filtro di settore o dimensione: quelli a cui ha partecipato almeno un'organizzazione selezionata).",
        "en": "Laboratory meetings held in the selected years (with a sector or size filter: those attended by at least one selected organization).",
    },
    "per_year_title": {
        "it": "Anno per anno",
        "en": "Year by year",
    },
    "per_year_caption": {
        "it": "Nuovi progetti avviati e imprese socie attive in ciascun anno.",
        "en": "New projects started and active member companies in each year.",
    },
    "per_year_alt": {
        "it": "Grafico a barre: nuovi progetti e imprese socie attive per anno, {first}–{last}.",
        "en": "Bar chart: new projects and active member companies per year, {first}–{last}.",
    },
    "new_projects": {
        "it": "Nuovi progetti",
        "en": "New projects",
    },
    "active_members": {
        "it": "Imprese socie attive",
        "en": "Active member companies",
    },
    "per_year_definition": {
        "it": "**Nuovi progetti**: progetti contati nell'anno di avvio (`start_year`), con il settore e la dimensione del capofila. **Imprese socie attive**: imprese e imprese sociali socie in quell'anno, cioè con `joined_year` ≤ anno ≤ `left_year` (o ancora socie).",
        "en": "**New projects**: projects counted in their start year (`start_year`), by their lead's sector and size. **Active member companies**: companies and social enterprises that were members that year, i.e. `joined_year` ≤ year ≤ `left_year` (or still members).",
    },
    "ov_records": {
        "it": "Mostra i dati di origine di queste cifre",
        "en": "Show the records behind these figures",
    },
    "ov_records_companies": {
        "it": "Imprese coinvolte ({count})",
        "en": "Companies involved ({count})",
    },
    "ov_records_projects": {"it": "Progetti ({count})", "en": "Projects ({count})"},
    "ov_records_savings": {
        "it": {"one": "Risparmi ({n} riga)", "other": "Risparmi ({n} righe)"},
        "en": {"one": "Savings ({n} row)", "other": "Savings ({n} rows)"},
    },
    "ov_col_name": {"it": "Impresa", "en": "Company"},
    "ov_col_sector": {"it": "Settore", "en": "Sector"},
    "ov_col_size": {"it": "Dimensione", "en": "Size"},
    "ov_col_municipality": {"it": "Comune", "en": "Municipality"},
    "ov_col_joined": {"it": "Socia dal", "en": "Member since"},
    "ov_col_left": {"it": "Ultimo anno da socia", "en": "Last year as member"},
    "ov_col_project": {"it": "Progetto", "en": "Project"},
    "ov_col_lead": {"it": "Capofila", "en": "Lead"},
    "ov_col_category": {"it": "Categoria", "en": "Category"},
    "ov_col_start": {"it": "Anno di avvio", "en": "Start year"},
    "ov_col_status": {"it": "Stato", "en": "Status"},
    "ov_col_partners": {"it": "Partner", "en": "Partners"},
    "ov_col_year": {"it": "Anno", "en": "Year"},
    "ov_col_authority": {"it": "Ente locale", "en": "Local authority"},
    "ov_col_area": {"it": "Area", "en": "Policy area"},
    "ov_col_method": {"it": "Metodo", "en": "Method"},
    "ov_col_checked": {"it": "Verificato o stimato", "en": "Verified or estimated"},
    "ov_col_amount": {"it": "Importo", "en": "Amount"},
    "ov_col_note": {"it": "Nota", "en": "Note"},
}
