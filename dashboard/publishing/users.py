"""Local coordinator accounts (when no OpenID Connect provider is configured).

Accounts live in `CSR_HOME/users.json` (mode 0600, replaced atomically): a name and an
argon2id hash per account (the hash string carries its own random salt and parameters),
never a password. The brakes on guessing them are in `signin`.

`python -m dashboard.users add NAME [--password-stdin] | passwd NAME | remove NAME | list`
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import getpass
import json
import re
import sys
from datetime import UTC, datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from dashboard import settings
from dashboard.publishing.durable import locked, write_atomic
from dashboard.words.catalog import t

SESSION_MINUTES = 30  # idle time after which a coordinator's session ends (the UI's job)
MIN_PASSWORD = 12
USERS_FILE = "users.json"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")

_hasher = PasswordHasher()  # argon2id with the library's recommended parameters


@functools.cache
def _dummy_hash() -> str:
    """A hash to verify against for an unknown name, so it costs the same time."""
    return _hasher.hash("not a password of anyone")


# Accounts


def _load_users() -> dict[str, dict]:
    try:
        data = json.loads((settings.home_dir() / USERS_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return data.get("users", {})


def _save_users(accounts: dict[str, dict]) -> None:
    settings.home_dir().mkdir(parents=True, exist_ok=True)
    data = json.dumps({"users": accounts}, indent=2, sort_keys=True).encode()
    write_atomic(settings.home_dir() / USERS_FILE, data, mode=0o600)


@contextlib.contextmanager
def _locked():
    with locked(settings.home_dir() / ".users.lock"):
        yield


def account_key(username: str) -> str:
    """A name as accounts and the sign-in brakes know it: "Anna " is anna."""
    return username.strip().casefold()


def has_accounts() -> bool:
    return bool(_load_users())


def list_users() -> list[str]:
    return sorted(account["name"] for account in _load_users().values())


def valid_name(username: str) -> bool:
    return bool(_NAME.match(username))


def add_user(username: str, password: str, replace: bool = False) -> None:
    """Create an account (or, with `replace`, set a new password). ValueError says why not."""
    if not valid_name(username):
        raise ValueError("users_bad_name")
    if len(password) < MIN_PASSWORD:
        raise ValueError("users_short_password")
    with _locked():
        accounts = _load_users()
        key = account_key(username)
        if key in accounts and not replace:
            raise ValueError("users_exists")
        if key not in accounts and replace:
            raise ValueError("users_unknown")
        name = accounts.get(key, {}).get("name", username)
        accounts[key] = {
            "name": name,
            "hash": _hasher.hash(password),
            "changed": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        _save_users(accounts)


def remove_user(username: str) -> bool:
    with _locked():
        accounts = _load_users()
        if accounts.pop(account_key(username), None) is None:
            return False
        _save_users(accounts)
        return True


def verify(username: str, password: str) -> bool:
    """Whether the password is the account's; an unknown name costs the same hash check."""
    account = _load_users().get(account_key(username or ""))
    stored = account["hash"] if account else _dummy_hash()
    try:
        _hasher.verify(stored, password or "")
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
    if account is None:
        return False
    if _hasher.check_needs_rehash(stored):
        with contextlib.suppress(ValueError, OSError):
            add_user(account["name"], password, replace=True)
    return True


# Command line


def _read_password(from_stdin: bool, lang: str) -> str:
    if from_stdin:
        return sys.stdin.readline().removesuffix("\n").removesuffix("\r")
    first = getpass.getpass(t("users_prompt", lang))
    if len(first) >= MIN_PASSWORD and getpass.getpass(t("users_again", lang)) != first:
        raise ValueError("users_mismatch")
    return first


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m dashboard.users", description="Local coordinator accounts."
    )
    parser.add_argument("--lang", choices=("it", "en"), default="it")
    commands = parser.add_subparsers(dest="command", required=True)
    for command in ("add", "passwd"):
        sub = commands.add_parser(command)
        sub.add_argument("name")
        sub.add_argument("--password-stdin", action="store_true")
    commands.add_parser("remove").add_argument("name")
    commands.add_parser("list")
    args = parser.parse_args(argv)
    lang = args.lang

    if args.command == "list":
        names = list_users()
        print("\n".join(names) if names else t("users_none", lang))
        return 0
    if args.command == "remove":
        if not remove_user(args.name):
            print(t("users_unknown", lang, name=args.name), file=sys.stderr)
            return 1
        print(t("users_removed", lang, name=args.name))
        return 0
    replace = args.command == "passwd"
    try:
        if not valid_name(args.name):
            raise ValueError("users_bad_name")
        password = _read_password(args.password_stdin, lang)
        add_user(args.name, password, replace=replace)
    except ValueError as error:
        print(t(error.args[0], lang, name=args.name, min=MIN_PASSWORD), file=sys.stderr)
        return 1
    print(t("users_changed" if replace else "users_added", lang, name=args.name))
    return 0
