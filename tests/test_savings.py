"""The Savings page: its queries on the hand-made export, the page on the demo.

Worked out by hand on tests/fixtures/small (see tests/test_queries.py): leads A (services,
large), B (textile, small), C (services, social enterprise), D (textile, medium). Savings,
all for the authority P, all of projects in the category environment:
  P1 (lead A) 2010 environmental avoided_cost 1000.00 verified
  P1 (lead A) 2011 environmental budget_saving 500.00 estimated
  P3 (lead C) 2011 social        in_kind       250.50 verified
Fees: A 1000 in 2010, B 300 in 2010, nothing in 2011.
So over 2010-2011: verified 1250.50, estimated 500, verified share 1250.50 / 1750.50 =
0.714367; fees 1300, hence 1250.50 / 1300 = 0.961923 verified per euro of fees and
1750.50 / 1300 = 1.346538 verified + estimated. Large companies only (A): P1's savings,
1000 verified and 500 estimated, against A's 1000 of fees: 1.0 and 1.5. Textile (B, D):
no saving, but B's 300 of fees, so 0 saved per euro. 2011 alone: no fee paid, the ratio
is undefined (null), never 0.

The page on the demo is checked against figures counted straight from the CSV files with
the `csv` module and decimals, in this file.
"""

import shutil
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path

import pandas as pd
import pytest

from dashboard.export.load import load_export
from dashboard.store.filters import Filters, sql_params
from dashboard.store.queries import query
from dashboard.ui import charts
from tests.clicks import click_bar
from tests.conftest import DEMO
from tests.expected import rows, selected
from tests.folds import unfold

SMALL = Path(__file__).parent / "fixtures" / "small"
PAGE = "views/savings.py"
ALL_YEARS = range(2009, 2013)
NO_DRILL = {"drill_policy_area": None, "drill_method": None}
METHODS_IT = {
    "budget_saving": "Risparmio di bilancio",
    "avoided_cost": "Costo evitato",
    "in_kind": "Beni o servizi in natura",
    "co_funding": "Cofinanziamento privato",
    "volunteer_time": "Tempo di volontariato",
    "other": "Altro metodo",
}
AREAS_IT = {
    "Economico": "economic",
    "Ambientale": "environmental",
    "Sociale": "social",
    "Lavoro": "labour",
}
TILES = {
    "it": ("Risparmi verificati", "Risparmi stimati", "Quota verificata",
           "Risparmio verificato per euro di quote"),
    "en": ("Verified savings", "Estimated savings", "Verified share",
           "Verified savings per euro of fees"),
}  # fmt: skip
SPLIT = [
    "verified_eur",
    "estimated_eur",
    "budget_saving_eur",
    "avoided_cost_eur",
    "in_kind_eur",
    "co_funding_eur",
    "volunteer_time_eur",
    "other_eur",
]


# Queries on the hand-made export


@pytest.fixture(scope="module")
def cursor():
    result = load_export(SMALL)
    assert result.ok, result.problems
    return result.con.cursor()


def ask(cursor, name, filters: Filters | None = None, **drill):
    params = sql_params(filters or Filters(), (2010, 2011))
    return query(cursor, name, params | NO_DRILL | drill)


def records(frame: pd.DataFrame) -> list[tuple]:
    return [tuple(row) for row in frame.itertuples(index=False)]


@pytest.mark.parametrize(
    ("filters", "drill", "expected"),
    [
        (Filters(), {}, (1250.5, 500.0, 1250.5 / 1750.5, 0.0, 1000.0, 250.5, 3, 1300.0)),
        (Filters(sizes=("large",)), {}, (1000.0, 500.0, 1000 / 1500, 0.0, 1000.0, 0.0, 2, 1000.0)),
        # no saving, but fees paid: a real zero
        (Filters(sectors=("textile",)), {}, (0.0, 0.0, None, 0.0, 0.0, 0.0, 0, 300.0)),
        (Filters(years=(2011, 2011)), {}, (250.5, 500.0, 250.5 / 750.5, 0.0, 0.0, 250.5, 2, 0.0)),
        (Filters(), {"drill_policy_area": "social"}, (250.5, 0.0, 1.0, 0.0, 0.0, 250.5, 1, 1300.0)),
        (Filters(), {"drill_method": "budget_saving"}, (0.0, 500.0, 0.0, 0.0, 0.0, 0.0, 1, 1300.0)),
    ],
)
def test_totals(cursor, filters, drill, expected):
    [row] = records(ask(cursor, "savings_totals", filters, **drill))
    verified, estimated, share, budget, avoided, other, count, fees, per_v, per_b = row
    assert (verified, estimated, budget, avoided, other, count, fees) == (
        expected[0],
        expected[1],
        *expected[3:],
    )
    assert share == pytest.approx(expected[2]) if expected[2] is not None else pd.isna(share)


@pytest.mark.parametrize(
    ("filters", "ratios"),
    [
        (Filters(), (1250.5 / 1300, 1750.5 / 1300)),
        (Filters(sizes=("large",)), (1.0, 1.5)),
        (Filters(sectors=("textile",)), (0.0, 0.0)),
        (Filters(years=(2011, 2011)), (None, None)),  # no fee paid: undefined, not 0
    ],
)
def test_savings_per_euro_of_fees(cursor, filters, ratios):
    frame = ask(cursor, "savings_totals", filters)
    got = (frame["verified_per_fee_euro"].iloc[0], frame["both_per_fee_euro"].iloc[0])
    for value, want in zip(got, ratios, strict=True):
        assert pd.isna(value) if want is None else value == pytest.approx(want)


def test_by_area_is_not_narrowed_by_its_own_click(cursor):
    expected = [
        ("environmental", 1000.0, 500.0, 500.0, 1000.0, 0.0, 0.0, 0.0, 0.0),
        ("social", 250.5, 0.0, 0.0, 0.0, 250.5, 0.0, 0.0, 0.0),
    ]
    frame = ask(cursor, "savings_by_area")
    assert list(frame.columns) == ["policy_area", *SPLIT]
    assert records(frame) == expected
    assert records(ask(cursor, "savings_by_area", drill_policy_area="social")) == expected
    # a clicked method narrows it
    assert records(ask(cursor, "savings_by_area", drill_method="in_kind")) == [expected[1]]


def test_by_method_is_not_narrowed_by_its_own_click(cursor):
    expected = [("avoided_cost", 1000.0, 0.0), ("in_kind", 250.5, 0.0), ("budget_saving", 0, 500)]
    assert records(ask(cursor, "savings_by_method")) == expected
    assert records(ask(cursor, "savings_by_method", drill_method="in_kind")) == expected
    narrowed = ask(cursor, "savings_by_method", drill_policy_area="environmental")
    assert records(narrowed) == [("avoided_cost", 1000.0, 0.0), ("budget_saving", 0.0, 500.0)]


def test_by_year_with_fees_ratios_and_running_totals(cursor):
    frame = ask(cursor, "savings_by_year")
    assert list(frame.columns) == [
        "year",
        *SPLIT,
        "fees_eur",
        "verified_per_fee_euro",
        "both_per_fee_euro",
        "cumulative_verified_eur",
        "cumulative_both_eur",
    ]
    first, second = records(frame.fillna(-1))
    assert first == (2010, 1000, 0, 0, 1000, 0, 0, 0, 0, 1300, 1000 / 1300, 1000 / 1300, 1000, 1000)
    # 2011: no fees paid, so no ratio (null, here -1)
    assert second == (2011, 250.5, 500, 500, 0, 250.5, 0, 0, 0, 0, -1, -1, 1250.5, 1750.5)


def test_by_year_keeps_the_year_before_out_of_the_running_total(cursor):
    frame = ask(cursor, "savings_by_year", Filters(years=(2011, 2011)))
    assert frame["year"].tolist() == [2010, 2011]  # 2010 for the tiles' change
    assert pd.isna(frame["cumulative_verified_eur"].iloc[0])
    assert frame[["cumulative_verified_eur", "cumulative_both_eur"]].iloc[1].tolist() == [
        250.5,
        750.5,
    ]


def test_by_year_has_every_year_even_without_savings(cursor):
    frame = ask(cursor, "savings_by_year", Filters(sectors=("textile",)))
    assert frame["year"].tolist() == [2010, 2011]
    assert frame["verified_eur"].tolist() == [0.0, 0.0]
    assert frame["fees_eur"].tolist() == [300.0, 0.0]  # B's fee
    assert frame["verified_per_fee_euro"].iloc[0] == 0.0


def test_by_project_most_verified_first(cursor):
    frame = ask(cursor, "savings_by_project")
    assert list(frame.columns) == ["project_id", "title", "lead", *SPLIT, "title_shared"]
    assert records(frame) == [  # two titles, each of one project
        ("P1", "Pannelli solari", "Alfa Spa", 1000, 500, 500, 1000, 0, 0, 0, 0, False),
        ("P3", "Asilo aziendale", "Gamma Coop", 250.5, 0, 0, 0, 250.5, 0, 0, 0, False),
    ]
    social_enterprises = Filters(sizes=("social_enterprise",))
    assert ask(cursor, "savings_by_project", social_enterprises)["project_id"].tolist() == ["P3"]


def test_by_authority_and_by_category(cursor):
    authority = ask(cursor, "savings_by_authority")
    assert records(authority) == [
        ("P", "Comune di Prova", 1250.5, 500, 500, 1000, 250.5, 0, 0, 0),
    ]
    category = ask(cursor, "savings_by_category", drill_method="avoided_cost")
    assert records(category) == [("environment", 1000, 0, 0, 1000, 0, 0, 0, 0)]


def test_records_project_by_project(cursor):
    frame = ask(cursor, "savings_records")
    assert frame[["project_id", "year", "method", "verified", "amount_eur"]].apply(
        tuple, axis=1
    ).tolist() == [
        ("P1", 2010, "avoided_cost", True, 1000.0),
        ("P1", 2011, "budget_saving", False, 500.0),
        ("P3", 2011, "in_kind", True, 250.5),
    ]
    assert frame["authority"].unique().tolist() == ["Comune di Prova"]
    narrowed = ask(cursor, "savings_records", drill_policy_area="environmental", drill_method=None)
    assert narrowed["project_id"].tolist() == ["P1", "P1"]


def test_fee_records(cursor):
    assert records(ask(cursor, "savings_fee_records")) == [
        ("A", "Alfa Spa", 2010, 1000.0),
        ("B", "Beta Srl", 2010, 300.0),
    ]
    assert ask(cursor, "savings_fee_records", Filters(years=(2011, 2011))).empty


# The page on the demo, against an independent count from the CSV files


def demo_savings(years=ALL_YEARS, sectors=(), sizes=(), area=None, method=None) -> list[dict]:
    """Savings rows of the selection: by their year, through their project's lead."""
    orgs = {org["org_id"]: org for org in rows(DEMO, "organizations")}
    leads = {p["project_id"]: orgs[p["lead_org_id"]] for p in rows(DEMO, "projects")}
    return [
        s
        for s in rows(DEMO, "savings")
        if int(s["year"]) in years
        and selected(leads[s["project_id"]], sectors, sizes)
        and area in (None, s["policy_area"])
        and method in (None, s["method"])
    ]


def amount(savings: list[dict], verified: bool | None = None) -> Decimal:
    return sum(
        (Decimal(s["amount_eur"]) for s in savings if verified in (None, s["verified"] == "true")),
        Decimal(0),
    )


def demo_fees(years=ALL_YEARS, sectors=(), sizes=()) -> Decimal:
    orgs = {org["org_id"]: org for org in rows(DEMO, "organizations")}
    return sum(
        (
            Decimal(f["amount_eur"])
            for f in rows(DEMO, "fees")
            if int(f["year"]) in years and selected(orgs[f["org_id"]], sectors, sizes)
        ),
        Decimal(0),
    )


def euros(value: Decimal, lang: str = "it", cents: bool = False) -> str:
    """`235.157 €` / `€235,157` (`2,38 €` with cents), written here by hand."""
    digits = Decimal("0.01") if cents else Decimal(1)
    text = f"{value.quantize(digits, rounding=ROUND_HALF_EVEN):,}"
    if lang == "it":
        text = text.translate(str.maketrans(",.", ".,"))
        return f"{text}\u00a0€"
    return f"€{text}"


def tiles(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def table(at, first_column: str) -> pd.DataFrame:
    """The first table on the page whose first column is `first_column` (folds opened)."""
    found = [el.value for el in unfold(at).dataframe if el.value.columns[0] == first_column]
    assert found, first_column
    return found[0]


def every_saving(at) -> pd.DataFrame:
    """The one table in view, outside every expander: each saving, project by project."""
    folded = {id(el.proto) for e in at.expander for el in e.dataframe}
    [shown] = [el.value for el in at.dataframe if id(el.proto) not in folded]
    return shown


def url(at, name: str) -> str:
    """A URL parameter as the app last wrote it (AppTest gives lists for those it set)."""
    value = at.query_params[name]
    return value if isinstance(value, str) else value[-1]


def open_page(app, **params):
    at = app(PAGE, **params)
    assert not at.exception, at.exception
    return at


def check_tiles(at, savings, fees, lang="it"):
    verified, estimated = amount(savings, True), amount(savings, False)
    verified_tile, estimated_tile, share_tile, per_euro_tile = TILES[lang]
    figures = tiles(at)
    assert figures[verified_tile] == euros(verified, lang)
    assert figures[estimated_tile] == euros(estimated, lang)
    share = f"{verified / (verified + estimated) * 100:.1f}%"
    assert figures[share_tile] == (share.replace(".", ",") if lang == "it" else share)
    assert figures[per_euro_tile] == euros(verified / fees, lang, cents=True)
    captions = [c.value for c in at.caption]
    # the mixed total is never the headline, only a note labelled as such
    both = euros(verified + estimated, lang)
    assert ("verificati + stimati: " if lang == "it" else "verified + estimated: ") + both in (
        captions
    )


def test_page_on_the_demo(app):
    at = open_page(app)
    savings = demo_savings()
    check_tiles(at, savings, demo_fees())
    assert len(savings) == 48
    # budget savings and avoided costs told apart under the headline
    verified = [s for s in savings if s["verified"] == "true"]
    budget = amount([s for s in verified if s["method"] == "budget_saving"])
    avoided = amount([s for s in verified if s["method"] == "avoided_cost"])
    assert (
        f"di cui risparmi di bilancio {euros(budget)}, costi evitati {euros(avoided)}, "
        f"altri metodi {euros(amount(verified) - budget - avoided)}"
    ) in [c.value for c in at.caption]
    # the tile's change speaks of the last year alone
    last = {m.label: m.proto.delta for m in at.metric}["Risparmi verificati"]
    v2012 = amount(demo_savings(range(2012, 2013)), True)
    v2011 = amount(demo_savings(range(2011, 2012)), True)
    sign = "+" if v2012 >= v2011 else "−"
    assert last == f"2012: {euros(v2012)}, {sign}{euros(abs(v2012 - v2011))} sul 2011"
    assert "Mostra i dati di origine (48 righe)" in [e.label for e in at.expander]


def test_breakdowns_on_the_demo(app):
    at = open_page(app)
    savings = demo_savings()
    areas = table(at, "Ambito")
    for _, row in areas.iterrows():
        code = AREAS_IT[row["Ambito"]]
        mine = [s for s in savings if s["policy_area"] == code]
        assert Decimal(str(row["Verificati"])) == amount(mine, True)
        assert Decimal(str(row["Stimati"])) == amount(mine, False)
        budget = amount([s for s in mine if s["method"] == "budget_saving"])
        assert Decimal(str(row["di cui risparmio di bilancio"])) == budget
        avoided = amount([s for s in mine if s["method"] == "avoided_cost"])
        assert Decimal(str(row["di cui costo evitato"])) == avoided
    assert len(areas) == 4
    assert areas["Verificati"].is_monotonic_decreasing

    years = table(at, "Anno")
    assert years["Anno"].tolist() == ["2009", "2010", "2011", "2012"]
    for _, row in years.iterrows():
        mine = demo_savings(range(int(row["Anno"]), int(row["Anno"]) + 1))
        assert Decimal(str(row["Verificati"])) == amount(mine, True)
        assert Decimal(str(row["Verificati + stimati"])) == amount(mine)

    projects = table(at, "Posizione")
    totals: dict[str, Decimal] = {}
    for s in savings:
        if s["verified"] == "true":
            totals[s["project_id"]] = totals.get(s["project_id"], Decimal(0)) + amount([s])
    best = max(totals, key=totals.get)
    assert projects["Codice progetto"].iloc[0] == best
    assert Decimal(str(projects["Verificati"].iloc[0])) == totals[best]
    assert len(projects) == len({s["project_id"] for s in savings})

    every = every_saving(at)
    assert len(every) == 48
    assert every["Codice progetto"].iloc[0] == best
    assert every["Verificato o stimato"].isin(["verificato", "stimato"]).all()

    authorities = table(at, "Ente locale")
    names = {o["org_id"]: o["name"] for o in rows(DEMO, "organizations")}
    by_authority = {
        names[a]: amount([s for s in savings if s["authority_org_id"] == a], True)
        for a in {s["authority_org_id"] for s in savings}
    }
    assert {
        row["Ente locale"]: Decimal(str(row["Verificati"])) for _, row in authorities.iterrows()
    } == by_authority


def test_method_note_is_in_view_in_both_languages(app):
    for lang, heading, words in (
        ("it", "Come si conta ogni metodo", ("Risparmio di bilancio", "al netto dei costi")),
        ("en", "How each method is counted", ("Budget saving", "net of the costs")),
    ):
        at = open_page(app, lang=lang)
        notes = [m.value for m in at.markdown if heading in m.value]
        assert len(notes) == 1
        assert all(word in notes[0] for word in words)
        assert notes[0].count("\n- ") == 6  # one line per method
        # in view, not folded away in an expander
        folded = [m.value for e in at.expander for m in e.markdown]
        assert not any(heading in text for text in folded)


@pytest.mark.parametrize(
    "params",
    [
        {"sector": "ceramic_tiles"},
        {"size": "large,social_enterprise", "years": "2011-2012"},
        {"years": "2010", "lang": "en"},
    ],
)
def test_global_filters(app, params):
    at = open_page(app, **params)
    years = params.get("years", "2009-2012").split("-")
    span = range(int(years[0]), int(years[-1]) + 1)
    sectors = set(params.get("sector", "").split(",")) - {""}
    sizes = set(params.get("size", "").split(",")) - {""}
    savings = demo_savings(span, sectors, sizes)
    check_tiles(at, savings, demo_fees(span, sectors, sizes), params.get("lang", "it"))


def test_click_on_a_policy_area_filters_the_page(app):
    at = open_page(app)
    click_bar(at, "policy_area", "social")
    assert not at.exception, at.exception
    assert url(at, "policy_area") == "social"
    social = demo_savings(area="social")
    check_tiles(at, social, demo_fees())
    # the area chart itself still lists every area; the rest narrows
    assert len(table(at, "Ambito")) == 4
    assert len(every_saving(at)) == len(social)
    chip = at.button(key="chip_policy_area")
    assert chip.label == "Ambito: Sociale"
    chip.click().run()
    assert "policy_area" not in at.query_params
    check_tiles(at, demo_savings(), demo_fees())


def test_click_on_a_method_filters_the_page(app):
    at = open_page(app, policy_area="environmental")
    click_bar(at, "method", "avoided_cost")
    assert not at.exception, at.exception
    assert url(at, "method") == "avoided_cost"
    assert url(at, "policy_area") == "environmental"
    both = demo_savings(area="environmental", method="avoided_cost")
    check_tiles(at, both, demo_fees())
    assert at.button(key="chip_method").label == "Metodo: Costo evitato"
    # the method chart is narrowed by the area, not by the method: each of the area's
    methods = table(at, "Metodo")
    environmental = demo_savings(area="environmental")
    assert set(methods["Metodo"]) == {METHODS_IT[s["method"]] for s in environmental}
    assert len(every_saving(at)) == len(both)


def test_unknown_drill_value_is_ignored(app):
    at = open_page(app, policy_area="nowhere", method="guesswork")
    check_tiles(at, demo_savings(), demo_fees())
    assert not [b for b in at.button if b.key and b.key.startswith("chip_")]


def test_without_savings_the_page_says_not_exported(app, data_dir, tmp_path):
    folder = tmp_path / "export"
    shutil.copytree(DEMO, folder)
    (folder / "savings.csv").unlink()
    data_dir(folder)
    at = open_page(app)
    assert [i.value for i in at.info] == ["savings.csv non è stato ancora esportato."]
    assert not at.metric
    assert not at.get("vega_lite_chart")


def test_without_fees_the_ratio_says_not_exported(app, data_dir, tmp_path):
    folder = tmp_path / "export"
    shutil.copytree(DEMO, folder)
    (folder / "fees.csv").unlink()
    data_dir(folder)
    at = open_page(app, lang="en")
    figures = tiles(at)
    assert figures["Verified savings per euro of fees"] == "–"
    assert figures["Verified savings"] == euros(amount(demo_savings(), True), "en")
    notice = "fees.csv has not been exported yet."
    assert notice in [c.value for c in at.caption]
    assert [i.value for i in at.info] == [notice]


def test_empty_selection_gives_empty_states(app, data_dir):
    data_dir(SMALL)
    at = open_page(app, sector="textile")
    figures = tiles(at)
    assert figures["Risparmi verificati"] == "0\u00a0€"
    assert figures["Quota verificata"] == "–"
    assert figures["Risparmio verificato per euro di quote"] == "0,00\u00a0€"  # B paid 300
    # every breakdown says there is nothing; the fees panel stays, with its real zero
    assert sum("Nessun dato" in i.value for i in at.info) == 8
    assert len(at.get("vega_lite_chart")) == 1


def test_fees_table_on_the_demo(app):
    at = open_page(app, years="2011-2012")
    [worth] = [
        t
        for t in (el.value for el in unfold(at).dataframe)
        if t.columns[0] == "Anno" and "Quote pagate" in t.columns
    ]
    assert worth["Anno"].tolist() == ["2011", "2012", "Tutti gli anni scelti"]
    for label, span in (("2012", range(2012, 2013)), ("Tutti gli anni scelti", range(2011, 2013))):
        row = worth.set_index("Anno").loc[label]
        savings, fees = demo_savings(span), demo_fees(span)
        assert Decimal(str(row["Quote pagate"])) == fees
        assert row["Verificati per euro di quote"] == pytest.approx(
            float(amount(savings, True) / fees)
        )
        assert row["Verificati + stimati per euro di quote"] == pytest.approx(
            float(amount(savings) / fees)
        )


def test_paired_bars_spec():
    frame = pd.DataFrame(
        {
            "method": ["in_kind", "other", "in_kind", "other"],
            "label": ["In natura", "Altro", "In natura", "Altro"],
            "status": ["Verificati", "Verificati", "Stimati", "Stimati"],
            "amount": [200.0, 900.0, 50.0, 0.0],
        }
    )
    chart = charts.paired_bars(
        frame,
        code="method",
        label="label",
        series="status",
        series_order=["Verificati", "Stimati"],
        value="amount",
        value_title="Importo",
        lang="it",
        description="Risparmi per metodo",
        select="method",
        highlight="other",
    )
    spec = chart.to_dict()
    assert spec["description"] == "Risparmi per metodo"
    assert spec["config"]["locale"]["number"]["decimal"] == ","
    bars, labels = spec["layer"]
    [param] = spec["params"]
    assert param["name"] == "method" and param["select"]["fields"] == ["method"]
    # the frame's order, never re-sorted by the browser; verified before estimated
    assert bars["encoding"]["y"]["sort"] == ["In natura", "Altro"]
    assert bars["encoding"]["yOffset"]["sort"] == ["Verificati", "Stimati"]
    # the chosen code stands out, the others fade; each bar is labelled with its value
    assert bars["encoding"]["opacity"]["condition"]["test"] == "(datum['method'] === 'other')"
    assert labels["encoding"]["text"]["format"] == "$,.0f"
    # not by colour alone: the estimated bars have a dashed outline
    assert bars["encoding"]["strokeDash"]["scale"]["range"] == [[1, 0], [4, 2]]
    assert charts.to_svg(chart).startswith(b"<svg")
