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
from dashboard.words.catalog import t
from dashboard.words.formats import fmt_int

# The catalog key that names each type of the contract.
TYPES = {
    contract.TEXT: "dict_type_text",
    contract.CODE: "dict_type_code",
    contract.INTEGER: "dict_type_integer",
    contract.DECIMAL: "dict_type_decimal",
    contract.DATE: "dict_type_date",
    contract.BOOLEAN: "dict_type_boolean",
}


# What the contract says about a column beyond its type, codes and links.
NOTES = {
    ("organizations", "sector"): "dict_note_organizations_sector",
    ("organizations", "size"): "dict_note_organizations_size",
    ("organizations", "joined_year"): "dict_note_organizations_joined_year",
    ("organizations", "left_year"): "dict_note_organizations_left_year",
    ("people", "full_name"): "dict_note_people_full_name",
    ("meetings", "theme"): "dict_note_meetings_theme",
    ("projects", "highlight"): "dict_note_projects_highlight",
    ("project_partners", "org_id"): "dict_note_project_partners_org_id",
    ("project_partners", "contribution_eur"): "dict_note_project_partners_contribution_eur",
    ("savings", "year"): "dict_note_savings_year",
    ("savings", "authority_org_id"): "dict_note_savings_authority_org_id",
    ("savings", "amount_eur"): "dict_note_savings_amount_eur",
    ("savings", "verified"): "dict_note_savings_verified",
    ("savings", "note"): "dict_note_savings_note",
    ("fees", "amount_eur"): "dict_note_fees_amount_eur",
    ("export", "network"): "dict_note_export_network",
    ("export", "exported_on"): "dict_note_export_exported_on",
    ("export", "synthetic"): "dict_note_export_synthetic",
    ("export", "contact"): "dict_note_export_contact",
    ("sectors", "nace"): "dict_note_sectors_nace",
    ("categories", "sdgs"): "dict_note_categories_sdgs",
}


def _header(lang: str) -> list[str]:
    return [
        t("dict_header_0", lang),
        t("dict_header_1", lang),
        t("dict_header_2", lang),
        t("dict_header_3", lang),
        t("dict_header_4", lang),
    ]


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
        notes.append(t("dict_unique", lang))
    elif len(table.key) > 1 and column.name == table.key[-1]:
        notes.append(t("dict_unique_pair", lang, key=", ".join(table.key)))
    if column.codes:
        notes.append(t("dict_codes", lang, codes=", ".join(column.codes)))
    if column.code_list:
        notes.append(t("dict_listed", lang, file=contract.TABLE[column.code_list].file))
    if column.references:
        notes.append(t("dict_refers", lang, file=contract.TABLE[column.references].file))
    if column.non_negative:
        notes.append(t("dict_non_negative", lang))
    if (table.name, column.name) in NOTES:
        notes.append(t(NOTES[(table.name, column.name)], lang))
    return "; ".join(notes)


def dictionary_rows(lang: str = "it") -> list[tuple[str, str, str, str, str]]:
    """(file, column, type, required, codes and notes) for every column of the contract."""
    return [
        (
            table.file,
            column.name,
            t(TYPES[column.type], lang),
            t("dict_yes" if column.required else "dict_no", lang),
            _notes(table, column, lang),
        )
        for table in contract.TABLES
        for column in table.columns
    ]


def dictionary_csv(lang: str = "it") -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=_delimiter(lang), lineterminator="\r\n")
    writer.writerow(_header(lang))
    writer.writerows(dictionary_rows(lang))
    return out.getvalue().encode("utf-8-sig")


def dictionary_markdown(lang: str = "it") -> str:
    limit = fmt_int(contract.MAX_CELL_CHARS, lang)
    lines = [f"# {t('dict_title', lang)}", "", t("dict_intro", lang, limit=limit), ""]
    rows = dictionary_rows(lang)
    for table in contract.TABLES:
        kind = [t("dict_required_file" if table.required else "dict_optional_file", lang)]
        if table.personal:
            kind.append(t("dict_personal", lang))
        if table.max_rows == 1:
            kind.append(t("dict_max_rows", lang))
        lines += [f"## {table.file} ({', '.join(kind)})", ""]
        header = _header(lang)[1:]
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
