"""The Partnerships page in Chromium: charts drawn, a click on a type narrows the page and
the link, screenshots for a laptop and a phone, and axe in both languages (Italian on the
way to the click, English on a page of its own)."""

import re

import pytest

from tests.browser import BARS, CHARTS, audit, narrow, open_app, settle, tile, whole_on_a_phone

pytestmark = pytest.mark.browser
NETWORK_POINTS = f"{CHARTS} g.mark-symbol path"


def drawn(page) -> None:
    """Every chart has its marks: 6 charts, the network's points among them."""
    page.wait_for_function("s => document.querySelectorAll(s).length === 6", arg=CHARTS)
    page.wait_for_function("s => document.querySelectorAll(s).length > 40", arg=NETWORK_POINTS)
    page.wait_for_function("s => document.querySelectorAll(s).length >= 5", arg=BARS)


def shoot(page, path, width: int, height: int) -> None:
    """The whole page at this width: the viewport as tall as the content (Streamlit scrolls
    inside its own container, so a full-page screenshot would stop at the fold)."""
    page.set_viewport_size({"width": width, "height": height})
    page.wait_for_timeout(500)
    tall = page.evaluate(
        "Math.max(...[...document.querySelectorAll('[data-testid=\"stMain\"]')]"
        ".map(e => e.scrollHeight), 800)"
    )
    page.set_viewport_size({"width": width, "height": tall})
    page.wait_for_timeout(800)
    page.screenshot(path=path)
    page.set_viewport_size({"width": width, "height": height})


def test_page_draws_and_a_click_narrows_it(page, server, artifacts):
    open_app(page, f"{server}/partnerships")
    drawn(page)
    assert tile(page, "Progetti in partnership") == "50"
    assert not page.locator('[data-testid="stException"]').count()
    assert audit(page) == []
    whole_on_a_phone(page, charts=6)  # no download label or legend cut at 390 px
    shoot(page, artifacts / "partnerships_390x844.png", 390, 844)
    narrow(page)
    assert audit(page) == []
    shoot(page, artifacts / "partnerships_1366x768.png", 1366, 768)

    # the third bar of the first chart: business with an NGO or association
    page.locator(BARS).nth(2).click()
    page.wait_for_url(re.compile(r"ptype=business_ngo"))
    settle(page)
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-testid=\"stMetricValue\"]')]"
        ".some(e => e.innerText === '21')"
    )
    assert tile(page, "Progetti in partnership") == "21"
    chip = page.get_by_role("button", name=re.compile("Tipo di partnership: Impresa con ONG"))
    assert chip.is_visible()
    chip.click()
    page.wait_for_url(lambda url: "ptype=" not in url)
    settle(page)
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-testid=\"stMetricValue\"]')]"
        ".some(e => e.innerText === '50')"
    )


def test_axe_finds_nothing_in_english(browser, server):
    """As the Italian page is audited on the way to the click above."""
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="en-US")
    try:
        tab = context.new_page()
        open_app(tab, f"{server}/partnerships?lang=en")
        drawn(tab)
        assert audit(tab) == []
        whole_on_a_phone(tab, charts=6)  # no download label or legend cut at 390 px
        narrow(tab)
        assert audit(tab) == []
    finally:
        context.close()
