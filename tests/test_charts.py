"""Chart builders: valid Vega-Lite in the page's language, clickable where asked, and
rendered offline for slides."""

import json

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
