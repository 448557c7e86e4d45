"""Hostile input in a real browser: an export whose text fields carry markdown, HTML and
formulas, and links whose parameters do, create no link, image or heading on any public
page, and no page makes a request to any host but the dashboard's own."""

from __future__ import annotations

from urllib.parse import quote, urlsplit

import pytest

from dashboard.routes import PAGES
from tests.browser import IDLE
from tests.conftest import start_server
from tests.hostile import EVIL, MARKUP, hostile_export

pytestmark = pytest.mark.browser

# the first page is the default one, at the root
PUBLIC = ["", *(path for file, path, *_ in PAGES[1:] if file != "views/data.py")]
LINK = "`[x](https://evil.example/login)` # Heading **bold** <img src=https://evil.example/i.png>"
# what the markup above would create, if it were read as markup
CREATED = (
    f'a[href*="{EVIL}"]',
    f'img[src*="{EVIL}"]',
    'h1:text-is("Heading"), h2:text-is("Heading"), h3:text-is("Heading")',
    'strong:text-is("bold"), em:text-is("em")',
    '[data-testid="stException"]',
)


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    folder = hostile_export(tmp_path_factory.mktemp("hostile") / "export")
    proc, url = start_server(folder, tmp_path_factory.mktemp("home"))
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def test_hostile_text_stays_text_and_no_request_leaves_the_host(browser, hostile_server):
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="en-US")
    hosts: set[str] = set()
    context.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
    page = context.new_page()
    own = urlsplit(hostile_server).netloc
    # every public page; the cards open, and the links' markup in the parameters they read
    opened = {
        "participation": f"org=A&sector={quote(LINK)}&q={quote(LINK)}",
        "projects": f"project=P1&years={quote(LINK)}",
    }
    visits = [f"{hostile_server}/{path}?lang=en&{opened.get(path, '')}" for path in PUBLIC]
    visits += [
        f"{hostile_server}/participation?org={quote(LINK)}",
        f"{hostile_server}/projects?project={quote(LINK)}",
        *(f"{hostile_server}/forum?present=1&slide={n}" for n in (2, 7)),
    ]
    try:
        for url in visits:
            page.goto(url)
            page.wait_for_selector("h1")
            page.wait_for_selector(IDLE)
            page.wait_for_timeout(400)  # images and fonts a markup would fetch
            page.wait_for_selector(IDLE)
            created = {css: page.locator(css).count() for css in CREATED}
            assert created == dict.fromkeys(CREATED, 0), url
            shown = page.inner_text("body").replace("\u2060", "")  # word joiners
            assert MARKUP[0] in shown, url  # the network's name, as written
        assert hosts - {own} == set()
    finally:
        context.close()
