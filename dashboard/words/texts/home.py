"""Why a publish or a rollback cannot be done."""

TEXT = {
    "home_read_only": {
        "it": "CSR_DATA_DIR è impostata ({folder}): il dashboard mostra quella cartella, in "
        "sola lettura, e non si può pubblicare né ripristinare nulla",
        "en": "CSR_DATA_DIR is set ({folder}): the dashboard shows that folder, read-only, "
        "so nothing can be published or rolled back",
    },
    "home_unknown_version": {
        "it": "versione sconosciuta o non più conservata: {version}",
        "en": "unknown version, or no longer kept: {version}",
    },
    "home_already_current": {
        "it": "la versione {version} è già quella in uso",
        "en": "version {version} is already the current one",
    },
    "home_incomplete_manifest": {
        "it": "la versione {version} non ha un manifest completo (manifest.json manca o non elenca tutti i suoi file), quindi non può tornare corrente",
        "en": "version {version} has no complete manifest (manifest.json is missing or does not list all its files), so it cannot be made current",
    },
    "home_damaged_version": {
        "it": "la versione {version} è danneggiata ({file} non corrisponde al suo hash)",
        "en": "version {version} is damaged ({file} does not match its hash)",
    },
}
