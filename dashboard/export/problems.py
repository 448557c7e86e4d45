"""Problems found in an export, and how they read in Italian and English.

A problem keeps its parts (file, line, column, value) apart from its words, so the same
report can be shown in either language and tested on its exact text.
"""

from __future__ import annotations

from dataclasses import dataclass

MESSAGES: dict[str, dict[str, str]] = {
    # whole files
    "missing_file": {"it": "file obbligatorio mancante", "en": "required file missing"},
    "unreadable_file": {"it": "file illeggibile: {reason}", "en": "cannot be read: {reason}"},
    "unreadable_encoding": {
        "it": "codifica illeggibile (sono accettate UTF-8 e Windows-1252)",
        "en": "unreadable encoding (UTF-8 and Windows-1252 are accepted)",
    },
    "no_header": {"it": "file vuoto, manca l'intestazione", "en": "empty file, no header"},
    "no_rows": {"it": "nessuna riga di dati", "en": "no rows"},
    "duplicate_file": {
        "it": "più file per la stessa tabella: {others}",
        "en": "more than one file for the same table: {others}",
    },
    "missing_reference_file": {
        "it": "rimanda a {target_file}, che non è stato esportato",
        "en": "refers to {target_file}, which is not exported",
    },
    "unchecked_reference": {
        "it": "rimanda a {target_file}, che non è stato esportato: valori non controllati",
        "en": "refers to {target_file}, which is not exported: values not checked",
    },
    # header
    "missing_column": {"it": "mancante", "en": "missing"},
    "duplicate_column": {"it": "colonna ripetuta", "en": "column appears twice"},
    # cells and rows
    "extra_cells": {
        "it": "più celle ({count}) delle colonne dell'intestazione",
        "en": "more cells ({count}) than the header has columns",
    },
    "empty_required": {"it": "obbligatorio, vuoto", "en": "required, empty"},
    "bad_integer": {"it": "non è un numero intero", "en": "not a whole number"},
    "bad_decimal": {"it": "non è un numero", "en": "not a number"},
    "too_many_decimals": {"it": "più di due decimali", "en": "more than two decimals"},
    "too_large": {"it": "numero troppo grande", "en": "number too large"},
    "bad_date": {
        "it": "non è una data (AAAA-MM-GG o GG/MM/AAAA)",
        "en": "not a date (YYYY-MM-DD or DD/MM/YYYY)",
    },
    "bad_boolean": {
        "it": "non è un valore sì/no (true/false, sì/no, vero/falso, 1/0)",
        "en": "not a yes/no value (true/false, yes/no, sì/no, 1/0)",
    },
    "bad_code": {
        "it": "codice non ammesso, ammessi: {codes}",
        "en": "unknown code, allowed: {codes}",
    },
    "bad_listed_code": {"it": "codice assente da {list}", "en": "code not in {list}"},
    "bad_code_format": {
        "it": "il codice deve essere minuscolo, lettere, cifre e _",
        "en": "a code must be lowercase letters, digits and _",
    },
    "negative": {"it": "negativo", "en": "negative"},
    "duplicate_key": {"it": "ripete la riga {first}", "en": "duplicate of line {first}"},
    "left_before_joined": {
        "it": "precede joined_year {joined}",
        "en": "before joined_year {joined}",
    },
    "left_without_joined": {
        "it": "indicato senza joined_year",
        "en": "set without joined_year",
    },
    "not_authority": {
        "it": "non è un ente locale, kind {kind}",
        "en": "not a local authority, kind {kind}",
    },
    "lead_as_partner": {
        "it": "è il capofila del progetto, non un partner",
        "en": "is the project's lead, not a partner",
    },
    "required_for_kind": {"it": "obbligatorio per kind {kind}", "en": "required for kind {kind}"},
    "too_many_rows": {
        "it": "è ammessa una sola riga",
        "en": "only one row is allowed",
    },
    # warnings
    "extra_column": {
        "it": "colonna non prevista, conservata come testo",
        "en": "unknown column, kept as text",
    },
    "reserved_column": {
        "it": "colonna non prevista con il nome di una colonna calcolata, ignorata",
        "en": "unknown column named like a computed column, ignored",
    },
    "other_file": {"it": "file non previsto, ignorato", "en": "not part of the export, ignored"},
    "member_without_project": {
        "it": "socio senza progetti (né capofila né partner)",
        "en": "member with no project (neither lead nor partner)",
    },
    # report
    "more_problems": {"it": "… e altri {count} problemi", "en": "… and {count} more problems"},
}

# A reference to a row that does not exist (code `unknown_ref`), by the table it points at.
TARGETS: dict[str, dict[str, str]] = {
    "organizations": {"it": "organizzazione sconosciuta", "en": "unknown organization"},
    "projects": {"it": "progetto sconosciuto", "en": "unknown project"},
    "meetings": {"it": "incontro sconosciuto", "en": "unknown meeting"},
    "people": {"it": "persona sconosciuta", "en": "unknown person"},
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or, as a warning, worth knowing) in an export.

    `line` is the physical line where the row starts (header = 1), None for a whole file.
    """

    file: str
    line: int | None
    column: str | None
    code: str
    value: str | None = None
    params: tuple[tuple[str, str], ...] = ()

    def text(self, lang: str = "it") -> str:
        if self.code == "unknown_ref":
            what = TARGETS[dict(self.params)["target"]][lang]
        else:
            what = MESSAGES[self.code][lang].format(**dict(self.params))
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        parts = [where, self.column, what] if self.column else [where, what]
        text = ": ".join(parts)
        return text if self.value is None else f"{text} ({self.value})"


def problem(file, line, column, code, value=None, **params) -> Problem:
    """A Problem with its message parameters given as keywords."""
    return Problem(file, line, column, code, value, tuple((k, str(v)) for k, v in params.items()))


def format_report(problems: list[Problem], lang: str = "it", cap: int = 100) -> list[str]:
    """The report's lines, at most `cap` problems then a count of the rest."""
    lines = [p.text(lang) for p in problems[:cap]]
    if len(problems) > cap:
        lines.append(MESSAGES["more_problems"][lang].format(count=len(problems) - cap))
    return lines


# Codes that are listed but do not block the export.
WARNING_CODES = frozenset(
    {
        "extra_column",
        "reserved_column",
        "other_file",
        "member_without_project",
        "unchecked_reference",
    }
)
