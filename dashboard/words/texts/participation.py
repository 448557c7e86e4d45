"""Words of the Participation page."""

TEXT = {
    "part_intro": {
        "it": "Chi partecipa alla rete {period}{filters}: le imprese socie, come cambia la base sociale, le persone per funzione, gli incontri e le quote. Un clic su una barra del grafico per dimensione o per settore restringe tutta la pagina.",
        "en": "Who takes part in the network {period}{filters}: the member companies, how membership changes, the people by function, the meetings and the fees. A click on a bar of the size or sector chart narrows the whole page.",
    },
    "part_split_sme": {
        "it": "Dividi le PMI in micro, piccole e medie",
        "en": "Split SMEs into micro, small and medium",
    },
    "part_split_sme_help": {
        "it": "Vale per tutti i grafici della pagina divisi per dimensione; il collegamento alla pagina lo ricorda.",
        "en": "Applies to every chart of the page split by size; the page's link keeps it.",
    },
    "part_group_other": {"it": "Altre organizzazioni", "en": "Other organizations"},
    # tiles
    "part_kpi_members": {"it": "Imprese socie", "en": "Member companies"},
    "part_kpi_joined": {"it": "Entrate", "en": "Joined"},
    "part_kpi_left": {"it": "Uscite", "en": "Left"},
    "part_kpi_people": {"it": "Persone delle imprese", "en": "People of the companies"},
    "part_help_members": {
        "it": "Imprese e imprese sociali socie attive in almeno uno degli anni scelti (con i filtri della pagina).",
        "en": "Member companies and social enterprises active in at least one of the selected years (with the page's filters).",
    },
    "part_help_joined": {
        "it": "Imprese socie entrate nella rete in uno degli anni scelti (anno di adesione).",
        "en": "Member companies that joined the network in one of the selected years (year of joining).",
    },
    "part_help_left": {
        "it": "Imprese socie uscite dopo uno degli anni scelti: quello era il loro ultimo anno da socie.",
        "en": "Member companies that left after one of the selected years: it was their last year as members.",
    },
    "part_help_people": {
        "it": "Persone indicate in people.csv per le imprese socie contate qui. Solo numeri, mai nomi; con piccoli numeri il totale è un intervallo (vedi «Persone per funzione»).",
        "en": "People listed in people.csv for the member companies counted here. Numbers only, never names; with small numbers the total is a range (see “People by function”).",
    },
    # members by size and sector
    "part_members": {"it": "Imprese socie", "en": "Member companies"},
    "part_size_title": {
        "it": "Imprese socie per dimensione",
        "en": "Member companies by size",
    },
    "part_size_caption": {
        "it": "Imprese e imprese sociali socie attive {period}, per gruppo di dimensione. Clic su una barra per filtrare la pagina.",
        "en": "Member companies and social enterprises active {period}, by size group. Click a bar to filter the page.",
    },
    "part_size_definition": {
        "it": "Le **imprese socie** sono le imprese e le imprese sociali con un anno di adesione (`joined_year`); ciascuna è contata una volta se attiva in almeno uno degli anni scelti. **Attiva in un anno**: entrata in quell'anno o prima, e non ancora uscita (`left_year` è l'ultimo anno da socia, vuoto se è ancora socia).\n\n**Gruppi di dimensione**, come la rete riporta la partecipazione: grandi imprese (dimensione `large`), PMI (imprese di dimensione `micro`, `small`, `medium`, divisibili con l'interruttore in alto) e imprese sociali, un gruppo a sé qualunque sia la loro dimensione. La dimensione è la colonna `size` dell'esportazione, mai il numero di dipendenti. I partner senza anno di adesione (enti, associazioni, ONG, scuole) non sono contati.\n\nUn clic su una barra restringe il resto della pagina a quel gruppo; il filtro compare in alto come pulsante che lo toglie.",
        "en": "**Member companies** are the companies and social enterprises with a year of joining (`joined_year`); each is counted once when active in at least one of the selected years. **Active in a year**: joined in that year or before, and not yet left (`left_year` is the last year as a member, empty while still a member).\n\n**Size groups**, as the network reports participation: large companies (size `large`), SMEs (companies of size `micro`, `small`, `medium`, which the switch at the top splits) and social enterprises, a group of their own whatever their size. Size is the export's `size` column, never the number of employees. Partners without a year of joining (authorities, associations, NGOs, schools) are not counted.\n\nA click on a bar narrows the rest of the page to that group; the filter shows at the top as a button that removes it.",
    },
    "part_size_alt": {
        "it": "Barre orizzontali: imprese socie attive {period} per gruppo di dimensione. {figures}.",
        "en": "Horizontal bars: member companies active {period} by size group. {figures}.",
    },
    "part_sector_title": {"it": "Imprese socie per settore", "en": "Member companies by sector"},
    "part_sector_caption": {
        "it": "Imprese e imprese sociali socie attive {period}, per settore. Clic su una barra per filtrare la pagina.",
        "en": "Member companies and social enterprises active {period}, by sector. Click a bar to filter the page.",
    },
    "part_sector_definition": {
        "it": "Le stesse imprese socie del grafico per dimensione, per il loro settore (elenco dei settori dell'esportazione, `sectors.csv`). Ciascuna impresa è contata una volta. Un clic su una barra restringe il resto della pagina a quel settore, in aggiunta ai filtri della barra laterale.",
        "en": "The same member companies as in the size chart, by their sector (the export's list of sectors, `sectors.csv`). Each company is counted once. A click on a bar narrows the rest of the page to that sector, on top of the sidebar's filters.",
    },
    "part_sector_alt": {
        "it": "Barre orizzontali: imprese socie attive {period} per settore; il settore con più imprese è {top} con {count}.",
        "en": "Horizontal bars: member companies active {period} by sector; the largest is {top} with {count}.",
    },
    # membership over the years
    "part_joined": {"it": "Entrate", "en": "Joined"},
    "part_left": {"it": "Uscite dopo l'anno", "en": "Left after the year"},
    "part_active": {"it": "Attive", "en": "Active"},
    "part_years_title": {"it": "La base sociale anno per anno", "en": "Membership year by year"},
    "part_years_caption": {
        "it": "Imprese socie entrate, uscite e attive in ciascun anno scelto.",
        "en": "Member companies that joined, left and were active in each selected year.",
    },
    "part_years_definition": {
        "it": "**Entrate**: imprese socie il cui anno di adesione (`joined_year`) è quell'anno. **Uscite dopo l'anno**: imprese il cui `left_year` è quell'anno, cioè l'ultimo in cui erano socie (escono alla fine dell'anno). **Attive**: socie durante l'anno. Così le attive di un anno sono quelle dell'anno prima, più le entrate, meno le uscite dell'anno prima.",
        "en": "**Joined**: member companies whose year of joining (`joined_year`) is that year. **Left after the year**: companies whose `left_year` is that year, i.e. their last year as members (they leave at its end). **Active**: members during the year. So a year's active members are the year before's, plus those that joined, minus those that left after the year before.",
    },
    "part_years_alt": {
        "it": "Barre raggruppate per anno: imprese socie entrate, uscite dopo l'anno e attive; {period} ne sono entrate {joined} e uscite {left}.",
        "en": "Grouped bars per year: member companies that joined, left after the year, and were active; {period} {joined} joined and {left} left.",
    },
    # how long members stay
    "part_stay_title": {"it": "Quanto restano le imprese socie", "en": "How long members stay"},
    "part_stay_caption": {
        "it": "Imprese socie attive negli anni scelti, per anni di adesione (fino al {last} per chi è ancora socia).",
        "en": "Member companies active in the selected years, by years of membership (up to {last} for those still members).",
    },
    "part_stay_definition": {
        "it": "Ogni impresa socia attiva in almeno uno degli anni scelti, contata una volta per i suoi **anni di adesione**: gli anni da `joined_year` a `left_year`, entrambi compresi, anche fuori dagli anni scelti. Per le imprese ancora socie gli anni si contano fino al {last}, l'ultimo anno dell'esportazione: la loro permanenza non è finita, perciò sono mostrate a parte («ancora socie») e il loro numero di anni è un minimo, non una durata finale.",
        "en": "Each member company active in at least one of the selected years, counted once by its **years of membership**: the years from `joined_year` to `left_year`, both included, even outside the selected years. For companies still members the years are counted up to {last}, the export's last year: their stay is not over, so they are shown apart (“still members”) and their number of years is a minimum, not a final length.",
    },
    "part_stay_left": {"it": "Uscite", "en": "Left"},
    "part_stay_still": {"it": "Ancora socie", "en": "Still members"},
    "part_years_of_membership": {"it": "Anni di adesione", "en": "Years of membership"},
    "part_stay_alt": {
        "it": "Barre impilate: imprese socie attive {period} per anni di adesione, divise tra uscite e ancora socie; {one} su {total} hanno finora un solo anno.",
        "en": "Stacked bars: member companies active {period} by years of membership, split into those that left and those still members; {one} of {total} have one year so far.",
    },
    # people
    "part_people_title": {"it": "Persone per funzione", "en": "People by function"},
    "part_people_caption": {
        "it": "Persone delle imprese socie attive {period}, per funzione aziendale: solo numeri, i piccoli protetti.",
        "en": "People of the member companies active {period}, by management function: numbers only, small ones protected.",
    },
    "part_people_definition": {
        "it": "Le persone indicate in `people.csv` per le imprese socie contate in questa pagina, per funzione (amministratore delegato o titolare, ambiente-salute-sicurezza, ricerca e sviluppo, comunicazione, risorse umane, altro) e, nella tabella, per gruppo di dimensione dell'impresa. **Solo numeri**: nessun nome compare mai.\n\n**Protezione dei piccoli numeri** (regola della soglia della statistica ufficiale): una casella con 1 o 2 persone è mostrata come «<3»; lo 0 resta 0. Un totale che comprende caselle «<3» non è mai dato esatto: è dato come l'intervallo consentito dalle caselle visibili (le visibili, più da 1 a 2 per ogni casella nascosta, ad esempio «27–28»), così nessun totale meno le altre caselle restituisce un numero nascosto. Nel grafico la barra di un tale totale arriva all'estremo inferiore dell'intervallo, scritto accanto. Ogni tabella è protetta per sé: confrontando tabelle con filtri diversi si può restringere un valore nascosto, quindi questi numeri servono a orientarsi, non a contare singole persone.",
        "en": "The people listed in `people.csv` for the member companies counted on this page, by function (CEO or owner, environment-health-safety, research and development, communications, human resources, other) and, in the table, by the size group of their company. **Numbers only**: no name is ever shown.\n\n**Protecting small numbers** (the threshold rule of official statistics): a cell of 1 or 2 people is shown as “<3”; 0 stays 0. A total that includes “<3” cells is never given exactly: it is given as the range its visible cells allow (the visible ones, plus 1 to 2 for each hidden cell, e.g. “27–28”), so no total minus the other cells gives back a hidden number. In the chart such a total's bar reaches the low end of its range, written beside it. Each table is protected on its own: comparing tables under different filters can narrow a hidden value, so these numbers are for orientation, not for counting individual people.",
    },
    "part_people_axis": {"it": "Persone", "en": "People"},
    "part_people_alt": {
        "it": "Barre orizzontali: persone delle imprese socie per funzione, {period}; in tutto {total}. I piccoli numeri sono protetti.",
        "en": "Horizontal bars: people of the member companies by function, {period}; {total} in all. Small numbers are protected.",
    },
    # meetings
    "part_meetings_title": {"it": "Chi viene agli incontri", "en": "Who comes to the meetings"},
    "part_meetings_caption": {
        "it": "Organizzazioni presenti a ciascun incontro {period}, per data e tipo di incontro.",
        "en": "Organizations attending each meeting {period}, by date and kind of meeting.",
    },
    "part_meetings_definition": {
        "it": "Ogni incontro degli anni scelti (`meetings.csv`), alla sua data, segnato dal suo tipo (colore e forma), all'altezza del numero di organizzazioni registrate come presenti in `attendance.csv`: ogni organizzazione una volta per incontro, quante che siano le sue persone presenti. Senza filtri di settore o dimensione (né della pagina) compaiono tutti gli incontri tenuti, anche quelli senza presenze registrate, e contano tutte le organizzazioni, partner compresi; con un filtro contano solo le organizzazioni selezionate e compaiono solo gli incontri a cui almeno una di esse era presente. La tabella aggiunge quante delle organizzazioni erano imprese socie.",
        "en": "Each meeting of the selected years (`meetings.csv`), at its date, marked by its kind (colour and shape), at the height of the number of organizations recorded as attending in `attendance.csv`: each organization once per meeting, however many of its people came. Without a sector or size filter (nor a page filter) every meeting held is shown, even one with no attendance recorded, and every organization counts, partners included; with a filter only the selected organizations count and only the meetings at least one of them attended are shown. The table adds how many of the organizations were member companies.",
    },
    "part_meetings_alt": {
        "it": "Punti nel tempo: i {count} incontri {period}, ciascuno all'altezza delle organizzazioni presenti, con forma secondo il tipo; il più partecipato: {busiest} del {date}, con {most} organizzazioni.",
        "en": "Points over time: the {count} meetings {period}, each at the number of organizations attending, shaped by kind; the most attended: {busiest} on {date}, with {most} organizations.",
    },
    "part_organizations_axis": {"it": "Organizzazioni presenti", "en": "Organizations attending"},
    # attendance rate
    "part_rate_size_title": {
        "it": "Tasso di presenza per dimensione",
        "en": "Attendance rate by size",
    },
    "part_rate_sector_title": {
        "it": "Tasso di presenza per settore",
        "en": "Attendance rate by sector",
    },
    "part_rate_caption": {
        "it": "Quota delle imprese socie attive in un anno presenti ad almeno un incontro di quell'anno, {period}.",
        "en": "Share of the member companies active in a year that attended at least one meeting of that year, {period}.",
    },
    "part_rate_definition": {
        "it": "Per ogni anno scelto, le imprese socie attive in quell'anno e, tra queste, quelle presenti ad **almeno un** incontro tenuto in quell'anno. Su più anni si sommano entrambi: **tasso di presenza = imprese socie presenti in un anno ÷ imprese socie attive in quell'anno**, sommati sugli anni scelti (anni-impresa). Un'impresa presente in un anno in cui non era socia non conta. Esempio: «92,3% · 24/26» vuol dire 24 anni-impresa con almeno un incontro su 26.",
        "en": "For each selected year, the member companies active that year and, of those, the ones that attended **at least one** meeting held that year. Over several years both are summed: **attendance rate = member companies attending in a year ÷ member companies active that year**, summed over the selected years (member-years). A company attending in a year it was not a member does not count. Example: “92.3% · 24/26” means 24 member-years with at least one meeting out of 26.",
    },
    "part_rate_text": {
        "it": "{rate} · {attending}/{active}",
        "en": "{rate} · {attending}/{active}",
    },
    "part_rate_axis": {"it": "Tasso di presenza", "en": "Attendance rate"},
    "part_rate_alt": {
        "it": "Barre orizzontali: quota di imprese socie presenti ad almeno un incontro, {period}. {figures}.",
        "en": "Horizontal bars: share of member companies attending at least one meeting, {period}. {figures}.",
    },
    # workshops
    "part_workshops_title": {"it": "I workshop tematici", "en": "The thematic workshops"},
    "part_workshops_caption": {
        "it": "Organizzazioni presenti a ciascun workshop tematico {period}, con il tema; i nomi sono nella tabella.",
        "en": "Organizations attending each thematic workshop {period}, with its theme; their names are in the table.",
    },
    "part_workshops_definition": {
        "it": "Gli incontri di tipo workshop tematico (`thematic_workshop`) degli anni scelti, con il loro tema (`themes.csv`), e le organizzazioni presenti (partner compresi; con un filtro, quelle selezionate), contate una volta ciascuna. Si mostrano i nomi delle organizzazioni, mai quelli delle persone.",
        "en": "The meetings of kind thematic workshop (`thematic_workshop`) of the selected years, with their theme (`themes.csv`), and the organizations that attended (partners included; with a filter, the selected ones), each counted once. Organizations are named; people never are.",
    },
    "part_workshops_alt": {
        "it": "Barre orizzontali: organizzazioni presenti a ciascuno dei {count} workshop tematici {period}, in ordine di data.",
        "en": "Horizontal bars: organizations attending each of the {count} thematic workshops {period}, in date order.",
    },
    # fees
    "part_fees_title": {
        "it": "Il bilancio del laboratorio: le quote",
        "en": "The laboratory's budget: fees",
    },
    "part_fees_caption": {
        "it": "Quote associative pagate per il laboratorio {period}, per anno e gruppo di dimensione.",
        "en": "Membership fees paid for the laboratory {period}, by year and size group.",
    },
    "part_fees_definition": {
        "it": "Le quote di `fees.csv` (una per organizzazione e anno, fissata secondo la dimensione), nell'anno a cui si riferiscono, sommate per gruppo di dimensione dell'organizzazione che paga (PMI divise con l'interruttore in alto). I filtri di settore e dimensione valgono per l'organizzazione che paga. Importi in euro; sopra ogni barra il totale dell'anno.",
        "en": "The fees in `fees.csv` (one per organization and year, set by size), in the year they are for, summed by the size group of the paying organization (SMEs split with the switch at the top). The sector and size filters apply to the paying organization. Amounts in euros; above each bar the year's total.",
    },
    "part_fees_axis": {"it": "Quote (€)", "en": "Fees (€)"},
    "part_fees_alt": {
        "it": "Barre impilate per anno: quote associative per gruppo di dimensione; {total} {period}.",
        "en": "Stacked bars per year: membership fees by size group; {total} {period}.",
    },
    # the members' table and card
    "part_members_title": {"it": "Le imprese socie", "en": "The member companies"},
    "part_members_caption": {
        "it": "Le imprese socie attive {period}: cerca per nome o comune, seleziona una riga per aprirne la scheda.",
        "en": "The member companies active {period}: search by name or town, select a row to open its card.",
    },
    "part_members_definition": {
        "it": "Le imprese e imprese sociali socie attive in almeno uno degli anni scelti, nei filtri della barra laterale e della pagina. **Progetti da capofila**: progetti avviati negli anni scelti con l'impresa come capofila. **Partnership**: progetti avviati negli anni scelti a cui ha preso parte insieme ad altre organizzazioni, come partner oppure come capofila di un progetto con almeno un partner. **Anni di adesione** come in «Quanto restano le imprese socie». Uscita «–»: ancora socia. Seleziona una riga, o scegli un nome sotto la tabella, per aprire la scheda dell'impresa; il collegamento della pagina la riapre (`?org=…`).",
        "en": "The member companies and social enterprises active in at least one of the selected years, in the sidebar's and the page's filters. **Projects led**: projects started in the selected years with the company as lead. **Partnerships**: projects started in the selected years it took part in together with other organizations, as a partner or as the lead of a project with at least one partner. **Years of membership** as in “How long members stay”. “Left after” “–”: still a member. Select a row, or pick a name below the table, to open the company's card; the page's link reopens it (`?org=…`).",
    },
    "part_search": {
        "it": "Cerca un'impresa per nome o comune",
        "en": "Search a company by name or town",
    },
    "part_found": {
        "it": {"one": "{n} impresa su {total}.", "other": "{n} imprese su {total}."},
        "en": {"one": "{n} company of {total}.", "other": "{n} companies of {total}."},
    },
    "part_pick": {"it": "Apri la scheda di", "en": "Open the card of"},
    "part_pick_placeholder": {"it": "Scegli un'impresa", "en": "Choose a company"},
    "part_unknown_org": {
        "it": "Nessuna organizzazione con codice «{org}» in questa esportazione.",
        "en": "No organization with code “{org}” in this export.",
    },
    "part_card_title": {"it": "Scheda: {name}", "en": "Card: {name}"},
    "part_card_caption": {
        "it": "Progetti, partner, incontri e risparmi {period}. Codice nel collegamento: org={org}.",
        "en": "Projects, partners, meetings and savings {period}. Code in the link: org={org}.",
    },
    "part_card_partner": {"it": "Partner, non socia", "en": "Partner, not a member"},
    "part_card_since": {"it": "Socia dal {joined}", "en": "Member since {joined}"},
    "part_card_between": {
        "it": "Socia dal {joined} al {left}",
        "en": "Member from {joined} to {left}",
    },
    "part_close_card": {"it": "Chiudi la scheda", "en": "Close the card"},
    "part_card_projects": {"it": "I suoi progetti ({count})", "en": "Its projects ({count})"},
    "part_card_partners": {
        "it": "I suoi partner (le altre organizzazioni dei suoi progetti)",
        "en": "Its partners (the other organizations of its projects)",
    },
    "part_card_meetings": {
        "it": "Gli incontri a cui era presente",
        "en": "The meetings it attended",
    },
    "part_card_savings": {
        "it": "Risparmi per gli enti locali (progetti da capofila)",
        "en": "Savings for local authorities (projects it led)",
    },
    "part_card_savings_line": {
        "it": "Verificati: **{verified}** · stimati dal progetto: {estimated} (mai sommati qui).",
        "en": "Verified: **{verified}** · estimated by the project: {estimated} (never added up here).",
    },
    "part_card_none": {"it": "Nessuno negli anni scelti.", "en": "None in the selected years."},
    "part_verified": {"it": "Verificato", "en": "Verified"},
    "part_estimated": {"it": "Stimato", "en": "Estimated"},
    # column names
    "part_col_name": {"it": "Impresa", "en": "Company"},
    "part_col_sector": {"it": "Settore", "en": "Sector"},
    "part_col_size": {"it": "Dimensione", "en": "Size"},
    "part_col_municipality": {"it": "Comune", "en": "Town"},
    "part_col_joined": {"it": "Entrata", "en": "Joined"},
    "part_col_left": {"it": "Uscita dopo il", "en": "Left after"},
    "part_col_years_member": {"it": "Anni di adesione", "en": "Years of membership"},
    "part_col_projects_led": {"it": "Progetti da capofila", "en": "Projects led"},
    "part_col_partnerships": {"it": "Partnership", "en": "Partnerships"},
    "part_col_members": {"it": "Imprese socie", "en": "Member companies"},
    "part_col_year": {"it": "Anno", "en": "Year"},
    "part_col_function": {"it": "Funzione", "en": "Function"},
    "part_col_group": {"it": "Gruppo", "en": "Group"},
    "part_col_date": {"it": "Data", "en": "Date"},
    "part_col_kind": {"it": "Tipo di incontro", "en": "Kind of meeting"},
    "part_col_theme": {"it": "Tema", "en": "Theme"},
    "part_col_title": {"it": "Titolo", "en": "Title"},
    "part_col_organizations": {"it": "Organizzazioni presenti", "en": "Organizations attending"},
    "part_col_member_companies": {"it": "Di cui imprese socie", "en": "Of which member companies"},
    "part_col_names": {"it": "Organizzazioni", "en": "Organizations"},
    "part_col_amount": {"it": "Importo", "en": "Amount"},
    "part_col_member_years": {"it": "Anni-impresa attivi", "en": "Active member-years"},
    "part_col_attending": {
        "it": "Di cui con almeno un incontro",
        "en": "Of which with at least one meeting",
    },
    "part_col_rate": {"it": "Tasso di presenza", "en": "Attendance rate"},
    "part_col_status": {"it": "Stato", "en": "Status"},
    "part_col_role": {"it": "Ruolo", "en": "Role"},
    "part_col_category": {"it": "Categoria", "en": "Category"},
    "part_col_lead": {"it": "Capofila", "en": "Lead"},
    "part_col_partners": {"it": "Partner", "en": "Partners"},
    "part_col_shared": {"it": "Progetti in comune", "en": "Shared projects"},
    "part_col_authority": {"it": "Ente locale", "en": "Local authority"},
    "part_col_area": {"it": "Ambito", "en": "Policy area"},
    "part_col_method": {"it": "Metodo", "en": "Method"},
    "part_col_verified": {"it": "Verificato o stimato", "en": "Verified or estimated"},
    "part_col_total": {"it": "Totale", "en": "Total"},
    "part_col_organization": {"it": "Organizzazione", "en": "Organization"},
    "part_col_org_kind": {"it": "Tipo di organizzazione", "en": "Kind of organization"},
    "part_meetings_by_month": {
        "it": "Con {count} incontri, ogni punto è un mese: gli incontri di un tipo in quel mese, con le organizzazioni venute in media.",
        "en": "With {count} meetings, each point is a month: the meetings of one kind that month, with the organizations that came on average.",
    },
    "part_meetings_in_month": {
        "it": {"one": "{n} incontro nel mese", "other": "{n} incontri nel mese"},
        "en": {"one": "{n} meeting that month", "other": "{n} meetings that month"},
    },
}
