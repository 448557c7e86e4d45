"""The Participation page: its queries on the hand-made export, and the page on the demo
checked against figures counted straight from the CSV files.

tests/fixtures/small (export years 2010-2011): member companies A (Alfa Spa, services,
large, 2010-), B (Beta Srl, textile, small, 2010 only: left_year 2010), C (Gamma Coop,
services, social enterprise of size micro, 2011-), D (Delta Spa, textile, medium, 2011-);
partners P (Comune di Prova, local authority) and N (Amici ONG, NGO). Projects P1 (A, 2010,
partners B and P), P2 (B, 2010), P3 (C, 2011, partner N), P4 (D, 2011). Meetings M1
2010-02-10 practice exchange (A, B), M3 2011-03-01 thematic workshop on green innovation
(A), M2 2011-11-20 forum (C). Fees 2010: A 1000, B 300. Savings of P1: 1000 verified (2010),
500 estimated (2011); of P3: 250.50 verified (2011).

Worked out by hand from that:
- active members: 2010 A, B; 2011 A, C, D. Joined 2010: A, B; 2011: C, D. Left after 2010: B.
- years of membership (to 2011 for those still members): A 2 (still), B 1 (left), C 1
  (still), D 1 (still).
- projects led: one each (P1..P4). Partnerships: A 1 (P1, led with partners), B 1 (P1 as a
  partner; P2 has none), C 1 (P3 with N), D 0.
- attendance: 2010 A and B both came (M1); 2011 A (M3) and C (M2) came, D did not. So
  large 2/2, SMEs 1/2 (small B 1/1, medium D 0/1), social enterprise 1/1; services 3/3
  (A twice, C), textile 1/2.
"""

import csv
import shutil
from collections import Counter
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

from dashboard.export.load import load_export
from dashboard.store.filters import Filters, sql_params
from dashboard.store.queries import query
from dashboard.ui import panels
from scripts.benchmark import scaled_export
from tests.clicks import click_bar
from tests.conftest import DEMO
from tests.folds import unfold
from tests.hostile import as_read

SMALL = Path(__file__).parent / "fixtures" / "small"
PAGE = "views/participation.py"
NO_DRILL = {
    "drill_org_sector": None,
    "drill_org_size": None,
    "split_sme": False,
    "meeting_kind": None,
    "search": None,
}
PEOPLE = """person_id,org_id,full_name,function
PE1,A,Anna Alfa,ceo
PE2,A,Bruno Alfa,hr
PE3,A,Carla Alfa,hr
PE4,A,Dario Alfa,hr
PE5,B,Elena Beta,ceo
PE6,C,Fabio Gamma,ceo
PE7,D,Gina Delta,ehs
"""


@pytest.fixture(scope="module")
def cursor(tmp_path_factory):
    """The small export plus a people.csv: A has a CEO and three HR people, B, C a CEO
    each, D an EHS manager."""
    folder = tmp_path_factory.mktemp("small") / "export"
    shutil.copytree(SMALL, folder)
    (folder / "people.csv").write_text(PEOPLE, encoding="utf-8")
    result = load_export(folder)
    assert result.ok, result.problems
    return result.con.cursor()


def rows(cursor, name, filters=None, **extra):
    params = sql_params(filters or Filters(), (2010, 2011)) | NO_DRILL | extra
    return [tuple(row) for row in query(cursor, name, params).itertuples(index=False)]


# --- queries on the hand-made export ------------------------------------------------------
def test_members(cursor):
    found = [row[:2] + row[8:] for row in rows(cursor, "participation_members")]
    assert found == [
        ("A", "Alfa Spa", 2, True, 1, 1),
        ("B", "Beta Srl", 1, False, 1, 1),
        ("D", "Delta Spa", 1, True, 1, 0),
        ("C", "Gamma Coop", 1, True, 1, 1),
    ]


@pytest.mark.parametrize(
    ("search", "expected"),
    [("spa", ["A", "D"]), ("MODENA", ["A", "C"]), ("coop modena", ["C"]), ("zeta", [])],
)
def test_members_searched_by_name_or_municipality_whatever_the_case(cursor, search, expected):
    assert [row[0] for row in rows(cursor, "participation_members", search=search)] == expected


@pytest.mark.parametrize(
    ("filters", "drill", "expected"),
    [
        # B was not a member in 2011; A's project P1 started in 2010
        (Filters(years=(2011, 2011)), {}, [("A", 0, 0), ("D", 1, 0), ("C", 1, 1)]),
        ({}, {"drill_org_size": "sme"}, [("B", 1, 1), ("D", 1, 0)]),
        # C is micro but a social enterprise, never an SME
        ({}, {"drill_org_size": "micro"}, []),
        ({}, {"drill_org_size": "social_enterprise"}, [("C", 1, 1)]),
        ({}, {"drill_org_sector": "textile"}, [("B", 1, 1), ("D", 1, 0)]),
        (Filters(sectors=("services",)), {"drill_org_size": "large"}, [("A", 1, 1)]),
    ],
)
def test_members_narrowed(cursor, filters, drill, expected):
    found = rows(cursor, "participation_members", filters or Filters(), **drill)
    assert [(row[0], row[10], row[11]) for row in found] == expected


def test_by_size_and_sector(cursor):
    everything = [
        ("large", "group", 1),
        ("sme", "group", 2),
        ("micro", "part", 0),
        ("small", "part", 1),
        ("medium", "part", 1),
        ("social_enterprise", "group", 1),
    ]
    assert rows(cursor, "participation_by_size") == everything
    # the size chart ignores its own drill (it highlights) but follows the sector one
    assert rows(cursor, "participation_by_size", drill_org_size="large") == everything
    assert [r[2] for r in rows(cursor, "participation_by_size", drill_org_sector="services")] == [
        1, 0, 0, 0, 0, 1,
    ]  # fmt: skip
    assert rows(cursor, "participation_by_sector") == [("services", 2), ("textile", 2)]
    assert rows(cursor, "participation_by_sector", drill_org_sector="services") == [
        ("services", 2),
        ("textile", 2),
    ]
    assert rows(cursor, "participation_by_sector", drill_org_size="sme") == [("textile", 2)]


def test_by_year_and_stay(cursor):
    assert rows(cursor, "participation_by_year") == [(2010, 2, 1, 2), (2011, 2, 0, 3)]
    assert rows(cursor, "participation_by_year", Filters(sizes=("sme",))) == [
        (2010, 1, 1, 1),
        (2011, 1, 0, 1),
    ]
    assert rows(cursor, "participation_stay") == [(1, False, 1), (1, True, 2), (2, True, 1)]
    # A's stay counts to the export's end even when only 2010 is selected
    assert rows(cursor, "participation_stay", Filters(years=(2010, 2010))) == [
        (1, False, 1),
        (2, True, 1),
    ]


def test_people_by_function_and_size_part(cursor):
    counts = {(f, g): n for f, g, n in rows(cursor, "participation_people") if n}
    assert counts == {
        ("ceo", "large"): 1,
        ("hr", "large"): 3,
        ("ceo", "small"): 1,
        ("ceo", "social_enterprise"): 1,
        ("ehs", "medium"): 1,
    }
    # every function for every group present, zeros included: 6 x 4
    assert len(rows(cursor, "participation_people")) == 24
    in_2011 = rows(cursor, "participation_people", Filters(years=(2011, 2011)))
    assert {g for _, g, _ in in_2011} == {"large", "medium", "social_enterprise"}
    assert sum(n for *_, n in in_2011) == 6


def test_meetings_and_attendance(cursor):
    found = [(r[0], r[3], r[6], r[7]) for r in rows(cursor, "participation_meetings")]
    assert found == [
        ("M1", "practice_exchange", 2, 2),
        ("M3", "thematic_workshop", 1, 1),
        ("M2", "forum", 1, 1),
    ]
    names = {r[0]: r[8] for r in rows(cursor, "participation_meetings")}
    assert names["M3"] == "Alfa Spa"  # names for the workshops' table only
    assert pd.isna(names["M1"]) and pd.isna(names["M2"])
    textile = rows(cursor, "participation_meetings", Filters(sectors=("textile",)))
    assert [(r[0], r[6]) for r in textile] == [("M1", 1)]
    drilled = rows(cursor, "participation_meetings", drill_org_size="large")
    assert [(r[0], r[6]) for r in drilled] == [("M1", 1), ("M3", 1)]
    records = rows(cursor, "participation_attendance")
    assert [(r[0], r[5]) for r in records] == [("M1", "A"), ("M1", "B"), ("M3", "A"), ("M2", "C")]
    workshops = rows(cursor, "participation_attendance", meeting_kind="thematic_workshop")
    assert [(r[0], r[5]) for r in workshops] == [("M3", "A")]


def test_attendance_rate(cursor):
    assert rows(cursor, "participation_attendance_rate", rate_by="size") == [
        ("large", 2, 2, 1.0),
        ("social_enterprise", 1, 1, 1.0),
        ("sme", 2, 1, 0.5),
    ]
    assert rows(cursor, "participation_attendance_rate", rate_by="size", split_sme=True) == [
        ("large", 2, 2, 1.0),
        ("small", 1, 1, 1.0),
        ("social_enterprise", 1, 1, 1.0),
        ("medium", 1, 0, 0.0),
    ]
    assert rows(cursor, "participation_attendance_rate", rate_by="sector") == [
        ("services", 3, 3, 1.0),
        ("textile", 2, 1, 0.5),
    ]


def test_fees(cursor):
    assert rows(cursor, "participation_fees") == [
        (2010, "large", 1, 1000.0),
        (2010, "sme", 1, 300.0),
    ]
    assert rows(cursor, "participation_fees", split_sme=True)[1] == (2010, "small", 1, 300.0)
    assert rows(cursor, "participation_fees", Filters(years=(2011, 2011))) == []
    assert [r[2] for r in rows(cursor, "participation_fee_records")] == ["Alfa Spa", "Beta Srl"]


def test_card_queries(cursor):
    assert rows(cursor, "participation_org", org_id="ZZ") == []
    assert rows(cursor, "participation_org", org_id="B")[0][:2] == ("B", "Beta Srl")
    projects = rows(cursor, "participation_org_projects", org_id="B")
    assert [(r[0], r[5], r[6], r[7]) for r in projects] == [
        ("P1", "partner", "Alfa Spa", 2),
        ("P2", "lead", "Beta Srl", 0),
    ]
    assert rows(cursor, "participation_org_partners", org_id="A") == [
        ("B", "Beta Srl", "company", 1),
        ("P", "Comune di Prova", "local_authority", 1),
    ]
    assert rows(cursor, "participation_org_partners", org_id="C") == [("N", "Amici ONG", "ngo", 1)]
    assert [r[0] for r in rows(cursor, "participation_org_meetings", org_id="A")] == ["M1", "M3"]
    savings = rows(cursor, "participation_org_savings", org_id="A")
    assert [(r[2], r[6], r[7]) for r in savings] == [(2010, True, 1000.0), (2011, False, 500.0)]
    only_2010 = rows(cursor, "participation_org_savings", Filters(years=(2010, 2010)), org_id="A")
    assert [r[7] for r in only_2010] == [1000.0]


# --- the page on the demo, against the CSV files ------------------------------------------
def read(table: str, folder: Path = DEMO) -> list[dict[str, str]]:
    with open(folder / f"{table}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def member_companies(size: str | None = None) -> list[dict[str, str]]:
    """Demo member companies (all active within 2009-2012), optionally of one size group."""
    found = [
        o
        for o in read("organizations")
        if o["kind"] in ("company", "social_enterprise") and o["joined_year"]
    ]
    if size == "social_enterprise":
        return [o for o in found if o["kind"] == "social_enterprise"]
    if size == "large":
        return [o for o in found if o["kind"] == "company" and o["size"] == "large"]
    return found


def people_range(orgs: list[dict[str, str]]) -> str:
    """The people total as the rule publishes it: cells by function and size part, each
    of 1 or 2 unknown to the reader, so the total runs from shown + 1 to shown + 2 per
    hidden cell."""
    part = {
        o["org_id"]: o["size"] if o["kind"] == "company" and o["size"] != "large" else o["kind"]
        for o in orgs
    }
    cells = Counter(
        (p["function"], part[p["org_id"]]) for p in read("people") if p["org_id"] in part
    )
    shown = sum(n for n in cells.values() if n >= 3)
    hidden = sum(1 for n in cells.values() if n < 3)
    low, high = shown + hidden, shown + 2 * hidden
    return str(low) if low == high else f"almeno {low}"  # a floor, as readers say it


def chart_data(at, index: int):
    element = at.get("vega_lite_chart")[index]
    return pa.ipc.open_stream(element.proto.datasets[0].data.data).read_all().to_pandas()


def tiles(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def page(app, **params):
    at = app(PAGE, **params)
    assert not at.exception, at.exception
    return at


def test_page_on_the_demo(app):
    at = page(app)
    members = member_companies()
    left = sum(1 for o in members if o["left_year"])
    assert tiles(at) == {
        "Imprese socie": str(len(members)),
        "Entrate": str(len(members)),
        "Uscite": str(left),
        "Persone delle imprese": people_range(members),
    }
    assert [h.value for h in at.header][:3] == [
        "Imprese socie per dimensione",
        "Imprese socie per settore",
        "La base sociale anno per anno",
    ]
    size = chart_data(at, 0)
    groups = Counter(
        "social_enterprise" if o["kind"] == "social_enterprise" else
        "large" if o["size"] == "large" else "sme"
        for o in members
    )  # fmt: skip
    assert dict(zip(size["org_size"], size["members"], strict=True)) == dict(groups)
    sector = chart_data(at, 1)
    assert dict(zip(sector["org_sector"], sector["members"], strict=True)) == dict(
        Counter(o["sector"] for o in members)
    )
    meetings = chart_data(at, 5)
    attended = Counter(row["meeting_id"] for row in read("attendance"))
    assert len(meetings) == len(read("meetings"))
    assert sorted(meetings["organizations"]) == sorted(attended.values())


def test_no_name_of_a_person_is_shown(app):
    at = page(app, org="ORG-001")
    names = {p["full_name"] for p in read("people")}
    shown = [e.value for e in (*at.markdown, *at.caption, *at.info)]
    shown += [str(v) for frame in at.dataframe for v in frame.value.to_numpy().ravel()]
    assert not [text for text in shown if any(name in text for name in names)]


def test_a_click_on_a_size_bar_narrows_the_page(app):
    at = page(app)
    click_bar(at, "org_size", "large")
    large = member_companies("large")
    assert at.query_params["org_size"] == "large"
    assert tiles(at)["Imprese socie"] == str(len(large))
    assert tiles(at)["Persone delle imprese"] == people_range(large)
    # the sector chart narrows, the size chart keeps every group and highlights
    assert chart_data(at, 1)["members"].sum() == len(large)
    assert len(chart_data(at, 0)) == 3
    # so do the records behind them: all members under the size chart, the large below
    behind = [e.label for e in at.expander if e.label.startswith("Mostra i dati di origine")]
    assert behind[:3] == [
        "Mostra i dati di origine (100 righe)",
        f"Mostra i dati di origine ({len(large)} righe)",
        f"Mostra i dati di origine ({len(large)} righe)",
    ]
    chip = next(b for b in at.button if b.key == "chip_org_size")
    assert chip.label == "Dimensione: Grandi imprese"
    chip.click().run()
    assert "org_size" not in at.query_params
    assert tiles(at)["Imprese socie"] == str(len(member_companies()))


def test_a_sector_link_and_the_sme_split(app):
    at = page(app, org_sector="textile", sme="split", lang="en")
    textile = [o for o in member_companies() if o["sector"] == "textile"]
    assert tiles(at)["Member companies"] == str(len(textile))
    assert at.toggle(key="part_split_sme").value
    size = chart_data(at, 0)
    assert list(size["org_size"]) == ["large", "micro", "small", "medium", "social_enterprise"]
    assert size["members"].sum() == len(textile)
    at.toggle(key="part_split_sme").set_value(False).run()
    assert "sme" not in at.query_params
    assert list(chart_data(at, 0)["org_size"]) == ["large", "sme", "social_enterprise"]


def test_search_and_card(app):
    at = page(app)
    at.text_input(key="part_search").input("ceramica").run()
    matching = [o for o in member_companies() if "ceramica" in o["name"].casefold()]
    assert f"{len(matching)} imprese su 100." in [m.value for m in at.markdown]
    org = min(matching, key=lambda o: o["name"])["org_id"]
    at.selectbox(key="part_pick_None").select(org).run()
    assert at.query_params["org"] == org
    name = next(o["name"] for o in read("organizations") if o["org_id"] == org)
    assert f"Scheda: {name}" in [as_read(h.value) for h in at.header]
    led = [p for p in read("projects") if p["lead_org_id"] == org]
    partner = [p for p in read("project_partners") if p["org_id"] == org]
    heading = f"**I suoi progetti ({len(led) + len(partner)})**"
    assert heading in [m.value for m in at.markdown]
    next(b for b in at.button if b.key == "part_close").click().run()
    assert "org" not in at.query_params


def test_card_link_to_an_unknown_organization(app):
    at = page(app, org="ORG-999")
    assert any("ORG-999" in as_read(i.value) for i in at.info)


def test_unexported_files_are_said_not_zero(app, data_dir, tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    for name in ("organizations", "projects", "sectors", "categories", "themes"):
        shutil.copy(SMALL / f"{name}.csv", folder)
    data_dir(folder)
    at = page(app, org="A")
    assert tiles(at)["Persone delle imprese"] == "–"
    notices = [i.value for i in at.info] + [c.value for c in at.caption]
    for file in ("people.csv", "meetings.csv", "fees.csv", "savings.csv", "project_partners.csv"):
        assert any(file in text for text in notices), file
    assert len(at.get("vega_lite_chart")) == 4  # size, sector, years, stay


def test_a_long_table_sends_its_first_thousand_rows_and_counts_them_all(
    app, data_dir, tmp_path, csv_files
):
    with open(DEMO / "attendance.csv", encoding="utf-8", newline="") as handle:
        attended = len(list(csv.DictReader(handle)))
    data_dir(scaled_export(2, tmp_path / "x2"))  # every attendance twice: over 1,000
    at = unfold(page(app))
    total = 2 * attended
    assert total > panels.MAX_ROWS
    label = f"Mostra i dati di origine ({total:,} righe)".replace(",", ".")
    assert label in [e.label for e in at.expander]
    first = f"Sono mostrate le prime 1.000 righe di {total:,}".replace(",", ".")
    assert any(c.value.startswith(first) for c in at.caption)
    assert max(len(df.value) for df in at.dataframe) == panels.MAX_ROWS
    # the download holds every row (a header, then a line a row)
    assert max(data.count(b"\r\n") - 1 for data in csv_files) == total
