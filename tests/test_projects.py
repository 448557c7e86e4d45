"""The Projects page: its questions on the hand-made export, the page on the demo.

tests/fixtures/small, worked out by hand:
- organizations: A (services, large, member 2010-), B (textile, small, 2010 only),
  C (services, social enterprise of size micro, 2011-), D (textile, medium, 2011-);
  partners P (local authority) and N (NGO).
- projects: P1 "Pannelli solari" (lead A, environment, theme green_innovation, 2010,
  completed, 10000), P2 "Bilancio sociale" (B, reporting, no theme, 2010, completed, 2000),
  P3 "Asilo aziendale" (C, environment, no theme, 2011, in_progress, 5000), P4 "Meno rifiuti"
  (D, environment, no theme, 2011, planned, no budget).
- partners: P1 with B (500) and P (no contribution), P3 with N (100).
- savings: P1 1000 verified (2010, avoided_cost) and 500 estimated (2011, budget_saving),
  P3 250.50 verified (2011, in_kind).
- categories: environment (SDGs 7|12|13), reporting (12).
So: 2 projects in 2010 (both completed), 2 in 2011 (one planned, one in progress); three
in environment, one in reporting; one with a theme; B is the only organization that
publishes a sustainability report (P2, 2010), for the first time in 2010.

The page on the demo is checked against figures counted here from the CSV files with the
`csv` module, never with the page's own queries.
"""

import csv
import math
import shutil
from pathlib import Path

import pytest

from dashboard.export.load import load_export
from dashboard.store.filters import Filters, sql_params
from dashboard.store.queries import query
from tests.clicks import click_bar, click_row
from tests.conftest import DEMO
from tests.expected import rows as csv_rows
from tests.expected import selected
from tests.folds import unfold
from tests.hostile import as_read

SMALL = Path(__file__).parent / "fixtures" / "small"
PAGE = "views/projects.py"
NO_DRILL = {"drill_category": None, "drill_status": None}
EVERYTHING = Filters()


@pytest.fixture(scope="module")
def cursor():
    result = load_export(SMALL)
    assert result.ok, result.problems
    return result.con.cursor()


def ask(cursor, name, filters=EVERYTHING, **extra):
    frame = query(cursor, name, sql_params(filters, (2010, 2011)) | NO_DRILL | extra)
    return [
        tuple(None if isinstance(v, float) and math.isnan(v) else v for v in row)
        for row in frame.itertuples(index=False)
    ]


# --- queries on the hand-made export ---------------------------------------------------
@pytest.mark.parametrize(
    ("filters", "drill", "expected"),
    [
        # year, projects, idea, planned, in_progress, completed, stopped
        (Filters(), {}, [(2010, 2, 0, 0, 0, 2, 0), (2011, 2, 0, 1, 1, 0, 0)]),
        # P1 in 2010; P3 and P4 in 2011
        (
            Filters(),
            {"drill_category": "environment"},
            [(2010, 1, 0, 0, 0, 1, 0), (2011, 2, 0, 1, 1, 0, 0)],
        ),
        (
            Filters(),
            {"drill_status": "completed"},
            [(2010, 2, 0, 0, 0, 2, 0), (2011, 0, 0, 0, 0, 0, 0)],
        ),
        # the year before the selection comes along, for the tiles' change
        (Filters(years=(2011, 2011)), {}, [(2010, 2, 0, 0, 0, 2, 0), (2011, 2, 0, 1, 1, 0, 0)]),
        (Filters(years=(2010, 2010)), {}, [(2010, 2, 0, 0, 0, 2, 0)]),
        # textile leads: B (P2, 2010) and D (P4, 2011)
        (
            Filters(sectors=("textile",)),
            {},
            [(2010, 1, 0, 0, 0, 1, 0), (2011, 1, 0, 1, 0, 0, 0)],
        ),
    ],
)
def test_projects_by_year(cursor, filters, drill, expected):
    assert ask(cursor, "projects_by_year", filters, **drill) == expected


@pytest.mark.parametrize(
    ("filters", "drill", "expected"),
    [
        (Filters(), {}, [("environment", "7|12|13", 3), ("reporting", "12", 1)]),
        # completed: P1 (environment), P2 (reporting)
        (
            Filters(),
            {"drill_status": "completed"},
            [("environment", "7|12|13", 1), ("reporting", "12", 1)],
        ),
        # its own dimension never narrows it
        (
            Filters(),
            {"drill_category": "reporting"},
            [("environment", "7|12|13", 3), ("reporting", "12", 1)],
        ),
        # 2011: P3, P4; every category stays, with zero
        (Filters(years=(2011, 2011)), {}, [("environment", "7|12|13", 2), ("reporting", "12", 0)]),
    ],
)
def test_projects_by_category(cursor, filters, drill, expected):
    assert ask(cursor, "projects_by_category", filters, **drill) == expected


@pytest.mark.parametrize(
    ("filters", "drill", "expected"),
    [
        # in the order of a project's life
        (Filters(), {}, [0, 1, 1, 2, 0]),
        (Filters(), {"drill_category": "reporting"}, [0, 0, 0, 1, 0]),
        (Filters(), {"drill_status": "planned"}, [0, 1, 1, 2, 0]),
        # A is the only large company; C the only social enterprise
        (Filters(sizes=("large",)), {}, [0, 0, 0, 1, 0]),
        (Filters(sizes=("social_enterprise",)), {}, [0, 0, 1, 0, 0]),
    ],
)
def test_projects_by_status(cursor, filters, drill, expected):
    result = ask(cursor, "projects_by_status", filters, **drill)
    assert [status for status, _ in result] == [
        "idea",
        "planned",
        "in_progress",
        "completed",
        "stopped",
    ]
    assert [count for _, count in result] == expected


@pytest.mark.parametrize(
    ("filters", "drill", "expected"),
    [
        (Filters(), {}, [("green_innovation", 1), (None, 3)]),
        (Filters(), {"drill_status": "completed"}, [("green_innovation", 1), (None, 1)]),
        (Filters(years=(2011, 2011)), {}, [("green_innovation", 0), (None, 2)]),
    ],
)
def test_projects_by_theme(cursor, filters, drill, expected):
    assert ask(cursor, "projects_by_theme", filters, **drill) == expected


def test_projects_category_sector(cursor):
    # services lead P1 and P3 (environment); textile P2 (reporting) and P4 (environment)
    assert ask(cursor, "projects_category_sector") == [
        ("environment", "services", 2),
        ("reporting", "services", 0),
        ("environment", "textile", 1),
        ("reporting", "textile", 1),
    ]
    # under a category filter only its column, and only the sectors that lead one of them
    assert ask(cursor, "projects_category_sector", drill_category="reporting") == [
        ("reporting", "textile", 1)
    ]


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        (None, ["P1", "P2", "P3", "P4"]),
        ("SOLARI", ["P1"]),  # title, whatever the case
        ("gamma", ["P3"]),  # lead's name
        ("Rendicontazione", ["P2"]),  # category label, Italian
        ("reporting", ["P2"]),  # ... and English
        ("green innovation", ["P1"]),  # theme label
        ("%", []),  # a literal, not a pattern
    ],
)
def test_projects_list_search(cursor, search, expected):
    assert [row[0] for row in ask(cursor, "projects_list", search=search)] == expected


def test_projects_list_rows(cursor):
    assert ask(cursor, "projects_list", search=None) == [
        ("P1", "Pannelli solari", "Alfa Spa", "environment", "green_innovation", 2010,
         "completed", 10000.0, 2),
        ("P2", "Bilancio sociale", "Beta Srl", "reporting", None, 2010, "completed", 2000.0, 0),
        ("P3", "Asilo aziendale", "Gamma Coop", "environment", None, 2011, "in_progress",
         5000.0, 1),
        ("P4", "Meno rifiuti", "Delta Spa", "environment", None, 2011, "planned", None, 0),
    ]  # fmt: skip
    narrowed = ask(
        cursor,
        "projects_list",
        Filters(sectors=("services",)),
        search=None,
        drill_category="environment",
        drill_status="in_progress",
    )
    assert [row[0] for row in narrowed] == ["P3"]


def test_project_card(cursor):
    assert ask(cursor, "projects_card", project_id="P1") == [
        ("P1", "Pannelli solari", None, "environment", "green_innovation", 2010, "completed",
         10000.0, "Alfa Spa", "company", "services", "Modena"),
    ]  # fmt: skip
    # a link opens its card whatever the filters
    assert len(ask(cursor, "projects_card", Filters(sectors=("textile",)), project_id="P1")) == 1
    assert ask(cursor, "projects_card", project_id="P9") == []
    assert ask(cursor, "projects_card_partners", project_id="P1") == [
        ("Beta Srl", "company", 500.0),
        ("Comune di Prova", "local_authority", None),
    ]
    assert ask(cursor, "projects_card_savings", project_id="P1") == [
        (2010, "Comune di Prova", "environmental", "avoided_cost", True, 1000.0, None),
        (2011, "Comune di Prova", "environmental", "budget_saving", False, 500.0, None),
    ]
    assert ask(cursor, "projects_card_savings", project_id="P4") == []


@pytest.mark.parametrize(
    ("filters", "by_year", "orgs"),
    [
        (
            Filters(),
            [(2010, 1, 1), (2011, 0, 0)],
            [("B", "Beta Srl", "company", "textile", "sme", 1, "2010")],
        ),
        # 2011 alone: 2010 comes along for the change, nobody reports in 2011
        (Filters(years=(2011, 2011)), [(2010, 1, 1), (2011, 0, 0)], []),
        (Filters(sizes=("large",)), [(2010, 0, 0), (2011, 0, 0)], []),
    ],
)  # fmt: skip
def test_sustainability_reporting(cursor, filters, by_year, orgs):
    assert ask(cursor, "projects_reporting_by_year", filters) == by_year
    assert ask(cursor, "projects_reporting_orgs", filters) == orgs


# --- the page on the demo, against the CSV files ---------------------------------------
def demo_projects(years=range(2009, 2013), sectors=(), sizes=(), **fields) -> list[dict]:
    """Projects of the demo started in `years`, led by the selected organizations, with
    the given field values (category=..., status=...)."""
    orgs = {org["org_id"]: org for org in csv_rows(DEMO, "organizations")}
    return [
        p
        for p in csv_rows(DEMO, "projects")
        if int(p["start_year"]) in years
        and selected(orgs[p["lead_org_id"]], sectors, sizes)
        and all(p[name] == value for name, value in fields.items())
    ]


def tiles(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def open_page(app, **params):
    at = app(PAGE, **params)
    assert not at.exception, at.exception
    return at


def test_tiles_on_the_demo(app):
    at = open_page(app)
    figures = tiles(at)
    assert figures["Progetti avviati"] == str(len(demo_projects()))
    assert figures["Conclusi"] == str(len(demo_projects(status="completed")))
    assert figures["In corso"] == str(len(demo_projects(status="in_progress")))
    # DEMO.md: six companies publish a sustainability report
    reporters = {p["lead_org_id"] for p in demo_projects(category="reporting")}
    assert figures["Pubblicano un bilancio di sostenibilità"] == str(len(reporters)) == "6"
    deltas = {m.label: m.proto.delta for m in at.metric}
    started = [len(demo_projects(years=[year])) for year in (2011, 2012)]
    assert deltas["Progetti avviati"] == f"2012: {started[1]}, +{started[1] - started[0]} sul 2011"


@pytest.mark.parametrize(
    ("params", "years", "sectors", "sizes"),
    [
        ({"sector": "ceramic_tiles"}, range(2009, 2013), ("ceramic_tiles",), ()),
        ({"size": "large,social_enterprise", "years": "2011-2012"}, range(2011, 2013), (),
         ("large", "social_enterprise")),
        ({"size": "micro", "years": "2010"}, range(2010, 2011), (), ("micro",)),
    ],
)  # fmt: skip
def test_global_filters(app, params, years, sectors, sizes):
    figures = tiles(open_page(app, **params))
    chosen = demo_projects(years, sectors, sizes)
    assert figures["Progetti avviati"] == str(len(chosen))
    assert figures["Conclusi"] == str(sum(p["status"] == "completed" for p in chosen))
    reporters = {p["lead_org_id"] for p in chosen if p["category"] == "reporting"}
    assert figures["Pubblicano un bilancio di sostenibilità"] == str(len(reporters))


def test_a_click_on_a_category_filters_the_page(app):
    at = open_page(app)
    click_bar(at, "category", "reporting")
    assert not at.exception, at.exception
    assert at.query_params["category"] == "reporting"
    reporting = demo_projects(category="reporting")
    figures = tiles(at)
    assert figures["Progetti avviati"] == str(len(reporting))
    assert figures["Conclusi"] == str(sum(p["status"] == "completed" for p in reporting))
    assert f"{len(reporting)} progetti su {len(reporting)}" in " ".join(
        m.value for m in at.markdown
    )
    chip = at.button(key="chip_category")
    assert chip.label == "Categoria: Bilanci sociali e ambientali"
    # a status click on top of it: both filters, both in the URL
    click_bar(at, "status", "completed")
    assert at.query_params["status"] == "completed"
    both = [p for p in reporting if p["status"] == "completed"]
    assert tiles(at)["Progetti avviati"] == str(len(both))
    # the chip takes its filter away
    at.button(key="chip_category").click().run()
    assert "category" not in at.query_params
    assert tiles(at)["Progetti avviati"] == str(len(demo_projects(status="completed")))


def test_filters_from_a_link(app):
    at = open_page(app, category="environment", status="in_progress", lang="en")
    chosen = demo_projects(category="environment", status="in_progress")
    assert tiles(at)["Projects started"] == str(len(chosen))
    labels = {b.label for b in at.button if b.key and b.key.startswith("chip_")}
    assert labels == {
        "Category: Sustainability and environmental efficiency",
        "Status: In progress",
    }


def savings_of(project: str) -> tuple[float, float]:
    """(verified, estimated) savings of one demo project, from savings.csv."""
    verified = estimated = 0.0
    for row in csv_rows(DEMO, "savings"):
        if row["project_id"] == project:
            if row["verified"] == "true":
                verified += float(row["amount_eur"])
            else:
                estimated += float(row["amount_eur"])
    return verified, estimated


def test_a_link_opens_a_project_card(app):
    at = open_page(app, project="PRJ-005", lang="en")
    project = next(p for p in csv_rows(DEMO, "projects") if p["project_id"] == "PRJ-005")
    assert f"Card: {project['title']}" in [as_read(h.value) for h in at.header]
    text = " ".join(as_read(m.value) for m in at.markdown)
    assert project["description"] in text
    verified, estimated = savings_of("PRJ-005")
    assert verified and estimated  # this project has both: never silently added
    assert (
        f"**Verified by the authority: €{verified:,.2f}** · estimated by the project: "
        f"€{estimated:,.2f} · verified + estimated: €{verified + estimated:,.2f}"
    ) in text
    partners = [r for r in csv_rows(DEMO, "project_partners") if r["project_id"] == "PRJ-005"]
    assert f"**Partners ({len(partners)})**" in text
    assert f"**Budget**: €{float(project['budget_eur']):,.2f}" in text


def test_the_picker_opens_a_card_and_the_button_closes_it(app):
    at = open_page(app)
    at.selectbox(key="proj_pick_None").select("PRJ-010").run()
    assert at.query_params["project"] == "PRJ-010"
    title = next(p["title"] for p in csv_rows(DEMO, "projects") if p["project_id"] == "PRJ-010")
    assert f"Scheda: {title}" in [as_read(h.value) for h in at.header]
    next(b for b in at.button if b.label == "Chiudi la scheda").click().run()
    assert "project" not in at.query_params
    assert not any(h.value.startswith("Scheda:") for h in at.header)


def test_a_selected_row_opens_its_card(app):
    at = open_page(app, status="stopped")
    stopped = demo_projects(status="stopped")
    table_key = next(d.key for d in at.dataframe if (d.key or "").startswith("proj_table_"))
    click_row(at, table_key, 1)
    assert at.query_params["project"] == stopped[1]["project_id"]
    assert f"Scheda: {stopped[1]['title']}" in [h.value for h in at.header]
    # the table starts unselected again, so a later filter cannot reopen another row
    assert table_key not in [d.key for d in at.dataframe]


def test_search(app):
    at = open_page(app, lang="en")
    at.text_input(key="proj_search").input("ISO 14001").run()
    found = [
        p for p in demo_projects() if "iso 14001" in (p["title"] + " " + p["description"]).lower()
    ]
    assert found
    assert f"{len(found)} of the selection's 150 projects." in [m.value for m in at.markdown]


def test_unknown_project_says_so(app):
    at = open_page(app, project="PRJ-999")
    assert any("PRJ-999" in as_read(i.value) for i in at.info)


def test_without_partners_and_savings_files(app, data_dir, tmp_path):
    partial = tmp_path / "partial"
    shutil.copytree(SMALL, partial)
    for name in ("project_partners.csv", "savings.csv"):
        (partial / name).unlink()
    data_dir(partial)
    at = open_page(app, project="P1", lang="en")
    notes = [c.value for c in at.caption]
    assert "project_partners.csv has not been exported yet." in notes
    assert "savings.csv has not been exported yet." in notes
    assert tiles(at)["Projects started"] == "4"


def test_status_and_sdgs_in_both_languages(app):
    with open(DEMO / "categories.csv", encoding="utf-8", newline="") as handle:
        environment = next(c for c in csv.DictReader(handle) if c["code"] == "environment")
    numbers = ", ".join(environment["sdgs"].split("|"))
    for lang, words in (("it", "Concluso"), ("en", "Completed")):
        at = open_page(app, lang=lang)
        captions = " ".join(as_read(c.value) for c in at.caption)
        assert f"{environment[f'label_{lang}']} SDG {numbers}" in captions
        # the status chart's data, in the page's language and the lifecycle's order
        status_table = [
            df.value
            for df in unfold(at).dataframe
            if df.value.columns[0] in ("Stato", "Status") and len(df.value) == 5
        ][0]
        assert status_table.iloc[3, 0] == words


def test_a_folded_table_is_drawn_only_once_opened(app):
    at = open_page(app)
    [fold] = [e for e in at.expander if e.proto.id.endswith("-category_chart_table_open")]
    assert fold.label == "Mostra i dati in tabella"
    columns = ["Categoria", "Obiettivi ONU", "Progetti"]
    drawn = len(at.dataframe)  # the project list only: every fold is closed
    assert drawn == 1
    at.session_state["category_chart_table_open"] = True
    at.run()
    [table] = [df.value for df in at.dataframe if list(df.value.columns) == columns]
    assert table["Progetti"].sum() == len(demo_projects())  # one category each
    assert len(at.dataframe) == drawn + 1  # the chart's records stay folded
