"""Templates and the data dictionary, generated from the contract."""

from __future__ import annotations

import csv
import io
import zipfile

from dashboard.export import contract
from dashboard.export.load import load_export
from dashboard.export.problems import format_report
from dashboard.publishing import templates


def test_each_template_is_its_table_header():
    assert templates.template_csv("organizations", "en") == (
        b"\xef\xbb\xbforg_id,name,kind,sector,size,employees,municipality,joined_year,left_year\r\n"
    )
    assert templates.template_csv("fees", "it") == b"\xef\xbb\xbforg_id;year;amount_eur\r\n"


def test_an_export_of_the_templates_reads_as_empty_not_malformed(tmp_path):
    """Every column is where the loader looks for it: only the empty required files fail."""
    with zipfile.ZipFile(io.BytesIO(templates.templates_zip("it"))) as archive:
        archive.extractall(tmp_path)
        names = sorted(archive.namelist())
    assert names == sorted(
        [t.file for t in contract.TABLES] + ["data_dictionary.md", "dizionario_dati.md"]
    )
    result = load_export(tmp_path)
    assert format_report(result.problems, "en") == [
        f"{t.file}: no rows" for t in contract.TABLES if t.required
    ]
    assert result.warnings == []


def test_the_dictionary_describes_every_column_in_both_languages():
    for lang in ("it", "en"):
        reader = csv.reader(
            io.StringIO(templates.dictionary_csv(lang).decode("utf-8-sig")),
            delimiter=";" if lang == "it" else ",",
        )
        rows = list(reader)
        assert (
            rows[0]
            == {
                "it": ["tabella", "colonna", "tipo", "obbligatoria", "codici e note"],
                "en": ["table", "column", "type", "required", "codes and notes"],
            }[lang]
        )
        assert [(r[0], r[1]) for r in rows[1:]] == [
            (t.file, c.name) for t in contract.TABLES for c in t.columns
        ]
    rows = {(r[0], r[1]): r for r in templates.dictionary_rows("en")}
    assert rows[("organizations.csv", "org_id")] == (
        "organizations.csv",
        "org_id",
        "text",
        "yes",
        "unique",
    )
    assert rows[("savings.csv", "authority_org_id")][4] == (
        "refers to organizations.csv; an organization of kind local_authority"
    )
    assert rows[("project_partners.csv", "org_id")][4].startswith(
        "each (project_id, org_id) pair appears once; refers to organizations.csv"
    )
    assert rows[("meetings.csv", "kind")][4] == (
        "codes: practice_exchange, context_evaluation, project_ideas, thematic_workshop, "
        "training_visit, co_design, forum"
    )
    assert rows[("savings.csv", "verified")][2:4] == ("yes/no", "yes")


def test_left_year_is_said_to_be_the_last_year_of_membership():
    english = templates.dictionary_markdown("en")
    italian = templates.dictionary_markdown("it")
    assert "the LAST year it was a member (not the year after)" in english
    assert "l'ULTIMO anno in cui è stata socia (non l'anno dopo)" in italian
    assert "## organizations.csv (required)" in english
    assert "## people.csv (facoltativo, dati personali)" in italian
    assert "UN SDG numbers separated by \\| (e.g. 7\\|12\\|13)" in english


def test_the_dictionary_gives_the_longest_cell_as_each_language_writes_numbers():
    assert "A cell holds at most 100,000 characters." in templates.dictionary_markdown("en")
    assert "Una cella contiene al massimo 100.000 caratteri." in templates.dictionary_markdown("it")
