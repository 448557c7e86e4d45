"""Why an upload is refused."""

TEXT = {
    "upload_bad_type": {
        "it": "tipo di file non accettato (solo .csv e .zip)",
        "en": "file type not accepted (only .csv and .zip)",
    },
    "upload_bad_name": {
        "it": "nome di file non valido",
        "en": "invalid file name",
    },
    "upload_name_too_long": {
        "it": "nome di file troppo lungo (più di {count} caratteri)",
        "en": "file name too long (more than {count} characters)",
    },
    "upload_bad_entry_name": {
        "it": "l'archivio contiene un nome di file non valido ({entry})",
        "en": "the archive holds an invalid file name ({entry})",
    },
    "upload_entry_name_too_long": {
        "it": "l'archivio contiene un nome di file di più di {count} caratteri ({entry})",
        "en": "the archive holds a file name of more than {count} characters ({entry})",
    },
    "upload_not_saved": {
        "it": "caricamento non salvato, nulla è stato tenuto: {reason}",
        "en": "the upload could not be saved, nothing was kept: {reason}",
    },
    "upload_file_too_large": {
        "it": "file troppo grande (più di {mb} MB)",
        "en": "file too large (more than {mb} MB)",
    },
    "upload_too_large": {
        "it": "caricamento troppo grande (più di {mb} MB in tutto)",
        "en": "upload too large (more than {mb} MB in all)",
    },
    "upload_unsafe_path": {
        "it": "l'archivio contiene un percorso non ammesso ({entry})",
        "en": "the archive holds a path that is not allowed ({entry})",
    },
    "upload_symlink": {
        "it": "l'archivio contiene un collegamento simbolico ({entry})",
        "en": "the archive holds a symbolic link ({entry})",
    },
    "upload_bad_zip": {
        "it": "archivio zip illeggibile o danneggiato",
        "en": "unreadable or damaged zip archive",
    },
    "upload_encrypted": {
        "it": "archivio protetto da password ({entry})",
        "en": "password-protected archive ({entry})",
    },
    "upload_too_many_entries": {
        "it": "l'archivio contiene troppi file (più di {count})",
        "en": "the archive holds too many files (more than {count})",
    },
    "upload_zip_layout": {
        "it": "l'archivio deve contenere i file .csv, o una sola cartella che li contiene",
        "en": "the archive must hold the .csv files, or one folder that holds them",
    },
    "upload_no_csv": {"it": "nessun file .csv", "en": "no .csv file"},
    "upload_twice": {
        "it": "file presente due volte nel caricamento",
        "en": "file given twice in the upload",
    },
    "upload_nothing": {"it": "nessun file caricato", "en": "no file uploaded"},
}
