"""The Partnerships page: its queries on a hand-made export, the page on the demo.

The queries run on `tests/fixtures/small` plus two projects, so that every partnership
type occurs (see tests/test_queries.py for the small export):
  P1 lead A (company, large), 2010, partners B (company, small) and P (local authority):
     business_business across sizes (large + SME) and business_public; 2 partners.
  P3 lead C (social enterprise), 2011, partner N (NGO): business_ngo; one business only,
     so not across sizes; 1 partner.
  P5 lead P (local authority), 2011, partner N: no business at all, so `other`; 1 partner.
  P6 lead D (company, medium), 2011, partner B: two SMEs, business_business of the same
     size; 1 partner.
  P2 (B, 2010) and P4 (D, 2011) have no partner.
Worked out by hand:
- projects 6, in partnership 4 (P1 P3 P5 P6), across sizes 1 (P1); partners (as partner,
  never as lead) B, P, N = 3; organizations involved A B P C N D = 6.
- by type: each type 1 project, a quarter of the 4: five types for four projects, so the
  shares add up to 125%.
- by year: 2010 projects 2, partnered 1 (P1), across 1, partners B P = 2; 2011 projects 4,
  partnered 3 (P3 P5 P6), across 0, partners N B = 2.
- partners per project: 1 partner: P3 P5 P6 = 3; 2 partners: P1 = 1.
- network: links A-B, A-P, B-P (P1), C-N (P3), N-P (P5), B-D (P6), each one project.
  B works with A, P, D (3) in 2 projects; P with A, B, N (3) in 2, leads P5; N with C, P (2)
  in 2; A with B, P (2) in 1; C with N, D with B (1 each) in 1. Order: partners, then
  projects, then name: Beta, Comune di Prova, Amici ONG, Alfa, Delta, Gamma.
- pairs of businesses: A-B (large, SME) in P1, B-D (SME, SME) in P6; C is alone in P3.
- Sector textile: leads B and D, so P2, P4, P6: one in partnership (P6), partners B.
- Size social_enterprise: lead C, so P3 only. Years 2010: P1, P2.
- Clicked type business_public: only P1 (the tile's share stays of all 6 projects).
"""

from __future__ import annotations

import itertools
import shutil
from collections import Counter
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

from dashboard.export.load import load_export
from dashboard.store.filters import Filters, sql_params
from dashboard.store.queries import query
from dashboard.ui import charts, network
from dashboard.words.codes import code_labels
from tests.clicks import click_bar
from tests.expected import BUSINESS, rows, selected, size_group
from tests.folds import unfold
from tests.test_queries import SMALL

DEMO = Path(__file__).parent.parent / "data"
PAGE = "views/partnerships.py"
NODE_COLUMNS = (
    "Organization", "Kind of organization", "Projects", "As lead", "Partners", "Works with"
)  # fmt: skip
ALL = Filters()


@pytest.fixture(scope="module")
def richer(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("partnerships") / "export"
    shutil.copytree(SMALL, folder)
    with open(folder / "projects.csv", "a", encoding="utf-8") as handle:
        handle.write("P5,Orti urbani,P,environment,,2011,planned,,\n")
        handle.write("P6,Filiera corta,D,environment,,2011,planned,,\n")
    with open(folder / "project_partners.csv", "a", encoding="utf-8") as handle:
        handle.write("P5,N,\nP6,B,\n")
    return folder


@pytest.fixture(scope="module")
def cursor(richer):
    result = load_export(richer)
    assert result.ok, result.problems
    return result.con.cursor()


def ask(
    cursor,
    name: str,
    filters: Filters = ALL,
    ptype: str | None = None,
    businesses_only=False,
    among=None,
) -> list[tuple]:
    params = sql_params(filters, (2010, 2011)) | {
        "drill_ptype": ptype,
        "businesses_only": businesses_only,
        "among": among,
    }
    frame = query(cursor, name, params)
    return [
        tuple(None if pd.api.types.is_scalar(v) and pd.isna(v) else v for v in row)
        for row in frame.itertuples(index=False)
    ]


@pytest.mark.parametrize(
    ("filters", "ptype", "expected"),
    [
        (ALL, None, (6, 4, 1, 3, 6)),
        (Filters(sectors=("textile",)), None, (3, 1, 0, 1, 2)),
        (Filters(sizes=("social_enterprise",)), None, (1, 1, 0, 1, 2)),
        (Filters(years=(2010, 2010)), None, (2, 1, 1, 2, 3)),
        (ALL, "business_public", (6, 1, 1, 2, 3)),
        (ALL, "other", (6, 1, 0, 1, 2)),
        (ALL, "business_business_same_size", (6, 1, 0, 1, 2)),
        (Filters(years=(2010, 2010)), "business_ngo", (2, 0, 0, 0, 0)),
    ],
)
def test_summary(cursor, filters, ptype, expected):
    # projects, in partnership, across sizes, partners involved, organizations involved
    assert ask(cursor, "partnerships_summary", filters, ptype) == [expected]


def test_by_type_counts_each_type_and_ignores_the_click(cursor):
    expected = [
        ("business_business_across_sizes", 1, 0.25),
        ("business_business_same_size", 1, 0.25),
        ("business_ngo", 1, 0.25),
        ("business_public", 1, 0.25),
        ("other", 1, 0.25),
    ]
    assert ask(cursor, "partnerships_by_type") == expected
    assert ask(cursor, "partnerships_by_type", ptype="other") == expected
    textile = ask(cursor, "partnerships_by_type", Filters(sectors=("textile",)))
    assert [(code, n) for code, n, _ in textile if n] == [("business_business_same_size", 1)]


def test_by_type_with_no_partnership_has_no_share(cursor):
    frame = query(
        cursor,
        "partnerships_by_type",
        sql_params(Filters(sizes=("large",), years=(2011, 2011)), (2010, 2011)),
    )
    assert frame["projects"].tolist() == [0] * 5
    assert frame["share"].isna().all()


def test_by_year(cursor):
    assert ask(cursor, "partnerships_by_year") == [(2010, 2, 1, 1, 2), (2011, 4, 3, 0, 2)]
    # the year before the selection comes along, for the tiles' change
    assert ask(cursor, "partnerships_by_year", Filters(years=(2011, 2011)), "other") == [
        (2010, 2, 0, 0, 0),
        (2011, 4, 1, 0, 1),
    ]


def test_partner_counts(cursor):
    assert ask(cursor, "partnerships_partner_counts") == [(1, 3), (2, 1)]
    assert ask(cursor, "partnerships_partner_counts", ptype="business_public") == [(2, 1)]


def test_network_nodes(cursor):
    nodes = ask(cursor, "partnerships_network_nodes")
    assert [row[:7] for row in nodes] == [
        ("B", "Beta Srl", "company", "sme", 2, 0, 3),
        ("P", "Comune di Prova", "local_authority", None, 2, 1, 3),
        ("N", "Amici ONG", "ngo", None, 2, 0, 2),
        ("A", "Alfa Spa", "company", "large", 1, 1, 2),
        ("D", "Delta Spa", "company", "sme", 1, 1, 1),
        ("C", "Gamma Coop", "social_enterprise", "social_enterprise", 1, 1, 1),
    ]
    assert nodes[0][7] == "Alfa Spa, Comune di Prova, Delta Spa"


def test_network_edges(cursor):
    assert ask(cursor, "partnerships_network_edges") == [
        ("A", "B", "Alfa Spa", "Beta Srl", 1, "large", "sme"),
        ("A", "P", "Alfa Spa", "Comune di Prova", 1, "large", None),
        ("N", "P", "Amici ONG", "Comune di Prova", 1, None, None),  # "Al" before "Am"
        ("B", "P", "Beta Srl", "Comune di Prova", 1, "sme", None),
        ("B", "D", "Beta Srl", "Delta Spa", 1, "sme", "sme"),
        ("C", "N", "Gamma Coop", "Amici ONG", 1, "social_enterprise", None),
    ]
    assert ask(cursor, "partnerships_network_edges", ptype="business_business_same_size") == [
        ("B", "D", "Beta Srl", "Delta Spa", 1, "sme", "sme")
    ]
    # the pairs of two businesses: no local authority or NGO at either end
    assert ask(cursor, "partnerships_network_edges", businesses_only=True) == [
        ("A", "B", "Alfa Spa", "Beta Srl", 1, "large", "sme"),
        ("B", "D", "Beta Srl", "Delta Spa", 1, "sme", "sme"),
    ]
    # the pairs among some organizations (those a drawing shows): both ends among them
    assert ask(cursor, "partnerships_network_edges", among=["B", "P", "N"]) == [
        ("N", "P", "Amici ONG", "Comune di Prova", 1, None, None),
        ("B", "P", "Beta Srl", "Comune di Prova", 1, "sme", None),
    ]
    assert ask(cursor, "partnerships_network_edges", among=[]) == []


def test_size_pairs(cursor):
    cells = {(one, other): (pairs, projects) for one, other, pairs, projects in ask(
        cursor, "partnerships_size_pairs"
    )}  # fmt: skip
    assert len(cells) == 9
    assert {key: value for key, value in cells.items() if value != (0, 0)} == {
        ("large", "sme"): (1, 1),
        ("sme", "large"): (1, 1),
        ("sme", "sme"): (1, 1),
    }


def test_projects_records(cursor):
    records = query(
        cursor, "partnerships_projects", sql_params(ALL, (2010, 2011)) | {"drill_ptype": None}
    )
    assert records["project_id"].tolist() == ["P1", "P3", "P5", "P6"]
    first = records.iloc[0]
    assert first["lead"] == "Alfa Spa" and first["partners"] == "Beta Srl, Comune di Prova"
    assert sorted(first["ptypes"]) == ["business_business_across_sizes", "business_public"]


def test_layout_is_repeatable_and_fills_the_frame():
    nodes = pd.DataFrame({"org_id": ["a", "b", "c", "d", "e"]})
    edges = pd.DataFrame(
        {"source_id": ["a", "a", "d"], "target_id": ["b", "c", "e"], "projects": [2, 1, 1]}
    )
    placed, lines = network.layout(nodes, edges)
    again, _ = network.layout(nodes.iloc[::-1], edges.iloc[::-1])
    assert placed.set_index("org_id")[["x", "y"]].equals(
        again.set_index("org_id")[["x", "y"]].loc[placed["org_id"]]
    )
    for axis in ("x", "y"):
        assert placed[axis].min() == 0 and placed[axis].max() == 1
    # each line ends where its organizations are drawn
    where = placed.set_index("org_id")
    assert lines["x"].tolist() == where.loc[lines["source_id"], "x"].tolist()
    assert lines["y2"].tolist() == where.loc[lines["target_id"], "y"].tolist()
    # the larger group sits above the smaller one, which does not fly off
    assert where.loc[["a", "b", "c"], "y"].min() > where.loc[["d", "e"], "y"].max()
    empty, no_lines = network.layout(nodes.iloc[0:0], edges.iloc[0:0])
    assert empty.empty and no_lines.empty


def test_network_chart_tells_kinds_apart_without_colour():
    kinds = ["Company", "NGO", "School"]
    nodes = pd.DataFrame(
        {
            "x": [0.0, 0.5, 1.0],
            "y": [0.0, 1.0, 0.5],
            "kind": kinds,
            "projects": [3, 1, 1],
            "name": ["Alfa", "Beta", "Gamma"],
            "named": ["Alfa", "Beta", ""],
        }
    )
    edges = pd.DataFrame({"x": [0.0], "y": [0.0], "x2": [0.5], "y2": [1.0], "weight": [2]})
    spec = charts.network(
        nodes, edges, group="kind", group_order=kinds, size="projects", size_title="Projects",
        label="named", narrow_labels=1, tooltip=[("name", "Name"), ("projects", "Projects")],
        lang="en", description="Network of three",
    ).to_dict()  # fmt: skip
    points = spec["layer"][1]["encoding"]
    shapes = points["shape"]["scale"]["range"]
    assert len(set(shapes)) == 3 and points["shape"]["scale"]["domain"] == kinds
    assert points["color"]["scale"]["range"] == list(charts.PALETTE[:3])
    assert [t["title"] for t in points["tooltip"]] == ["Name", "Projects"]
    assert points["tooltip"][1]["format"] == ",d"
    assert spec["description"] == "Network of three"
    # names: the first one always, the others only on a wide chart
    filters = [layer["transform"] for layer in spec["layer"][2:]]
    assert all("datum.label_rank < 1 || width >= 560" in str(f) for f in filters)


# --- the page on the demo, against figures counted straight from the CSV files ---


def demo_partnerships(years=range(2009, 2013), sectors=(), sizes=(), ptype=None) -> dict:
    """Partnership figures of the demo by the contract's rules, with plain `csv`."""
    orgs = {o["org_id"]: o for o in rows(DEMO, "organizations")}
    members: dict[str, set[str]] = {}
    for row in rows(DEMO, "project_partners"):
        members.setdefault(row["project_id"], set()).add(row["org_id"])
    chosen = {}
    for project in rows(DEMO, "projects"):
        lead = orgs[project["lead_org_id"]]
        if int(project["start_year"]) in years and selected(lead, sectors, sizes):
            chosen[project["project_id"]] = project
    partnered = {}
    for pid in chosen:
        if pid in members:
            everyone = members[pid] | {chosen[pid]["lead_org_id"]}
            kinds = [orgs[o]["kind"] for o in everyone]
            businesses = sum(k in BUSINESS for k in kinds)
            groups = {size_group(orgs[o]) for o in everyone} - {None}
            types = set()
            if businesses >= 2:
                types.add(
                    "business_business_across_sizes"
                    if len(groups) > 1
                    else "business_business_same_size"
                )
            if businesses and any(k in ("ngo", "association") for k in kinds):
                types.add("business_ngo")
            if businesses and any(k in ("local_authority", "school") for k in kinds):
                types.add("business_public")
            partnered[pid] = (everyone, types or {"other"}, len(groups) > 1)
    by_type = Counter(t for _, types, _ in partnered.values() for t in types)
    if ptype:
        partnered = {pid: v for pid, v in partnered.items() if ptype in v[1]}
    links: Counter = Counter()
    for everyone, _, _ in partnered.values():
        links.update(itertools.combinations(sorted(everyone), 2))
    partners_of: dict[str, set[str]] = {}
    for one, other in links:
        partners_of.setdefault(one, set()).add(other)
        partners_of.setdefault(other, set()).add(one)
    pairs: Counter = Counter()
    for everyone, _, _ in partnered.values():
        firms = sorted(o for o in everyone if size_group(orgs[o]))
        for one, other in itertools.combinations(firms, 2):
            pairs[(size_group(orgs[one]), size_group(orgs[other]))] += 1
    return {
        "projects": len(chosen),
        "partnered": len(partnered),
        "across": sum(across for _, _, across in partnered.values()),
        "partners": len({o for pid in partnered for o in members[pid]}),
        "organizations": len(partners_of),
        "by_type": by_type,
        "links": links,
        "degree": {org: len(found) for org, found in partners_of.items()},
        "pairs": pairs,
        "names": {org: orgs[org]["name"] for org in orgs},
    }


def tiles(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def table(at, *columns: str) -> pd.DataFrame:
    """The table on the page with exactly these columns (its fold opened)."""
    found = [el.value for el in unfold(at).dataframe if list(el.value.columns) == list(columns)]
    assert len(found) == 1, columns
    return found[0]


def open_page(app, **params):
    at = app(PAGE, **params)
    assert not at.exception, at.exception
    return at


def test_page_on_the_demo(app):
    at = open_page(app)
    want = demo_partnerships()
    figures = tiles(at)
    assert figures["Progetti in partnership"] == str(want["partnered"]) == "50"
    assert figures["Partner coinvolti"] == str(want["partners"])
    assert figures["Tra dimensioni diverse"] == str(want["across"])
    captions = [c.value for c in at.caption]
    assert "33,3% dei progetti" in captions
    assert f"{want['organizations']} organizzazioni in tutto, capofila compresi" in captions
    assert any("più del 100%" in c for c in captions)
    assert len(at.get("vega_lite_chart")) == 6


def test_page_tables_match_the_csv_files(app):
    at = open_page(app, lang="en")
    want = demo_partnerships()
    by_type = table(at, "Partnership type", "Projects", "Share of the projects in partnership")
    shown = dict(zip(by_type["Partnership type"], by_type["Projects"], strict=True))
    assert shown == {
        "Businesses of different sizes": want["by_type"]["business_business_across_sizes"],
        "Businesses of the same size": want["by_type"]["business_business_same_size"],
        "Business with NGO or association": want["by_type"]["business_ngo"],
        "Business with local authority or school": want["by_type"]["business_public"],
        "Other partnership": want["by_type"]["other"],
    }
    assert sum(shown.values()) > want["partnered"]  # several types per project
    nodes = table(at, *NODE_COLUMNS)
    names = want["names"]
    assert dict(zip(nodes["Organization"], nodes["Partners"], strict=True)) == {
        names[org]: n for org, n in want["degree"].items()
    }
    edges = table(at, "Organization", "With", "Shared projects")
    assert len(edges) == len(want["links"])
    shown_links = {
        frozenset((one, other)): n
        for one, other, n in edges[["Organization", "With", "Shared projects"]].itertuples(
            index=False
        )
    }
    assert shown_links == {
        frozenset((names[a], names[b])): n for (a, b), n in want["links"].items()
    }
    assert max(want["links"].values()) > 1  # some pairs share more than one project
    matrix = table(at, "Size group", "Partner's size group", "Pairs of businesses", "Projects")
    labels = {"large": "Large companies", "sme": "SMEs", "social_enterprise": "Social enterprises"}
    cells = {
        (one, other): n
        for one, other, n in matrix[
            ["Size group", "Partner's size group", "Pairs of businesses"]
        ].itertuples(index=False)
    }
    for (one, other), n in want["pairs"].items():
        if one == other:
            assert cells[(labels[one], labels[other])] == n
        else:  # the matrix is symmetric
            both = want["pairs"][(one, other)] + want["pairs"].get((other, one), 0)
            assert cells[(labels[one], labels[other])] == both
    connectors = table(at, "Organization", "Kind of organization", "Partners", "Projects")
    top = max(want["degree"], key=want["degree"].get)
    assert connectors.iloc[0]["Organization"] == names[top]


@pytest.mark.parametrize(
    "params",
    [{"sector": "ceramic_tiles"}, {"size": "large"}, {"years": "2011-2012", "size": "sme"}],
    ids=["ceramic", "large", "2011-2012-sme"],
)
def test_page_with_filters(app, params):
    at = open_page(app, **params)
    years = range(2009, 2013)
    if "years" in params:
        years = range(2011, 2013)
    want = demo_partnerships(
        years,
        sectors={params["sector"]} if "sector" in params else (),
        sizes={params["size"]} if "size" in params else (),
    )
    figures = tiles(at)
    assert figures["Progetti in partnership"] == str(want["partnered"])
    assert figures["Partner coinvolti"] == str(want["partners"])
    assert figures["Tra dimensioni diverse"] == str(want["across"])


def test_click_on_a_type_filters_the_page(app):
    at = open_page(app)
    want = demo_partnerships(ptype="business_ngo")
    click_bar(at, "ptype", "business_ngo")
    assert not at.exception, at.exception
    assert at.query_params["ptype"] == "business_ngo"
    figures = tiles(at)
    assert figures["Progetti in partnership"] == str(want["partnered"]) == "21"
    assert figures["Partner coinvolti"] == str(want["partners"])
    assert len(table(at, "Organizzazione", "Con", "Progetti in comune")) == len(want["links"])
    # the clicked chart itself is not narrowed: it still lists every type
    by_type = table(at, "Tipo di partnership", "Progetti", "Quota dei progetti in partnership")
    every = demo_partnerships()["by_type"]
    assert by_type["Progetti"].tolist() == [
        every["business_business_across_sizes"],
        every["business_business_same_size"],
        every["business_ngo"],
        every["business_public"],
        every["other"],
    ]
    chip = at.button(key="chip_ptype")
    assert chip.label == "Tipo di partnership: Impresa con ONG o associazione"
    chip.click().run()
    assert "ptype" not in at.query_params
    assert tiles(at)["Progetti in partnership"] == "50"


def test_link_with_a_type(app):
    at = open_page(app, ptype="business_business_across_sizes", lang="en")
    want = demo_partnerships(ptype="business_business_across_sizes")
    figures = tiles(at)
    assert figures["Projects in partnership"] == str(want["partnered"])
    assert figures["Across sizes"] == str(want["partnered"])  # all of them, by definition


def test_without_project_partners_every_panel_says_not_exported(app, data_dir, tmp_path):
    folder = tmp_path / "export"
    shutil.copytree(SMALL, folder)
    (folder / "project_partners.csv").unlink()
    data_dir(folder)
    at = open_page(app)
    assert set(tiles(at).values()) == {"–"}
    notice = "project_partners.csv non è stato ancora esportato."
    assert [i.value for i in at.info] == [notice] * 6
    assert sum(c.value == notice for c in at.caption) == 3
    assert not at.get("vega_lite_chart")
    assert len(at.header) == 6 + 1  # the six sections, and the sidebar's filters


def test_small_export_in_english(app, data_dir, richer):
    data_dir(richer)
    at = open_page(app, lang="en")
    figures = tiles(at)
    assert figures == {
        "Projects in partnership": "4",
        "Partners involved": "3",
        "Across sizes": "1",
    }
    captions = [c.value for c in at.caption]
    assert "66.7% of projects" in captions and "25.0% of the projects in partnership" in captions
    deltas = {m.label: m.proto.delta for m in at.metric}
    assert deltas["Projects in partnership"] == "2011: 3, +2 on 2010"
    nodes = table(at, *NODE_COLUMNS)
    assert nodes["Organization"].tolist()[:2] == ["Beta Srl", "Comune di Prova"]
    assert nodes["Kind of organization"].tolist()[:2] == ["Company", "Local authority"]


def test_a_large_network_draws_the_best_connected_and_says_so(app, monkeypatch):

    monkeypatch.setattr(network, "MOST_DRAWN", 20)
    at = open_page(app, lang="en")
    want = demo_partnerships()
    names, degree = want["names"], want["degree"]
    assert len(degree) > 20
    caption = "The drawing shows the 20 organizations with the most partners, of "
    assert any(f"{caption}{len(degree)}," in c.value for c in at.caption)
    [drawing] = [c for c in at.get("vega_lite_chart") if "x2" in c.proto.spec]
    datasets = [
        pa.ipc.open_stream(d.data.data).read_all().to_pandas() for d in drawing.proto.datasets
    ]
    points = next(d for d in datasets if "partners" in d.columns)
    lines = next(d for d in datasets if "x2" in d.columns)
    # the 20 with the most partners (ties at the cut may go either way)
    assert len(points) == 20
    cut = sorted(degree.values(), reverse=True)[19]
    assert {degree[o] for o in points["org_id"]} >= {n for n in degree.values() if n > cut}
    assert min(degree[o] for o in points["org_id"]) == cut
    drawn = set(points["org_id"])
    assert set(lines["source_id"]) | set(lines["target_id"]) <= drawn
    among = {pair for pair in want["links"] if set(pair) <= drawn}
    assert len(lines) == len(among)
    # the table still lists every organization
    listed = table(at, *NODE_COLUMNS)
    assert sorted(listed["Organization"]) == sorted(names[org] for org in degree)


def test_the_pairs_behind_the_sizes_chart_are_the_pairs_of_two_businesses(app, data_dir, richer):
    data_dir(richer)
    at = unfold(app(PAGE, lang="en"))
    assert not at.exception, at.exception
    groups = code_labels("size_group", "en")
    records = {"With", "Partner's size group"}  # not the chart's own table
    [pairs] = [t.value for t in at.dataframe if records <= set(t.value.columns)]
    assert pairs.values.tolist() == [
        ["Alfa Spa", groups["large"], "Beta Srl", groups["sme"], 1],
        ["Beta Srl", groups["sme"], "Delta Spa", groups["sme"], 1],
    ]
