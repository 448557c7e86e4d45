"""Chart builders: valid Vega-Lite in the page's language, clickable where asked, and
rendered offline for slides."""

import json
import re

import pandas as pd
import pytest

from dashboard.ui import charts

CATEGORIES = pd.DataFrame(
    {
        "category": ["environment", "reporting"],
        "label": ["Ambiente", "Rendicontazione"],
        "n": [7, 3],
    }
)
YEARLY = pd.DataFrame(
    {
        "year": [2011, 2011, 2012],
        "area": ["Sociale", "Ambientale", "Sociale"],
        "amount": [1200.5, 800.0, 300.0],
    }
)


def spec(chart) -> dict:
    return chart.to_dict()


def test_bars_carry_the_locale_the_name_and_the_click():
    chart = charts.bars(
        CATEGORIES,
        code="category",
        label="label",
        value="n",
        value_title="Progetti",
        lang="it",
        description="Progetti per categoria",
        select="category",
    )
    d = spec(chart)
    assert d["config"]["locale"]["number"]["decimal"] == ","
    assert d["description"] == "Progetti per categoria"
    params = d["params"]
    assert params[0]["name"] == "category" and params[0]["select"]["fields"] == ["category"]
    # biggest first, in an explicit order the browser cannot reshuffle
    assert d["layer"][0]["encoding"]["y"]["sort"] == ["Ambiente", "Rendicontazione"]


def test_bars_highlight_the_chosen_code():
    d = spec(
        charts.bars(
            CATEGORIES,
            code="category",
            label="label",
            value="n",
            value_title="n",
            lang="en",
            description="d",
            highlight="reporting",
        )
    )
    opacity = d["layer"][0]["encoding"]["opacity"]
    assert "reporting" in json.dumps(opacity["condition"]) and opacity["value"] == 0.35


@pytest.mark.parametrize("lang", ["it", "en"])
def test_money_axes_follow_the_language_in_exported_images(lang):
    chart = charts.stacked_bars(
        YEARLY,
        x="year",
        x_title="Anno",
        stack="area",
        stack_order=["Ambientale", "Sociale"],
        value="amount",
        value_title="Euro",
        lang=lang,
        description="d",
        money=True,
    )
    svg = charts.to_svg(charts.for_slides(chart, "Risparmi", "Rete · dati al 31 gennaio 2013"))
    text = svg.decode("utf-8")
    assert ("2.000\u00a0€" in text) if lang == "it" else ("€2,000" in text)
    assert "Rete · dati al 31 gennaio 2013" in text
    assert charts.to_png(chart).startswith(b"\x89PNG")


def test_heatmap_and_lines_build():
    matrix = pd.DataFrame({"a": ["x", "x", "y"], "b": ["p", "q", "p"], "n": [1, 5, 2]})
    d = spec(
        charts.heatmap(
            matrix, x="a", y="b", value="n", x_title="A", y_title="B", value_title="N",
            lang="it", description="d",
        )
    )  # fmt: skip
    assert d["layer"][1]["mark"]["type"] == "text"
    d = spec(
        charts.lines(
            YEARLY, x="year", x_title="Anno", series="area", series_order=["Ambientale", "Sociale"],
            value="amount", value_title="Euro", lang="en", description="d", money=True,
        )
    )  # fmt: skip
    assert d["encoding"]["strokeDash"]["scale"]["range"][1] == [6, 3]


# --- whole numbers: a small count scale never shows 0, 1, 1, 2 --------------------------
def svg_labels(chart) -> list[list[str]]:
    """The texts of each axis and legend of the rendered image, one list per axis/legend."""
    svg = charts.to_svg(chart).decode("utf-8")
    axes = re.findall(r'class="mark-text role-axis-label"[^>]*>(.*?)</g>', svg)
    # Vega draws each legend entry in a group of its own: all entries of the image together
    entries = re.findall(r'class="mark-text role-legend-label"[^>]*>(.*?)</g>', svg)
    return [re.findall(r"<text[^>]*>(.*?)</text>", group) for group in [*axes, "".join(entries)]]


SMALL = pd.DataFrame(
    {
        "years_member": [1, 1, 2, 3],
        "status": ["Uscite", "Ancora socie", "Ancora socie", "Uscite"],
        "members": [1, 2, 1, 3],
        "label": ["Uno", "Due", "Tre", "Quattro"],
        "code": ["a", "b", "c", "d"],
        "text": ["1", "2", "1", "3"],
        "date": pd.to_datetime(["2010-05-01", "2010-09-01", "2011-05-01", "2011-09-01"]),
    }
)
NODES = pd.DataFrame(
    {
        "org_id": ["A", "B", "C"],
        "x": [0.1, 0.5, 0.9],
        "y": [0.2, 0.8, 0.4],
        "kind": ["Impresa", "ONG", "Impresa"],
        "projects": [1, 2, 3],
        "named": ["Alfa", "", ""],
    }
)
EDGES = pd.DataFrame(
    {"x": [0.1, 0.5], "y": [0.2, 0.8], "x2": [0.5, 0.9], "y2": [0.8, 0.4], "weight": [1, 2]}
)
COUNT_CHARTS = {
    "yearly_bars": lambda: charts.yearly_bars(
        pd.DataFrame({"year": [2010, 2010, 2011], "measure": ["A", "B", "A"], "value": [1, 3, 2]}),
        "it",
        "d",
    ),
    "bars": lambda: charts.bars(
        SMALL, code="code", label="label", value="members", value_title="N", lang="it",
        description="d",
    ),
    "stacked_bars": lambda: charts.stacked_bars(
        SMALL, x="years_member", x_title="Anni", stack="status",
        stack_order=["Uscite", "Ancora socie"], value="members", value_title="N", lang="it",
        description="d",
    ),
    "lines": lambda: charts.lines(
        SMALL, x="years_member", x_title="Anni", series="status",
        series_order=["Uscite", "Ancora socie"], value="members", value_title="N", lang="it",
        description="d",
    ),
    "text_bars": lambda: charts.text_bars(
        SMALL, label="label", value="members", text="text", value_title="N", lang="it",
        description="d",
    ),
    "dated_points": lambda: charts.dated_points(
        SMALL, date="date", value="members", series="status",
        series_order=["Uscite", "Ancora socie"], value_title="N", lang="it", description="d",
    ),
    "paired_bars": lambda: charts.paired_bars(
        SMALL, code="code", label="label", series="status",
        series_order=["Uscite", "Ancora socie"], value="members", value_title="N", lang="it",
        description="d", value_format=",d",
    ),
    "network": lambda: charts.network(
        NODES, EDGES, group="kind", group_order=["Impresa", "ONG"], size="projects",
        size_title="Progetti", label="named", narrow_labels=1,
        tooltip=[("projects", "Progetti")], lang="it", description="d",
    ),
}  # fmt: skip


def quantitative_guides(node) -> list[dict]:
    """Every axis and legend of a quantitative channel in the spec (x, y, size...)."""
    found = []
    if isinstance(node, dict):
        if node.get("type") == "quantitative" and "field" in node:
            for guide in ("axis", "legend"):
                if isinstance(node.get(guide), dict):
                    found.append(node[guide])
        for value in node.values():
            found += quantitative_guides(value)
    elif isinstance(node, list):
        for value in node:
            found += quantitative_guides(value)
    return found


@pytest.mark.parametrize("name", sorted(COUNT_CHARTS))
def test_count_scales_step_by_whole_numbers(name):
    chart = COUNT_CHARTS[name]()
    guides = [g for g in quantitative_guides(chart.to_dict()) if g.get("format") in (",d", "d")]
    assert guides, "a count axis or legend"
    assert all(guide.get("tickMinStep") == 1 for guide in guides), guides
    # and as drawn: no number twice on one axis or legend, none with a fraction
    for labels in svg_labels(charts.for_slides(chart, "Titolo", "Fonte")):
        numbers = [label for label in labels if re.fullmatch(r"[\d.,\s]+", label)]
        assert len(numbers) == len(set(numbers)), labels
        assert all("," not in number for number in numbers), labels  # Italian decimal comma


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (1, 3, [1, 2, 3]),
        (1, 12, [2, 4, 6, 8, 10, 12]),
        (4, 4, [4]),
        (0, 1000, [0, 200, 400, 600, 800, 1000]),
        (float("nan"), float("nan"), []),
    ],
)
def test_a_count_legend_lists_round_whole_numbers(low, high, expected):
    assert charts.whole_steps(low, high) == expected


def _bars(frame: pd.DataFrame, lang: str = "it", highlight: str | None = None):
    return charts.bars(
        frame,
        code="category",
        label="label",
        value="n",
        value_title="Progetti",
        lang=lang,
        description="Progetti per categoria",
        select="category",
        highlight=highlight,
    )


def test_the_same_data_and_words_give_back_the_chart_built_before():
    first = _bars(CATEGORIES.copy())
    assert _bars(CATEGORIES.copy()) is first  # equal data, another frame
    assert _bars(CATEGORIES.assign(n=[7, 4])) is not first  # one value differs
    assert _bars(CATEGORIES.rename(columns={"n": "m"}).rename(columns={"m": "n"})) is first
    assert _bars(CATEGORIES.iloc[::-1]) is not first  # the order is part of the data
    assert _bars(CATEGORIES, lang="en") is not first
    assert _bars(CATEGORIES, highlight="reporting") is not first
    # what it gives back is what the builder makes
    assert spec(_bars(CATEGORIES, lang="en"))["config"]["locale"]["number"]["decimal"] == "."


def test_a_chart_s_spec_is_made_once(monkeypatch):
    chart = _bars(CATEGORIES.assign(n=[11, 13]))
    made = []
    real = type(chart).to_dict

    def counted(self, *args, **kwargs):
        made.append(self)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(type(chart), "to_dict", counted)
    first = charts.vega_lite(chart)
    assert charts.vega_lite(chart) is first
    assert charts.vega_lite(_bars(CATEGORIES.assign(n=[11, 13]))) is first
    assert len(made) == 1
    assert first == real(chart)


@pytest.mark.parametrize("lang", ["it", "en"])
def test_every_chart_the_pages_and_slides_draw_is_valid_vega_lite(app, monkeypatch, lang):
    """Altair's schema checks are off at run time (see `charts`), so here every chart each
    page and each slide draws is checked against the Vega-Lite schema."""
    from dashboard.routes import PAGES

    drawn = []
    real = charts.vega_lite
    monkeypatch.setattr(charts, "vega_lite", lambda chart: drawn.append(chart) or real(chart))
    for file, *_ in PAGES:
        assert not app(file, lang=lang).exception
    for slide in range(1, 9):
        assert not app("views/forum.py", present="1", slide=str(slide), lang=lang).exception
    assert len({id(chart) for chart in drawn}) >= 30
    for chart in drawn:
        chart.to_dict(validate=True)  # raises on any part the schema does not allow
