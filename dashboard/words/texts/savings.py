"""Words of the Savings page (savings for local authorities)."""

TEXT = {
    "sav_intro": {
        "it": "Quanto gli enti locali non hanno dovuto spendere grazie ai progetti della rete, {period}{filters}. In primo piano i risparmi **verificati** dall'ente; le **stime** dei progetti stanno accanto, mai sommate in silenzio.",
        "en": "What local authorities did not have to spend thanks to the network's projects, {period}{filters}. The amounts **verified** by the authority come first; the projects' own **estimates** stand beside them, never silently added.",
    },
    "sav_dim_area": {"it": "Ambito", "en": "Policy area"},
    "sav_dim_method": {"it": "Metodo", "en": "Method"},
    "sav_methods_note": {
        "it": "**Come si conta ogni metodo.** Gli importi sono al netto dei costi che il progetto ha causato all'ente. Risparmi di bilancio e costi evitati sono di natura diversa (una spesa minore effettiva, una spesa che non c'è stata rispetto a uno scenario): le tabelle li tengono in colonne separate.",
        "en": "**How each method is counted.** Amounts are net of the costs the project caused the authority. Budget savings and avoided costs differ in kind (money actually not spent, against a cost that did not arise compared with a baseline): the tables keep them in separate columns.",
    },
    "sav_verified": {"it": "Verificati", "en": "Verified"},
    "sav_estimated": {"it": "Stimati", "en": "Estimated"},
    "sav_both": {"it": "Verificati + stimati", "en": "Verified + estimated"},
    "sav_status_verified": {"it": "verificato", "en": "verified"},
    "sav_status_estimated": {"it": "stimato", "en": "estimated"},
    "sav_of_method": {"it": "di cui {method}", "en": "of which {method}"},
    "sav_amount_axis": {"it": "Importo", "en": "Amount"},
    "sav_col_area": {"it": "Ambito", "en": "Policy area"},
    "sav_col_method": {"it": "Metodo", "en": "Method"},
    "sav_col_authority": {"it": "Ente locale", "en": "Local authority"},
    "sav_col_category": {"it": "Categoria del progetto", "en": "Project category"},
    "sav_col_project_id": {"it": "Codice progetto", "en": "Project ID"},
    "sav_col_project": {"it": "Progetto", "en": "Project"},
    "sav_col_lead": {"it": "Capofila", "en": "Lead"},
    "sav_col_status": {"it": "Verificato o stimato", "en": "Verified or estimated"},
    "sav_col_amount": {"it": "Importo", "en": "Amount"},
    "sav_col_note": {"it": "Come è stato calcolato", "en": "How it was worked out"},
    "sav_col_rank": {"it": "Posizione", "en": "Rank"},
    "sav_col_fees": {"it": "Quote pagate", "en": "Fees paid"},
    "sav_col_org": {"it": "Organizzazione", "en": "Organization"},
    "sav_col_org_id": {"it": "Codice organizzazione", "en": "Organization ID"},
    "sav_col_per_euro_verified": {
        "it": "Verificati per euro di quote",
        "en": "Verified per euro of fees",
    },
    "sav_col_per_euro_both": {
        "it": "Verificati + stimati per euro di quote",
        "en": "Verified + estimated per euro of fees",
    },
    "sav_col_cum_verified": {"it": "Verificati, cumulati", "en": "Verified, cumulative"},
    "sav_col_cum_both": {
        "it": "Verificati + stimati, cumulati",
        "en": "Verified + estimated, cumulative",
    },
    "sav_all_years": {"it": "Tutti gli anni scelti", "en": "All selected years"},
    "sav_kpi_verified": {"it": "Risparmi verificati", "en": "Verified savings"},
    "sav_kpi_estimated": {"it": "Risparmi stimati", "en": "Estimated savings"},
    "sav_kpi_share": {"it": "Quota verificata", "en": "Verified share"},
    "sav_kpi_per_euro": {
        "it": "Risparmio verificato per euro di quote",
        "en": "Verified savings per euro of fees",
    },
    "sav_help_verified": {
        "it": "Somma degli importi verificati dall'ente locale (`verified` vero), nell'anno in cui il risparmio è avvenuto, dei progetti guidati dalle organizzazioni scelte.",
        "en": "Sum of the amounts checked by the local authority (`verified` true), in the year the saving occurred, of projects led by the selected organizations.",
    },
    "sav_help_estimated": {
        "it": "Somma degli importi stimati dai progetti e non ancora verificati dall'ente (`verified` falso). Non è compresa nei risparmi verificati.",
        "en": "Sum of the amounts estimated by the projects and not checked by the authority (`verified` false). Not included in the verified savings.",
    },
    "sav_help_share": {
        "it": "Importo verificato diviso per l'importo totale (verificati + stimati): per importo, non per numero di righe.",
        "en": "Verified amount divided by the total amount (verified + estimated): by amount, not by number of rows.",
    },
    "sav_help_per_euro": {
        "it": "Risparmi verificati degli anni scelti divisi per le quote associative pagate al laboratorio, negli stessi anni, dalle organizzazioni scelte (fees.csv).",
        "en": "Verified savings of the selected years divided by the membership fees paid for the laboratory, in the same years, by the selected organizations (fees.csv).",
    },
    "sav_note_verified": {
        "it": "di cui risparmi di bilancio {budget}, costi evitati {avoided}, altri metodi {other}",
        "en": "of which budget savings {budget}, avoided costs {avoided}, other methods {other}",
    },
    "sav_note_estimated": {
        "it": "verificati + stimati: {total}",
        "en": "verified + estimated: {total}",
    },
    "sav_note_share": {
        "it": "{verified} verificati su {total} (verificati + stimati)",
        "en": "{verified} verified of {total} (verified + estimated)",
    },
    "sav_note_per_euro": {
        "it": "verificati + stimati: {both} per euro; quote pagate: {fees}",
        "en": "verified + estimated: {both} per euro; fees paid: {fees}",
    },
    "sav_no_fees": {
        "it": "Nessuna quota pagata dalle organizzazioni scelte in questi anni.",
        "en": "No fees paid by the selected organizations in these years.",
    },
    "sav_area_title": {"it": "Per ambito", "en": "By policy area"},
    "sav_area_caption": {
        "it": "Risparmi verificati e stimati per ambito. Fai clic su una barra per filtrare il resto della pagina; la tabella separa i metodi.",
        "en": "Verified and estimated savings by policy area. Click a bar to filter the rest of the page; the table separates the methods.",
    },
    "sav_area_alt": {
        "it": "Grafico a barre: risparmi verificati e stimati per ambito; il primo è {label} con {amount} verificati.",
        "en": "Bar chart: verified and estimated savings by policy area; first is {label} with {amount} verified.",
    },
    "sav_method_title": {"it": "Per metodo", "en": "By method"},
    "sav_method_caption": {
        "it": "Risparmi verificati e stimati per metodo di calcolo. Fai clic su una barra per filtrare il resto della pagina.",
        "en": "Verified and estimated savings by how they were worked out. Click a bar to filter the rest of the page.",
    },
    "sav_method_alt": {
        "it": "Grafico a barre: risparmi verificati e stimati per metodo; il primo è {label} con {amount} verificati.",
        "en": "Bar chart: verified and estimated savings by method; first is {label} with {amount} verified.",
    },
    "sav_year_title": {"it": "Anno per anno", "en": "Year by year"},
    "sav_year_caption": {
        "it": "Risparmi verificati e stimati nell'anno in cui sono avvenuti; la tabella separa i metodi.",
        "en": "Verified and estimated savings in the year they occurred; the table separates the methods.",
    },
    "sav_year_alt": {
        "it": "Grafico a barre: risparmi verificati e stimati per anno, {first}–{last}; verificati in totale {amount}.",
        "en": "Bar chart: verified and estimated savings per year, {first}–{last}; {amount} verified in all.",
    },
    "sav_cum_title": {"it": "Risparmi cumulati", "en": "Cumulative savings"},
    "sav_cum_caption": {
        "it": "Totale progressivo dal primo anno scelto: i verificati, e i verificati più gli stimati.",
        "en": "Running total from the first selected year: verified, and verified plus estimated.",
    },
    "sav_cum_alt": {
        "it": "Grafico a linee: risparmi cumulati {first}–{last}; verificati {verified}, verificati + stimati {both}.",
        "en": "Line chart: cumulative savings {first}–{last}; verified {verified}, verified + estimated {both}.",
    },
    "sav_fees_title": {"it": "Risparmi per euro di quote", "en": "Savings per euro of fees"},
    "sav_fees_caption": {
        "it": "Euro risparmiati dagli enti per ogni euro di quote pagate al laboratorio, anno per anno.",
        "en": "Euros saved by the authorities for each euro of fees paid for the laboratory, year by year.",
    },
    "sav_fees_alt": {
        "it": "Grafico a barre: risparmi per euro di quote per anno, {first}–{last}; verificati {verified} per euro negli anni scelti.",
        "en": "Bar chart: savings per euro of fees per year, {first}–{last}; verified {verified} per euro over the selected years.",
    },
    "sav_fees_axis": {"it": "Euro per euro di quote", "en": "Euros per euro of fees"},
    "sav_projects_title": {
        "it": "I progetti che hanno fatto risparmiare di più",
        "en": "The projects that saved the most",
    },
    "sav_projects_caption": {
        "it": "I dieci progetti con più risparmi verificati (a pari merito, con più stime); la tabella li elenca tutti.",
        "en": "The ten projects with the most verified savings (ties broken by estimates); the table lists them all.",
    },
    "sav_projects_alt": {
        "it": "Grafico a barre: i dieci progetti con più risparmi verificati; il primo è {label} con {amount}.",
        "en": "Bar chart: the ten projects with the most verified savings; first is {label} with {amount}.",
    },
    "sav_rows_title": {
        "it": "Ogni risparmio, progetto per progetto",
        "en": "Every saving, project by project",
    },
    "sav_rows_caption": {
        "it": "Una riga per risparmio dichiarato: progetto, metodo, verificato o stimato, importo e come è stato calcolato; i progetti con più risparmi verificati per primi.",
        "en": "One row per reported saving: project, method, verified or estimated, amount and how it was worked out; projects with the most verified savings first.",
    },
    "sav_authority_title": {"it": "Per ente locale", "en": "By local authority"},
    "sav_authority_caption": {
        "it": "Risparmi verificati e stimati per ente locale che li ha avuti; la tabella separa i metodi.",
        "en": "Verified and estimated savings by the local authority that had them; the table separates the methods.",
    },
    "sav_authority_alt": {
        "it": "Grafico a barre: risparmi verificati e stimati per ente locale; il primo è {label} con {amount} verificati.",
        "en": "Bar chart: verified and estimated savings by local authority; first is {label} with {amount} verified.",
    },
    "sav_category_title": {"it": "Per categoria di progetto", "en": "By project category"},
    "sav_category_caption": {
        "it": "Risparmi verificati e stimati per categoria del progetto che li ha prodotti; la tabella separa i metodi.",
        "en": "Verified and estimated savings by the category of the project behind them; the table separates the methods.",
    },
    "sav_category_alt": {
        "it": "Grafico a barre: risparmi verificati e stimati per categoria di progetto; la prima è {label} con {amount} verificati.",
        "en": "Bar chart: verified and estimated savings by project category; first is {label} with {amount} verified.",
    },
    "sav_definition": {
        "it": "Ogni riga di savings.csv conta nell'**anno in cui il risparmio è avvenuto** (`year`), per i progetti il cui **capofila** rientra nei filtri di settore e dimensione. **Verificati**: importi controllati dall'ente locale (`verified` vero); **stimati**: importi stimati dal progetto (`verified` falso). I due non vengono mai sommati senza dirlo: dove compare un totale è indicato come «verificati + stimati». Le colonne «di cui» danno l'importo di ciascun metodo (verificati e stimati insieme), così risparmi di bilancio e costi evitati restano distinti. Importi al netto dei costi causati all'ente.",
        "en": 'Each row of savings.csv counts in the **year the saving occurred** (`year`), for projects whose **lead** matches the sector and size filters. **Verified**: amounts checked by the local authority (`verified` true); **estimated**: amounts estimated by the project (`verified` false). The two are never added up unsaid: where a total appears it is labelled "verified + estimated". The "of which" columns give each method\'s amount (verified and estimated together), so budget savings and avoided costs stay apart. Amounts net of the costs caused to the authority.',
    },
    "sav_area_definition": {
        "it": "Per ambito di policy (`policy_area`). Il clic su un ambito filtra il resto della pagina; questo grafico resta intero ed evidenzia l'ambito scelto. Un metodo scelto, invece, lo restringe.",
        "en": "By policy area (`policy_area`). Clicking an area filters the rest of the page; this chart stays whole and highlights the chosen area. A chosen method does narrow it.",
    },
    "sav_method_definition": {
        "it": "Per metodo (`method`). Il clic su un metodo filtra il resto della pagina; questo grafico resta intero ed evidenzia il metodo scelto. Un ambito scelto, invece, lo restringe.",
        "en": "By method (`method`). Clicking a method filters the rest of the page; this chart stays whole and highlights the chosen method. A chosen policy area does narrow it.",
    },
    "sav_cum_definition": {
        "it": "Somma progressiva, dal primo anno scelto, dei risparmi di ciascun anno: verificati da soli, e verificati più stimati.",
        "en": "Running sum, from the first selected year, of each year's savings: verified alone, and verified plus estimated.",
    },
    "sav_fees_definition": {
        "it": "**Risparmio per euro di quote** di un anno = risparmi di quell'anno (dei progetti guidati dalle organizzazioni scelte, con l'ambito e il metodo scelti) ÷ quote associative pagate in quell'anno dalle **organizzazioni scelte** (fees.csv, per il loro settore e dimensione). Due versioni: solo i **verificati**, e **verificati + stimati**. La riga «Tutti gli anni scelti» divide la somma dei risparmi per la somma delle quote degli anni scelti (non è la media dei rapporti). Senza quote pagate il rapporto non è definito (–).",
        "en": '**Savings per euro of fees** in a year = that year\'s savings (of projects led by the selected organizations, with the chosen area and method) ÷ membership fees paid in that year by the **selected organizations** (fees.csv, by their sector and size). Two versions: **verified** alone, and **verified + estimated**. The "All selected years" row divides the sum of the savings by the sum of the fees of the selected years (not the mean of the ratios). With no fees paid the ratio is undefined (–).',
    },
    "sav_projects_definition": {
        "it": "Per progetto: somma dei suoi risparmi verificati e, a parte, di quelli stimati negli anni scelti. Ordine: prima i verificati, a parità gli stimati.",
        "en": "Per project: the sum of its verified savings and, apart, of its estimated ones in the selected years. Order: verified first, then estimated to break ties.",
    },
    "sav_authority_definition": {
        "it": "Per ente locale destinatario del risparmio (`authority_org_id`, organizzazioni di tipo ente locale).",
        "en": "By the local authority that had the saving (`authority_org_id`, organizations of kind local authority).",
    },
    "sav_category_definition": {
        "it": "Per categoria del progetto (`category` in projects.csv, etichette da categories.csv).",
        "en": "By project category (`category` in projects.csv, labels from categories.csv).",
    },
    "sav_download_rows": {
        "it": "Scarica ogni risparmio (CSV)",
        "en": "Download every saving (CSV)",
    },
}
