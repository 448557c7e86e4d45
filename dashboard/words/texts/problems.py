"""What is wrong in an export, as the report says it (file, line and column stay as they are)."""

TEXT = {
    "problem_missing_file": {"it": "file obbligatorio mancante", "en": "required file missing"},
    "problem_unreadable_file": {
        "it": "file illeggibile: {reason}",
        "en": "cannot be read: {reason}",
    },
    "problem_unreadable_encoding": {
        "it": "codifica illeggibile (sono accettate UTF-8 e Windows-1252)",
        "en": "unreadable encoding (UTF-8 and Windows-1252 are accepted)",
    },
    "problem_no_header": {"it": "file vuoto, manca l'intestazione", "en": "empty file, no header"},
    "problem_no_rows": {"it": "nessuna riga di dati", "en": "no rows"},
    "problem_duplicate_file": {
        "it": "più file per la stessa tabella: {others}",
        "en": "more than one file for the same table: {others}",
    },
    "problem_missing_reference_file": {
        "it": "rimanda a {target_file}, che non è stato esportato",
        "en": "refers to {target_file}, which is not exported",
    },
    "problem_unchecked_reference": {
        "it": "rimanda a {target_file}, che non è stato esportato: valori non controllati",
        "en": "refers to {target_file}, which is not exported: values not checked",
    },
    "problem_missing_column": {"it": "mancante", "en": "missing"},
    "problem_duplicate_column": {"it": "colonna ripetuta", "en": "column appears twice"},
    "problem_extra_cells": {
        "it": "cella non vuota nella colonna {position}, oltre l'ultima colonna dell'intestazione ({width})",
        "en": "non-empty cell in column {position}, beyond the header's last column ({width})",
    },
    "problem_too_many_columns": {
        "it": "intestazione con troppe colonne: {count}, al massimo {limit}",
        "en": "too many columns in the header: {count}, at most {limit}",
    },
    "problem_cell_too_long": {
        "it": "cella troppo lunga: {length} caratteri, al massimo {limit}",
        "en": "cell too long: {length} characters, at most {limit}",
    },
    "problem_empty_required": {"it": "obbligatorio, vuoto", "en": "required, empty"},
    "problem_bad_integer": {"it": "non è un numero intero", "en": "not a whole number"},
    "problem_bad_decimal": {"it": "non è un numero", "en": "not a number"},
    "problem_too_many_decimals": {"it": "più di due decimali", "en": "more than two decimals"},
    "problem_too_large": {"it": "numero troppo grande", "en": "number too large"},
    "problem_bad_date": {
        "it": "non è una data (AAAA-MM-GG o GG/MM/AAAA)",
        "en": "not a date (YYYY-MM-DD or DD/MM/YYYY)",
    },
    "problem_bad_boolean": {
        "it": "non è un valore sì/no (true/false, sì/no, vero/falso, 1/0)",
        "en": "not a yes/no value (true/false, yes/no, sì/no, 1/0)",
    },
    "problem_bad_code": {
        "it": "codice non ammesso, ammessi: {codes}",
        "en": "unknown code, allowed: {codes}",
    },
    "problem_bad_listed_code": {"it": "codice assente da {list}", "en": "code not in {list}"},
    "problem_bad_code_format": {
        "it": "il codice deve essere minuscolo, lettere, cifre e _",
        "en": "a code must be lowercase letters, digits and _",
    },
    "problem_negative": {"it": "negativo", "en": "negative"},
    "problem_duplicate_key": {"it": "ripete la riga {first}", "en": "duplicate of line {first}"},
    "problem_left_before_joined": {
        "it": "precede joined_year {joined}",
        "en": "before joined_year {joined}",
    },
    "problem_left_without_joined": {
        "it": "indicato senza joined_year",
        "en": "set without joined_year",
    },
    "problem_not_authority": {
        "it": "non è un ente locale, kind {kind}",
        "en": "not a local authority, kind {kind}",
    },
    "problem_lead_as_partner": {
        "it": "è il capofila del progetto, non un partner",
        "en": "is the project's lead, not a partner",
    },
    "problem_required_for_kind": {
        "it": "obbligatorio per kind {kind}",
        "en": "required for kind {kind}",
    },
    "problem_too_many_rows": {
        "it": "è ammessa una sola riga",
        "en": "only one row is allowed",
    },
    "problem_extra_column": {
        "it": "colonna non prevista, conservata come testo",
        "en": "unknown column, kept as text",
    },
    "problem_reserved_column": {
        "it": "colonna non prevista con il nome di una colonna calcolata, ignorata",
        "en": "unknown column named like a computed column, ignored",
    },
    "problem_other_file": {
        "it": "file non previsto, ignorato",
        "en": "not part of the export, ignored",
    },
    "problem_member_without_project": {
        "it": "socio senza progetti (né capofila né partner)",
        "en": "member with no project (neither lead nor partner)",
    },
    "problem_more_problems": {
        "it": {"one": "… e un altro problema", "other": "… e altri {n} problemi"},
        "en": {"one": "… and 1 more problem", "other": "… and {n} more problems"},
    },
    "problem_unknown_organization": {
        "it": "organizzazione sconosciuta",
        "en": "unknown organization",
    },
    "problem_unknown_project": {"it": "progetto sconosciuto", "en": "unknown project"},
    "problem_unknown_meeting": {"it": "incontro sconosciuto", "en": "unknown meeting"},
    "problem_unknown_person": {"it": "persona sconosciuta", "en": "unknown person"},
}
