"""The dashboard at ten times the demo (`scripts.benchmark.scaled_export`: every table but
the code lists copied ten times under new keys): the figures are ten times the demo's,
and no element of any page (a table, a chart, a list to choose from) sends the browser
more than 1,000 rows."""

from __future__ import annotations

import pyarrow as pa
import pytest

from dashboard.routes import PAGES
from scripts.benchmark import scaled_export
from tests import expected
from tests.conftest import DEMO
from tests.folds import unfold

ALL_YEARS = range(2009, 2013)
LIMIT = 1_000  # rows an element may send the browser, as the standards say


@pytest.fixture(scope="module")
def x10(tmp_path_factory):
    return scaled_export(10, tmp_path_factory.mktemp("scale") / "x10")


def test_the_overview_counts_ten_times_the_demo(app, data_dir, x10):
    data_dir(x10)
    at = app()
    assert not at.exception, at.exception
    figures = {m.label: m.value for m in at.metric}
    companies = expected.companies_involved(DEMO, ALL_YEARS)
    started, partnered = expected.projects(DEMO, ALL_YEARS)
    assert figures["Imprese coinvolte"] == f"{10 * companies:,}".replace(",", ".")
    assert figures["Progetti"] == f"{10 * started:,}".replace(",", ".")
    assert figures["In partnership"] == str(10 * partnered)


def _rows(element) -> list[int]:
    """The rows each of an element's datasets holds (a table's, or a chart's)."""
    proto = element.proto
    if hasattr(proto, "arrow_data"):
        return [len(element.value)]
    found = [pa.ipc.open_stream(d.data.data).read_all().num_rows for d in proto.datasets]
    if proto.data.data:
        found.append(pa.ipc.open_stream(proto.data.data).read_all().num_rows)
    return found


def test_no_element_sends_more_than_a_thousand_rows(app, data_dir, x10):
    data_dir(x10)
    too_many = []
    for page, *_ in PAGES:
        if page == "views/data.py":
            continue  # behind sign-in; not part of the public pages
        at = unfold(app(page))
        for element in [*at.dataframe, *at.get("vega_lite_chart")]:
            rows = max(_rows(element), default=0)
            if rows > LIMIT:
                too_many.append((page, element.proto.id[-30:], rows))
        for choice in [*at.selectbox, *at.multiselect]:  # a list's options are rows too
            if len(choice.options) > LIMIT:
                too_many.append((page, choice.proto.id[-30:], len(choice.options)))
    assert too_many == []
