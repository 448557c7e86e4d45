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
