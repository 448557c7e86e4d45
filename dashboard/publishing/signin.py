"""Signing in with a local account, and the brakes on guessing passwords.

Failed sign-ins are counted per name and per client (the address signing in), in
`CSR_HOME/signin.json`, so a restart does not reset them: from the 5th failure in a row a
name waits 30 s, and from the 10th a client, doubling with each further failure (at most
an hour). A client trying throwaway names is held up by its own count, never a coordinator
elsewhere. Past 100 failures in 5 minutes across every name and client, each sign-in waits
3 s before its password is checked: slower for everyone, but the right password still
gets in.

An attempt is checked against the counts and reserved (counted as a failure until the
password proves right) in one step under the lock, so parallel tries on one name get at
most the free ones checked. Names and addresses are kept hashed.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from dashboard import settings
from dashboard.publishing import users
from dashboard.publishing.durable import locked, write_atomic

FREE_FAILURES = 5  # failures in a row before a name must wait
CLIENT_FREE_FAILURES = 10  # before a client must wait: a few mistyped names, not a list
FIRST_LOCKOUT = 30.0  # seconds, doubled by each further failure
MAX_LOCKOUT = 3600.0
FORGET_AFTER = 24 * 3600  # a name's or client's failures are forgotten after a quiet day
GLOBAL_WINDOW = 300.0  # seconds
GLOBAL_LIMIT = 100  # failures within the window, across every name and client
GLOBAL_DELAY = 3.0  # seconds each sign-in waits while they are over the limit
MAX_TRACKED = 1000  # names, and clients, tracked at most (the oldest are dropped)
RATE_FILE = "signin.json"
LOOPBACK = ("127.0.0.1", "::1")  # what Streamlit reports as no address (None)

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True)
class Attempt:
    """How a sign-in went; with `wait` > 0 the password was not checked, and the name or
    client may try again in that many seconds."""

    signed_in: bool
    wait: float = 0.0


def client_address(peer: str | None, forwarded_for: str, trusted: Sequence[Network]) -> str:
    """Who is signing in: the connection's address, or, when that is a trusted proxy, the
    nearest address in X-Forwarded-For that is not one. The entries before it are whatever
    the client chose to send, so they are never read; without a trusted proxy nothing in
    the header is."""
    hops = [hop.strip()[:64] for hop in forwarded_for.split(",") if hop.strip()]
    hops.append(peer)
    for hop in reversed(hops):
        if not _trusted(hop, trusted):
            return hop or LOOPBACK[0]
    return hops[0] or LOOPBACK[0]


def _trusted(hop: str | None, trusted: Sequence[Network]) -> bool:
    for text in LOOPBACK if hop is None else (hop,):
        try:
            address = ipaddress.ip_address(text)
        except ValueError:
            continue
        if any(address in network for network in trusted):
            return True
    return False


def lockout_seconds(failures: int, free: int = FREE_FAILURES) -> float:
    """How long a name (or, with `free=CLIENT_FREE_FAILURES`, a client) waits after its
    `failures`-th failure in a row."""
    if failures < free:
        return 0.0
    doublings = min(failures - free, 16)  # a year of hourly tries would overflow a float
    return min(FIRST_LOCKOUT * 2**doublings, MAX_LOCKOUT)


def attempt(
    name: str,
    password: str,
    client: str,
    now: float | None = None,
    sleep: Callable[[float], object] = time.sleep,
) -> Attempt:
    """Sign in as `name` from `client`, if the brakes let this attempt be checked."""
    now = time.time() if now is None else now
    wait, delay = _reserve(name, client, now)
    if wait > 0:
        return Attempt(False, wait)
    if delay:
        sleep(delay)
    if not users.verify(name, password):
        return Attempt(False)
    _release(name, client, now)
    return Attempt(True)


# The counts


def _path():
    return settings.home_dir() / RATE_FILE


def _load() -> dict:
    try:
        data = json.loads(_path().read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        data = {}
    for kind in ("names", "clients"):
        data.setdefault(kind, {})
    data.setdefault("recent", [])
    return data


def _save(data: dict) -> None:
    settings.home_dir().mkdir(parents=True, exist_ok=True)
    write_atomic(_path(), json.dumps(data).encode(), mode=0o600)


def _hashed(text: str) -> str:
    """A name or address as the counts keep it (a password typed as a name stays unreadable
    there)."""
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _keys(name: str, client: str) -> tuple[tuple[str, str, int], ...]:
    return (
        ("names", _hashed(users.account_key(name or "")), FREE_FAILURES),
        ("clients", _hashed(client), CLIENT_FREE_FAILURES),
    )


def _reserve(name: str, client: str, now: float) -> tuple[float, float]:
    """(seconds to wait, 0) when the name or client must wait; else (0, the global brake's
    delay), with the attempt counted as a failure of both."""
    with locked(settings.home_dir() / ".signin.lock"):
        data = _load()
        entries = []
        for kind, key, free in _keys(name, client):
            entry = data[kind].get(key)
            if entry is None or now - entry["last"] > FORGET_AFTER:
                entry = {"failures": 0, "last": now, "until": now}
            entries.append((kind, key, free, entry))
        wait = max(entry["until"] - now for *_, entry in entries)
        if wait > 0:
            return wait, 0.0
        recent = [t for t in data["recent"] if now - t < GLOBAL_WINDOW]
        delay = GLOBAL_DELAY if len(recent) >= GLOBAL_LIMIT else 0.0
        for kind, key, free, entry in entries:
            entry["failures"] += 1
            entry["last"] = now
            entry["until"] = now + lockout_seconds(entry["failures"], free)
            tracked = data[kind]
            tracked[key] = entry
            if len(tracked) > MAX_TRACKED:
                oldest = sorted(tracked, key=lambda k: tracked[k]["last"])
                for old in oldest[: len(tracked) - MAX_TRACKED]:
                    del tracked[old]
        data["recent"] = [*recent[-GLOBAL_LIMIT:], now]  # a success gives its own back
        _save(data)
        return 0.0, delay


def _release(name: str, client: str, now: float) -> None:
    """The password was right: the name's failures end, and the client's reserved attempt
    is given back (only that: an account of one's own does not clear a client's guesses)."""
    with locked(settings.home_dir() / ".signin.lock"):
        data = _load()
        (_, name_key, _), (_, client_key, free) = _keys(name, client)
        data["names"].pop(name_key, None)
        if entry := data["clients"].get(client_key):
            entry["failures"] = max(entry["failures"] - 1, 0)
            entry["until"] = entry["last"] + lockout_seconds(entry["failures"], free)
        if now in data["recent"]:
            data["recent"].remove(now)
        _save(data)
