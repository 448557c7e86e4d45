"""The dashboard at ten times the demo (`scripts.benchmark.scaled_export`: every table but
the code lists copied ten times under new keys): the figures are ten times the demo's,
and no element of any page (a table, a chart, a list to choose from) sends the browser
more than 1,000 rows."""

from __future__ import annotations

import pyarrow as pa
import pytest

from dashboard.routes import PAGES
from dashboard.store import queries
from dashboard.ui import panels, shell
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


@pytest.fixture
def few(monkeypatch):
    """Charts of one bar an organization drawn with at most 2 bars, of one point a meeting
    with at most 10 points: the demo behaves as a nation's export would."""
    monkeypatch.setattr(panels, "MOST_BARS", 2)
    monkeypatch.setattr(panels, "MOST_POINTS", 10)


def _chart(at, named: str):
    """The one chart of the page whose spec holds `named` (a field, or words of its name for
    screen readers): a chart that takes no click has no key to find it by."""
    [chart] = [c for c in at.get("vega_lite_chart") if named in c.proto.spec]
    return chart


def test_a_chart_of_one_bar_an_organization_draws_the_first_and_says_so(app, few):
    reporting = {
        p["lead_org_id"] for p in expected.rows(DEMO, "projects") if p["category"] == "reporting"
    }
    at = app("views/projects.py", lang="en")
    assert max(_rows(_chart(at, '"field": "reports"'))) == 2
    note = f"The chart shows the first 2 of {len(reporting)}; the table lists them all."
    assert any(note in c.value for c in at.caption)
    authorities = {s["authority_org_id"] for s in expected.rows(DEMO, "savings")}
    at.switch_page("views/savings.py").run()
    assert max(_rows(_chart(at, "savings by local authority"))) == 2 * 2  # verified, estimated
    assert any(f"first 2 of {len(authorities)}" in c.value for c in at.caption)


def test_a_chart_of_one_point_a_meeting_draws_a_point_a_month_past_its_limit(app, few):
    meetings = expected.rows(DEMO, "meetings")
    months = {(m["date"][:7], m["kind"]) for m in meetings}
    at = app("views/participation.py", lang="en")
    assert max(_rows(_chart(at, '"field": "date"'))) == len(months)
    assert any(
        f"With {len(meetings)} meetings, each point is a month" in c.value for c in at.caption
    )


def test_a_long_list_shows_its_first_thousand_counts_all_and_downloads_all(
    app, data_dir, x10, csv_files
):
    data_dir(x10)
    projects = 10 * len(expected.rows(DEMO, "projects"))
    assert projects > LIMIT
    at = app("views/projects.py", lang="en")
    assert max(len(table.value) for table in at.dataframe) == LIMIT
    first = f"Showing the first 1,000 rows of {projects:,}"
    assert any(caption.value.startswith(first) for caption in at.caption)
    assert any(f"{projects:,} projects" in m.value for m in at.markdown)
    # the list's CSV, built when clicked, holds every row (a header, then a line a row)
    assert projects in [data.count(b"\r\n") - 1 for data in csv_files]


def test_the_records_behind_the_meetings_are_counted_and_paged_in_sql(
    app, data_dir, x10, monkeypatch
):
    data_dir(x10)
    kinds = {m["meeting_id"]: m["kind"] for m in expected.rows(DEMO, "meetings")}
    came = {(a["meeting_id"], a["org_id"]) for a in expected.rows(DEMO, "attendance")}
    every = 10 * len(came)
    workshops = 10 * sum(kinds[meeting] == "thematic_workshop" for meeting, _ in came)
    assert workshops > LIMIT
    whole = []  # the questions answered whole, in pandas

    def spy(cursor, name, params):
        whole.append(name)
        return real(cursor, name, params)

    real = queries.query
    monkeypatch.setattr(queries, "query", spy)
    monkeypatch.setattr(shell, "query", spy)
    at = unfold(app("views/participation.py", lang="en"))
    assert not at.exception, at.exception
    for key, count in (("part_meetings", every), ("part_workshops", workshops)):
        assert at.expander(key=f"{key}_records_open").label.endswith(f"({count:,} rows)")
    assert max(len(table.value) for table in at.dataframe) == LIMIT
    shown = [c.value for c in at.caption if c.value.startswith("Showing the first 1,000 rows")]
    assert any(f"of {every:,}" in line for line in shown)
    assert any(f"of {workshops:,}" in line for line in shown)
    assert "participation_attendance" not in whole  # fetched whole only for a CSV


def test_the_csv_of_records_paged_in_sql_holds_every_row(app, data_dir, x10, csv_files):
    data_dir(x10)
    came = {(a["meeting_id"], a["org_id"]) for a in expected.rows(DEMO, "attendance")}
    unfold(app("views/participation.py", lang="en"))
    assert 10 * len(came) in [data.count(b"\r\n") - 1 for data in csv_files]
