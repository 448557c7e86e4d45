"""Every page runs on the demo and on the small hand-made export, in both languages,
with and without filters, without an exception; and each says the data is synthetic when
it is."""

import csv
from pathlib import Path

import pytest

from dashboard.routes import PAGES
from tests.conftest import DEMO
from tests.folds import unfold

SMALL = Path(__file__).parent / "fixtures" / "small"
PAGE_FILES = [file for file, *_ in PAGES]


@pytest.mark.parametrize("page", PAGE_FILES)
@pytest.mark.parametrize("lang", ["it", "en"])
def test_page_runs_on_the_demo(app, page, lang):
    at = app(page, lang=lang)
    assert not at.exception, at.exception
    assert len(at.title) == 1
    assert "Dati dimostrativi" in at.warning[0].value or "Demonstration data" in at.warning[0].value


@pytest.mark.parametrize("page", PAGE_FILES)
@pytest.mark.parametrize(
    "params",
    [
        {"sector": "textile"},
        {"size": "micro"},
        {"years": "2011"},
        {"sector": "services", "size": "large"},
    ],
    ids=["textile", "micro", "2011", "services-large"],
)
def test_page_runs_on_the_small_export_with_filters(app, data_dir, page, params):
    data_dir(SMALL)
    at = app(page, **params)
    assert not at.exception, at.exception
    assert not at.warning or all("Dati dimostrativi" not in w.value for w in at.warning)


@pytest.mark.parametrize("page", PAGE_FILES)
def test_page_runs_on_an_export_with_only_the_required_files(app, data_dir, tmp_path, page):
    """No people, meetings, attendance, partners, savings, fees or export.csv: every page
    still runs, and says what was not exported instead of showing 0."""
    minimal = tmp_path / "minimal"
    minimal.mkdir()
    for name in ("organizations", "projects", "sectors", "categories", "themes"):
        (minimal / f"{name}.csv").write_bytes((SMALL / f"{name}.csv").read_bytes())
    data_dir(minimal)
    at = app(page, lang="en")
    assert not at.exception, at.exception
    assert len(at.title) == 1


def _payloads(node) -> list[bytes]:
    """Every element's serialized message under `node`: text, tables (Arrow) and charts."""
    found = []
    proto = getattr(node, "proto", None)
    if proto is not None and hasattr(proto, "SerializeToString"):
        found.append(proto.SerializeToString())
    children = getattr(node, "children", {}) or {}
    for child in children.values() if isinstance(children, dict) else children:
        found += _payloads(child)
    return found


@pytest.mark.parametrize("page", [file for file in PAGE_FILES if file != "views/data.py"])
def test_no_public_page_shows_a_person_s_name(app, page):
    """people.csv's full names are personal data: on the Data page only, for coordinators."""
    with open(DEMO / "people.csv", encoding="utf-8") as handle:
        names = [row["full_name"].encode() for row in csv.DictReader(handle)]
    at = unfold(app(page, lang="en"))  # the records behind every figure too
    payload = b"".join(_payloads(at._tree))
    assert len(payload) > 1000  # the page was read, tables and charts included
    assert [name for name in names if name in payload] == []
