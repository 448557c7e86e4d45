"""Helpers for the browser tests: wait for a run, read a tile, run axe (and, on an Italian
page, look for Streamlit's own English words)."""

import re

from axe_playwright_python.sync_playwright import Axe

# the WCAG rules that judge how an element is drawn (colours), not only what the page holds:
# run once, on the page made as tall as its content (see `audit`)
DRAWN_RULES = ["color-contrast", "link-in-text-block"]
WCAG = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "rules": dict.fromkeys(DRAWN_RULES, {"enabled": False}),
    "resultTypes": ["violations"],  # every violation still reported; passes not listed
}
DRAWN = {"runOnly": {"type": "rule", "values": DRAWN_RULES}, "resultTypes": ["violations"]}
BARS = '[data-testid="stVegaLiteChart"] g.mark-rect path'
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


def open_app(page, url: str, ready: str = '[data-testid="stMetric"]') -> None:
    page.goto(url)
    settle(page, ready)


# the page script that says Streamlit's own words in the page's language has run: it
# installs its observer and rewrites the whole page in one go (dashboard/ui/chrome.py)
WORDS_SAID = "() => window.__csrChromeObserver !== undefined"


def settle(page, ready: str = '[data-testid="stMetric"]') -> None:
    """Wait until the script has run, the page's main element is drawn and Streamlit's own
    words are said in the page's language (under load, the page script that says them can
    run after the sidebar is drawn)."""
    page.wait_for_selector(IDLE)
    page.wait_for_selector(ready)
    page.wait_for_timeout(300)
    page.wait_for_selector(IDLE)
    page.wait_for_function(WORDS_SAID)


def narrow(page, width: int = 320, height: int = 640) -> None:
    """The open page at a phone's size: Streamlit folds the sidebar away, as on a phone's
    first load, and the charts are drawn again for the width."""
    page.set_viewport_size({"width": width, "height": height})
    page.wait_for_function(  # a page with a sidebar (the report of a bad export has none)
        "() => (document.querySelector('[data-testid=\"stSidebar\"]')"
        " ?.dataset.collapsed ?? 'true') === 'true'"
    )
    page.wait_for_timeout(500)
    page.wait_for_selector(IDLE)


def resize(page, width: int = 1366, height: int = 768) -> None:
    """The open page at another size (a laptop's unless given), its charts drawn again for
    the width."""
    page.set_viewport_size({"width": width, "height": height})
    page.wait_for_timeout(500)
    page.wait_for_selector(IDLE)


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


def whole_on_a_phone(page, charts: int) -> None:
    """At a phone's width (390 px) with `charts` charts drawn: every download button shows
    its whole label (what, and which format), and no chart legend is shortened or runs off
    its chart."""
    resize(page, 390, 844)
    page.wait_for_function("([s, n]) => document.querySelectorAll(s).length >= n",
                           arg=[CHARTS, charts])  # fmt: skip
    page.wait_for_function(
        "s => [...document.querySelectorAll(s)].every(c => c.querySelector('svg'))", arg=CHARTS
    )
    buttons = page.locator('[data-testid="stDownloadButton"] button')
    assert buttons.count() >= 3 * charts - 2
    names = buttons.evaluate_all("bs => bs.map(b => b.innerText)")
    assert any("(PNG)" in name for name in names) and any("(SVG)" in name for name in names)
    assert page.evaluate(CUT_BUTTONS) == []
    assert page.locator(f"{CHARTS} .role-legend-label text").count() > 0
    assert page.evaluate(CUT_LEGENDS) == []


def tile(page, label: str) -> str:
    box = page.locator('[data-testid="stMetric"]').filter(
        has=page.locator('[data-testid="stMetricLabel"]', has_text=re.compile(f"^{label}$"))
    )
    return box.locator('[data-testid="stMetricValue"]').inner_text()


def audit(page) -> list[dict]:
    """axe at the viewport's size, then the rules that need to see an element drawn on the
    page made as tall as its content (axe cannot judge the colours of what lies below the
    fold of Streamlit's scroll area; every other rule reads the whole page at any size);
    violations merged by rule and target. On an Italian page, each of Streamlit's own
    English words that a reader sees or hears is reported too (rule `streamlit-english`)."""
    axe = Axe()
    found = {}
    page.wait_for_function(WORDS_SAID)
    if page.evaluate("document.documentElement.lang") == "it":
        for text in english(page.evaluate(READ)):
            found[("streamlit-english", text)] = "English in the Italian interface"
    width = page.viewport_size["width"]
    for options in (WCAG, DRAWN):
        if options is DRAWN:
            height = page.evaluate(
                "Math.max(...[...document.querySelectorAll('section, [data-testid=\"stMain\"]')]"
                ".map(e => e.scrollHeight), 800)"
            )
            page.set_viewport_size({"width": width, "height": height + 200})
            page.wait_for_timeout(500)
        for violation in axe.run(page, options=options).response["violations"]:
            for node in violation["nodes"]:
                found[(violation["id"], str(node["target"]))] = node["failureSummary"]
    return [{"rule": rule, "target": target, "why": why} for (rule, target), why in found.items()]


# Streamlit 1.67's own words that reached the Italian pages
STREAMLIT_WORDS = [
    "Select all",
    "Clear all",
    "Browse files",
    "Upload",
    "Drag and drop",
    "per file",
    "Skip to main content",
    "Show password",
    "Hide password",
    "Help for",
    " — start",
    " — end",
    "Selected values",
    "Copy to clipboard",
    "Collapse sidebar",
    "Main menu",
]
# English words that Italian uses: never reported, even inside a longer text
ITALIAN_LOANWORDS = ["partnership", "forum", "report"]
# What a person reads or hears: text outside hidden parts and icons (a material icon is
# drawn from a ligature such as "upload"), and the names given in attributes. Chart
# internals (inside <svg>) are Vega's, named in the accessibility statement. The uploader's
# "50MB per file" line cannot be changed: it is hidden (the test checks it) and the page
# says the caps in its own words.
READ = """() => {
  const hidden = (el) => el.closest('[aria-hidden="true"], [data-testid="stIconMaterial"],'
    + ' [data-testid="stFileUploaderDropzoneInstructions"], svg, style, script, template');
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (n.nodeValue.trim() && !hidden(n.parentElement)) texts.push(n.nodeValue.trim());
  for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]'))
    if (!el.closest('svg'))
      for (const a of ['aria-label', 'title', 'placeholder'])
        if (el.getAttribute(a)) texts.push(el.getAttribute(a));
  return texts;
}"""


def english(texts: list[str]) -> list[str]:
    """The texts holding one of Streamlit's words (the loanwords taken out first)."""
    found = []
    for text in texts:
        plain = re.sub("|".join(ITALIAN_LOANWORDS), "", text, flags=re.IGNORECASE)
        if any(word in plain for word in STREAMLIT_WORDS):
            found.append(text)
    return found
