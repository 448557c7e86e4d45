"""Templates for an export: an empty CSV per table, and the data dictionary, from the contract.

Everything here is generated from `dashboard/contract.py`, so the templates can never
drift from what the loader checks. The CSV templates are UTF-8 with a BOM (Excel then
keeps accents) and use `;` for Italian (Italian Excel's separator) and `,` for English.
"""

from __future__ import annotations

import csv
import io
import zipfile

from dashboard.export import contract

TYPES = {
    contract.TEXT: {"it": "testo", "en": "text"},
    contract.CODE: {"it": "codice", "en": "code"},
    contract.INTEGER: {"it": "numero intero", "en": "integer"},
    contract.DECIMAL: {"it": "numero decimale", "en": "decimal"},
    contract.DATE: {
        "it": "data (AAAA-MM-GG o GG/MM/AAAA)",
        "en": "date (YYYY-MM-DD or DD/MM/YYYY)",
    },
    contract.BOOLEAN: {"it": "sì/no", "en": "yes/no"},
}

WORDS = {
    "title": {"it": "Dizionario dei dati dell'esportazione", "en": "Export data dictionary"},
    "intro": {
        "it": "Un file CSV per tabella, nella stessa cartella (o in uno .zip). Codifica UTF-8 "
        "o Windows-1252, separatore `,` o `;`. Colonne obbligatorie: devono esserci "
        "nell'intestazione e non essere vuote. Un file facoltativo può mancare.",
        "en": "One CSV file per table, in one folder (or a .zip). Encoding UTF-8 or "
        "Windows-1252, delimiter `,` or `;`. Required columns must be in the header and "
        "never empty. An optional file may be missing.",
    },
    "required_file": {"it": "obbligatorio", "en": "required"},
    "optional_file": {"it": "facoltativo", "en": "optional"},
    "personal": {"it": "dati personali", "en": "personal data"},
    "header": {
        "it": ("tabella", "colonna", "tipo", "obbligatoria", "codici e note"),
        "en": ("table", "column", "type", "required", "codes and notes"),
    },
    "yes": {"it": "sì", "en": "yes"},
    "no": {"it": "no", "en": "no"},
    "unique": {"it": "univoco", "en": "unique"},
    "unique_pair": {
        "it": "ogni coppia ({key}) compare una sola volta",
        "en": "each ({key}) pair appears once",
    },
    "refers": {"it": "rimanda a {file}", "en": "refers to {file}"},
    "listed": {"it": "un codice di {file}", "en": "a code from {file}"},
    "codes": {"it": "codici: {codes}", "en": "codes: {codes}"},
    "non_negative": {"it": "≥ 0", "en": "≥ 0"},
    "max_rows": {"it": "una sola riga", "en": "one row only"},
}

# What the contract says about a column beyond its type, codes and links.
NOTES: dict[tuple[str, str], dict[str, str]] = {
    ("organizations", "sector"): {
        "it": "obbligatorio per company e social_enterprise",
        "en": "required for company and social_enterprise",
    },
    ("organizations", "size"): {
        "it": "definizione UE di PMI; obbligatorio per company",
        "en": "EU SME definition; required for company",
    },
    ("organizations", "joined_year"): {
        "it": "anno di ingresso nella rete; vuoto = partner, non socio",
        "en": "year it joined the network; empty = partner, not a member",
    },
    ("organizations", "left_year"): {
        "it": "l'ULTIMO anno in cui è stata socia (non l'anno dopo); ≥ joined_year; "
        "vuoto = ancora socia; non si indica senza joined_year",
        "en": "the LAST year it was a member (not the year after); ≥ joined_year; "
        "empty = still a member; never set without joined_year",
    },
    ("people", "full_name"): {
        "it": "mai mostrato nelle pagine pubbliche",
        "en": "never shown on public pages",
    },
    ("meetings", "theme"): {
        "it": "per i laboratori tematici",
        "en": "for thematic workshops",
    },
    ("project_partners", "org_id"): {
        "it": "non il capofila del progetto",
        "en": "not the project's lead itself",
    },
    ("project_partners", "contribution_eur"): {
        "it": "denaro o contributo in natura valorizzato",
        "en": "money or valued in-kind contribution",
    },
    ("savings", "year"): {"it": "anno del risparmio", "en": "year the saving occurred"},
    ("savings", "authority_org_id"): {
        "it": "un'organizzazione di kind local_authority",
        "en": "an organization of kind local_authority",
    },
    ("savings", "amount_eur"): {
        "it": "al netto dei costi causati all'ente",
        "en": "net of the costs the project caused the authority",
    },
    ("savings", "verified"): {
        "it": "sì = verificato dall'ente, no = stimato dal progetto",
        "en": "yes = checked by the authority, no = estimated by the project",
    },
    ("savings", "note"): {"it": "come è stato calcolato", "en": "how it was worked out"},
    ("fees", "amount_eur"): {
        "it": "quota associativa del laboratorio, secondo la dimensione",
        "en": "membership fee for the laboratory, set by size",
    },
    ("export", "network"): {"it": "nome della rete", "en": "the network's name"},
    ("export", "exported_on"): {
        "it": "mostrata come «dati al» su ogni pagina",
        "en": "shown as “data as of” on every page",
    },
    ("export", "synthetic"): {
        "it": "sì per dati inventati",
        "en": "yes for made-up data",
    },
    ("export", "contact"): {"it": "a chi chiedere", "en": "whom to ask"},
    ("sectors", "nace"): {"it": "sezione o divisione NACE", "en": "NACE section or division"},
    ("categories", "sdgs"): {
        "it": "numeri degli SDG ONU separati da | (es. 7|12|13)",
        "en": "UN SDG numbers separated by | (e.g. 7|12|13)",
    },
}


def _delimiter(lang: str) -> str:
    return ";" if lang == "it" else ","


def template_csv(table: str, lang: str = "it") -> bytes:
    """An empty CSV of one table: its header only."""
    out = io.StringIO()
    csv.writer(out, delimiter=_delimiter(lang), lineterminator="\r\n").writerow(
        contract.TABLE[table].column_names
    )
    return out.getvalue().encode("utf-8-sig")


def _notes(table: contract.Table, column: contract.Column, lang: str) -> str:
    notes = []
    if table.key == (column.name,):
        notes.append(WORDS["unique"][lang])
    elif len(table.key) > 1 and column.name == table.key[-1]:
        notes.append(WORDS["unique_pair"][lang].format(key=", ".join(table.key)))
    if column.codes:
        notes.append(WORDS["codes"][lang].format(codes=", ".join(column.codes)))
    if column.code_list:
        notes.append(WORDS["listed"][lang].format(file=contract.TABLE[column.code_list].file))
    if column.references:
        notes.append(WORDS["refers"][lang].format(file=contract.TABLE[column.references].file))
    if column.non_negative:
        notes.append(WORDS["non_negative"][lang])
    if (table.name, column.name) in NOTES:
        notes.append(NOTES[(table.name, column.name)][lang])
    return "; ".join(notes)


def dictionary_rows(lang: str = "it") -> list[tuple[str, str, str, str, str]]:
    """(file, column, type, required, codes and notes) for every column of the contract."""
    return [
        (
            table.file,
            column.name,
            TYPES[column.type][lang],
            WORDS["yes" if column.required else "no"][lang],
            _notes(table, column, lang),
        )
        for table in contract.TABLES
        for column in table.columns
    ]


def dictionary_csv(lang: str = "it") -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=_delimiter(lang), lineterminator="\r\n")
    writer.writerow(WORDS["header"][lang])
    writer.writerows(dictionary_rows(lang))
    return out.getvalue().encode("utf-8-sig")


def dictionary_markdown(lang: str = "it") -> str:
    lines = [f"# {WORDS['title'][lang]}", "", WORDS["intro"][lang], ""]
    rows = dictionary_rows(lang)
    for table in contract.TABLES:
        kind = [WORDS["required_file" if table.required else "optional_file"][lang]]
        if table.personal:
            kind.append(WORDS["personal"][lang])
        if table.max_rows == 1:
            kind.append(WORDS["max_rows"][lang])
        lines += [f"## {table.file} ({', '.join(kind)})", ""]
        header = WORDS["header"][lang][1:]
        lines.append("| " + " | ".join(header) + " |")
        lines.append("|" + " --- |" * len(header))
        for file, column, type_, required, notes in rows:
            if file == table.file:
                cells = [f"`{column}`", type_, required, notes.replace("|", "\\|")]
                lines.append("| " + " | ".join(cells) + " |")
        lines.append("")
    return "\n".join(lines)


def templates_zip(lang: str = "it") -> bytes:
    """Every table's empty CSV, and the dictionary in both languages (markdown).

    The dictionary's CSV form is a download of its own (`dictionary_csv`): beside the
    templates it would read as one more, unknown, file of the export.
    """
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for table in contract.TABLES:
            archive.writestr(table.file, template_csv(table.name, lang))
        for dict_lang in ("it", "en"):
            name = "dizionario_dati" if dict_lang == "it" else "data_dictionary"
            archive.writestr(f"{name}.md", dictionary_markdown(dict_lang).encode("utf-8"))
    return out.getvalue()
