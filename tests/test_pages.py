"""Every page runs on the demo and on the small hand-made export, in both languages,
with and without filters, without an exception; and each says the data is synthetic when
it is."""

from pathlib import Path

import pytest

from dashboard.routes import PAGES

SMALL = Path(__file__).parent / "fixtures" / "small"
PAGE_FILES = [file for file, _, _ in PAGES]


@pytest.mark.parametrize("page", PAGE_FILES)
@pytest.mark.parametrize("lang", ["it", "en"])
def test_page_runs_on_the_demo(app, page, lang):
    at = app(lang=lang)
    at.switch_page(page).run()
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
    at = app(**params)
    at.switch_page(page).run()
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
    at = app(lang="en")
    at.switch_page(page).run()
    assert not at.exception, at.exception
    assert len(at.title) == 1
