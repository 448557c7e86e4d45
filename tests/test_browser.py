"""The real thing: `streamlit run` driven by Chromium, with axe for accessibility."""

import re
import shutil
from pathlib import Path

import pytest

from tests import expected
from tests.browser import BARS, audit, narrow, open_app, resize, settle, tile
from tests.conftest import DEMO, start_server

pytestmark = pytest.mark.browser
ALL_YEARS = range(2009, 2013)


@pytest.fixture(scope="module")
def broken_server(tmp_path_factory):
    """The app on an export with a bad reference: it must show the report, not figures."""
    folder = tmp_path_factory.mktemp("broken") / "export"
    shutil.copytree(Path(__file__).parent / "fixtures" / "small", folder)
    text = (folder / "projects.csv").read_text(encoding="utf-8")
    (folder / "projects.csv").write_text(text.replace("P4,Meno rifiuti,D", "P4,Meno rifiuti,ZZ"))
    proc, url = start_server(folder, tmp_path_factory.mktemp("home"))
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def test_overview_renders_and_a_sector_filter_changes_figures_and_url(
    page, server, browser, artifacts
):
    open_app(page, server)
    assert tile(page, "Imprese coinvolte") == "100"
    assert tile(page, "Progetti") == "150"
    assert tile(page, "In partnership") == "50"
    # an en-US browser still gets Italian numbers
    assert re.fullmatch(r"\d{1,3}(\.\d{3})*\s€", tile(page, "Risparmi verificati"))
    # two bars per year, 2009-2012
    page.wait_for_function("s => document.querySelectorAll(s).length === 8", arg=BARS)
    assert "Dati dimostrativi" in page.locator('[data-testid="stAlert"]').first.inner_text()
    page.screenshot(path=artifacts / "overview_1366x768.png", full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})
    page.wait_for_timeout(500)
    page.screenshot(path=artifacts / "overview_390x844.png", full_page=True)
    resize(page)

    box = page.locator('[data-testid="stMultiSelect"]').filter(has_text="Settore")
    box.click()
    page.get_by_role("option", name="Ceramica", exact=True).click()
    page.keyboard.press("Escape")
    page.wait_for_url(re.compile(r"sector=ceramic_tiles"))
    settle(page)
    companies = expected.companies_involved(DEMO, ALL_YEARS, sectors={"ceramic_tiles"})
    page.wait_for_function(
        "n => [...document.querySelectorAll('[data-testid=\"stMetricValue\"]')]"
        ".some(e => e.innerText === n)",
        arg=str(companies),
    )
    assert tile(page, "Imprese coinvolte") == str(companies)
    started, _ = expected.projects(DEMO, ALL_YEARS, sectors={"ceramic_tiles"})
    assert tile(page, "Progetti") == str(started)

    # the copied link opens the same view in another browser
    other = browser.new_context(viewport={"width": 1366, "height": 768}, locale="en-US")
    try:
        copy = other.new_page()
        open_app(copy, page.url)
        assert tile(copy, "Imprese coinvolte") == str(companies)
        assert "Ceramica" in copy.locator('[data-testid="stSidebar"]').inner_text()
    finally:
        other.close()


def test_english_link_and_moving_to_another_page_keeps_its_filters(page, server):
    """An English link with filters; Streamlit drops the query string on navigation, and
    the session's filters come back."""
    open_app(page, f"{server}/?lang=en&sector=ceramic_tiles&years=2010-2012")
    years = range(2010, 2013)
    companies = expected.companies_involved(DEMO, years, sectors={"ceramic_tiles"})
    assert tile(page, "Companies involved") == str(companies)
    assert page.evaluate("document.documentElement.lang") == "en"
    assert re.fullmatch(r"€\d{1,3}(,\d{3})*", tile(page, "Verified savings"))
    page.locator('[data-testid="stSidebarNavLink"]', has_text="Projects").click()
    page.wait_for_url(re.compile(r"/projects\?"))
    settle(page, "h1")
    query = page.url.split("?", 1)[1]
    assert sorted(query.split("&")) == ["lang=en", "sector=ceramic_tiles", "years=2010-2012"]
    assert "Ceramic" in page.locator('[data-testid="stSidebar"]').inner_text()


def test_invalid_export_shows_the_report(page, broken_server, artifacts):
    open_app(page, f"{broken_server}/?lang=en", ready='[data-testid="stCode"]')
    assert page.locator("h1").inner_text() == "The data export is not valid"
    report = page.locator('[data-testid="stCode"]').inner_text()
    assert "projects.csv:5: lead_org_id: unknown organization (ZZ)" in report
    assert page.locator('[data-testid="stMetric"]').count() == 0
    assert page.locator('[data-testid="stException"]').count() == 0
    page.screenshot(path=artifacts / "invalid_export_1366x768.png", full_page=True)


@pytest.mark.parametrize("lang", ["it", "en"])
@pytest.mark.parametrize("view", ["overview", "forum", "invalid_export", "accessibility"])
def test_axe_finds_nothing(request, browser, lang, view):
    """At 1366x768, then narrowed to 320x640 (Streamlit folds the sidebar away as it does
    on a phone's first load)."""
    url, ready = {
        "overview": (request.getfixturevalue("server"), BARS),
        "invalid_export": (request.getfixturevalue("broken_server"), '[data-testid="stCode"]'),
        "forum": (request.getfixturevalue("server") + "/forum", BARS),
        "accessibility": (request.getfixturevalue("server") + "/accessibility", "h1"),
    }[view]
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="en-US")
    try:
        page = context.new_page()
        open_app(page, f"{url}/?lang={lang}", ready=ready)
        assert audit(page) == []
        narrow(page)
        assert audit(page) == []
    finally:
        context.close()


def test_forum_on_the_projector(browser, server, artifacts):
    """The forum's projector (1920x1080), then a phone: the year's figures in big type."""
    context = browser.new_context(viewport={"width": 1920, "height": 1080})
    try:
        page = context.new_page()
        open_app(page, f"{server}/forum?lang=en")
        assert tile(page, "Member companies") == "57"  # DEMO.md, 2012
        for width, height in ((1920, 1080), (390, 844)):
            resize(page, width, height)
            size = page.locator('[data-testid="stMetricValue"]').first.evaluate(
                "e => parseFloat(getComputedStyle(e).fontSize)"
            )
            assert size >= 56, width  # 4rem: readable from the back of the room
            page.screenshot(path=artifacts / f"forum_{width}x{height}.png", full_page=True)
    finally:
        context.close()


def test_the_keyboard_reaches_the_navigation_and_every_filter(page, server):
    """From the top of the page, Tab alone gets to each page link and each global filter,
    and a focused page link, the year slider and the sector box each show a strong ring
    (WCAG 2.1.1, 2.4.7, 1.4.11)."""
    open_app(page, f"{server}/?lang=en")
    reached: set[str] = set()
    for _ in range(60):
        page.keyboard.press("Tab")
        reached |= set(
            page.evaluate(
                """() => {
                const e = document.activeElement, found = [];
                const link = e.closest('[data-testid="stSidebarNavLink"]');
                if (link) found.push('nav:' + link.innerText.split('\\n').pop());
                for (const id of ['stMultiSelect', 'stSlider', 'stButtonGroup']) {
                    const w = e.closest(`[data-testid="${id}"]`);
                    if (w) found.push(id + ':' + w.innerText.split('\\n')[0]);
                }
                // a ring: a solid outline 2 px wide at least, 3:1 against the white page
                const ring = (el) => {
                    const s = getComputedStyle(el);
                    const [r, g, b] = s.outlineColor.match(/\\d+/g).map(Number).map(
                        v => (v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
                    const lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
                    return s.outlineStyle === 'solid' && parseFloat(s.outlineWidth) >= 2
                        && 1.05 / (lum + 0.05) >= 3;
                };
                if (link && ring(e)) found.push('ring');
                const thumb = e.closest('[data-testid="stSlider"] [data-rac]');
                if (thumb && ring(thumb)) found.push('ring:slider');
                const box = e.closest('[data-testid="stMultiSelect"] [role="group"]');
                if (box && ring(box)) found.push('ring:multiselect');
                return found;
            }"""
            )
        )
    assert {"nav:Overview", "nav:Projects", "nav:Savings for local authorities"} <= reached, reached
    assert {"stMultiSelect:Sector", "stMultiSelect:Company size", "stSlider:Years"} <= reached
    assert any(r.startswith("stButtonGroup:") for r in reached)  # the language
    assert {"ring", "ring:slider", "ring:multiselect"} <= reached  # each focus is seen
