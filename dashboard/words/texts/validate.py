"""What `python -m dashboard.validate` prints."""

TEXT = {
    "validate_valid": {"it": "Esportazione valida: {folder}", "en": "Valid export: {folder}"},
    "validate_invalid": {
        "it": "Esportazione non valida, {problems}: {folder}",
        "en": "Invalid export, {problems}: {folder}",
    },
    "validate_rows": {"it": "Righe per file:", "en": "Rows per file:"},
    "validate_not_exported": {"it": "Non esportati: {files}", "en": "Not exported: {files}"},
    "validate_years": {"it": "Anni: {first}–{last}", "en": "Years: {first}–{last}"},
    "validate_no_years": {"it": "Anni: nessuno", "en": "Years: none"},
    "validate_warnings": {"it": "Avvisi ({count}):", "en": "Warnings ({count}):"},
    "validate_unreadable": {
        "it": "La cartella non si può leggere: {error}",
        "en": "The folder cannot be read: {error}",
    },
}
