"""The benchmark's part in a real server and browser: `streamlit run` on an export, started
cold (an empty data home: it reads, checks and stages the export) and again on the same
home (a restart), every page visited in Chromium, and the server's peak memory.

For each page: the seconds from choosing a sector in the sidebar until the page has
settled (the script's run over and every chart drawn), the median of `repeat` choices,
beside the naive one-page app (`bench/naive_app.py`) doing the same with its own sector
list.
"""

from __future__ import annotations

import statistics
import subprocess
import time
from pathlib import Path

from playwright.sync_api import TimeoutError as PlaywrightTimeout

from dashboard.routes import PAGES
from tests.conftest import CHROMIUM, CHROMIUM_ARGS, start_server

NAIVE = Path(__file__).resolve().parent.parent / "bench" / "naive_app.py"
URL_PATHS = {file: path for file, path, *_ in PAGES[1:]}  # the first page is at the root
CHARTS = '[data-testid="stVegaLiteChart"]'
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
# set before a choice: records the script's run starting, then ending
WATCH = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  window.__run = {started: false, over: false};
  new MutationObserver(() => {
    const state = app.dataset.testScriptState;
    if (state === 'running') window.__run.started = true;
    else if (window.__run.started && state === 'notRunning') window.__run.over = true;
  }).observe(app, {attributes: true, attributeFilter: ['data-test-script-state']});
}"""
# the run over, and every chart in view drawn (one in a closed fold or tab is never drawn)
SETTLED = """(charts) => window.__run.over
  && [...document.querySelectorAll(charts)]
    .filter(c => c.getClientRects().length)
    .every(c => c.querySelector('canvas, svg'))"""


def peak_mib(proc: subprocess.Popen) -> float:
    """The process's peak resident memory so far (VmHWM), in MiB."""
    status = Path(f"/proc/{proc.pid}/status").read_text()
    [line] = [line for line in status.splitlines() if line.startswith("VmHWM:")]
    return int(line.split()[1]) / 1024


def first_page(browser, url: str) -> float:
    """Seconds until the Overview has settled in a new tab."""
    tab = browser.new_page(viewport={"width": 1366, "height": 768}, locale="en-US")
    start = time.perf_counter()
    tab.goto(url, timeout=300_000)
    tab.wait_for_selector('[data-testid="stMetric"]', timeout=300_000)
    tab.wait_for_selector(IDLE, timeout=300_000)
    seconds = time.perf_counter() - start
    tab.close()
    return seconds


def sector_choice(browser, url: str, repeat: int) -> float | str:
    """Median seconds from choosing a sector (the n-th of the first list on the page, a
    fresh tab each time) until the page has settled with its charts drawn; "–" for a page
    with no list to choose from, "no settle" (the run's failure named in the table, not the
    whole benchmark lost) when a choice has not settled in two minutes."""
    times = []
    for n in range(repeat):
        tab = browser.new_page(viewport={"width": 1366, "height": 768}, locale="en-US")
        tab.goto(url, timeout=300_000)
        tab.wait_for_selector("h1, [data-testid='stMetric']", timeout=300_000)
        tab.wait_for_selector(IDLE, timeout=300_000)
        lists = tab.locator('[data-testid="stMultiSelect"] input')
        try:
            lists.first.wait_for(timeout=30_000)
        except PlaywrightTimeout:
            tab.close()
            return "–"
        tab.wait_for_timeout(300)
        tab.wait_for_selector(IDLE)
        lists.first.click()
        option = tab.locator('[role="option"]').nth(n)
        option.wait_for()
        tab.evaluate(WATCH)
        start = time.perf_counter()
        option.click()
        try:
            tab.wait_for_function(SETTLED, arg=CHARTS, timeout=120_000, polling="raf")
        except PlaywrightTimeout:
            tab.close()
            return f"no settle (choice {n + 1})"
        times.append(time.perf_counter() - start)
        tab.close()
    return statistics.median(times)


def served(folder: Path, home: Path, pages: dict[str, str | None], repeat: int) -> dict:
    """A cold start of the dashboard on `folder` (`home` empty), every page (name: its
    file under dashboard/, None for the first) timed in
    Chromium, and a restart on the same home; the naive app beside; seconds and MiB. The
    cold server's peak memory is after staging and every page, the restarted one's after
    its first page."""
    from playwright.sync_api import sync_playwright

    found: dict = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for start in ("cold", "restart"):
            launched = time.perf_counter()
            proc, url = start_server(folder, home)
            up = time.perf_counter() - launched
            first = first_page(browser, url)
            found[f"{start}_s"] = up + first
            found[f"{start}_first_page_s"] = first  # the server up: its first page, drawn
            if start == "cold":
                found["pages"] = {
                    name: sector_choice(browser, f"{url}/{URL_PATHS.get(file, '')}", repeat)
                    for name, file in pages.items()
                }
            found[f"{start}_peak_mib"] = peak_mib(proc)
            proc.terminate()
            proc.wait(timeout=30)
        if pages:
            proc, url = start_server(folder, home, app=NAIVE)
            found["pages"]["naive app"] = sector_choice(browser, url, repeat)
            proc.terminate()
            proc.wait(timeout=30)
        browser.close()
    return found
