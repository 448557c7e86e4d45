"""Words of the Data page (coordinators) and of signing in."""

TEXT = {
    "page_data": {"it": "Dati (coordinamento)", "en": "Data (coordinators)"},
    "auth_sign_in_oidc": {
        "it": "Accedi con l'identità dell'ente",
        "en": "Sign in with your organization's identity",
    },
    "auth_sign_in": {"it": "Accedi", "en": "Sign in"},
    "auth_sign_out": {"it": "Esci", "en": "Sign out"},
    "auth_user": {"it": "Nome utente", "en": "User name"},
    "auth_password": {"it": "Password", "en": "Password"},
    "auth_failed": {
        "it": "Nome utente o password non corretti.",
        "en": "Wrong user name or password.",
    },
    "auth_wait": {
        "it": {
            "one": "Troppi tentativi falliti: riprova tra {n} secondo.",
            "other": "Troppi tentativi falliti: riprova tra {n} secondi.",
        },
        "en": {
            "one": "Too many failed attempts: try again in {n} second.",
            "other": "Too many failed attempts: try again in {n} seconds.",
        },
    },
    "auth_not_coordinator": {
        "it": "{email} non è tra i coordinatori della rete. Chiedi di essere aggiunto all'elenco in `.streamlit/secrets.toml` (`[coordinators] emails`).",
        "en": "{email} is not one of the network's coordinators. Ask to be added to the list in `.streamlit/secrets.toml` (`[coordinators] emails`).",
    },
    "auth_no_accounts": {
        "it": "Non esiste ancora nessun account di coordinamento, quindi non si può pubblicare nulla. Chi amministra il server ne crea uno con:",
        "en": "There is no coordinator account yet, so nothing can be published. Whoever runs the server creates one with:",
    },
    "auth_needed": {
        "it": "Questa pagina è riservata a chi coordina la rete: serve per pubblicare nuovi dati e contiene dati personali.",
        "en": "This page is for the network's coordinators: it publishes new data and holds personal data.",
    },
    "data_signed_in": {"it": "Accesso come **{who}**.", "en": "Signed in as **{who}**."},
    "data_publish": {"it": "Pubblicare una nuova esportazione", "en": "Publish a new export"},
    "data_publish_caption": {
        "it": "Carica i file CSV dell'esportazione (anche più di uno insieme) o un unico .zip. Vengono controllati tutti prima di pubblicare: i dati pubblicati non cambiano finché non premi «Pubblica».",
        "en": 'Upload the export\'s CSV files (several at once) or one .zip. They are all checked before anything is published: the published data stays as it is until you press "Publish".',
    },
    "data_upload": {
        "it": "File dell'esportazione (.csv o .zip)",
        "en": "Export files (.csv or .zip)",
    },
    "data_upload_refused": {
        "it": "Il caricamento è stato rifiutato:",
        "en": "The upload was refused:",
    },
    "data_invalid": {
        "it": "L'esportazione non è valida e non può essere pubblicata (problemi trovati: {count}). Ogni problema indica file, riga (la riga 1 è l'intestazione) e colonna.",
        "en": "The export is not valid and cannot be published (problems found: {count}). Each problem names the file, the line (line 1 is the header) and the column.",
    },
    "data_file_problems": {"it": "{file} (problemi: {count})", "en": "{file} (problems: {count})"},
    "data_problem": {"it": "Problema", "en": "Problem"},
    "data_row": {"it": "Riga del file", "en": "Line of the file"},
    "data_download_report": {
        "it": "Scarica il rapporto di convalida (testo)",
        "en": "Download the validation report (text)",
    },
    "data_valid": {
        "it": "L'esportazione è valida. Ecco che cosa cambia rispetto ai dati pubblicati ora:",
        "en": "The export is valid. This is what changes against the data published now:",
    },
    "data_changes": {
        "it": "Cifre principali, prima → dopo (tutti gli anni, nessun filtro)",
        "en": "Headline figures, before → after (all years, no filter)",
    },
    "data_before": {"it": "Prima", "en": "Before"},
    "data_after": {"it": "Dopo", "en": "After"},
    "data_file": {"it": "File", "en": "File"},
    "data_added": {"it": "Righe nuove", "en": "Rows added"},
    "data_removed": {"it": "Righe tolte", "en": "Rows removed"},
    "data_changed": {"it": "Righe cambiate", "en": "Rows changed"},
    "data_warnings": {
        "it": "Avvisi ({count}): non impediscono la pubblicazione",
        "en": "Warnings ({count}): they do not prevent publishing",
    },
    "data_publish_button": {"it": "Pubblica questa esportazione", "en": "Publish this export"},
    "data_published": {
        "it": "Fatto: ora il dashboard mostra la versione {version}, per tutti, dalla prossima interazione.",
        "en": "Done: the dashboard now shows version {version}, to everyone, from their next interaction.",
    },
    "data_history": {"it": "Versioni pubblicate", "en": "Published versions"},
    "data_no_versions": {
        "it": "Non è ancora stato pubblicato nulla: il dashboard mostra l'esportazione dimostrativa.",
        "en": "Nothing has been published yet: the dashboard shows the demonstration export.",
    },
    "data_version": {"it": "Versione", "en": "Version"},
    "data_when": {"it": "Quando (UTC)", "en": "When (UTC)"},
    "data_who": {"it": "Chi", "en": "Who"},
    "data_current": {"it": "In uso", "en": "Current"},
    "data_rollback_to": {"it": "Torna alla versione", "en": "Go back to version"},
    "data_rollback": {"it": "Ripristina", "en": "Roll back"},
    "data_templates": {
        "it": "Modelli e dizionario dei dati",
        "en": "Templates and data dictionary",
    },
    "data_templates_caption": {
        "it": "Un CSV vuoto per ogni tabella, con la sua intestazione, e il dizionario dei dati.",
        "en": "An empty CSV per table, with its header, and the data dictionary.",
    },
    "data_download_templates": {
        "it": "Scarica i modelli e il dizionario (.zip)",
        "en": "Download the templates and the dictionary (.zip)",
    },
    "data_dictionary": {"it": "Leggi il dizionario dei dati", "en": "Read the data dictionary"},
    "data_people": {"it": "Partecipanti (dati personali)", "en": "Participants (personal data)"},
    "data_people_caption": {
        "it": "Nomi e funzioni delle persone delle organizzazioni: solo per il coordinamento, mai sulle pagine pubbliche.",
        "en": "Names and functions of the organizations' people: for coordinators only, never on the public pages.",
    },
    "data_person": {"it": "Persona", "en": "Person"},
    "data_organization": {"it": "Organizzazione", "en": "Organization"},
    "data_function": {"it": "Funzione", "en": "Function"},
    "data_download_people": {
        "it": "Scarica i partecipanti (CSV)",
        "en": "Download the participants (CSV)",
    },
    "auth_expired": {
        "it": "La sessione di coordinamento è scaduta: accedi di nuovo.",
        "en": "Your coordinator session has expired: please sign in again.",
    },
}
