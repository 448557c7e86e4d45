"""The Data page in Chromium: sign in (local account, and OpenID Connect against a local
mock provider), upload a zip, read the report, publish, see the Overview change."""

import io
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.browser import audit, narrow, open_app, resize, settle, tile
from tests.conftest import DEMO, ROOT, _free_port, start_server, wait_for

pytestmark = pytest.mark.browser

SMALL = Path(__file__).parent / "fixtures" / "small"
PASSWORD = "a-long-enough-password"


def zipped(folder: Path, inside: str = "export") -> bytes:
    """The export as a coordinator zips it: one folder holding the files."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in sorted(folder.glob("*.csv")):
            archive.write(path, f"{inside}/{path.name}")
    return buffer.getvalue()


@pytest.fixture(scope="module")
def publishing(tmp_path_factory):
    """A server with no CSR_DATA_DIR (so it may publish) and one local account."""
    home = tmp_path_factory.mktemp("publish-home")
    subprocess.run(
        [sys.executable, "-m", "dashboard.users", "add", "coord", "--password-stdin"],
        input=PASSWORD + "\n", text=True, check=True, cwd=ROOT,
        env={"CSR_HOME": str(home), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    proc, url = start_server(None, home)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def sign_in_locally(page, url: str, lang: str = "en") -> None:
    page.goto(f"{url}/data?lang={lang}")
    settle(page, '[data-testid="stForm"]')
    sign_in(page)


def sign_in(page) -> None:
    """Through the sign-in form the page shows."""
    inputs = page.locator('[data-testid="stForm"] input')
    inputs.nth(0).fill("coord")
    inputs.nth(1).fill(PASSWORD)
    page.locator('[data-testid="stFormSubmitButton"] button').click()
    page.locator('[data-testid="stFileUploader"]').wait_for()


def upload(page, name: str, data: bytes) -> None:
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(
        files=[{"name": name, "mimeType": "application/zip", "buffer": data}]
    )


def test_upload_report_publish_and_the_overview_changes(
    page, browser, publishing, artifacts, tmp_path
):
    # someone else is reading the Overview while the coordinator publishes
    reader = browser.new_context(viewport={"width": 1366, "height": 768})
    other = reader.new_page()
    open_app(other, f"{publishing}/?lang=en")
    assert tile(other, "Companies involved") == "100"  # the demo, before any publish
    sign_in_locally(page, publishing)

    broken = tmp_path / "broken"
    shutil.copytree(SMALL, broken)
    text = (broken / "projects.csv").read_text(encoding="utf-8")
    (broken / "projects.csv").write_text(text.replace("P4,Meno rifiuti,D", "P4,Meno rifiuti,ZZ"))
    upload(page, "broken.zip", zipped(broken))
    page.get_by_text("projects.csv:5: lead_org_id: unknown organization (ZZ)").wait_for()
    assert page.get_by_role("button", name="Publish this export").count() == 0
    page.screenshot(path=artifacts / "data_report_1366x768.png", full_page=True)

    page.locator('[data-testid="stFileChipDeleteBtn"]').first.click()
    page.get_by_text("projects.csv:5").wait_for(state="detached")
    upload(page, "export.zip", zipped(SMALL))
    page.get_by_text("The export is valid").wait_for()
    page.get_by_role("button", name="Publish this export").click()
    page.get_by_text("the dashboard now shows version v0001").wait_for()
    page.screenshot(path=artifacts / "data_published_1366x768.png", full_page=True)

    open_app(page, f"{publishing}/?lang=en")
    assert tile(page, "Companies involved") == "4"  # the hand-made export, now published
    # the reader's open session shows it on its next interaction, without a reload
    other.locator('[data-testid="stSidebar"]').get_by_text("Italiano", exact=True).click()
    settle(other)
    other.wait_for_function(
        "() => [...document.querySelectorAll('[data-testid=\"stMetricValue\"]')]"
        ".some(e => e.innerText === '4')"
    )
    assert tile(other, "Imprese coinvolte") == "4"
    reader.close()


@pytest.mark.parametrize("lang", ["it", "en"])
def test_axe_finds_nothing_on_the_data_page(browser, publishing, lang):
    """The sign-in form at a laptop's size and a phone's, then the whole page signed in
    at a phone's size and a laptop's."""
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="en-US")
    try:
        page = context.new_page()
        page.goto(f"{publishing}/data?lang={lang}")
        settle(page, '[data-testid="stForm"]')
        assert audit(page) == []
        narrow(page)
        assert audit(page) == []
        sign_in(page)
        settle(page, '[data-testid="stFileUploader"]')
        assert audit(page) == []
        resize(page)
        assert audit(page) == []
    finally:
        context.close()


@pytest.fixture(scope="module")
def oidc(tmp_path_factory):
    """A mock OpenID Connect provider and a dashboard configured to sign in with it."""
    provider_port, app_port = _free_port(), _free_port()
    claims = json.dumps({"sub": "anna", "email": "anna@comune.example"})
    provider = subprocess.Popen(
        [sys.executable, "-m", "oidc_provider_mock", "--port", str(provider_port),
         "--user-claims", claims],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    issuer = f"http://127.0.0.1:{provider_port}"
    wait_for(f"{issuer}/.well-known/openid-configuration", provider)
    home = tmp_path_factory.mktemp("oidc-home")
    secrets = home / "secrets.toml"
    secrets.write_text(
        "[auth]\n"
        f'redirect_uri = "http://127.0.0.1:{app_port}/oauth2callback"\n'
        'cookie_secret = "a-test-cookie-secret-of-some-length"\n'
        'client_id = "dashboard"\n'
        'client_secret = "dashboard-secret"\n'
        f'server_metadata_url = "{issuer}/.well-known/openid-configuration"\n'
        "[coordinators]\n"
        'emails = ["anna@comune.example"]\n'
    )
    proc, url = start_server(DEMO, home, secrets=secrets, port=app_port)
    yield url
    proc.terminate()
    provider.terminate()
    proc.wait(timeout=10)
    provider.wait(timeout=10)


def test_sign_in_with_openid_connect(page, oidc, artifacts):
    page.goto(f"{oidc}/data?lang=en")
    settle(page, "h1")
    assert page.get_by_label("Password", exact=True).count() == 0  # no local form
    page.get_by_role("button", name="Sign in with your organization's identity").click()
    page.get_by_role("button", name="anna").click()  # the provider's predefined user
    page.wait_for_url(f"{oidc}/**")
    page.goto(f"{oidc}/data?lang=en")
    settle(page, "h1")
    # a word joiner after "@" keeps the address from becoming a link
    page.get_by_text(re.compile("Signed in as anna@\u2060?comune\\.example")).wait_for()
    # CSR_DATA_DIR is set for this server: signed in, but nothing can be published over it
    page.get_by_text("CSR_DATA_DIR is set").wait_for()
    page.screenshot(path=artifacts / "data_oidc_1366x768.png", full_page=True)


@pytest.fixture(scope="module")
def no_accounts(tmp_path_factory):
    """A fresh installation: an empty data home, no CSR_DATA_DIR, no account yet."""
    proc, url = start_server(None, tmp_path_factory.mktemp("empty-home"))
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.mark.parametrize("lang", ["it", "en"])
def test_axe_finds_nothing_before_any_account_exists(browser, no_accounts, lang, artifacts):
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="en-US")
    try:
        page = context.new_page()
        page.goto(f"{no_accounts}/data?lang={lang}")
        settle(page, '[data-testid="stCode"]')
        command = {"it": "add <nome>", "en": "add <name>"}[lang]
        assert command in page.locator('[data-testid="stCode"]').inner_text()
        for size in ((1366, 768), (320, 640)):
            if size[0] == 320:
                narrow(page, *size)
            page.screenshot(path=artifacts / f"data_no_accounts_{lang}_{size[0]}x{size[1]}.png")
            # highlighted tokens failed contrast; a scrolling pre, focus
            assert audit(page) == [], size
    finally:
        context.close()
