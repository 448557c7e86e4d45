"""No English in the Italian interface: Streamlit's own strings, on every page, in what is
shown and in what a screen reader says (aria-label, title, placeholder)."""

import re
import subprocess
import sys

import pytest

from dashboard.routes import PAGES
from tests.browser import settle
from tests.conftest import ROOT, start_server

pytestmark = pytest.mark.browser

PASSWORD = "a-long-enough-password"
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


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The demo (nothing published yet) with one coordinator account, so the Data page
    shows its uploader once signed in."""
    home = tmp_path_factory.mktemp("words-home")
    subprocess.run(
        [sys.executable, "-m", "dashboard.users", "add", "coord", "--password-stdin"],
        input=PASSWORD + "\n", text=True, check=True, cwd=ROOT,
        env={"CSR_HOME": str(home), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    proc, url = start_server(None, home)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def test_english_finder_knows_loanwords():
    assert english(["Partnership con le scuole", "Forum: i risultati", "Scarica il report"]) == []
    assert english(["Help for Progetti", "Anni — start", "Upload"]) == [
        "Help for Progetti",
        "Anni — start",
        "Upload",
    ]


def test_no_streamlit_english_on_any_italian_page(page, site, artifacts):
    seen = {}
    for _, path, *_ in PAGES:
        page.goto(f"{site}/{'' if path == 'overview' else path}")
        settle(page, "h1")
        if path == "overview":
            # the sector list open once, so its options (and any "Select all") are drawn
            sector = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]')
            sector.first.locator("input").click()
            page.locator('[role="option"]').first.wait_for()
            seen["overview, sector list open"] = english(page.evaluate(READ))
            page.keyboard.press("Escape")
            # a choice made, so the box has its "Clear all" and "Remove …" buttons
            sector.first.locator("input").click()
            page.locator('[role="option"]').first.click()
            page.keyboard.press("Escape")
            settle(page, "h1")
            page.locator('[data-testid="stSidebar"] [aria-label]').first.wait_for()
        if path == "data":
            inputs = page.locator('[data-testid="stForm"] input')
            inputs.nth(0).fill("coord")
            inputs.nth(1).fill(PASSWORD)
            seen["data, sign-in"] = english(page.evaluate(READ))
            page.locator('[data-testid="stFormSubmitButton"] button').click()
            page.locator('[data-testid="stFileUploader"]').wait_for()
            settle(page, '[data-testid="stFileUploader"]')
            assert page.locator('[data-testid="stFileUploaderDropzoneInstructions"]').is_hidden()
            page.get_by_text("Ogni file CSV fino a 20 MB; in tutto").wait_for()
            page.screenshot(path=artifacts / "words_data_it_1366x768.png")
        page.wait_for_timeout(300)  # the page script's last pass
        seen[path] = english(page.evaluate(READ))
    assert {where: words for where, words in seen.items() if words} == {}
    # and the same words come back in English
    page.goto(f"{site}/?lang=en")
    settle(page, "h1")
    texts = page.evaluate(READ)
    assert "Skip to main content" in texts
    assert any(text.startswith("Help for ") for text in texts)


def test_a_change_of_language_changes_streamlits_words(page, site):
    page.goto(site)
    settle(page, "h1")
    slider = page.locator('[data-testid="stSidebar"] [data-testid="stSlider"] input').first
    assert slider.get_attribute("aria-label") == "Anni — inizio"
    page.locator('[data-testid="stSidebar"]').get_by_text("English", exact=True).click()
    page.wait_for_function(
        '() => document.querySelector(\'[data-testid="stSidebar"] [data-testid="stSlider"]'
        " input').getAttribute('aria-label') === 'Years — start'"
    )
    page.locator('[data-testid="stSidebar"]').get_by_text("Italiano", exact=True).click()
    page.wait_for_function(
        '() => document.querySelector(\'[data-testid="stSidebar"] [data-testid="stSlider"]'
        " input').getAttribute('aria-label') === 'Anni — inizio'"
    )
