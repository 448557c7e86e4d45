"""The Forum page presenting (`?present=1&slide=N`): one slide alone, moved through with
buttons, the URL naming the slide; its data a click away; its figures from the CSV files."""

from __future__ import annotations

import json

import pytest

from tests import expected
from tests.clicks import click_button
from tests.conftest import DEMO
from tests.hostile import as_read

FORUM = "views/forum.py"


def shown(at) -> dict[str, object]:
    """The slide as a reader takes it in: title, message, figures, whether a chart."""
    return {
        "title": at.title[0].value,
        "message": as_read(at.markdown[0].value),
        "figures": {as_read(m.label): as_read(m.value) for m in at.metric},
        "chart": len(at.get("vega_lite_chart")),
    }


def test_a_link_opens_a_slide_alone(app):
    at = app(FORUM, present="1", slide="3", lang="en")
    assert not at.exception, at.exception
    slide = shown(at)
    started, _ = expected.projects(DEMO, range(2009, 2013))
    assert slide["title"] == "Projects by category"
    assert slide["figures"]["Projects"] == str(started)
    assert slide["chart"] == 1
    assert not at.warning and not at.info  # no page header, no notices: the slide alone
    assert [b.label for b in at.button if b.proto.id.endswith("present_start")] == []
    assert "Slide 3 of 8" in [m.value for m in at.markdown]


def test_the_headline_is_the_last_selected_year_against_the_year_before(app):
    at = app(FORUM, present="1", years="2010-2011", lang="it")
    slide = shown(at)
    assert slide["title"] == "Il 2011 in cifre"
    members = expected.companies_involved(DEMO, range(2011, 2012))
    before = expected.companies_involved(DEMO, range(2010, 2011))
    assert slide["figures"]["Imprese socie"] == str(members)
    [delta] = [as_read(m.proto.delta) for m in at.metric if m.label == "Imprese socie"]
    assert delta == f"{members - before:+d} sul 2010".replace("-", "−")
    verified = expected.savings(DEMO, range(2011, 2012), verified=True)
    assert slide["figures"]["Risparmi verificati"] == f"{verified:,.0f}\u00a0€".replace(",", ".")


def test_the_buttons_move_through_the_slides_and_the_url_follows(app):
    at = app(FORUM, present="1", lang="en")
    assert shown(at)["title"] == "2012 in figures"
    assert at.button(key="present_previous").disabled
    click_button(at, "present_next")
    assert at.query_params["slide"] == "2" and shown(at)["title"].startswith("Who takes part")
    for _ in range(10):  # past the last slide, Next stays there
        if at.button(key="present_next").disabled:
            break
        click_button(at, "present_next")
    assert at.query_params["slide"] == "8"
    click_button(at, "present_previous")
    assert at.query_params["slide"] == "7" and shown(at)["title"] == "Highlight projects"


def test_the_next_slide_asks_the_export_nothing_again(app, monkeypatch):
    """Every slide is built on each run; their answers are kept, so moving on asks none."""
    import cachetools

    from dashboard.store import queries
    from dashboard.ui import answers

    asked = []
    real = queries.query
    monkeypatch.setattr(queries, "query", lambda c, n, p: asked.append(n) or real(c, n, p))
    monkeypatch.setattr(answers, "_KEPT", cachetools.LRUCache(answers.CELLS, answers._cells))
    at = app(FORUM, present="1", lang="en")
    first = len(asked)
    assert first > 8
    click_button(at, "present_next")
    assert shown(at)["title"].startswith("Who takes part") and len(asked) == first


@pytest.mark.parametrize(("slide", "key"), [("4", "present_page_down"), ("6", "present_page_up")])
def test_the_clicker_keys_move_too(app, slide, key):
    at = app(FORUM, present="1", slide=slide)
    click_button(at, key)
    assert at.query_params["slide"] == str(int(slide) + (1 if key.endswith("down") else -1))


@pytest.mark.parametrize("slide", ["0", "9", "x", "-1", "2.5", ""])
def test_a_slide_that_does_not_exist_opens_the_first(app, slide):
    at = app(FORUM, present="1", slide=slide, lang="en")
    assert not at.exception
    assert shown(at)["title"] == "2012 in figures"


def test_present_and_exit(app):
    at = app(FORUM, lang="en", sector="ceramic_tiles")
    click_button(at, "present_start")
    assert at.query_params["present"] == "1" and at.query_params["slide"] == "1"
    assert at.query_params["sector"] == "ceramic_tiles"  # the filters stay
    click_button(at, "present_exit")
    assert "present" not in at.query_params and "slide" not in at.query_params
    assert at.query_params["sector"] == "ceramic_tiles"
    assert at.title[0].value == "The results of 2012"


def test_the_data_button_shows_the_table_behind_the_chart(app):
    at = app(FORUM, present="1", slide="6", lang="en")
    assert not at.dataframe
    click_button(at, "present_data")
    [table] = at.dataframe
    areas = table.value.iloc[:, 0].tolist()
    assert areas == ["Economic", "Environmental", "Social", "Labour"]


@pytest.mark.parametrize("slide", [str(n) for n in range(2, 9)])
def test_no_chart_text_is_under_24_px(app, slide):
    at = app(FORUM, present="1", slide=slide)
    for chart in at.get("vega_lite_chart"):
        spec = json.loads(chart.proto.spec)
        sizes = [v for k, v in _walk(spec) if k.endswith("ontSize") and isinstance(v, int | float)]
        assert sizes and min(sizes) >= 24


def _walk(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key not in ("datasets", "data"):
                yield key, value
                yield from _walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item)
