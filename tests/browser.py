"""Helpers for the browser tests: wait for a run, read a tile, run axe."""

import re

from axe_playwright_python.sync_playwright import Axe

WCAG = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],  # every violation still reported; passes not listed
}
BARS = '[data-testid="stVegaLiteChart"] g.mark-rect path'
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


def open_app(page, url: str, ready: str = '[data-testid="stMetric"]') -> None:
    page.goto(url)
    settle(page, ready)


def settle(page, ready: str = '[data-testid="stMetric"]') -> None:
    """Wait until the script has run and the page's main element is drawn."""
    page.wait_for_selector(IDLE)
    page.wait_for_selector(ready)
    page.wait_for_timeout(300)
    page.wait_for_selector(IDLE)


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


def tile(page, label: str) -> str:
    box = page.locator('[data-testid="stMetric"]').filter(
        has=page.locator('[data-testid="stMetricLabel"]', has_text=re.compile(f"^{label}$"))
    )
    return box.locator('[data-testid="stMetricValue"]').inner_text()


def audit(page) -> list[dict]:
    """axe at the viewport's size, then again as tall as the content (axe skips what lies
    below the fold of Streamlit's scroll area); violations merged by rule and target."""
    axe = Axe()
    found = {}
    width = page.viewport_size["width"]
    for tall in (False, True):
        if tall:
            height = page.evaluate(
                "Math.max(...[...document.querySelectorAll('section, [data-testid=\"stMain\"]')]"
                ".map(e => e.scrollHeight), 800)"
            )
            page.set_viewport_size({"width": width, "height": height + 200})
            page.wait_for_timeout(500)
        for violation in axe.run(page, options=WCAG).response["violations"]:
            for node in violation["nodes"]:
                found[(violation["id"], str(node["target"]))] = node["failureSummary"]
    return [{"rule": rule, "target": target, "why": why} for (rule, target), why in found.items()]
