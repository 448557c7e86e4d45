"""What `python -m dashboard.publish` prints."""

TEXT = {
    "publish_published": {
        "it": "Pubblicata la versione {version} (da {folder})",
        "en": "Published version {version} (from {folder})",
    },
    "publish_not_published": {
        "it": "Nulla è stato pubblicato; resta in uso: {current}",
        "en": "Nothing was published; still in use: {current}",
    },
    "publish_nothing": {"it": "nessuna versione (il demo)", "en": "no version (the demo)"},
    "publish_pruned": {
        "it": "Versioni più vecchie eliminate: {versions}",
        "en": "Older versions removed: {versions}",
    },
    "publish_rolled_back": {
        "it": "In uso ora la versione {version} (prima: {previous})",
        "en": "Now in use: version {version} (before: {previous})",
    },
    "publish_refused": {"it": "Rifiutato: {reason}", "en": "Refused: {reason}"},
    "publish_empty_history": {"it": "Nessuna versione pubblicata.", "en": "No version published."},
    "publish_current": {"it": "in uso", "en": "current"},
}
