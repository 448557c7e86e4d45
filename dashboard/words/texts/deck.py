"""Words of the forum's slides, the deck and the report, and of `python -m dashboard.deck`."""

TEXT = {
    "deck_title": {
        "it": "Forum della rete: i risultati del {year}",
        "en": "The network's forum: the results of {year}",
    },
    "deck_slide_number": {"it": "{number} / {count}", "en": "{number} / {count}"},
    "deck_change": {"it": "{change} sul {prev}", "en": "{change} on {prev}"},
    "deck_made_on": {"it": "Creato il {date}", "en": "Made on {date}"},
    "deck_link": {
        "it": "La stessa vista nel cruscotto: {url}",
        "en": "The same view in the dashboard: {url}",
    },
    "deck_notes_figures": {"it": "Le cifre", "en": "The figures"},
    "deck_notes_definitions": {"it": "Come si contano", "en": "How they are counted"},
    "deck_data": {"it": "I dati delle slide", "en": "The slides' data"},
    "deck_chart_alt": {"it": "Grafico: {title}", "en": "Chart: {title}"},
    # titles
    "deck_headline_title": {"it": "Il {year} in cifre", "en": "{year} in figures"},
    "deck_participation_title": {
        "it": "Chi partecipa: dimensione e settore",
        "en": "Who takes part: size and sector",
    },
    "deck_projects_title": {"it": "Progetti per categoria", "en": "Projects by category"},
    "deck_partnerships_title": {"it": "Partnership per tipo", "en": "Partnerships by type"},
    "deck_network_title": {"it": "La rete delle partnership", "en": "The partnership network"},
    "deck_savings_title": {
        "it": "Risparmi per gli enti locali, per ambito",
        "en": "Savings for local authorities, by policy area",
    },
    "deck_highlights_title": {"it": "Progetti in evidenza", "en": "Highlight projects"},
    "deck_road_title": {
        "it": "Il cammino dal {first} al {last}",
        "en": "The road from {first} to {last}",
    },
    # one message a slide
    "deck_msg_headline": {
        "it": {
            "one": "Nel {year} la rete conta {n} impresa socia; nuovi progetti: {projects}.",
            "other": "Nel {year} la rete conta {n} imprese socie; nuovi progetti: {projects}.",
        },
        "en": {
            "one": "In {year} the network counts {n} member company; new projects: {projects}.",
            "other": "In {year} the network counts {n} member companies; new projects: {projects}.",
        },
    },
    "deck_msg_participation": {
        "it": {
            "one": "Partecipa {n} impresa socia {period}; settore più presente: {sector} ({count}).",
            "other": "Partecipano {n} imprese socie {period}; il settore più presente è {sector} ({count}).",
        },
        "en": {
            "one": "{n} member company takes part {period}; largest sector: {sector} ({count}).",
            "other": "{n} member companies take part {period}; the largest sector is {sector} ({count}).",
        },
    },
    "deck_msg_projects": {
        "it": {
            "one": "{n} progetto avviato {period}; categoria più frequente: {category} ({count}).",
            "other": "{n} progetti avviati {period}; la categoria più frequente è {category} ({count}).",
        },
        "en": {
            "one": "{n} project started {period}; most frequent category: {category} ({count}).",
            "other": "{n} projects started {period}; the most frequent category is {category} ({count}).",
        },
    },
    "deck_msg_partnerships": {
        "it": {
            "one": "{n} progetto in partnership {period} ({share} dei progetti); tipo più frequente: {ptype}.",
            "other": "{n} progetti in partnership {period} ({share} dei progetti); il tipo più frequente è «{ptype}».",
        },
        "en": {
            "one": "{n} project in partnership {period} ({share} of projects); most frequent type: {ptype}.",
            "other": "{n} projects in partnership {period} ({share} of projects); the most frequent type is “{ptype}”.",
        },
    },
    "deck_msg_network": {
        "it": {
            "one": "{n} organizzazione nei progetti in partnership {period}.",
            "other": "{n} organizzazioni lavorano insieme nei progetti in partnership {period}; la più collegata è {top} (partner: {partners}).",
        },
        "en": {
            "one": "{n} organization in projects in partnership {period}.",
            "other": "{n} organizations work together in projects in partnership {period}; the best connected is {top} (partners: {partners}).",
        },
    },
    "deck_msg_savings": {
        "it": "Risparmi verificati per gli enti locali {period}: {verified}, più {estimated} stimati, tenuti a parte.",
        "en": "Verified savings for local authorities {period}: {verified}, plus {estimated} estimated, kept apart.",
    },
    "deck_msg_highlights_marked": {
        "it": {
            "one": "Il progetto scelto dal coordinamento per il forum.",
            "other": "I {n} progetti scelti dal coordinamento per il forum.",
        },
        "en": {
            "one": "The project the coordinators chose for the forum.",
            "other": "The {n} projects the coordinators chose for the forum.",
        },
    },
    "deck_msg_highlights_top": {
        "it": {
            "one": "Il progetto con i risparmi verificati più alti {period}.",
            "other": "I {n} progetti con i risparmi verificati più alti {period}.",
        },
        "en": {
            "one": "The project with the largest verified savings {period}.",
            "other": "The {n} projects with the largest verified savings {period}.",
        },
    },
    "deck_msg_highlights_none": {
        "it": "Nessun progetto segnato né con risparmi verificati {period}.",
        "en": "No project marked nor with verified savings {period}.",
    },
    "deck_msg_road": {
        "it": {
            "one": "Dal {first} al {last}: {n} impresa coinvolta; progetti avviati: {projects}.",
            "other": "Dal {first} al {last}: {n} imprese coinvolte; progetti avviati: {projects}.",
        },
        "en": {
            "one": "From {first} to {last}: {n} company involved; projects started: {projects}.",
            "other": "From {first} to {last}: {n} companies involved; projects started: {projects}.",
        },
    },
    "deck_msg_not_exported": {
        "it": "{file} non è stato ancora esportato: qui nessuna cifra.",
        "en": "{file} has not been exported yet: no figure here.",
    },
    # figures and table columns
    "deck_share_of_projects": {"it": "Quota dei progetti", "en": "Share of projects"},
    "deck_across_sizes": {"it": "Fra imprese di dimensioni diverse", "en": "Across company sizes"},
    "deck_organizations": {"it": "Organizzazioni", "en": "Organizations"},
    "deck_links": {"it": "Coppie che lavorano insieme", "en": "Pairs working together"},
    "deck_best_connected": {"it": "La più collegata", "en": "Best connected"},
    "deck_verified_share": {"it": "Quota verificata", "en": "Verified share"},
    "deck_top_category": {"it": "Categoria più frequente", "en": "Most frequent category"},
    "deck_partners_of": {"it": "partner: {partners}", "en": "partners: {partners}"},
    "deck_lead_of": {"it": "capofila: {lead}", "en": "lead: {lead}"},
    # definitions (speaker notes, the report)
    "deck_def_participation": {
        "it": "Imprese socie: imprese e imprese sociali con un anno di adesione, attive in almeno uno degli anni scelti (entrate entro l'anno e non ancora uscite). Gruppi di dimensione: grandi imprese, PMI (micro, piccole, medie) e imprese sociali, secondo la colonna size, mai il numero di dipendenti. I partner senza adesione non sono contati.",
        "en": "Member companies: companies and social enterprises with a year of joining, active in at least one of the selected years (joined by then and not yet left). Size groups: large companies, SMEs (micro, small, medium) and social enterprises, by the size column, never by the number of employees. Partners that never joined are not counted.",
    },
    "deck_def_projects": {
        "it": "Ogni progetto conta una volta, nella sua categoria, nell'anno di avvio, con il settore e la dimensione del capofila.",
        "en": "Each project counts once, in its category, in its start year, by its lead's sector and size.",
    },
    "deck_def_partnerships": {
        "it": "Un progetto è in partnership quando ha almeno un partner oltre al capofila. Il tipo viene dalle organizzazioni del progetto, capofila compreso; un progetto conta una volta per ciascuno dei suoi tipi, quindi le quote possono sommare più del 100%.",
        "en": "A project is in partnership when it has at least one partner besides its lead. Its types follow from all its organizations, lead included; a project counts once for each of its types, so the shares may add up to more than 100%.",
    },
    "deck_def_network": {
        "it": "Ogni progetto in partnership unisce ogni coppia delle sue organizzazioni. Progetti: quelli in partnership a cui l'organizzazione partecipa; partner: le organizzazioni distinte con cui ha lavorato. La posizione è calcolata (sempre la stessa per gli stessi dati) e non ha altro significato.",
        "en": "Each project in partnership links every pair of its organizations. Projects: those in partnership the organization takes part in; partners: the distinct organizations it worked with. The position is computed (always the same for the same data) and means nothing else.",
    },
    "deck_def_savings": {
        "it": "Risparmi per gli enti locali nell'anno in cui sono avvenuti, dei progetti il cui capofila rientra nei filtri. Verificati: controllati dall'ente locale; stimati: stimati dal progetto, sempre indicati a parte. Quota verificata: verificati diviso il totale, per importo. Importi al netto dei costi causati all'ente.",
        "en": "Savings for local authorities in the year they occurred, of projects whose lead matches the filters. Verified: checked by the local authority; estimated: estimated by the project, always shown apart. Verified share: verified over the total, by amount. Amounts net of the costs caused to the authority.",
    },
    "deck_def_highlights": {
        "it": "I progetti segnati nella colonna highlight di projects.csv (al più tre), guidati da organizzazioni nei filtri e avviati entro l'ultimo anno scelto; se nessuno è segnato, i tre con i risparmi verificati più alti negli anni scelti.",
        "en": "The projects marked in the highlight column of projects.csv (three at most), led by organizations in the filters and started by the last selected year; when none is marked, the three with the largest verified savings in the selected years.",
    },
    "deck_def_road": {
        "it": "Imprese socie attive: socie in quell'anno. Nuovi progetti: per anno di avvio. In partnership: i nuovi progetti con almeno un partner oltre al capofila. Imprese coinvolte: attive in almeno uno degli anni.",
        "en": "Active member companies: members that year. New projects: by start year. In partnership: the new projects with at least one partner besides their lead. Companies involved: active in at least one of the years.",
    },
    # python -m dashboard.deck
    "deck_written_slides": {
        "it": {"one": "Scritto {file}: {n} slide", "other": "Scritto {file}: {n} slide"},
        "en": {"one": "Wrote {file}: {n} slide", "other": "Wrote {file}: {n} slides"},
    },
    "deck_written_pages": {
        "it": {"one": "Scritto {file}: {n} pagina", "other": "Scritto {file}: {n} pagine"},
        "en": {"one": "Wrote {file}: {n} page", "other": "Wrote {file}: {n} pages"},
    },
    "deck_no_data": {
        "it": "Nessun dato per {years} con questi filtri nell'esportazione {folder}: nessun file scritto.",
        "en": "No data for {years} with these filters in the export {folder}: no file written.",
    },
    "deck_bad_out": {
        "it": "--out deve finire in .pptx o .pdf: {out}",
        "en": "--out must end in .pptx or .pdf: {out}",
    },
    "deck_bad_years": {
        "it": "--year vuole un anno (2012) o un intervallo (2010-2012): {value}",
        "en": "--year takes a year (2012) or a span (2010-2012): {value}",
    },
    "deck_bad_value": {
        "it": "Valore sconosciuto per --{name}: {value} (valori possibili: {allowed})",
        "en": "Unknown value for --{name}: {value} (possible values: {allowed})",
    },
    "deck_invalid": {
        "it": "L'esportazione in {folder} non è valida ({problems}): python -m dashboard.validate li elenca.",
        "en": "The export in {folder} is not valid ({problems}): python -m dashboard.validate lists them.",
    },
}
