"""Words of the accessibility statement (AgID's "dichiarazione di accessibilità")."""

TEXT = {
    "page_accessibility": {"it": "Accessibilità", "en": "Accessibility"},
    "a11y_body": {
        "it": """Questo cruscotto è pensato per essere conforme alle **WCAG 2.1 livello AA**, come chiedono le linee guida AgID per le pubbliche amministrazioni (EN 301 549).

**Come lo verifichiamo.** A ogni modifica, prove automatiche aprono ogni pagina in un browser reale, in italiano e in inglese, a 1366×768 e a 320×640, e la analizzano con axe-core (regole WCAG 2.0/2.1 A e AA): devono risultare zero violazioni. I colori del tema sono scelti per un contrasto di almeno 4,5:1; i grafici usano una tavolozza leggibile anche con le più comuni discromatopsie e riportano i valori scritti, così nessun dato è affidato al solo colore.

**Alternative ai grafici.** I grafici non si esplorano da tastiera e i loro suggerimenti richiedono il mouse: per questo ogni grafico ha, sulla stessa pagina, la tabella dei suoi dati («Mostra i dati in tabella») e il download in CSV.

**Limiti noti.** Il cruscotto è costruito con Streamlit, che scrive da sé alcune parole in inglese. Le più comuni (il collegamento «Vai al contenuto principale», i nomi letti dai lettori di schermo per i suggerimenti, gli estremi del cursore degli anni, gli elenchi a scelta multipla, il campo della password, il pulsante «Carica») sono sostituite con parole italiane da uno script della pagina; il limite di dimensione che Streamlit scrive in inglese nel campo di caricamento è nascosto e detto in italiano sotto il campo. Restano in inglese: i menu e i suggerimenti interni delle tabelle (ordinamento, colonne, ricerca) e il menu principale in alto a destra; le descrizioni che i grafici danno ai lettori di schermo per assi e legende (ogni grafico ha comunque una descrizione in italiano e la tabella dei dati); alcuni messaggi di errore del campo di caricamento; la finestra «Page not found» di un indirizzo sbagliato. I grafici non sono navigabili da tastiera (vedi le tabelle alternative).""",
        "en": """This dashboard is built to meet **WCAG 2.1 level AA**, as AgID's guidelines require of public administrations (EN 301 549).

**How we check it.** On every change, automated tests open every page in a real browser, in Italian and in English, at 1366×768 and at 320×640, and run axe-core on it (WCAG 2.0/2.1 A and AA rules): it must find no violation. The theme's colours give a contrast of at least 4.5:1; charts use a palette that stays readable with the common colour-vision deficiencies and write their values, so no figure rests on colour alone.

**Alternatives to charts.** Charts cannot be explored by keyboard and their tooltips need a mouse: so every chart has, on the same page, the table of its data ("Show the data as a table") and a CSV download.

**Known limits.** The dashboard is built with Streamlit, which writes some words of its own in English. The common ones (the "Skip to main content" link, the names screen readers announce for help tooltips, the ends of the year slider, the multiple-choice lists, the password field, the "Upload" button) are put in the page's language by a page script; the size cap Streamlit writes under the upload field ("… per file") is hidden and said in the page's words under the field. In the Italian interface these stay in English: the tables' own menus and tooltips (sorting, columns, search) and the main menu at the top right; the descriptions charts give screen readers for their axes and legends (every chart still has its own description in Italian and the table of its data); some error messages of the upload field; the "Page not found" window of a mistyped address. Charts are not keyboard-navigable (see the alternative tables).""",
    },
}
