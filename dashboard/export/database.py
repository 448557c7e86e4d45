"""An export staged once into a DuckDB file, which every server process opens read-only.

Reading and checking an export takes seconds at a region's size and more at a nation's;
the file keeps the result, so a restart, a second server process or a second machine on
the same data home re-reads nothing. A published version's file is
`CSR_HOME/db/<version>.<stamp>.duckdb`, written when it is published; any other folder's
(`CSR_DATA_DIR`, the demo) is `CSR_HOME/cache/<fingerprint>.<stamp>.duckdb`, written on
first use. The stamp changes with the staging code and DuckDB's version, so a new release
never opens a file an older one wrote. A file is used only when it records the very
fingerprint its folder has now. Only a valid export is kept: an invalid one is checked each
time, so its report is always that of its files.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import duckdb

from dashboard import settings
from dashboard.export.load import LoadResult, load_export
from dashboard.export.problems import Problem
from dashboard.export.read import export_fingerprint, scan

_LOG = logging.getLogger(__name__)
KEEP_CACHED = 4  # files kept in cache/: the exports a server was pointed at lately
_STAGING_CODE = ("contract.py", "read.py", "check.py", "stage.py", "load.py", "database.py")


@functools.cache
def stamp() -> str:
    """What a staged file depends on besides the export: DuckDB's storage and our staging."""
    digest = hashlib.sha256(duckdb.__version__.encode())
    here = Path(__file__).parent
    for path in [here / name for name in _STAGING_CODE] + sorted(
        p for p in settings.QUERIES.glob("*.sql") if p.name.startswith(("stg_", "derived_"))
    ):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:12]


def db_path(folder: Path, fingerprint: str) -> Path:
    """Where the staged file of `folder` lives: by version when it is a published one."""
    home = settings.home_dir()
    if folder.parent == home / "versions":  # `publishing.home`'s layout
        return home / "db" / f"{folder.name}.{stamp()}.duckdb"
    return home / "cache" / f"{fingerprint}.{stamp()}.duckdb"


def staged(folder: Path) -> LoadResult:
    """The export in `folder`, opened read-only from its staged file; read, checked and
    staged into that file first when there is none yet (or it is stale). An invalid export,
    or a data home that cannot be written, is loaded in memory as before."""
    fingerprint = export_fingerprint(folder)
    path = db_path(folder, fingerprint)
    if (found := _open(path, fingerprint)) is not None:
        return found
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.parent.chmod(0o700)  # the data's owner only, whatever the umask
        work = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        work.unlink(missing_ok=True)
    except OSError:
        return load_export(folder)
    result = _checked_into(folder, work, fingerprint)
    if not result.ok:
        work.unlink(missing_ok=True)
        return result
    os.chmod(work, 0o600)
    os.replace(work, path)
    if path.parent.name == "cache":
        _tidy(path.parent)
    return _open(path, fingerprint) or load_export(folder)


def _checked_into(folder: Path, work: Path, fingerprint: str) -> LoadResult:
    """`folder` read and checked, and staged into `work` and sealed when valid. An export
    over `CSR_STAGE_APART_MB` is done by a child process (`main` below), whose memory is
    given back whole when it ends; the problems come back as JSON. Should the child fail,
    this process does it, as it always did."""
    if sum(entry.stat().st_size for entry in scan(folder)) <= settings.stage_apart_bytes():
        return _check_into(folder, work, fingerprint)
    command = [sys.executable, "-m", "dashboard.export.database", folder, work, fingerprint]
    child = subprocess.run(command, cwd=settings.REPO, capture_output=True, check=False)
    if child.returncode != 0:
        said = child.stderr.decode("utf-8", "replace").strip().splitlines()[-5:]
        _LOG.warning(
            "staging %s apart failed (exit %s), staging it here: %s",
            folder, child.returncode, " | ".join(said),
        )  # fmt: skip
        work.unlink(missing_ok=True)
        return _check_into(folder, work, fingerprint)
    told = json.loads(child.stdout)
    return LoadResult(
        problems=[_problem(p) for p in told["problems"]],
        warnings=[_problem(p) for p in told["warnings"]],
        con=None,
        row_counts=told["row_counts"],
        exported=frozenset(told["exported"]),
        years=None,
    )


def _check_into(folder: Path, work: Path, fingerprint: str) -> LoadResult:
    result = load_export(folder, database=work)
    if result.ok:
        seal(result, fingerprint)
    return result


def main() -> None:
    """The child of `_checked_into`: FOLDER WORK FINGERPRINT in, the findings out as JSON."""
    folder, work, fingerprint = sys.argv[1:4]
    result = _check_into(Path(folder), Path(work), fingerprint)
    told = {
        "problems": [_problem_json(p) for p in result.problems],
        "warnings": [_problem_json(p) for p in result.warnings],
        "row_counts": result.row_counts,
        "exported": sorted(result.exported),
    }
    print(json.dumps(told))


def seal(result: LoadResult, fingerprint: str) -> None:
    """Record in the staged file what the loader found besides the tables, and close it."""
    meta = {
        "fingerprint": fingerprint,
        "stamp": stamp(),
        "warnings": [_problem_json(p) for p in result.warnings],
        "row_counts": result.row_counts,
        "exported": sorted(result.exported),
        "years": list(result.years) if result.years else None,
    }
    result.con.execute("create table export_meta (meta json)")
    result.con.execute("insert into export_meta values (?)", [json.dumps(meta)])
    result.con.execute("checkpoint")
    result.con.close()
    result.con = None


def install(work: Path, version_dir: Path) -> LoadResult:
    """The export just published in `version_dir`, opened from the sealed file `work`
    written while it was checked, once that file is in its place."""
    path = db_path(version_dir, "")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.parent.chmod(0o700)
    os.chmod(work, 0o600)
    os.replace(work, path)
    return staged(version_dir)


def forget(version: str) -> None:
    """Remove the staged files of a version that is deleted (its number may come again)."""
    for path in (settings.home_dir() / "db").glob(f"{version}.*"):
        path.unlink(missing_ok=True)


def _open(path: Path, fingerprint: str) -> LoadResult | None:
    """The staged file at `path`, read-only, when it is whole and of this fingerprint."""
    if not path.is_file():
        return None
    try:
        con = duckdb.connect(str(path), read_only=True, config=settings.duckdb_config())
    except duckdb.Error:
        return None
    try:
        [(text,)] = con.execute("select meta from export_meta").fetchall()
    except duckdb.Error:
        con.close()
        return None
    meta = json.loads(text)
    if meta["fingerprint"] != fingerprint or meta["stamp"] != stamp():
        con.close()
        return None
    return LoadResult(
        problems=[],
        warnings=[_problem(p) for p in meta["warnings"]],
        con=con,
        row_counts=meta["row_counts"],
        exported=frozenset(meta["exported"]),
        years=tuple(meta["years"]) if meta["years"] else None,
    )


def _problem_json(p: Problem) -> list:
    return [p.file, p.line, p.column, p.code, p.value, [list(pair) for pair in p.params]]


def _problem(told: list) -> Problem:
    return Problem(*told[:5], tuple(map(tuple, told[5])))


def _tidy(cache: Path) -> None:
    """Keep the newest `KEEP_CACHED` files of `cache/`; an open file stays readable to
    the process that has it open."""
    files = sorted(cache.glob("*.duckdb"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[KEEP_CACHED:]:
        old.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
