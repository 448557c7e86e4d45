"""The optional `highlight` column of projects.csv: read as a boolean, and the forum's
highlight slide shows the marked projects, or else the three largest verified savings."""

from __future__ import annotations

import functools
import shutil
from pathlib import Path

from dashboard.export.load import load_export
from dashboard.export.problems import format_report
from dashboard.forum.slides import build_deck
from dashboard.store.catalog import read_catalog
from dashboard.store.filters import Filters
from dashboard.store.queries import query

SMALL = Path(__file__).parent / "fixtures" / "small"


def marked(folder: Path, marks: dict[str, str]) -> Path:
    """The small export with a `highlight` column holding `marks` by project."""
    shutil.copytree(SMALL, folder)
    path = folder / "projects.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    out = [lines[0] + ",highlight"]
    out += [line + "," + marks.get(line.split(",")[0], "") for line in lines[1:]]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return folder


def highlights(folder: Path, lang: str = "it") -> list[str]:
    result = load_export(folder)
    assert result.ok, format_report(result.problems, "en")
    catalog = read_catalog(result, folder)
    deck = build_deck(
        functools.partial(query, result.con.cursor()), Filters(lang=lang), catalog, result.exported
    )
    return [figure.label for figure in deck.slides[6].figures], deck.slides[6].message


def test_the_column_is_read_as_a_boolean(tmp_path):
    folder = marked(tmp_path / "export", {"P2": "sì", "P4": "SI", "P1": "no"})
    result = load_export(folder)
    assert result.ok
    rows = result.con.execute("select project_id, highlight from projects order by 1").fetchall()
    assert rows == [("P1", False), ("P2", True), ("P3", None), ("P4", True)]


def test_a_value_that_is_no_boolean_is_a_problem(tmp_path):
    folder = marked(tmp_path / "export", {"P2": "forse"})
    report = format_report(load_export(folder).problems, "en")
    assert len(report) == 1
    assert report[0].startswith("projects.csv:3: highlight:")
    assert "(forse)" in report[0]


def test_the_marked_projects_are_the_highlights(tmp_path):
    titles, message = highlights(marked(tmp_path / "export", {"P2": "sì", "P4": "sì"}))
    assert titles == ["Bilancio sociale", "Meno rifiuti"]  # no savings: by title
    assert message == "I 2 progetti scelti dal coordinamento per il forum."


def test_without_the_column_the_largest_verified_savings(tmp_path):
    # P1: 1.000 € verified (and 500 € estimated), P3: 250,50 € verified; P2 and P4 none
    titles, message = highlights(SMALL, "en")
    assert titles == ["Pannelli solari", "Asilo aziendale"]
    assert message == "The 2 projects with the largest verified savings in 2010–2011."


def test_with_nothing_marked_the_largest_verified_savings(tmp_path):
    titles, _ = highlights(marked(tmp_path / "export", {"P1": "no", "P2": "falso"}))
    assert titles == ["Pannelli solari", "Asilo aziendale"]
