"""The demo export in data/: reproducible, and holding the figures of DEMO.md.

The figures are recomputed here from the CSV files with the csv module alone, following the
counting rules of the data contract; nothing is taken from the generator but its output.
"""

from __future__ import annotations

import csv
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
SCRIPT = ROOT / "scripts" / "make_demo.py"
FILES = [
    "organizations.csv",
    "people.csv",
    "meetings.csv",
    "attendance.csv",
    "projects.csv",
    "project_partners.csv",
    "savings.csv",
    "fees.csv",
    "export.csv",
    "sectors.csv",
    "categories.csv",
    "themes.csv",
]
YEARS = [2009, 2010, 2011, 2012]
# DEMO.md: year -> (joined, left with left_year = year, active members, projects, in partnership)
DEMO_TABLE = {
    2009: (27, 8, 27, 21, 7),
    2010: (30, 22, 49, 37, 10),
    2011: (25, 13, 52, 44, 23),
    2012: (18, 0, 57, 48, 10),
}
BUSINESS = ("company", "social_enterprise")
EU_SIZE = {"micro": (0, 9), "small": (10, 49), "medium": (50, 249), "large": (250, 10**6)}


def read(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def t() -> dict[str, list[dict[str, str]]]:
    return {name.removesuffix(".csv"): read(name) for name in FILES}


def year(value: str) -> int | None:
    return int(value) if value else None


def members(t) -> list[dict[str, str]]:
    return [o for o in t["organizations"] if o["joined_year"] and o["kind"] in BUSINESS]


def active(org: dict[str, str], y: int) -> bool:
    joined, left = year(org["joined_year"]), year(org["left_year"])
    return joined is not None and joined <= y and (left is None or y <= left)


def in_partnership(t) -> set[str]:
    return {row["project_id"] for row in t["project_partners"]}


# --- reproducibility ----------------------------------------------------------------------
def load_generator():
    spec = importlib.util.spec_from_file_location("make_demo", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_demo"] = module  # dataclasses look their module up while defining
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules["make_demo"]
    return module


def assert_same_files(outdir: Path) -> None:
    assert sorted(p.name for p in outdir.glob("*.csv")) == sorted(FILES)
    for name in FILES:
        assert (outdir / name).read_bytes() == (DATA / name).read_bytes(), name


def test_generator_reproduces_the_committed_files(tmp_path):
    load_generator().write_demo(tmp_path)
    assert_same_files(tmp_path)
    assert sorted(p.name for p in DATA.glob("*.csv")) == sorted(FILES)


def test_generator_does_not_depend_on_the_hash_seed(tmp_path):
    env = {**os.environ, "PYTHONHASHSEED": "4242"}
    subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path)], check=True, env=env, capture_output=True
    )
    assert_same_files(tmp_path)


def test_files_are_plain_utf8_with_newline_endings():
    for name in FILES:
        raw = (DATA / name).read_bytes()
        assert not raw.startswith(b"\xef\xbb\xbf"), name
        assert b"\r" not in raw, name
        assert raw.endswith(b"\n"), name
        raw.decode("utf-8")


# --- the DEMO.md figures ----------------------------------------------------------------
@pytest.mark.parametrize("y", YEARS)
def test_year_by_year_figures(t, y):
    companies = members(t)
    joined = sum(year(o["joined_year"]) == y for o in companies)
    left = sum(year(o["left_year"]) == y for o in companies)
    active_members = sum(active(o, y) for o in companies)
    started = [p for p in t["projects"] if int(p["start_year"]) == y]
    partnership = in_partnership(t)
    with_partners = sum(p["project_id"] in partnership for p in started)
    assert (joined, left, active_members, len(started), with_partners) == DEMO_TABLE[y]


def test_totals(t):
    involved = [o for o in members(t) if any(active(o, y) for y in YEARS)]
    assert len(involved) == 100
    assert sum(bool(o["left_year"]) for o in members(t)) == 43
    assert len(t["projects"]) == 150
    assert len(in_partnership(t)) == 50
    # every member is a company or social enterprise: partners have no joined_year
    assert all(o["kind"] in BUSINESS for o in t["organizations"] if o["joined_year"])


def test_members_of_2009_by_size(t):
    first = [o for o in members(t) if active(o, 2009)]
    sizes = [o["size"] for o in first]
    assert len(first) == 27
    assert sum(s in ("medium", "large") for s in sizes) == 19
    assert sizes.count("small") == 4
    assert sizes.count("micro") == 4
    in_modena = sum(o["municipality"] == "Modena" for o in first)
    assert 9 <= in_modena <= 18  # "about half"


def test_six_companies_publish_a_report(t):
    leads = {p["lead_org_id"] for p in t["projects"] if p["category"] == "reporting"}
    assert len(leads) == 6


def test_partners_are_the_promoters_and_the_third_sector(t):
    partners = [o for o in t["organizations"] if not o["joined_year"]]
    kinds = [o["kind"] for o in partners]
    assert kinds.count("local_authority") == 3
    assert kinds.count("association") >= 9  # eight business associations + the NGO one
    assert "ngo" in kinds and "school" in kinds
    assert all(not o["left_year"] for o in partners)


def test_meetings(t):
    meetings = t["meetings"]
    assert len(meetings) == 32
    for y in YEARS:
        of_year = sorted(
            (m for m in meetings if m["date"].startswith(f"{y}-")), key=lambda m: m["date"]
        )
        assert len(of_year) == 8
        months = [int(m["date"][5:7]) for m in of_year]
        assert len(set(months)) == 8 and min(months) >= 2 and max(months) == 11
        assert of_year[-1]["kind"] == "forum"
        kinds = sorted(m["kind"] for m in of_year)
        assert kinds == sorted(
            [
                "practice_exchange",
                "context_evaluation",
                "project_ideas",
                "thematic_workshop",
                "thematic_workshop",
                "training_visit",
                "co_design",
                "forum",
            ]
        )
    workshops = [m for m in meetings if m["kind"] == "thematic_workshop"]
    assert len(workshops) == 8
    assert all(m["theme"] for m in workshops)
    assert {m["theme"] for m in workshops} == {row["code"] for row in t["themes"]}
    assert all(not m["theme"] for m in meetings if m["kind"] != "thematic_workshop")


def test_forum_is_the_best_attended(t):
    per_meeting: dict[str, int] = {}
    for row in t["attendance"]:
        per_meeting[row["meeting_id"]] = per_meeting.get(row["meeting_id"], 0) + 1
    kind = {m["meeting_id"]: m["kind"] for m in t["meetings"]}
    for y in YEARS:
        of_year = [m["meeting_id"] for m in t["meetings"] if m["date"].startswith(f"{y}-")]
        best = max(of_year, key=lambda mid: per_meeting.get(mid, 0))
        assert kind[best] == "forum"


def test_every_dated_row_falls_within_2009_2012(t):
    found = [int(m["date"][:4]) for m in t["meetings"]]
    found += [int(s["year"]) for s in t["savings"]]
    found += [int(f["year"]) for f in t["fees"]]
    found += [int(p["start_year"]) for p in t["projects"]]
    found += [int(o[c]) for o in t["organizations"] for c in ("joined_year", "left_year") if o[c]]
    assert min(found) == 2009 and max(found) == 2012
    assert all(m["date"][4] == "-" and len(m["date"]) == 10 for m in t["meetings"])


def test_savings(t):
    savings = t["savings"]
    assert 40 <= len(savings) <= 70
    kinds = {o["org_id"]: o["kind"] for o in t["organizations"]}
    start = {p["project_id"]: int(p["start_year"]) for p in t["projects"]}
    for area in ("economic", "environmental", "social", "labour"):
        flags = {s["verified"] for s in savings if s["policy_area"] == area}
        assert flags == {"true", "false"}, area
    assert all(kinds[s["authority_org_id"]] == "local_authority" for s in savings)
    assert all(start[s["project_id"]] <= int(s["year"]) for s in savings)
    assert {s["method"] for s in savings} == {
        "budget_saving",
        "avoided_cost",
        "in_kind",
        "co_funding",
        "volunteer_time",
        "other",
    }
    amounts = [float(s["amount_eur"]) for s in savings]
    assert all(100 <= a <= 100_000 for a in amounts)
    assert any(not a.is_integer() for a in amounts)
    assert all(s["note"] for s in savings)


def test_every_partnership_type_is_present(t):
    orgs = {o["org_id"]: o for o in t["organizations"]}
    lead = {p["project_id"]: p["lead_org_id"] for p in t["projects"]}
    taking_part: dict[str, list[str]] = {}
    for row in t["project_partners"]:
        taking_part.setdefault(row["project_id"], [lead[row["project_id"]]]).append(row["org_id"])
    types: dict[str, int] = {}
    across_sizes = 0
    for ids in taking_part.values():
        kinds = [orgs[i]["kind"] for i in ids]
        businesses = [orgs[i] for i in ids if orgs[i]["kind"] in BUSINESS]
        found = []
        if len(businesses) >= 2:
            found.append("business_business")
            groups = {
                "social_enterprise"
                if b["kind"] == "social_enterprise"
                else "large"
                if b["size"] == "large"
                else "sme"
                for b in businesses
            }
            across_sizes += len(groups) > 1
        if businesses and any(k in ("ngo", "association") for k in kinds):
            found.append("business_ngo")
        if businesses and any(k in ("local_authority", "school") for k in kinds):
            found.append("business_public")
        assert found, ids  # the demo has no `other` partnership
        for name in found:
            types[name] = types.get(name, 0) + 1
    assert set(types) == {"business_business", "business_ngo", "business_public"}
    assert across_sizes > 0
    assert types["business_business"] > across_sizes  # some same-size pairs too
    public = {orgs[i]["kind"] for ids in taking_part.values() for i in ids}
    assert {"local_authority", "school", "ngo", "association", "social_enterprise"} <= public


# --- consistency ------------------------------------------------------------------------
def test_keys_are_unique(t):
    for table, key in [
        ("organizations", "org_id"),
        ("people", "person_id"),
        ("meetings", "meeting_id"),
        ("projects", "project_id"),
        ("sectors", "code"),
        ("categories", "code"),
        ("themes", "code"),
    ]:
        values = [row[key] for row in t[table]]
        assert len(values) == len(set(values)), table
    for table, key in [
        ("project_partners", ("project_id", "org_id")),
        ("attendance", ("meeting_id", "org_id")),
        ("fees", ("org_id", "year")),
    ]:
        values = [tuple(row[k] for k in key) for row in t[table]]
        assert len(values) == len(set(values)), table


def test_references_resolve(t):
    ids = {
        table: {row[key] for row in t[table]}
        for table, key in [
            ("organizations", "org_id"),
            ("people", "person_id"),
            ("meetings", "meeting_id"),
            ("projects", "project_id"),
            ("sectors", "code"),
            ("categories", "code"),
            ("themes", "code"),
        ]
    }
    person_org = {p["person_id"]: p["org_id"] for p in t["people"]}
    assert all(p["org_id"] in ids["organizations"] for p in t["people"])
    assert all(o["sector"] in ids["sectors"] for o in t["organizations"] if o["sector"])
    for m in t["meetings"]:
        assert not m["theme"] or m["theme"] in ids["themes"]
    for a in t["attendance"]:
        assert a["meeting_id"] in ids["meetings"] and a["org_id"] in ids["organizations"]
        assert not a["person_id"] or person_org[a["person_id"]] == a["org_id"]
    for p in t["projects"]:
        assert p["lead_org_id"] in ids["organizations"]
        assert p["category"] in ids["categories"]
        assert not p["theme"] or p["theme"] in ids["themes"]
    lead = {p["project_id"]: p["lead_org_id"] for p in t["projects"]}
    for row in t["project_partners"]:
        assert row["project_id"] in ids["projects"] and row["org_id"] in ids["organizations"]
        assert row["org_id"] != lead[row["project_id"]]
    for s in t["savings"]:
        assert s["project_id"] in ids["projects"]
        assert s["authority_org_id"] in ids["organizations"]
    for f in t["fees"]:
        assert f["org_id"] in ids["organizations"]


def test_rows_make_sense(t):
    orgs = {o["org_id"]: o for o in t["organizations"]}
    for o in t["organizations"]:
        if o["kind"] in BUSINESS:
            assert o["sector"] and o["size"], o["org_id"]
        if o["size"] and o["employees"]:
            low, high = EU_SIZE[o["size"]]
            assert low <= int(o["employees"]) <= high, o["org_id"]
        if o["left_year"]:
            assert int(o["joined_year"]) <= int(o["left_year"])
        assert o["kind"] in (
            "company",
            "social_enterprise",
            "ngo",
            "local_authority",
            "association",
            "school",
            "other",
        )
    assert {o["sector"] for o in members(t)} == {s["code"] for s in t["sectors"]}
    for p in t["projects"]:
        assert active(orgs[p["lead_org_id"]], int(p["start_year"])), p["project_id"]
        assert p["status"] in ("idea", "planned", "in_progress", "completed", "stopped")
    assert len({p["title"] for p in t["projects"]}) == 150
    for f in t["fees"]:
        assert active(orgs[f["org_id"]], int(f["year"])) and float(f["amount_eur"]) > 0
    fee_rows = sum(active(o, y) for o in members(t) for y in YEARS)
    assert len(t["fees"]) == fee_rows
    meeting_year = {m["meeting_id"]: int(m["date"][:4]) for m in t["meetings"]}
    for a in t["attendance"]:
        org = orgs[a["org_id"]]
        assert not org["joined_year"] or active(org, meeting_year[a["meeting_id"]])
    functions = {"ceo", "ehs", "rnd", "communications", "hr", "other"}
    assert all(p["function"] in functions for p in t["people"])
    assert all(p["org_id"] in {o["org_id"] for o in members(t)} for p in t["people"])


def test_export_is_marked_synthetic(t):
    (row,) = t["export"]
    assert row["synthetic"] == "true"
    assert row["exported_on"] == "2013-01-31"
    assert row["network"] and row["contact"].endswith(".example.org")
