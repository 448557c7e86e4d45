"""How downloads are named: in the page's language, like everything else."""

TEXT = {
    "file_data_as_of": {"it": "dati al {date}", "en": "data as of {date}"},
    "file_files_of": {"it": "file del {date}", "en": "files of {date}"},
    "file_records": {"it": "{what}, dati di origine", "en": "{what}, records"},
    "file_savings_rows": {"it": "risparmi", "en": "savings"},
    "file_project_partners": {
        "it": "partner del progetto {project}",
        "en": "partners of project {project}",
    },
    "file_project_savings": {
        "it": "risparmi del progetto {project}",
        "en": "savings of project {project}",
    },
    "file_people": {"it": "partecipanti", "en": "participants"},
    "file_report": {"it": "rapporto di controllo", "en": "check report"},
    "file_templates": {"it": "modelli di esportazione", "en": "export templates"},
}
