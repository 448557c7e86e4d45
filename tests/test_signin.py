"""The brakes on guessing passwords: per name, per client, the global one, and parallel
tries; and which address is the client's."""

from __future__ import annotations

import ipaddress
import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from dashboard import settings
from dashboard.publishing import signin, users

PASSWORD = "correct horse battery"
NOW = 1_000_000.0
HERE, THERE = "198.51.100.7", "203.0.113.9"  # two clients


@pytest.fixture(autouse=True)
def csr_home(monkeypatch, tmp_path) -> Path:
    monkeypatch.setenv("CSR_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture
def checked(monkeypatch) -> list[str]:
    """The names whose password was checked; coord's is PASSWORD (no argon2: the brakes are
    tested here, the hashes in test_users.py)."""
    names = []

    def verify(name: str, password: str) -> bool:
        names.append(name)
        return users.account_key(name) == "coord" and password == PASSWORD

    monkeypatch.setattr(signin.users, "verify", verify)
    return names


def no_sleep(seconds: float) -> None:
    raise AssertionError(f"slept {seconds} s without a flood")


def test_repeated_failures_make_a_name_wait_longer(checked):
    for n in range(signin.FREE_FAILURES):  # from a new client each time
        assert signin.attempt("anna", "guess", f"192.0.2.{n}", now=NOW) == signin.Attempt(False)
    assert len(checked) == 5
    assert signin.attempt("anna", "guess", THERE, now=NOW) == signin.Attempt(False, 30)
    assert signin.attempt("Anna ", "guess", THERE, now=NOW + 10).wait == 20  # any case
    assert signin.attempt("bruno", "guess", THERE, now=NOW) == signin.Attempt(False)
    assert len(checked) == 6  # refused attempts are not checked
    assert signin.attempt("anna", "guess", THERE, now=NOW + 30) == signin.Attempt(False)
    assert signin.attempt("anna", "guess", THERE, now=NOW + 30).wait == 60
    assert signin.attempt("anna", "guess", THERE, now=NOW + 90) == signin.Attempt(False)
    assert signin.attempt("anna", "guess", THERE, now=NOW + 90).wait == 120
    assert signin.lockout_seconds(30) == signin.MAX_LOCKOUT
    assert signin.lockout_seconds(10_000) == signin.MAX_LOCKOUT  # a year of hourly tries
    # a quiet day forgets them
    assert signin.attempt("anna", "guess", THERE, now=NOW + 2 * 86400) == signin.Attempt(False)


def test_the_right_password_ends_a_names_failures(checked):
    for n in range(signin.FREE_FAILURES - 1):
        signin.attempt("coord", "guess", HERE, now=NOW + n)
    assert signin.attempt("coord", PASSWORD, HERE, now=NOW + 5) == signin.Attempt(True)
    for n in range(signin.FREE_FAILURES - 1):  # counted from 0 again: none is refused
        assert signin.attempt("coord", "guess", HERE, now=NOW + 10 + n).wait == 0


def test_throwaway_names_hold_up_their_client_not_a_coordinator_elsewhere(checked):
    for n in range(signin.CLIENT_FREE_FAILURES):
        assert signin.attempt(f"guess{n}", "guess", HERE, now=NOW) == signin.Attempt(False)
    assert signin.attempt("guess99", "guess", HERE, now=NOW).wait == 30
    assert signin.attempt("coord", PASSWORD, HERE, now=NOW).wait == 30  # that client waits
    assert signin.attempt("coord", PASSWORD, THERE, now=NOW) == signin.Attempt(True)
    assert checked == [f"guess{n}" for n in range(10)] + ["coord"]
    assert signin.lockout_seconds(11, signin.CLIENT_FREE_FAILURES) == 60


def test_an_account_of_ones_own_does_not_clear_a_clients_guesses(checked):
    for n in range(signin.CLIENT_FREE_FAILURES - 1):
        signin.attempt(f"guess{n}", "guess", HERE, now=NOW)
    assert signin.attempt("coord", PASSWORD, HERE, now=NOW) == signin.Attempt(True)
    assert signin.attempt("guess9", "guess", HERE, now=NOW) == signin.Attempt(False)
    assert signin.attempt("guess10", "guess", HERE, now=NOW).wait == 30


def test_a_flood_of_failures_slows_sign_ins_but_lets_the_right_password_in(checked):
    assert signin.attempt("coord", PASSWORD, THERE, now=NOW, sleep=no_sleep).signed_in
    for n in range(signin.GLOBAL_LIMIT):  # a name and a client each: no other brake holds
        flood = signin.attempt(f"guess{n}", "x", f"10.1.{n // 250}.{n % 250}", now=NOW + n)
        assert flood == signin.Attempt(False)
    slept = []
    later = NOW + signin.GLOBAL_LIMIT
    assert signin.attempt("coord", PASSWORD, THERE, now=later, sleep=slept.append) == (
        signin.Attempt(True)
    )
    assert slept == [signin.GLOBAL_DELAY]
    assert signin.attempt("bruno", "x", THERE, now=later, sleep=slept.append).wait == 0
    assert slept == [signin.GLOBAL_DELAY] * 2  # wrong passwords wait as long
    quiet = NOW + signin.GLOBAL_LIMIT + signin.GLOBAL_WINDOW
    assert signin.attempt("coord", PASSWORD, THERE, now=quiet, sleep=no_sleep).signed_in


@pytest.mark.parametrize(
    ("who", "allowed"),
    [
        (lambda n: ("anna", f"192.0.2.{n}"), signin.FREE_FAILURES),  # one name, many clients
        (lambda n: (f"guess{n}", HERE), signin.CLIENT_FREE_FAILURES),  # one client, many names
    ],
    ids=["one name", "one client"],
)
def test_parallel_tries_get_at_most_the_free_ones_checked(monkeypatch, who, allowed):
    tries = 40
    state = threading.Condition()
    checked, refused = [], []

    def verify(name: str, password: str) -> bool:
        # every check is held until each try has been let through or refused: if letting
        # through and counting were two steps, all 40 would be let through
        with state:
            checked.append(name)
            state.notify_all()
            state.wait_for(lambda: len(checked) + len(refused) == tries, timeout=60)
        return False

    def one(n: int) -> None:
        name, client = who(n)
        if signin.attempt(name, "guess", client, now=NOW).wait > 0:
            with state:
                refused.append(n)
                state.notify_all()

    monkeypatch.setattr(signin.users, "verify", verify)
    threads = [threading.Thread(target=one, args=(n,)) for n in range(tries)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert (len(checked), len(refused)) == (allowed, tries - allowed)


def test_failures_survive_a_restart_and_name_no_one(csr_home, checked):
    for _ in range(signin.FREE_FAILURES):
        signin.attempt("anna", "guess", HERE)
    state = (csr_home / "signin.json").read_text()
    assert "anna" not in state and HERE not in state
    assert stat.S_IMODE((csr_home / "signin.json").stat().st_mode) == 0o600
    assert len(json.loads(state)["clients"]) == 1
    fresh = subprocess.run(
        [
            sys.executable,
            "-c",
            "from dashboard.publishing import signin; "
            "print(signin.attempt('anna', 'guess', '203.0.113.9').wait)",
        ],
        cwd=settings.REPO,
        env=os.environ.copy(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert 25 < float(fresh.stdout) <= 30


# Which address is the client's

PROXY = "10.0.0.2"


def nets(*entries: str) -> tuple:
    return tuple(ipaddress.ip_network(e) for e in entries)


@pytest.mark.parametrize(
    ("peer", "forwarded", "trusted", "client"),
    [
        ("203.0.113.5", "", (), "203.0.113.5"),
        ("203.0.113.5", "192.0.2.1", (), "203.0.113.5"),  # no proxy trusted: header ignored
        ("203.0.113.5", "192.0.2.1", nets("10.0.0.0/24"), "203.0.113.5"),  # not from it
        (PROXY, "192.0.2.1", nets("10.0.0.0/24"), "192.0.2.1"),
        (PROXY, "6.6.6.6, 192.0.2.1", nets(PROXY), "192.0.2.1"),  # what the client sent: no
        (PROXY, "6.6.6.6,192.0.2.1,10.0.0.3", nets("10.0.0.0/24"), "192.0.2.1"),  # 2 proxies
        (PROXY, "", nets(PROXY), PROXY),
        (PROXY, "not-an-address", nets(PROXY), "not-an-address"),
        (PROXY, "10.0.0.9", nets("10.0.0.0/24"), "10.0.0.9"),  # only proxies: the first
        (None, "192.0.2.1", (), "127.0.0.1"),  # Streamlit's None: a loopback connection
        (None, "192.0.2.1", nets("127.0.0.1"), "192.0.2.1"),
        (None, "192.0.2.1", nets("::1"), "192.0.2.1"),
        ("2001:db8::1", "192.0.2.1", nets("127.0.0.1"), "2001:db8::1"),
    ],
)
def test_the_client_is_the_nearest_address_no_trusted_proxy_wrote(peer, forwarded, trusted, client):
    assert signin.client_address(peer, forwarded, trusted) == client


def test_trusted_proxies_come_from_csr_trusted_proxy(monkeypatch):
    monkeypatch.delenv("CSR_TRUSTED_PROXY", raising=False)
    assert settings.trusted_proxies() == ()
    monkeypatch.setenv("CSR_TRUSTED_PROXY", "127.0.0.1, 10.0.0.0/24,nonsense,")
    assert settings.trusted_proxies() == nets("127.0.0.1/32", "10.0.0.0/24")
