"""On a phone (390 px), every download button shows its whole label (what and which format)
and no chart legend is shortened or runs off its chart: on the two pages with the most
legends, in both languages."""

import pytest

from tests.browser import BARS, open_app

pytestmark = pytest.mark.browser
CHARTS = '[data-testid="stVegaLiteChart"]'

CUT_BUTTONS = """() => [...document.querySelectorAll('[data-testid="stDownloadButton"] button')]
  .filter(b => {
    const label = b.querySelector('[data-testid="stMarkdownContainer"]');
    const box = b.getBoundingClientRect();
    return label.scrollWidth > label.clientWidth + 1 || box.right > window.innerWidth + 1;
  })
  .map(b => b.innerText)"""

CUT_LEGENDS = """() => [...document.querySelectorAll('[data-testid="stVegaLiteChart"]')]
  .flatMap(chart => {
    const edge = chart.getBoundingClientRect();
    return [...chart.querySelectorAll('.role-legend-label text, .role-legend-title text')]
      .filter(t => {
        const box = t.getBoundingClientRect();
        const out = box.right > edge.right + 1 || box.left < edge.left - 1;
        return t.textContent.includes('…') || out;
      })
      .map(t => t.textContent);
  })"""


@pytest.mark.parametrize("lang", ["it", "en"])
@pytest.mark.parametrize(("path", "charts"), [("participation", 10), ("partnerships", 6)])
def test_phone_shows_whole_download_labels_and_legends(browser, server, path, charts, lang):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="en-US")
    try:
        page = context.new_page()
        open_app(page, f"{server}/{path}?lang={lang}", ready=BARS)
        page.wait_for_function("([s, n]) => document.querySelectorAll(s).length >= n",
                               arg=[CHARTS, charts])  # fmt: skip
        page.wait_for_function(
            "s => [...document.querySelectorAll(s)].every(c => c.querySelector('svg'))", arg=CHARTS
        )
        page.wait_for_timeout(500)
        buttons = page.locator('[data-testid="stDownloadButton"] button')
        assert buttons.count() >= 3 * charts - 2
        # the accessible name says what and which format
        names = buttons.evaluate_all("bs => bs.map(b => b.innerText)")
        assert any("(PNG)" in name for name in names) and any("(SVG)" in name for name in names)
        assert page.evaluate(CUT_BUTTONS) == []
        assert page.locator(f"{CHARTS} .role-legend-label text").count() > 0
        assert page.evaluate(CUT_LEGENDS) == []
    finally:
        context.close()
