"""The Participation page in Chromium: charts drawn, a bar click narrows the page and the
URL, screenshots for a laptop and a phone, and axe in both languages (Italian on the way
to the click, English on a page of its own)."""

import csv
import re

import pytest

from tests.browser import BARS, CHARTS, audit, narrow, open_app, settle, tile, whole_on_a_phone
from tests.conftest import DEMO

pytestmark = pytest.mark.browser


def large_members() -> int:
    """Large member companies (kind company, size large) of the demo, all active 2009-2012."""
    with open(DEMO / "organizations.csv", encoding="utf-8", newline="") as handle:
        return sum(
            1
            for org in csv.DictReader(handle)
            if org["kind"] == "company" and org["size"] == "large" and org["joined_year"]
        )


def full_height(page, width: int) -> None:
    """Streamlit scrolls inside its own container: the viewport grows to the content so a
    screenshot shows the whole page."""
    height = page.evaluate(
        "Math.max(...[...document.querySelectorAll('[data-testid=stMain]')]"
        ".map(e => e.scrollHeight), 800)"
    )
    page.set_viewport_size({"width": width, "height": height + 100})
    page.wait_for_timeout(800)


def test_page_renders_and_a_click_narrows_it(page, server, artifacts):
    """With a member's card open: axe at a laptop's size and the narrowest phone's (on the
    way, at 390 px, no download label or legend is cut), then a click narrows the page."""
    open_app(page, f"{server}/participation?org=ORG-012", ready=BARS)
    page.wait_for_function("s => document.querySelectorAll(s).length >= 10", arg=CHARTS)
    assert page.locator('[data-testid="stException"]').count() == 0
    assert tile(page, "Imprese socie") == "100"
    assert page.locator("h1").inner_text() == "Partecipazione"
    assert audit(page) == []
    full_height(page, 1366)
    page.screenshot(path=artifacts / "participation_1366x768.png")
    whole_on_a_phone(page, charts=10)
    narrow(page)
    assert audit(page) == []
    page.set_viewport_size({"width": 1366, "height": 768})
    settle(page, BARS)

    # the first bar of the first chart: large companies (the size chart keeps its order)
    page.locator(BARS).first.click()
    page.wait_for_url(re.compile(r"org_size=large"))
    settle(page, BARS)
    page.wait_for_function(
        "n => [...document.querySelectorAll('[data-testid=\"stMetricValue\"]')]"
        ".some(e => e.innerText === n)",
        arg=str(large_members()),
    )
    assert tile(page, "Imprese socie") == str(large_members())
    chip = page.get_by_role("button", name=re.compile("Dimensione: Grandi imprese"))
    assert chip.count() == 1

    page.set_viewport_size({"width": 390, "height": 844})
    page.wait_for_timeout(500)
    full_height(page, 390)
    page.screenshot(path=artifacts / "participation_390x844.png")


def test_axe_finds_nothing_in_english(browser, server):
    """As the Italian page is audited on the way to the click above."""
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="en-US")
    try:
        page = context.new_page()
        open_app(page, f"{server}/participation?lang=en&org=ORG-012", ready=BARS)
        page.wait_for_function("s => document.querySelectorAll(s).length >= 10", arg=CHARTS)
        assert audit(page) == []
        whole_on_a_phone(page, charts=10)
        narrow(page)
        assert audit(page) == []
    finally:
        context.close()
