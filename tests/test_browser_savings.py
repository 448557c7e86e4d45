"""The Savings page in Chromium: charts drawn, a click on a policy area narrows the figures
and the URL, screenshots for review, and axe in both languages (Italian after the click,
English on a page of its own)."""

import csv
import re
from decimal import Decimal

import pytest

from tests.browser import BARS, audit, narrow, open_app, settle, tile
from tests.conftest import DEMO

pytestmark = pytest.mark.browser
AREA_BARS = 8  # the first chart: four policy areas, verified and estimated


def verified(area: str | None = None) -> str:
    """Verified savings of the demo, optionally of one policy area, as the tile writes them
    in Italian (whole euros), straight from savings.csv."""
    with open(DEMO / "savings.csv", encoding="utf-8", newline="") as handle:
        total = sum(
            Decimal(s["amount_eur"])
            for s in csv.DictReader(handle)
            if s["verified"] == "true" and area in (None, s["policy_area"])
        )
    return f"{round(total):,}".replace(",", ".") + "\u00a0€"


def shoot(page, width: int, height: int, path) -> None:
    """The whole page at this width (Streamlit scrolls inside its own container)."""
    page.set_viewport_size({"width": width, "height": height})
    page.wait_for_timeout(500)
    tall = page.evaluate("document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
    page.set_viewport_size({"width": width, "height": max(height, tall)})
    page.wait_for_timeout(800)
    page.screenshot(path=path, full_page=True)
    page.set_viewport_size({"width": 1366, "height": 768})
    page.wait_for_timeout(300)


def test_click_on_a_policy_area_filters_the_page(page, server, artifacts):
    open_app(page, f"{server}/savings")
    page.wait_for_function("s => document.querySelectorAll(s).length > 40", arg=BARS)
    assert page.locator('[data-testid="stException"]').count() == 0
    assert tile(page, "Risparmi verificati") == verified()
    for width, height in ((1366, 768), (390, 844)):
        shoot(page, width, height, artifacts / f"savings_{width}x{height}.png")

    page.locator(BARS).nth(0).click()  # the largest verified bar of the first area
    page.wait_for_url(re.compile(r"policy_area="))
    settle(page)
    area = re.search(r"policy_area=(\w+)", page.url).group(1)
    page.wait_for_function(
        "n => [...document.querySelectorAll('[data-testid=\"stMetricValue\"]')]"
        ".some(e => e.innerText === n)",
        arg=verified(area),
    )
    assert tile(page, "Risparmi verificati") == verified(area) != verified()
    assert page.get_by_role("button", name=re.compile("^Ambito: ")).count() == 1
    # the clicked chart keeps all its bars, highlighting the chosen area
    assert page.locator(BARS).count() > AREA_BARS
    # axe with the chip and the faded bars, at a laptop's size and a phone's
    assert audit(page) == []
    narrow(page)
    assert audit(page) == []


def test_axe_finds_nothing_in_english(browser, server):
    """At 1366x768, then the same page reflowed at 320x640, with a method chosen so that
    chips and faded bars are audited too (the Italian page is audited after the click
    above)."""
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="en-US")
    try:
        page = context.new_page()
        open_app(page, f"{server}/savings?lang=en&method=avoided_cost", ready=BARS)
        assert audit(page) == []
        narrow(page)
        assert audit(page) == []
    finally:
        context.close()
