"""The sidebar's "Azzera i filtri": on whenever anything filters the page, the page's
chart clicks included, and it takes every filter away."""

import ast
from pathlib import Path

import pytest

from dashboard.ui.shell import CHART_FILTERS
from tests.clicks import click_bar

VIEWS = Path(__file__).resolve().parent.parent / "dashboard" / "views"


def tiles(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def reset(at):
    return at.button(key="reset_filters")


def test_off_when_nothing_filters(app):
    at = app()
    assert reset(at).disabled
    at.switch_page("views/projects.py").run()
    assert reset(at).disabled


def test_a_chart_filter_from_a_link_turns_it_on_and_it_clears_it(app):
    at = app("views/projects.py", category="environment", sector="textile")
    assert at.query_params["category"] == "environment"
    assert not reset(at).disabled
    reset(at).click().run()
    assert not at.exception, at.exception
    assert "category" not in at.query_params
    assert "sector" not in at.query_params
    assert not [b for b in at.button if b.key == "chip_category"]
    assert reset(at).disabled


def test_a_click_on_a_chart_turns_it_on_in_the_same_run(app):
    at = app("views/projects.py")
    everything = tiles(at)["Progetti avviati"]
    # the click: its callback puts it in the URL before the page runs
    click_bar(at, "category", "reporting")
    assert at.query_params["category"] == "reporting"
    assert tiles(at)["Progetti avviati"] != everything
    assert not reset(at).disabled
    reset(at).click().run()
    assert not at.exception, at.exception
    assert "category" not in at.query_params
    assert tiles(at)["Progetti avviati"] == everything
    assert reset(at).disabled


def test_on_every_page_with_chart_filters(app):
    for page, param, value in [
        ("views/participation.py", "org_size", "large"),
        ("views/partnerships.py", "ptype", "business_ngo"),
        ("views/savings.py", "method", "budget_saving"),
    ]:
        at = app(page, **{param: value})
        assert not reset(at).disabled, page
        reset(at).click().run()
        assert param not in at.query_params, page


def _drill_dims(source: str) -> set[str]:
    """The URL names of every `panels.Drill(ctx, {...})` in a page's source."""
    dims = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "Drill":
            mapping = node.args[1]
            assert isinstance(mapping, ast.Dict)
            dims |= {key.value for key in mapping.keys}
    return dims


def test_the_reset_knows_every_chart_filter():
    found = set()
    for page in VIEWS.glob("*.py"):
        found |= _drill_dims(page.read_text(encoding="utf-8"))
    assert found == set(CHART_FILTERS)


@pytest.mark.parametrize(
    ("page", "params"),
    [
        ("views/projects.py", {"category": "reporting", "project": "PRJ-010"}),
        ("views/participation.py", {"org_size": "large", "org": "ORG-012", "sme": "split"}),
        ("views/savings.py", {"policy_area": "social", "method": "in_kind"}),
    ],
)
def test_reading_the_url_never_writes_it(app, page, params):
    """A page opened from a full link, then run again without a click, leaves the link
    as it was: only a click, a widget or a button writes the URL."""
    link = {"lang": "en", "years": "2010-2012", "sector": "textile", "size": "large"} | params
    at = app(page, **link)
    assert not at.exception, at.exception
    at.run()
    assert at.query_params == link  # AppTest turns a value the app wrote into a list
