"""Words that stand in for Streamlit's own English interface text (see `ui/chrome.py`).

Each `chrome_*` key replaces one string Streamlit's frontend writes; `{x}` is the part
Streamlit fills in (a widget's label, a file name, a size).
"""

TEXT = {
    # visible text
    "chrome_skip_link": {"it": "Vai al contenuto principale", "en": "Skip to main content"},
    "chrome_upload": {"it": "Carica", "en": "Upload"},
    "chrome_drop_files": {"it": "Trascina qui i file", "en": "Drag and drop files here"},
    "chrome_drop_file": {"it": "Trascina qui il file", "en": "Drag and drop a file here"},
    "chrome_no_results": {"it": "Nessun risultato", "en": "No results"},
    "chrome_file_too_big": {
        "it": "Il file supera il limite di {x}.",
        "en": "File must be {x} or smaller.",
    },
    "chrome_type_refused": {
        "it": "I file {x} non sono ammessi.",
        "en": "{x} files are not allowed.",
    },
    "chrome_error": {"it": "Errore: ", "en": "Error: "},
    # names for screen readers (aria-label) and tooltips (title)
    "chrome_help": {"it": "Aiuto", "en": "Help"},
    "chrome_help_for": {"it": "Aiuto su {x}", "en": "Help for {x}"},
    "chrome_range_start": {"it": "{x} — inizio", "en": "{x} — start"},
    "chrome_range_end": {"it": "{x} — fine", "en": "{x} — end"},
    "chrome_show_password": {"it": "Mostra la password", "en": "Show password"},
    "chrome_hide_password": {"it": "Nascondi la password", "en": "Hide password"},
    "chrome_clear_entry": {"it": "Cancella il testo", "en": "Clear entry"},
    "chrome_clear_all": {"it": "Togli tutte le scelte", "en": "Clear all"},
    "chrome_open": {"it": "Apri l'elenco", "en": "Open"},
    "chrome_selected_values": {"it": "Scelte fatte", "en": "Selected values"},
    "chrome_remove": {"it": "Togli {x}", "en": "Remove {x}"},
    "chrome_add_files": {"it": "Aggiungi file", "en": "Add files"},
    "chrome_copy": {"it": "Copia negli appunti", "en": "Copy to clipboard"},
    "chrome_heading_link": {"it": "Link a questa sezione", "en": "Link to heading"},
    "chrome_sidebar": {"it": "Barra laterale", "en": "Sidebar"},
    "chrome_collapse_sidebar": {"it": "Chiudi la barra laterale", "en": "Collapse sidebar"},
    "chrome_expand_sidebar": {"it": "Apri la barra laterale", "en": "Expand sidebar"},
    "chrome_pages": {"it": "Pagine", "en": "App pages"},
    "chrome_main_menu": {"it": "Menu principale", "en": "Main menu"},
    "chrome_fullscreen": {"it": "Schermo intero", "en": "Fullscreen"},
    "chrome_close_fullscreen": {"it": "Esci dallo schermo intero", "en": "Close fullscreen"},
    "chrome_search": {"it": "Cerca", "en": "Search"},
    "chrome_show_data": {"it": "Mostra i dati", "en": "Show data"},
    "chrome_columns": {"it": "Mostra o nascondi colonne", "en": "Show/hide columns"},
    "chrome_download_csv": {"it": "Scarica in CSV", "en": "Download as CSV"},
    "chrome_download_png": {"it": "Scarica in PNG", "en": "Download as PNG"},
    "chrome_copy_spec": {"it": "Copia la specifica Vega-Lite", "en": "Copy Vega-Lite spec"},
    "chrome_dismiss": {"it": "Chiudi", "en": "Dismiss"},
    "chrome_close": {"it": "Chiudi", "en": "Close"},
    "chrome_visualization": {"it": "grafico", "en": "visualization"},
    # ours, around Streamlit's widgets
    "chrome_upload_limits": {
        "it": "Ogni file CSV fino a {file_mb} MB; in tutto, anche dentro un .zip, fino a {upload_mb} MB.",
        "en": "Each CSV file up to {file_mb} MB; {upload_mb} MB in all, also inside a .zip.",
    },
    "auth_add_account_command": {
        "it": "python -m dashboard.users add <nome>",
        "en": "python -m dashboard.users add <name>",
    },
}
