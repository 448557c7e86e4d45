"""The Data page under AppTest: who may use it, the report of a bad upload, the diff of a
good one, and the participants' names that only coordinators see."""

import csv
import re
import shutil
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
import streamlit
from streamlit import config
from streamlit.runtime.context import StreamlitHeaders

from dashboard.export.load import load_export
from dashboard.publishing import home, signin, uploads, users
from dashboard.ui import auth
from tests.conftest import DEMO
from tests.hostile import as_read, live_markup

DATA = "views/data.py"
READ_CLIENT = auth._client  # before the `client` fixture stands in for it
SMALL = Path(__file__).parent / "fixtures" / "small"


def names() -> list[str]:
    with open(DEMO / "people.csv", encoding="utf-8") as handle:
        return [row["full_name"] for row in csv.DictReader(handle)]


def everything(at) -> str:
    """All the text an AppTest run put on the page, tables included."""
    parts = [
        str(e.value)
        for kind in ("markdown", "caption", "info", "warning", "error", "code")
        for e in getattr(at, kind)
    ]
    parts += [df.value.to_string() for df in at.dataframe]
    return "\n".join(parts)  # fmt: skip


def open_data(app, **params):
    return app(DATA, **params)


@pytest.fixture(autouse=True)
def client(monkeypatch) -> callable:
    """The address signing in (AppTest's session has none): 192.0.2.10 unless changed."""

    def at(address: str) -> None:
        monkeypatch.setattr(auth, "_client", lambda: address)

    at("192.0.2.10")
    return at


def sign_in(at, name: str, password: str):
    at.text_input[0].input(name)
    at.text_input[1].input(password)
    return at.button[0].click().run()


def as_coordinator(at, name="coord"):
    at.session_state["coordinator"] = {"name": name, "until": time.time() + 600}
    return at.run()


def test_without_any_account_it_says_how_to_create_one(app):
    at = open_data(app, lang="en")
    assert not at.exception
    assert "no coordinator account yet" in " ".join(w.value for w in at.warning)
    assert "python -m dashboard.users add" in at.code[0].value
    assert not at.get("file_uploader")
    assert not any(name in everything(at) for name in names())


def test_a_local_account_signs_in_and_sees_the_participants(app):
    users.add_user("coord", "a-long-enough-password")
    at = open_data(app, lang="en")
    assert "This page is for the network's coordinators" in at.info[0].value
    sign_in(at, "coord", "not-the-password")
    assert "Wrong user name or password." in [e.value for e in at.error]
    assert not any(name in everything(at) for name in names())
    sign_in(at, "coord", "a-long-enough-password")
    assert not at.exception
    assert "Signed in as **coord**." in [m.value for m in at.markdown]
    page = everything(at)
    assert all(name in page for name in names()[:5])


def assert_first_lockout(at, message: str) -> None:
    """The one error is `message` (a pattern with the seconds as its group), waiting the
    first lockout's seconds counted from the last failure: 30, or a little less when the
    machine was slow to get from that failure to this attempt (5 s allowed)."""
    [error] = [e.value for e in at.error]
    match = re.fullmatch(message, error)
    assert match, error
    assert signin.FIRST_LOCKOUT - 5 <= int(match.group(1)) <= signin.FIRST_LOCKOUT, error


def test_repeated_failures_make_the_name_wait(app):
    users.add_user("coord", "a-long-enough-password")
    at = open_data(app, lang="en")
    for _ in range(signin.FREE_FAILURES):
        sign_in(at, "coord", "guess")
    assert [e.value for e in at.error] == ["Wrong user name or password."]
    sign_in(at, "coord", "a-long-enough-password")
    assert_first_lockout(at, r"Too many failed attempts: try again in (\d+) seconds\.")
    assert not [m for m in at.markdown if "Signed in as" in m.value]


def test_the_fields_are_a_sign_in_for_password_managers(app):
    users.add_user("coord", "a-long-enough-password")
    name, password = open_data(app, lang="it").text_input
    assert name.proto.autocomplete == "username"
    assert password.proto.type == password.proto.PASSWORD
    assert password.proto.autocomplete == "current-password"


def test_throwaway_names_hold_up_their_client_not_a_coordinator_elsewhere(app, client):
    users.add_user("coord", "a-long-enough-password")
    client("198.51.100.7")
    at = open_data(app, lang="it")
    for n in range(signin.CLIENT_FREE_FAILURES):
        sign_in(at, f"throwaway{n}", "guess")
    sign_in(at, "coord", "a-long-enough-password")
    assert_first_lockout(at, r"Troppi tentativi falliti: riprova tra (\d+) secondi\.")
    client("203.0.113.9")
    at = sign_in(open_data(app, lang="en"), "coord", "a-long-enough-password")
    assert "Signed in as **coord**." in [m.value for m in at.markdown]


@pytest.mark.parametrize(("trusted", "expected"), [(None, "10.0.0.2"), ("10.0.0.2", "192.0.2.1")])
def test_the_client_is_read_from_streamlits_context(monkeypatch, trusted, expected):
    headers = [("X-Forwarded-For", "6.6.6.6"), ("x-forwarded-for", "192.0.2.1")]
    context = SimpleNamespace(ip_address="10.0.0.2", headers=StreamlitHeaders(headers))
    monkeypatch.setattr(streamlit, "context", context)
    if trusted is None:
        monkeypatch.delenv("CSR_TRUSTED_PROXY", raising=False)
    else:
        monkeypatch.setenv("CSR_TRUSTED_PROXY", trusted)
    assert READ_CLIENT() == expected


def test_an_idle_session_ends(app):
    at = open_data(app, lang="en")
    at.session_state["coordinator"] = {"name": "coord", "until": time.time() - 1}
    at.run()
    assert not [m for m in at.markdown if "Signed in as" in m.value]


def test_with_csr_data_dir_nothing_can_be_published(app):
    at = as_coordinator(open_data(app, lang="en"))
    assert "CSR_DATA_DIR is set" in " ".join(w.value for w in at.warning)
    assert not at.get("file_uploader")


@pytest.fixture
def publishable(monkeypatch, data_dir):
    """No CSR_DATA_DIR: the dashboard shows the demo and the coordinator may publish."""
    monkeypatch.delenv("CSR_DATA_DIR")


def checked(folder: Path):
    intake = uploads.intake([(p.name, p.read_bytes()) for p in sorted(folder.glob("*.csv"))])
    return intake, load_export(intake.folder)


@pytest.fixture
def upload_option():
    """Streamlit's `server.maxUploadSize` at its own default (200), put back afterwards."""
    before = config.get_option("server.maxUploadSize")
    config.set_option("server.maxUploadSize", 200)
    yield
    config.set_option("server.maxUploadSize", before)


@pytest.mark.parametrize(("setting", "server_mb"), [(None, 50), ("10", 10), ("0.5", 1)])
def test_the_server_refuses_what_the_upload_cap_refuses(
    app, publishable, upload_option, monkeypatch, setting, server_mb
):
    if setting is None:
        monkeypatch.delenv("CSR_MAX_UPLOAD_MB", raising=False)
    else:
        monkeypatch.setenv("CSR_MAX_UPLOAD_MB", setting)
    at = as_coordinator(open_data(app, lang="en"))
    assert not at.exception
    # the upload endpoint reads this option on every request
    assert config.get_option("server.maxUploadSize") == server_mb
    # and the uploader's limit is the server's
    assert at.get("file_uploader")[0].proto.max_upload_size_mb == server_mb


def test_a_bad_upload_shows_the_report_with_the_offending_line(app, publishable, tmp_path):
    broken = tmp_path / "broken"
    shutil.copytree(SMALL, broken)
    text = (broken / "projects.csv").read_text(encoding="utf-8")
    (broken / "projects.csv").write_text(text.replace("P4,Meno rifiuti,D", "P4,Meno rifiuti,ZZ"))
    at = as_coordinator(open_data(app, lang="en"))
    at.session_state["checked_upload"] = checked(broken)
    at.run()
    assert not at.exception
    assert (
        "The export is not valid and cannot be published (problems found: 1)" in at.error[0].value
    )
    table = at.table[0].value.map(as_read)  # cells are markdown, and quote the export
    assert table.iloc[0].tolist() == [
        "projects.csv:5: lead_org_id: unknown organization (ZZ)",
        "P4,Meno rifiuti,ZZ,environment,,2011,planned,,",
    ]
    assert not [b for b in at.button if b.label == "Publish this export"]


def test_a_good_upload_shows_what_changes(app, publishable):
    at = as_coordinator(open_data(app, lang="en"))
    at.session_state["checked_upload"] = checked(SMALL)
    at.run()
    assert not at.exception
    figures = at.dataframe[0].value.set_index("")
    # the demo (shown now) against the hand-made export: 100 → 4 companies, 150 → 4 projects
    assert figures.loc["Companies involved"].tolist() == ["100", "4"]
    assert figures.loc["Projects"].tolist() == ["150", "4"]
    assert [b for b in at.button if b.label == "Publish this export"]


OIDC = {
    "auth": {
        "redirect_uri": "http://localhost:8501/oauth2callback",
        "cookie_secret": "secret",
        "client_id": "dashboard",
        "client_secret": "secret",
        "server_metadata_url": "http://127.0.0.1:9/.well-known/openid-configuration",
    },
    "coordinators": {"emails": ["Anna@Comune.example"]},
}


def oidc_app(app, user: dict):
    at = app(lang="en")
    for name, value in OIDC.items():
        at.secrets[name] = value
    at.user = user
    return at.switch_page(DATA).run()


def test_openid_connect_serves_listed_coordinators_only(app):
    now = time.time()
    at = oidc_app(app, {"is_logged_in": True, "email": "anna@comune.example", "iat": now})
    assert not at.exception
    assert "Signed in as **anna@comune.example**." in [as_read(m.value) for m in at.markdown]
    assert not at.text_input  # no password form when a provider is configured
    at = oidc_app(app, {"is_logged_in": True, "email": "mario@example.org", "iat": now})
    assert "mario@example.org is not one of the network's coordinators" in as_read(
        at.error[0].value
    )
    assert not any(name in everything(at) for name in names())
    at = oidc_app(app, {"is_logged_in": False})
    assert "Sign in with your organization's identity" in [b.label for b in at.button]


def test_openid_connect_sessions_time_out(app):
    old = time.time() - 9 * 3600
    at = oidc_app(app, {"is_logged_in": True, "email": "anna@comune.example", "iat": old})
    assert "Your coordinator session has expired" in at.info[-1].value
    assert not [m for m in at.markdown if "Signed in as" in m.value]
    at = oidc_app(app, {"is_logged_in": True, "email": "anna@comune.example", "iat": time.time()})
    assert [m for m in at.markdown if "Signed in as" in m.value]
    at.session_state["coordinator_seen"] = time.time() - 31 * 60  # idle for 31 minutes
    at.run()
    assert not [m for m in at.markdown if "Signed in as" in m.value]
    at.run()  # and it stays signed out until a new sign-in
    assert not [m for m in at.markdown if "Signed in as" in m.value]


def test_rollback_restores_the_earlier_figures_on_the_overview(app, publishable):
    def companies() -> str:
        at = app(lang="en")
        return {m.label: m.value for m in at.metric}["Companies involved"]

    assert companies() == "100"  # nothing published: the demo
    first = home.publish(SMALL, "anna")
    assert first.ok and companies() == "4"
    second = home.publish(DEMO, "anna")
    assert second.ok and companies() == "100"
    home.rollback(first.version, "anna")
    assert companies() == "4"


def test_a_bad_upload_quoting_markup_shows_it_as_text(app, publishable, tmp_path):
    """The report quotes the export's own lines: in its table (whose cells Streamlit reads
    as markdown) they stay text."""
    broken = tmp_path / "broken"
    shutil.copytree(SMALL, broken)
    text = (broken / "projects.csv").read_text(encoding="utf-8")
    payload = "[sign in](https://evil.example) **x** :material/warning: <img src=x>"
    (broken / "projects.csv").write_text(
        text.replace("P4,Meno rifiuti,D", f'P4,"{payload}",ZZ'), encoding="utf-8"
    )
    at = as_coordinator(open_data(app, lang="en"))
    at.session_state["checked_upload"] = checked(broken)
    at.run()
    assert not at.exception
    cells = [str(c) for c in at.table[0].value.to_numpy().ravel()]
    assert [c for c in cells if live_markup(c)] == []
    assert any(payload in as_read(c) for c in cells)  # still there, as written
