"""Words of the Forum page's presentation mode, and of the deck and report it offers."""

TEXT = {
    "present_start": {"it": "Presenta", "en": "Present"},
    "present_start_help": {
        "it": "Le slide a tutto schermo per il proiettore, una alla volta: frecce, barra spaziatrice o Pag↑/Pag↓ per muoversi, Esc per uscire.",
        "en": "The slides full screen for the projector, one at a time: arrow keys, space or Page Up/Down to move, Esc to leave.",
    },
    "present_previous": {"it": "Indietro", "en": "Previous"},
    "present_next": {"it": "Avanti", "en": "Next"},
    "present_exit": {"it": "Esci", "en": "Exit"},
    "present_data": {"it": "Dati", "en": "Data"},
    "present_count": {"it": "Slide {number} di {count}", "en": "Slide {number} of {count}"},
    "present_definitions": {"it": "Come si contano", "en": "How they are counted"},
    "present_take_away": {"it": "Da portare a casa", "en": "To take home"},
    "present_take_away_caption": {
        "it": "Le stesse slide in un file PowerPoint (con le note per chi presenta) e in una relazione PDF A4, per i filtri scelti. Si possono preparare in anticipo dalla riga di comando (python -m dashboard.deck).",
        "en": "The same slides as a PowerPoint file (with speaker notes) and as an A4 PDF report, for the chosen filters. They can be prepared ahead from the command line (python -m dashboard.deck).",
    },
    "present_download_pptx": {"it": "Presentazione (PowerPoint)", "en": "Deck (PowerPoint)"},
    "present_download_pdf": {"it": "Relazione (PDF)", "en": "Report (PDF)"},
    "file_forum_deck": {"it": "forum presentazione", "en": "forum deck"},
    "file_forum_report": {"it": "forum relazione", "en": "forum report"},
}
