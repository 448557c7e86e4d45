"""A candidate export against the current one: rows per table and headline figures."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dashboard.export.load import load_export
from dashboard.export.problems import format_report
from dashboard.publishing import diff

SMALL = Path(__file__).parent / "fixtures" / "small"


def loaded(folder: Path):
    result = load_export(folder)
    assert result.ok, format_report(result.problems, "en")
    return result


@pytest.fixture
def candidate(tmp_path) -> Path:
    """The small fixture with hand-made edits (counted by hand in the tests below)."""
    folder = tmp_path / "candidate"
    shutil.copytree(SMALL, folder)

    def edit(name: str, old: str, new: str) -> None:
        text = (folder / name).read_text(encoding="utf-8")
        assert old in text
        (folder / name).write_text(text.replace(old, new), encoding="utf-8")

    # organizations: E added, B renamed (1 changed)
    edit("organizations.csv", "B,Beta Srl,", "B,Beta Srl Società Benefit,")
    with open(folder / "organizations.csv", "a", encoding="utf-8") as handle:
        handle.write("E,Epsilon Spa,company,services,small,12,Modena,2011,\n")
    # projects: P4 changes status, P5 added (led by E); P5 gets partner A
    edit("projects.csv", "2011,planned,,", "2011,in_progress,,")
    with open(folder / "projects.csv", "a", encoding="utf-8") as handle:
        handle.write("P5,Mobilità,E,environment,,2011,idea,,\n")
    with open(folder / "project_partners.csv", "a", encoding="utf-8") as handle:
        handle.write("P5,A,\n")
    # savings: the same three rows written as Italian Excel does, and one estimated more
    (folder / "savings.csv").write_bytes(
        "project_id;year;authority_org_id;policy_area;amount_eur;method;verified;note\r\n"
        "P1;2010;P;environmental;1.000,00 €;avoided_cost;VERO;\r\n"
        "P1;2011;P;environmental;500;budget_saving;falso;\r\n"
        "P3;2011;P;social;250,5;in_kind;sì;\r\n"
        "P5;2011;P;economic;100;co_funding;no;\r\n".encode("cp1252")
    )
    # attendance: one row gone; fees: one amount changed; export: a new date
    edit("attendance.csv", "M2,C,\n", "")
    edit("fees.csv", "A,2010,1000", "A,2010,1200")
    edit("export.csv", "2012-01-31", "2012-02-29")
    return folder


def test_rows_added_removed_and_changed_per_table(candidate):
    result = diff.compare(loaded(candidate), loaded(SMALL))
    tables = {t.table: (t.before, t.after, t.added, t.removed, t.changed) for t in result.tables}
    assert tables == {
        "organizations": (6, 7, 1, 0, 1),
        "people": (None, None, 0, 0, 0),
        "meetings": (3, 3, 0, 0, 0),
        "attendance": (4, 3, 0, 1, 0),  # no key: whole rows
        "projects": (4, 5, 1, 0, 1),
        "project_partners": (3, 4, 1, 0, 0),  # keyed by (project_id, org_id)
        "savings": (3, 4, 1, 0, 0),  # 1.000,00 € is 1000: the same rows, typed
        "fees": (2, 2, 0, 0, 1),  # keyed by (org_id, year)
        "export": (1, 1, 1, 1, 0),  # no key: a changed row is one out, one in
        "sectors": (2, 2, 0, 0, 0),
        "categories": (2, 2, 0, 0, 0),
        "themes": (1, 1, 0, 0, 0),
    }


def test_headline_figures_before_and_after(candidate):
    result = diff.compare(loaded(candidate), loaded(SMALL))
    assert result.figures == {
        "companies_involved": (4, 5),
        "projects": (4, 5),
        "projects_in_partnership": (2, 3),
        "savings_verified": (1250.5, 1250.5),
        "savings_estimated": (500.0, 600.0),
    }
    assert result.lines("en")[-6:] == [
        "Headline figures, before → after:",
        "  Companies involved: 4 → 5",
        "  Projects: 4 → 5",
        "  In partnership: 2 → 3",
        "  Verified savings: €1,250.50 → €1,250.50",
        "  Estimated savings: €500.00 → €600.00",
    ]
    lines = result.lines("it")
    assert "  organizations.csv: 6 → 7 righe (+1 nuove, −0 tolte, 1 cambiate)" in lines
    assert "  people.csv: non esportato" in lines
    assert "  themes.csv: invariato (1 riga)" in lines
    assert "  Risparmi stimati: 500,00\u00a0€ → 600,00\u00a0€" in lines


def test_an_identical_export_changes_nothing():
    same = diff.compare(loaded(SMALL), loaded(SMALL))
    assert all(t.unchanged for t in same.tables)
    assert all(before == after for before, after in same.figures.values())


def test_against_nothing_published_everything_is_new():
    first = diff.compare(loaded(SMALL), None)
    organizations = first.tables[0]
    assert (organizations.before, organizations.after, organizations.added) == (None, 6, 6)
    assert first.figures["companies_involved"] == (None, 4)
    assert first.lines("en")[-5] == "  Companies involved: – → 4"


def test_a_figure_from_a_file_not_exported_is_none_never_zero(tmp_path):
    folder = tmp_path / "no_partners"
    shutil.copytree(SMALL, folder)
    (folder / "project_partners.csv").unlink()
    (folder / "savings.csv").unlink()
    result = diff.compare(loaded(folder), loaded(SMALL))
    assert result.figures["projects_in_partnership"] == (2, None)
    assert result.figures["savings_verified"] == (1250.5, None)
    partners = next(t for t in result.tables if t.table == "project_partners")
    assert (partners.before, partners.after, partners.removed) == (3, None, 3)
