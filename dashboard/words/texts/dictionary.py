"""The data dictionary and the templates a coordinator downloads."""

TEXT = {
    "dict_type_text": {"it": "testo", "en": "text"},
    "dict_type_code": {"it": "codice", "en": "code"},
    "dict_type_integer": {"it": "numero intero", "en": "integer"},
    "dict_type_decimal": {"it": "numero decimale", "en": "decimal"},
    "dict_type_date": {
        "it": "data (AAAA-MM-GG o GG/MM/AAAA)",
        "en": "date (YYYY-MM-DD or DD/MM/YYYY)",
    },
    "dict_type_boolean": {"it": "sì/no", "en": "yes/no"},
    "dict_title": {"it": "Dizionario dei dati dell'esportazione", "en": "Export data dictionary"},
    "dict_intro": {
        "it": "Un file CSV per tabella, nella stessa cartella (o in uno .zip). Codifica UTF-8 "
        "o Windows-1252, separatore `,` o `;`. Colonne obbligatorie: devono esserci "
        "nell'intestazione e non essere vuote. Un file facoltativo può mancare. Una cella "
        "contiene al massimo {limit} caratteri.",
        "en": "One CSV file per table, in one folder (or a .zip). Encoding UTF-8 or "
        "Windows-1252, delimiter `,` or `;`. Required columns must be in the header and "
        "never empty. An optional file may be missing. A cell holds at most {limit} characters.",
    },
    "dict_required_file": {"it": "obbligatorio", "en": "required"},
    "dict_optional_file": {"it": "facoltativo", "en": "optional"},
    "dict_personal": {"it": "dati personali", "en": "personal data"},
    "dict_header_0": {"it": "tabella", "en": "table"},
    "dict_header_1": {"it": "colonna", "en": "column"},
    "dict_header_2": {"it": "tipo", "en": "type"},
    "dict_header_3": {"it": "obbligatoria", "en": "required"},
    "dict_header_4": {"it": "codici e note", "en": "codes and notes"},
    "dict_yes": {"it": "sì", "en": "yes"},
    "dict_no": {"it": "no", "en": "no"},
    "dict_unique": {"it": "univoco", "en": "unique"},
    "dict_unique_pair": {
        "it": "ogni coppia ({key}) compare una sola volta",
        "en": "each ({key}) pair appears once",
    },
    "dict_refers": {"it": "rimanda a {file}", "en": "refers to {file}"},
    "dict_listed": {"it": "un codice di {file}", "en": "a code from {file}"},
    "dict_codes": {"it": "codici: {codes}", "en": "codes: {codes}"},
    "dict_non_negative": {"it": "≥ 0", "en": "≥ 0"},
    "dict_max_rows": {"it": "una sola riga", "en": "one row only"},
    "dict_note_organizations_sector": {
        "it": "obbligatorio per company e social_enterprise",
        "en": "required for company and social_enterprise",
    },
    "dict_note_organizations_size": {
        "it": "definizione UE di PMI; obbligatorio per company",
        "en": "EU SME definition; required for company",
    },
    "dict_note_organizations_joined_year": {
        "it": "anno di ingresso nella rete; vuoto = partner, non socio",
        "en": "year it joined the network; empty = partner, not a member",
    },
    "dict_note_organizations_left_year": {
        "it": "l'ULTIMO anno in cui è stata socia (non l'anno dopo); ≥ joined_year; "
        "vuoto = ancora socia; non si indica senza joined_year",
        "en": "the LAST year it was a member (not the year after); ≥ joined_year; "
        "empty = still a member; never set without joined_year",
    },
    "dict_note_people_full_name": {
        "it": "mai mostrato nelle pagine pubbliche",
        "en": "never shown on public pages",
    },
    "dict_note_meetings_theme": {
        "it": "per i laboratori tematici",
        "en": "for thematic workshops",
    },
    "dict_note_project_partners_org_id": {
        "it": "non il capofila del progetto",
        "en": "not the project's lead itself",
    },
    "dict_note_project_partners_contribution_eur": {
        "it": "denaro o contributo in natura valorizzato",
        "en": "money or valued in-kind contribution",
    },
    "dict_note_savings_year": {"it": "anno del risparmio", "en": "year the saving occurred"},
    "dict_note_savings_authority_org_id": {
        "it": "un'organizzazione di kind local_authority",
        "en": "an organization of kind local_authority",
    },
    "dict_note_savings_amount_eur": {
        "it": "al netto dei costi causati all'ente",
        "en": "net of the costs the project caused the authority",
    },
    "dict_note_savings_verified": {
        "it": "sì = verificato dall'ente, no = stimato dal progetto",
        "en": "yes = checked by the authority, no = estimated by the project",
    },
    "dict_note_projects_highlight": {
        "it": "facoltativa: sì = fra i progetti in evidenza al forum (altrimenti i tre con i risparmi verificati più alti)",
        "en": "optional: yes = among the projects highlighted at the forum (otherwise the three with the largest verified savings)",
    },
    "dict_note_savings_note": {"it": "come è stato calcolato", "en": "how it was worked out"},
    "dict_note_fees_amount_eur": {
        "it": "quota associativa del laboratorio, secondo la dimensione",
        "en": "membership fee for the laboratory, set by size",
    },
    "dict_note_export_network": {"it": "nome della rete", "en": "the network's name"},
    "dict_note_export_exported_on": {
        "it": "mostrata come «dati al» su ogni pagina",
        "en": "shown as “data as of” on every page",
    },
    "dict_note_export_synthetic": {
        "it": "sì per dati inventati",
        "en": "yes for made-up data",
    },
    "dict_note_export_contact": {"it": "a chi chiedere", "en": "whom to ask"},
    "dict_note_sectors_nace": {"it": "sezione o divisione NACE", "en": "NACE section or division"},
    "dict_note_categories_sdgs": {
        "it": "numeri degli SDG ONU separati da | (es. 7|12|13)",
        "en": "UN SDG numbers separated by | (e.g. 7|12|13)",
    },
}
