"""Local coordinator accounts: argon2id hashes and the CLI (the brakes: test_signin.py)."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.publishing import users
from dashboard.settings import REPO

PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def csr_home(monkeypatch, tmp_path) -> Path:
    monkeypatch.setenv("CSR_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dashboard.users", "--lang", "en", *args],
        cwd=REPO,
        env=os.environ.copy(),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_accounts_through_the_command_line(csr_home):
    assert not users.has_accounts()
    assert cli("list").stdout == "No accounts.\n"
    added = cli("add", "anna", "--password-stdin", stdin=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    assert added.stdout == "Account created: anna\n"
    assert cli("add", "bruno", "--password-stdin", stdin="x" * 12 + "\n").returncode == 0
    assert cli("list").stdout == "anna\nbruno\n"
    assert users.has_accounts()
    assert users.verify("anna", PASSWORD)
    assert not users.verify("anna", PASSWORD + "!")
    assert not users.verify("bruno", PASSWORD)

    again = cli("add", "anna", "--password-stdin", stdin="another long password\n")
    assert again.returncode == 1
    assert again.stderr == "An account anna already exists (to change its password: passwd)\n"
    changed = cli("passwd", "anna", "--password-stdin", stdin="another long password\n")
    assert (changed.returncode, changed.stdout) == (0, "Password changed: anna\n")
    assert users.verify("anna", "another long password")
    assert not users.verify("anna", PASSWORD)

    short = cli("add", "carla", "--password-stdin", stdin="eleven char\n")
    assert short.returncode == 1
    assert short.stderr == "Password too short: at least 12 characters\n"
    assert cli("--lang", "it", "list").returncode == 0

    removed = cli("remove", "anna")
    assert (removed.returncode, removed.stdout) == (0, "Account removed: anna\n")
    assert not users.verify("anna", "another long password")
    missing = cli("remove", "anna")
    assert (missing.returncode, missing.stderr) == (1, "No account anna\n")
    assert users.list_users() == ["bruno"]


def test_add_asks_twice_without_stdin(csr_home, monkeypatch, capsys):
    answers = iter([PASSWORD, PASSWORD + "?"])
    monkeypatch.setattr(users.getpass, "getpass", lambda prompt: next(answers))
    assert users.main(["--lang", "en", "add", "anna"]) == 1
    assert capsys.readouterr().err == "The two passwords differ\n"
    assert not users.has_accounts()
    answers = iter([PASSWORD, PASSWORD])
    assert users.main(["add", "anna"]) == 0
    assert capsys.readouterr().out == "Account creato: anna\n"
    assert users.verify("anna", PASSWORD)


def test_the_file_holds_salted_argon2id_hashes_only(csr_home):
    users.add_user("anna", PASSWORD)
    users.add_user("bruno", PASSWORD)
    path = csr_home / "users.json"
    text = path.read_text()
    assert PASSWORD not in text
    for bare in (hashlib.sha256, hashlib.sha1, hashlib.md5, hashlib.sha512):
        assert bare(PASSWORD.encode()).hexdigest() not in text
    accounts = json.loads(text)["users"]
    hashes = [account["hash"] for account in accounts.values()]
    assert all(h.startswith("$argon2id$v=19$m=") for h in hashes)
    assert hashes[0] != hashes[1]  # salted: the same password hashes differently
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in csr_home.iterdir() if p.name.startswith(".users.json")] == []


def test_names_and_passwords_the_api_refuses(csr_home):
    with pytest.raises(ValueError, match="short_password"):
        users.add_user("anna", "x" * 11)
    with pytest.raises(ValueError, match="bad_name"):
        users.add_user("../anna", PASSWORD)
    users.add_user("Anna", PASSWORD)
    with pytest.raises(ValueError, match="exists"):
        users.add_user("anna", PASSWORD)  # names are case-insensitive
    assert users.verify("ANNA", PASSWORD)
    assert not users.verify("", "")
    assert users.list_users() == ["Anna"]


def test_an_unknown_name_still_costs_one_hash_check(csr_home, monkeypatch):
    users.add_user("anna", PASSWORD)
    checked = []
    real = users._hasher

    class Counting:
        def verify(self, stored, password):
            checked.append(stored)
            return real.verify(stored, password)

        def __getattr__(self, name):
            return getattr(real, name)

    monkeypatch.setattr(users, "_hasher", Counting())
    assert not users.verify("nobody", PASSWORD)
    assert not users.verify("anna", "wrong password!")
    assert len(checked) == 2
    assert all(h.startswith("$argon2id$") for h in checked)


def test_session_minutes():
    assert users.SESSION_MINUTES == 30
