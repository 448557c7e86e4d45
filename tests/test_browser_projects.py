"""The Projects page in Chromium: charts drawn, a bar click filters the page and the URL, a
link opens a project's card, screenshots for review, and axe in both languages (Italian
on the way to the click, English on a page of its own)."""

import csv
import re

import pytest

from tests.browser import BARS, audit, narrow, open_app, resize, settle, tile
from tests.conftest import DEMO

pytestmark = pytest.mark.browser
# bars of the first two charts: six categories, then five statuses
CATEGORY_BARS = 6


def started(category: str | None = None) -> int:
    """Projects of the demo, optionally of one category: straight from projects.csv."""
    with open(DEMO / "projects.csv", encoding="utf-8", newline="") as handle:
        return sum(1 for p in csv.DictReader(handle) if category in (None, p["category"]))


def shoot(page, width: int, height: int, path) -> None:
    """The whole page at this width: Streamlit scrolls inside its own container, so the
    window is made as tall as the content, then given its size back."""
    page.set_viewport_size({"width": width, "height": height})
    page.wait_for_timeout(500)
    tall = page.evaluate("document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
    page.set_viewport_size({"width": width, "height": max(height, tall)})
    page.wait_for_timeout(800)
    page.screenshot(path=path, full_page=True)
    page.set_viewport_size({"width": 1366, "height": 768})
    page.wait_for_timeout(300)


def test_click_on_a_category_filters_the_page(page, server, artifacts):
    open_app(page, f"{server}/projects?project=PRJ-005")
    page.wait_for_function("s => document.querySelectorAll(s).length > 40", arg=BARS)
    assert tile(page, "Progetti avviati") == str(started())
    card = page.get_by_role("heading", name=re.compile("^Scheda: Orientamento al lavoro"))
    assert card.count() == 1
    assert page.locator('[data-testid="stException"]').count() == 0
    assert audit(page) == []
    for width, height in ((1366, 768), (390, 844)):
        shoot(page, width, height, artifacts / f"projects_{width}x{height}.png")
    narrow(page)
    assert audit(page) == []
    resize(page)

    page.locator(BARS).nth(1).click()
    page.wait_for_url(re.compile(r"category="))
    settle(page)
    category = re.search(r"category=(\w+)", page.url).group(1)
    page.wait_for_function(
        "n => [...document.querySelectorAll('[data-testid=\"stMetricValue\"]')]"
        ".some(e => e.innerText === n)",
        arg=str(started(category)),
    )
    assert tile(page, "Progetti avviati") == str(started(category))
    assert started(category) < started()
    # the chip says what filters the page; the card's link survives the click
    assert page.get_by_role("button", name=re.compile("^Categoria: ")).count() == 1
    assert "project=PRJ-005" in page.url


def test_axe_finds_nothing_in_english(browser, server):
    """With a project's card open, at a laptop's size, then narrowed to a phone's (the
    Italian page is audited on the way to the click above)."""
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="en-US")
    try:
        page = context.new_page()
        open_app(page, f"{server}/projects?lang=en&project=PRJ-005", ready=BARS)
        assert audit(page) == []
        narrow(page)
        assert audit(page) == []
    finally:
        context.close()


def test_a_folded_table_opens_and_closes(page, server):
    """A chart's data table is drawn when its fold is opened (the page reruns for it), and
    passes axe; closed again, it is gone."""
    with open(DEMO / "categories.csv", encoding="utf-8", newline="") as handle:
        categories = sum(1 for _ in csv.DictReader(handle))
    open_app(page, f"{server}/projects", ready=BARS)
    fold = page.locator('[data-testid="stExpander"]').filter(has_text="Mostra i dati in tabella")
    fold = fold.first
    tables = fold.locator('[data-testid="stDataFrame"]')
    assert tables.count() == 0
    fold.locator("summary").click()
    tables.wait_for()
    settle(page, BARS)
    assert tables.locator('[role="grid"]').get_attribute("aria-rowcount") == str(categories + 1)
    assert audit(page) == []
    fold.locator("summary").click()
    settle(page, BARS)
    assert tables.count() == 0
