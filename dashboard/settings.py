"""Every setting of the dashboard, read from the environment in this one module.

Settings are read when asked for, not at import, so that a test (or a long-running server
whose operator changes nothing) sees the environment as it is.
"""

from __future__ import annotations

import ipaddress
import math
import os
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
QUERIES = REPO / "queries"
DEMO_DIR = REPO / "data"


def data_dir() -> Path | None:
    """`CSR_DATA_DIR`: a read-only export folder that overrides what is published."""
    value = os.environ.get("CSR_DATA_DIR")
    return Path(value) if value else None


def home_dir() -> Path:
    """`CSR_HOME`, the data home of published versions; `var/` in the checkout."""
    return Path(os.environ.get("CSR_HOME") or REPO / "var")


def _megabytes(name: str, default: float) -> int:
    """A cap in bytes from an environment variable in MB (decimals allowed)."""
    try:
        mb = float(os.environ.get(name, default))
    except ValueError:
        mb = default
    return int(mb * 1024 * 1024)


def max_file_bytes() -> int:
    """`CSR_MAX_FILE_MB` (default 20): the largest file an upload may hold."""
    return _megabytes("CSR_MAX_FILE_MB", 20)


def max_upload_bytes() -> int:
    """`CSR_MAX_UPLOAD_MB` (default 50): the largest upload."""
    return _megabytes("CSR_MAX_UPLOAD_MB", 50)


def stage_apart_bytes() -> int:
    """`CSR_STAGE_APART_MB` (default 32): an export folder larger than this is read,
    checked and staged by a child process (`export.database`), so that the long-lived
    server never holds its text and frames and stays as small as after a restart."""
    return _megabytes("CSR_STAGE_APART_MB", 32)


def max_upload_mb() -> int:
    """The upload cap in the whole MB Streamlit's `server.maxUploadSize` takes (rounded up:
    the Data page checks the exact cap on what arrives)."""
    return max(1, math.ceil(max_upload_bytes() / (1024 * 1024)))


def trusted_proxies() -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    """`CSR_TRUSTED_PROXY`: the reverse proxy's addresses or networks, comma-separated
    (`127.0.0.1`, `10.0.0.0/24`). Only a connection from one of them has its
    X-Forwarded-For believed; none by default. An entry that is not an address is ignored
    (trusting less, never more)."""
    networks = []
    for entry in os.environ.get("CSR_TRUSTED_PROXY", "").split(","):
        try:
            networks.append(ipaddress.ip_network(entry.strip(), strict=False))
        except ValueError:
            continue
    return tuple(networks)


def _whole(name: str, default: int) -> int:
    """A positive whole number from an environment variable; the default otherwise."""
    try:
        value = int(os.environ.get(name, default))
    except ValueError:
        return default
    return value if value > 0 else default


def duckdb_config() -> dict[str, str]:
    """DuckDB's memory cap and threads, set explicitly rather than left to DuckDB (which
    takes 80% of the machine's memory and every core): `CSR_DUCKDB_MEMORY_MB` (default
    1024) and `CSR_DUCKDB_THREADS` (default 2)."""
    return {
        "memory_limit": f"{_whole('CSR_DUCKDB_MEMORY_MB', 1024)}MiB",  # as the upload caps
        "threads": str(_whole("CSR_DUCKDB_THREADS", 2)),
    }


def public_url() -> str:
    """`CSR_PUBLIC_URL`: where people open the dashboard (`https://rete.example.org`), for
    the links a deck's notes give; empty when unset (the links are then path and query)."""
    return os.environ.get("CSR_PUBLIC_URL", "").strip().rstrip("/")
