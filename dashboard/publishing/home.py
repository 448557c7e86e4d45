"""The data home (`CSR_HOME`): the published versions of the export, and how they change.

Layout, all under `CSR_HOME` (default `var/` in the checkout, git-ignored):

    versions/v0007/      one folder per published version: the export's `.csv` files as
                         they came, read-only, and `manifest.json` (who, when, hashes, rows)
    current              the pointer: the id of the version the dashboard shows; replaced
                         in one step (`os.replace`), so a reader sees the old or the new
    audit.jsonl          append-only log, one JSON object a line (publish, rollback)
    tmp/                 work in progress: `publish-*` (a copy being checked), `prune-*`
                         (a version being deleted), `upload-*` (uploads being looked at)
    .lock                `fcntl.flock`: one publish, rollback or clean-up at a time

Every folder is 0700 and every file 0600, published ones 0400, set explicitly whatever the
umask: only the account that runs the dashboard reads the names in people.csv.

A publish copies the export into `tmp/`, validates the copy with the loader (the very files
that will be published), writes the manifest, flushes everything to disk, renames the folder
into `versions/`, switches the pointer and appends to the log. Killed at any step, the
previous version stays current and readable; the next publish removes what was left.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from dashboard import settings
from dashboard.export import database
from dashboard.export.load import LoadResult, load_export
from dashboard.export.read import export_fingerprint
from dashboard.publishing import durable
from dashboard.publishing.durable import fsync_dir, private_dir, write_atomic
from dashboard.words.catalog import t

KEEP_VERSIONS = 20  # at least this many versions are kept; older ones are pruned
UPLOAD_MAX_AGE = 24 * 3600  # seconds an unpublished upload may wait in tmp/
MANIFEST = "manifest.json"
POINTER = "current"
AUDIT = "audit.jsonl"
LOCK = ".lock"
_VERSION = re.compile(r"^v(\d{4,})$")


class HomeError(Exception):
    """A publish or rollback that cannot be done; `text(lang)` says why."""

    def __init__(self, code: str, **params: str):
        self.code, self.params = code, params
        super().__init__(self.text("en"))

    def text(self, lang: str = "it") -> str:
        return t(self.code, lang, **self.params)


class ReadOnly(HomeError):
    """`CSR_DATA_DIR` is set: the export in use is that folder, and it is read-only."""


# Paths


def home_dir() -> Path:
    """`CSR_HOME`, or `var/` in the checkout."""
    return settings.home_dir()


def versions_dir() -> Path:
    return home_dir() / "versions"


def tmp_dir() -> Path:
    """The work area; created on demand, readable by its owner only."""
    return private_dir(home_dir() / "tmp")


def read_only_reason(lang: str = "it") -> str | None:
    """Why nothing can be published (CSR_DATA_DIR is set), or None when publishing works."""
    folder = settings.data_dir()
    return t("home_read_only", lang, folder=folder) if folder else None


def current_version() -> str | None:
    """The id in the pointer file, or None when nothing has been published."""
    try:
        text = (home_dir() / POINTER).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return text or None


def current_version_dir() -> Path | None:
    """The current version's folder, or None when nothing has been published.

    A pointer to a folder that went missing is still returned: the dashboard then says the
    export cannot be read, instead of quietly showing the demo as if it were the network's.
    """
    version = current_version()
    return None if version is None else versions_dir() / version


def default_data_dir() -> Path:
    """The export in use: `CSR_DATA_DIR` when set, else the current version published in
    `CSR_HOME`, else the demo export in the repository."""
    return settings.data_dir() or current_version_dir() or settings.DEMO_DIR


def normalize_version(text: str) -> str:
    """`7`, `v7` and `v0007` all name version `v0007`."""
    digits = text.strip().lower().removeprefix("v")
    return f"v{int(digits):04d}" if digits.isdigit() else text.strip()


def _version_number(name: str) -> int | None:
    match = _VERSION.match(name)
    return int(match.group(1)) if match else None


def kept_versions() -> list[str]:
    """Ids of the version folders, oldest first."""
    try:
        names = [p.name for p in versions_dir().iterdir() if p.is_dir()]
    except FileNotFoundError:
        return []
    return sorted((n for n in names if _version_number(n) is not None), key=_version_number)


# Small durable-file helpers


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@contextlib.contextmanager
def locked() -> Iterator[None]:
    """Hold the data home's lock: publishes and rollbacks run one at a time."""
    with durable.locked(home_dir() / LOCK):
        yield


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# Audit log


def audit_entries() -> list[dict]:
    """Every entry of the audit log, oldest first (a line cut short by a crash is skipped)."""
    try:
        text = (home_dir() / AUDIT).read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    entries = []
    for line in text.splitlines():
        with contextlib.suppress(ValueError):
            entry = json.loads(line)
            if isinstance(entry, dict):
                entries.append(entry)
    return entries


def append_audit(entry: dict) -> None:
    """Append one line to the log and flush it to disk (a cut line before it is closed)."""
    path = home_dir() / AUDIT
    line = json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n"
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.fchmod(fd, 0o600)
        size = os.fstat(fd).st_size
        if size:
            with open(path, "rb") as handle:
                handle.seek(size - 1)
                if handle.read(1) != b"\n":
                    line = "\n" + line
        os.write(fd, line.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


def read_manifest(version: str) -> dict:
    try:
        text = (versions_dir() / version / MANIFEST).read_text(encoding="utf-8")
        return json.loads(text)
    except (OSError, ValueError):
        return {}


def _entry(action: str, version: str, manifest: dict, who: str, previous: str | None) -> dict:
    return {
        "when": _now(),
        "who": who,
        "action": action,
        "version": version,
        "previous": previous,
        "files": manifest.get("files", {}),
        "row_counts": manifest.get("row_counts", {}),
    }


# The steps of a publish, one function each (tests interrupt a publish between any two)


def copy_export(source: Path, staging: Path) -> None:
    """Copy the export's `.csv` files, names, bytes and dates as they are (the loader reads
    no others)."""
    staging.mkdir(mode=0o700)
    os.chmod(staging, 0o700)  # the umask may have taken bits off, never added them
    for entry in sorted(os.scandir(source), key=lambda e: e.name):
        if entry.is_file() and entry.name.lower().endswith(".csv"):
            shutil.copyfile(entry.path, staging / entry.name)
            # the files' own dates travel too: without export.csv they date the data
            stat = entry.stat()
            os.utime(staging / entry.name, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def write_manifest(staging: Path, version: str, who: str, result: LoadResult) -> dict:
    files = {p.name: sha256_file(p) for p in sorted(staging.iterdir()) if p.name.endswith(".csv")}
    manifest = {
        "version": version,
        "when": _now(),
        "who": who,
        "files": files,
        "row_counts": {t: result.row_counts[t] for t in sorted(result.exported)},
        "years": list(result.years) if result.years else None,
    }
    data = json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True).encode()
    (staging / MANIFEST).write_bytes(data)
    return manifest


def flush_folder(staging: Path) -> None:
    """Make the files read-only (to their owner alone) and flush them, then the folder, to
    disk."""
    os.chmod(staging, 0o700)
    for path in staging.iterdir():
        os.chmod(path, 0o400)
        with open(path, "rb") as handle:
            os.fsync(handle.fileno())
    fsync_dir(staging)


def install_version(staging: Path, version: str) -> Path:
    """Move the complete folder into `versions/` in one rename."""
    target = versions_dir() / version
    private_dir(versions_dir())
    os.rename(staging, target)
    fsync_dir(versions_dir())
    fsync_dir(staging.parent)
    return target


def switch_pointer(version: str) -> None:
    """Make `version` the one the dashboard shows, atomically."""
    write_atomic(home_dir() / POINTER, f"{version}\n".encode())


def prune(keep: int | None = None) -> list[str]:
    """Delete the oldest versions beyond the newest `keep` (`KEEP_VERSIONS`), never the current
    one."""
    keep = KEEP_VERSIONS if keep is None else max(keep, 1)
    current = current_version()
    kept = kept_versions()
    doomed = [v for v in kept[: max(len(kept) - keep, 0)] if v != current]
    for version in doomed:
        # renamed away first: a crash mid-delete leaves a leftover in tmp/, not half a version
        away = tmp_dir() / f"prune-{version}-{secrets.token_hex(4)}"
        os.rename(versions_dir() / version, away)
        _remove(away)
        database.forget(version)
    if doomed:
        fsync_dir(versions_dir())
    return doomed


def _remove(path: Path) -> None:
    shutil.rmtree(path)  # read-only files go: only the folder's own mode matters


# Recovery


def cleanup() -> list[str]:
    """Remove what an interrupted publish left; log a switch whose log line was lost.

    Call with the lock held. Returns the names removed. Uploads waiting in `tmp/` are kept
    for a day (a coordinator may be looking at one in another session).
    """
    removed = []
    now = time.time()
    for path in sorted(tmp_dir().iterdir()):
        is_old_upload = path.name.startswith("upload-") and (
            now - path.lstat().st_mtime > UPLOAD_MAX_AGE
        )
        if path.name.startswith(("publish-", "prune-")) or is_old_upload:
            if path.is_dir() and not path.is_symlink():
                _remove(path)
            else:
                path.unlink()
            removed.append(f"tmp/{path.name}")
    for stray in home_dir().glob(f".{POINTER}.*.tmp"):
        stray.unlink()
        removed.append(stray.name)

    entries = audit_entries()
    current = current_version()
    logged = {e.get("version") for e in entries if e.get("action") == "publish"}
    last = entries[-1].get("version") if entries else None
    if current is not None and current != last and (versions_dir() / current).is_dir():
        # the pointer switched but the log line was never written: write it now
        action = "rollback" if current in logged else "publish"
        manifest = read_manifest(current)
        who = manifest.get("who", "?") if action == "publish" else "?"
        entry = _entry(action, current, manifest, who, last)
        entry["recovered"] = True
        append_audit(entry)
        logged.add(current)
    newest_logged = max((_version_number(str(v)) or 0 for v in logged), default=0)
    for version in kept_versions():
        # installed but never made current: a publish killed before its switch. Only newer
        # than anything ever logged, and never when the log itself is lost.
        if (
            version != current
            and version not in logged
            and _version_number(version) > newest_logged
            and (entries or current is None)
        ):
            away = tmp_dir() / f"prune-{version}-{secrets.token_hex(4)}"
            os.rename(versions_dir() / version, away)
            _remove(away)
            database.forget(version)
            removed.append(f"versions/{version}")
    return removed


def _next_version() -> str:
    numbers = [_version_number(v) or 0 for v in kept_versions()]
    numbers += [_version_number(str(e.get("version"))) or 0 for e in audit_entries()]
    return f"v{max(numbers, default=0) + 1:04d}"


# Publish, roll back, history


@dataclass
class Published:
    """The outcome of `publish`: a new version, or the problems that kept it out."""

    version: str | None  # None when rejected
    previous: str | None  # the version current before
    result: LoadResult  # the loader's verdict on the copy (figures when published)
    manifest: dict
    pruned: list[str] = field(default_factory=list)  # old versions removed after it

    @property
    def ok(self) -> bool:
        return self.version is not None


def _refuse_if_read_only() -> None:
    if settings.data_dir():
        raise ReadOnly("home_read_only", folder=settings.data_dir())


def publish(source: Path, who: str) -> Published:
    """Validate the export in `source` as a whole and, when valid, make it the current version.

    Raises `ReadOnly` when `CSR_DATA_DIR` is set, `ExportUnreadable` when the folder cannot
    be read. An invalid export changes nothing that is published (`Published.ok` is false,
    `.result.problems` says why).
    """
    _refuse_if_read_only()
    source = Path(source)
    export_fingerprint(source)  # raises the loader's own ExportUnreadable
    with locked():
        cleanup()
        previous = current_version()
        version = _next_version()
        staging = tmp_dir() / f"publish-{version}-{secrets.token_hex(4)}"
        copy_export(source, staging)
        staged_file = tmp_dir() / f"{staging.name}.duckdb"  # checked straight into its file
        result = load_export(staging, database=staged_file)
        if not result.ok:
            _remove(staging)
            return Published(None, previous, result, {})
        manifest = write_manifest(staging, version, who, result)
        database.seal(result, export_fingerprint(staging))
        flush_folder(staging)
        install_version(staging, version)
        result = database.install(staged_file, versions_dir() / version)
        switch_pointer(version)
        append_audit(_entry("publish", version, manifest, who, previous))
        pruned = prune()
    return Published(version, previous, result, manifest, pruned)


@dataclass(frozen=True)
class RolledBack:
    version: str  # now current
    previous: str | None  # current before it, read under the same lock


def rollback(version: str, who: str) -> RolledBack:
    """Make a kept version current again, logged. Only a version whose manifest lists
    every file it holds, each matching its hash, is made current."""
    _refuse_if_read_only()
    version = normalize_version(version)
    with locked():
        cleanup()
        folder = versions_dir() / version
        if _version_number(version) is None or not folder.is_dir():
            raise HomeError("home_unknown_version", version=version)
        previous = current_version()
        if version == previous:
            raise HomeError("home_already_current", version=version)
        manifest = read_manifest(version)
        files = manifest.get("files") or {}
        if not files or {path.name for path in folder.glob("*.csv")} - set(files):
            raise HomeError("home_incomplete_manifest", version=version)
        for name, digest in files.items():
            if not (folder / name).is_file() or sha256_file(folder / name) != digest:
                raise HomeError("home_damaged_version", version=version, file=name)
        switch_pointer(version)
        append_audit(_entry("rollback", version, manifest, who, previous))
    return RolledBack(version, previous)


@dataclass(frozen=True)
class Version:
    id: str
    when: str  # UTC ISO time of its publish
    who: str
    row_counts: dict[str, int]
    files: dict[str, str]  # name -> sha256
    years: tuple[int, int] | None
    is_current: bool


def history() -> list[Version]:
    """The kept versions, newest first, from their manifests."""
    current = current_version()
    versions = []
    for version in reversed(kept_versions()):
        manifest = read_manifest(version)
        years = manifest.get("years")
        versions.append(
            Version(
                id=version,
                when=manifest.get("when", ""),
                who=manifest.get("who", ""),
                row_counts=manifest.get("row_counts", {}),
                files=manifest.get("files", {}),
                years=tuple(years) if years else None,
                is_current=version == current,
            )
        )
    return versions
