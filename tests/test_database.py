"""An export is read, checked and staged once, into a DuckDB file that every server
process opens read-only: a restart or a second process re-reads nothing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from dashboard.export import database
from dashboard.publishing import home
from tests.conftest import ROOT
from tests.expected import rows

SMALL = Path(__file__).parent / "fixtures" / "small"
PROJECTS = sorted((r["project_id"], r["title"]) for r in rows(SMALL, "projects"))
ORGANIZATIONS = str(len(rows(SMALL, "organizations"))).encode()


@pytest.fixture
def csr_home(monkeypatch, tmp_path) -> Path:
    monkeypatch.delenv("CSR_DATA_DIR", raising=False)
    monkeypatch.setenv("CSR_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture
def loads(monkeypatch) -> list[Path]:
    """The folders read and checked from their CSV files."""
    done: list[Path] = []
    real = database.load_export

    def load_export(folder, database=None):
        done.append(Path(folder))
        return real(folder, database=database)

    load_export.__wrapped__ = real
    monkeypatch.setattr(database, "load_export", load_export)
    return done


def projects(result) -> list[tuple]:
    return result.con.execute("select project_id, title from projects order by 1").fetchall()


def test_a_second_opening_reads_no_csv(csr_home, tmp_path, loads):
    folder = shutil.copytree(SMALL, tmp_path / "export")
    first = database.staged(folder)
    again = database.staged(folder)
    assert loads == [folder]
    assert projects(again) == PROJECTS
    assert (again.row_counts, again.exported, again.years) == (
        first.row_counts,
        first.exported,
        first.years,
    )
    [file] = (csr_home / "cache").iterdir()
    assert oct(file.stat().st_mode & 0o777) == "0o600"
    with pytest.raises(duckdb.Error):  # read-only: no page can change the data
        again.con.execute("delete from projects")


def test_a_changed_file_is_read_again(csr_home, tmp_path, loads):
    folder = shutil.copytree(SMALL, tmp_path / "export")
    database.staged(folder)
    projects_csv = folder / "projects.csv"
    projects_csv.write_text(projects_csv.read_text().replace("Pannelli solari", "Pannelli"))
    assert projects(database.staged(folder))[0] == ("P1", "Pannelli")
    assert loads == [folder, folder]


def test_an_invalid_export_is_checked_every_time_and_never_kept(csr_home, tmp_path, loads):
    folder = shutil.copytree(SMALL, tmp_path / "export")
    (folder / "organizations.csv").unlink()
    assert not database.staged(folder).ok
    assert not database.staged(folder).ok
    assert loads == [folder, folder]
    assert list((csr_home / "cache").iterdir()) == []


@pytest.mark.parametrize("damage", [b"", b"not a database", None])
def test_a_broken_or_foreign_file_is_staged_again(csr_home, tmp_path, loads, damage):
    folder = shutil.copytree(SMALL, tmp_path / "export")
    database.staged(folder)
    [file] = (csr_home / "cache").iterdir()
    if damage is None:  # a whole file of another export, under this one's name
        other = shutil.copytree(SMALL, tmp_path / "other")
        (other / "fees.csv").unlink()
        database.staged(other)
        [foreign] = [p for p in (csr_home / "cache").iterdir() if p != file]
        os.replace(foreign, file)
    else:
        file.write_bytes(damage)
    assert projects(database.staged(folder))[0] == ("P1", "Pannelli solari")
    assert loads.count(folder) == 2


def test_a_published_version_is_staged_when_published(csr_home, loads):
    done = home.publish(SMALL, "anna")
    [file] = (csr_home / "db").iterdir()
    assert file.name.startswith(f"{done.version}.")
    assert done.result.con is not None and projects(done.result)[0][0] == "P1"
    staged = database.staged(home.versions_dir() / done.version)
    assert staged.row_counts["projects"] == len(PROJECTS)
    assert loads == []  # publishing checked the export straight into the file


def test_a_home_that_cannot_be_written_still_shows_the_export(monkeypatch, tmp_path, loads):
    blocked = tmp_path / "home"
    blocked.write_text("a file where the data home should be")
    monkeypatch.setenv("CSR_HOME", str(blocked))
    assert projects(database.staged(SMALL))[0][0] == "P1"


def test_two_server_processes_share_one_file(csr_home, tmp_path):
    folder = shutil.copytree(SMALL, tmp_path / "export")
    database.staged(folder)  # staged once, as the first process does
    script = (
        "import sys; from pathlib import Path;"
        "from dashboard.export import database;"
        "database.load_export = None;"  # reading the CSV files would fail
        "r = database.staged(Path(sys.argv[1]));"
        "print(r.con.execute('select count(*) from organizations').fetchone()[0])"
    )
    env = os.environ | {"CSR_HOME": str(csr_home)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(folder)], cwd=ROOT, env=env, stdout=subprocess.PIPE
        )
        for _ in range(2)
    ]
    assert [p.communicate(timeout=60)[0].strip() for p in procs] == [ORGANIZATIONS] * 2


def test_a_large_export_is_staged_by_a_child_process(csr_home, tmp_path, loads, monkeypatch):
    """Over `CSR_STAGE_APART_MB` the server reads nothing itself: the child stages the file
    it then opens, and an invalid export's problems come back exactly as read here."""
    monkeypatch.setenv("CSR_STAGE_APART_MB", "0")
    folder = shutil.copytree(SMALL, tmp_path / "export")
    result = database.staged(folder)
    assert loads == []
    assert projects(result) == PROJECTS
    assert result.row_counts["organizations"] == int(ORGANIZATIONS)
    [file] = (csr_home / "cache").iterdir()
    assert oct(file.stat().st_mode & 0o777) == "0o600"

    bad = shutil.copytree(SMALL, tmp_path / "bad")
    (bad / "fees.csv").write_text("org_id,year,amount_eur\nNOBODY,20x9,-1\n", encoding="utf-8")
    apart = database.staged(bad)
    assert loads == []
    here = database.load_export.__wrapped__(bad)  # the same export read in this process
    assert not apart.ok and apart.problems == here.problems
    assert (apart.warnings, apart.row_counts) == (here.warnings, here.row_counts)
    assert [p.name for p in (csr_home / "cache").iterdir()] == [file.name]


def test_a_child_that_fails_is_logged_and_the_export_staged_here(
    csr_home, tmp_path, monkeypatch, caplog
):
    """The operator reads why in the server's log; the reader still gets the export."""
    monkeypatch.setenv("CSR_STAGE_APART_MB", "0")
    dying = tmp_path / "python"
    dying.write_text('#!/bin/sh\necho "out of memory" >&2\nexit 3\n', encoding="utf-8")
    dying.chmod(0o755)
    monkeypatch.setattr(database.sys, "executable", str(dying))
    folder = shutil.copytree(SMALL, tmp_path / "export")
    with caplog.at_level("WARNING", logger=database.__name__):
        result = database.staged(folder)
    assert projects(result) == PROJECTS
    [record] = caplog.records
    assert record.getMessage() == (
        f"staging {folder} apart failed (exit 3), staging it here: out of memory"
    )
