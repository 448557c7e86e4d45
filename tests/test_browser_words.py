"""No English in the Italian interface: Streamlit's own strings, in what is shown and in
what a screen reader says (aria-label, title, placeholder). Every audit of an Italian page
looks for them (`tests.browser.audit`), on every page at both sizes; here, the states that
no audit sees: a list open, a choice made, the sign-in form and the uploader."""

import subprocess
import sys

import pytest

from tests.browser import READ, english, settle
from tests.conftest import ROOT, start_server

pytestmark = pytest.mark.browser

PASSWORD = "a-long-enough-password"


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
    page.goto(site)
    settle(page, "h1")
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
    page.wait_for_timeout(300)  # the page script's last pass
    seen["overview, a sector chosen"] = english(page.evaluate(READ))

    page.goto(f"{site}/data")
    settle(page, "h1")
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
    page.wait_for_timeout(300)
    seen["data, signed in"] = english(page.evaluate(READ))
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
