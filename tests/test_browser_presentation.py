"""The forum presented in a real browser: every slide fits the screen at 1920x1080 and
1366x768 with no text under 24 px on the projector, the keys a clicker sends move the
slides, axe finds nothing (1366x768 and 320x640), and Italian figures stay Italian in an
English browser."""

from __future__ import annotations

import re

import pytest

from tests.browser import IDLE, audit

pytestmark = pytest.mark.browser

SLIDES = range(1, 9)
# every text on the screen: its size, and whether it spills out of its box or the screen
MEASURE = """() => {
  const main = document.querySelector('[data-testid="stMain"]');
  const small = [], spilled = [];
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (!node.textContent.trim()) continue;
    const el = node.parentElement;
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (!box.width || !box.height || style.visibility === 'hidden') continue;
    const text = node.textContent.trim().slice(0, 40);
    if (parseFloat(style.fontSize) < 24) small.push([parseFloat(style.fontSize), text]);
    const cut = el.scrollWidth > el.clientWidth + 1 && style.overflow !== 'visible';
    if (box.right > innerWidth + 1 || box.bottom > innerHeight + 1 || cut) spilled.push(text);
  }
  const scroller = document.querySelector('[data-testid="stMain"]');
  return {small, spilled, scrolls: scroller.scrollHeight > scroller.clientHeight + 1
    || document.scrollingElement.scrollHeight > innerHeight + 1};
}"""


def show(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("h1")
    page.wait_for_selector(IDLE)
    page.wait_for_timeout(600)  # the chart drawn at the container's size
    page.wait_for_selector(IDLE)


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1366, 768)])
def test_every_slide_fits_the_screen(browser, server, artifacts, width, height):
    context = browser.new_context(viewport={"width": width, "height": height}, locale="en-US")
    try:
        page = context.new_page()
        show(page, f"{server}/forum?present=1&slide=1")
        for number in SLIDES:
            if number > 1:  # on to the next, as a presenter does: a rerun, not a reload
                page.keyboard.press("ArrowRight")
                page.wait_for_url(re.compile(f"slide={number}(&|$)"))
                page.wait_for_selector(IDLE)
                page.wait_for_timeout(600)
                page.wait_for_selector(IDLE)
            found = page.evaluate(MEASURE)
            assert not found["scrolls"], number
            assert found["spilled"] == [], number
            if width == 1920:
                assert found["small"] == [], number
            assert page.locator('[data-testid="stSidebar"]:visible').count() == 0
            assert page.locator('[data-testid="stDownloadButton"]').count() == 0
            page.screenshot(path=artifacts / f"slide{number}_{width}x{height}.png")
    finally:
        context.close()


def test_the_keys_of_a_clicker_move_the_slides(page, server):
    show(page, f"{server}/forum?present=1&slide=1&lang=en")
    for key, slide in (("ArrowRight", 2), ("PageDown", 3), ("Space", 4), ("PageUp", 3),
                       ("ArrowLeft", 2)):  # fmt: skip
        page.keyboard.press(key)
        page.wait_for_url(re.compile(f"slide={slide}(&|$)"))
        page.wait_for_selector(IDLE)
    page.keyboard.press("Escape")
    page.wait_for_url(lambda url: "present" not in url)
    page.wait_for_selector("text=The results of 2012")


def test_a_foyer_screen_moves_on_by_itself(page, server):
    show(page, f"{server}/forum?present=1&slide=8&auto=5&lang=en")
    page.wait_for_url(re.compile(r"slide=1(&|$)"), timeout=15_000)  # after the last, the first
    page.wait_for_selector("text=2012 in figures")


@pytest.mark.parametrize("lang", ["it", "en"])
def test_axe_finds_nothing_on_the_slides(browser, server, lang):
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="en-US")
    try:
        page = context.new_page()
        for number in (1, 5):
            show(page, f"{server}/forum?present=1&slide={number}&lang={lang}")
            assert audit(page) == [], number
        page.set_viewport_size({"width": 320, "height": 640})  # a phone: no sidebar to fold
        page.wait_for_timeout(500)
        page.wait_for_selector(IDLE)
        assert audit(page) == []
        page.set_viewport_size({"width": 1366, "height": 768})
        page.get_by_role("button", name="Dati" if lang == "it" else "Data", exact=True).click()
        page.wait_for_selector('[role="dialog"] [data-testid="stDataFrame"]')
        assert audit(page) == []
    finally:
        context.close()


def test_italian_slides_group_thousands_the_italian_way_in_an_english_browser(page, server):
    show(page, f"{server}/forum?present=1&slide=1")
    text = page.inner_text('[data-testid="stMain"]').replace("\u00a0", " ")
    assert "82.151 €" in text  # DEMO.md: 2012's verified savings


def test_the_deck_downloads_from_the_forum_page(page, server, tmp_path):
    from pptx import Presentation

    show(page, f"{server}/forum?lang=en&years=2011")
    with page.expect_download(timeout=60_000) as download:
        page.get_by_role("button", name="Deck (PowerPoint)").click()
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    assert path.name.endswith(".pptx") and "2011" in path.name
    slides = Presentation(path).slides
    assert len(slides) == 8
    first = " ".join(s.text_frame.text for s in slides[0].shapes if s.has_text_frame)
    assert "2011 in figures" in first
