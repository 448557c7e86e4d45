"""The data home: publish, reject, interrupt, serialize, roll back, prune, history."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import streamlit as st

from dashboard.export.load import load_export
from dashboard.export.problems import format_report
from dashboard.publishing import home, uploads
from dashboard.publishing.home import default_data_dir
from dashboard.settings import REPO
from dashboard.store.filters import Filters, sql_params
from dashboard.store.queries import query
from dashboard.ui.data import current_export

SMALL = Path(__file__).parent / "fixtures" / "small"
BASIC = Path(__file__).parent / "fixtures" / "basic"  # with people.csv: names
DEMO = REPO / "data"


@pytest.fixture(autouse=True)
def csr_home(monkeypatch, tmp_path) -> Path:
    monkeypatch.delenv("CSR_DATA_DIR", raising=False)
    monkeypatch.setenv("CSR_HOME", str(tmp_path / "home"))
    yield tmp_path / "home"
    st.cache_resource.clear()


def companies_involved(folder: Path) -> int:
    """The published folder's headline, read from its CSVs; the same files, byte for byte,
    are read once per test process (most tests publish the same two exports again)."""
    files = tuple(sorted(csv_hashes(folder).items()))
    if files not in _COMPANIES:
        result = load_export(folder)
        assert result.ok, format_report(result.problems, "en")
        params = sql_params(Filters(), result.years)
        frame = query(result.con.cursor(), "companies_involved", params)
        _COMPANIES[files] = int(frame["companies_involved"].iloc[0])
    return _COMPANIES[files]


_COMPANIES: dict[tuple[tuple[str, str], ...], int] = {}


def tree(folder: Path) -> dict[str, str]:
    """Every file under `folder` (the lock file aside) and the sha256 of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != home.LOCK
    }


def csv_hashes(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.iterdir()
        if p.name.endswith(".csv")
    }


def export_copy(tmp_path: Path, source: Path = SMALL, name: str = "export") -> Path:
    folder = tmp_path / name
    shutil.copytree(source, folder)
    return folder


def leftovers(csr_home: Path) -> list[str]:
    tmp = csr_home / "tmp"
    return sorted(p.name for p in tmp.iterdir()) if tmp.exists() else []


# Which export the dashboard shows


def test_the_export_in_use_follows_the_contract_order(csr_home, monkeypatch, tmp_path):
    assert default_data_dir() == REPO / "data"  # nothing published: the demo
    done = home.publish(SMALL, "anna")
    assert done.ok and done.version == "v0001"
    assert default_data_dir() == csr_home / "versions" / "v0001"
    monkeypatch.setenv("CSR_DATA_DIR", str(tmp_path / "elsewhere"))
    assert default_data_dir() == tmp_path / "elsewhere"  # CSR_DATA_DIR wins, always


def test_every_session_sees_a_new_version_without_a_restart(csr_home):
    home.publish(SMALL, "anna")
    first = current_export()
    assert first.result.row_counts["organizations"] == 6
    assert current_export() is first  # same version: the cached connection
    home.publish(DEMO, "anna")
    second = current_export()
    assert second.folder == csr_home / "versions" / "v0002"
    assert second.result.row_counts["organizations"] == 123


def test_a_version_is_the_export_as_it_came(csr_home):
    done = home.publish(DEMO, "anna")
    folder = csr_home / "versions" / done.version
    assert csv_hashes(folder) == csv_hashes(DEMO)  # data/README.md is not copied
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["files"] == csv_hashes(DEMO)
    assert manifest["who"] == "anna"
    assert manifest["row_counts"]["organizations"] == 123
    assert (csr_home / "current").read_text() == "v0001\n"
    [entry] = home.audit_entries()
    assert entry["action"] == "publish"
    assert entry["who"] == "anna"
    assert entry["version"] == "v0001"
    assert entry["previous"] is None
    assert entry["files"] == csv_hashes(DEMO)
    assert entry["row_counts"]["projects"] == 150
    assert entry["when"].endswith("+00:00")
    for path in folder.iterdir():
        assert not os.access(path, os.W_OK) or os.geteuid() == 0
        assert path.stat().st_mode & 0o222 == 0  # read-only files


# A bad export changes nothing


def _missing_file(folder: Path) -> None:
    (folder / "themes.csv").unlink()


def _bad_reference(folder: Path) -> None:
    text = (folder / "projects.csv").read_text(encoding="utf-8")
    (folder / "projects.csv").write_text(text.replace("Meno rifiuti,D,", "Meno rifiuti,X,"))


def _bad_encoding(folder: Path) -> None:
    (folder / "fees.csv").write_bytes(b"org_id,year,amount_eur\nA,2010,1\x00000\n")


def _duplicate_key(folder: Path) -> None:
    with open(folder / "organizations.csv", "a", encoding="utf-8") as handle:
        handle.write("A,Altra Alfa,company,services,large,3,Modena,2010,\n")


def _negative_and_bad_code(folder: Path) -> None:
    text = (folder / "savings.csv").read_text(encoding="utf-8")
    text = text.replace("P1,2011,P,environmental,500,budget_saving", "P1,2011,P,green,-500,x")
    (folder / "savings.csv").write_text(text)


@pytest.mark.parametrize(
    ("spoil", "report"),
    [
        (_missing_file, ["themes.csv: required file missing"]),
        (_bad_reference, ["projects.csv:5: lead_org_id: unknown organization (X)"]),
        (
            _bad_encoding,
            ["fees.csv: unreadable encoding (UTF-8 and Windows-1252 are accepted)"],
        ),
        (_duplicate_key, ["organizations.csv:8: org_id: duplicate of line 2 (A)"]),
        (
            _negative_and_bad_code,
            [
                "savings.csv:3: policy_area: unknown code, allowed: "
                "economic, environmental, social, labour (green)",
                "savings.csv:3: amount_eur: negative (-500)",
                "savings.csv:3: method: unknown code, allowed: budget_saving, avoided_cost, "
                "in_kind, co_funding, volunteer_time, other (x)",
            ],
        ),
    ],
)
def test_a_bad_export_is_rejected_and_nothing_published_changes(csr_home, tmp_path, spoil, report):
    home.publish(DEMO, "anna")
    before = tree(csr_home)
    bad = export_copy(tmp_path)
    spoil(bad)
    done = home.publish(bad, "bruno")
    assert not done.ok
    assert done.previous == "v0001"
    assert format_report(done.result.problems, "en") == report
    assert tree(csr_home) == before  # byte for byte, the audit log included
    assert leftovers(csr_home) == []
    assert companies_involved(default_data_dir()) == 100


def test_publishing_is_refused_while_csr_data_dir_is_set(csr_home, monkeypatch):
    monkeypatch.setenv("CSR_DATA_DIR", str(DEMO))
    with pytest.raises(home.ReadOnly) as refused:
        home.publish(SMALL, "anna")
    assert "CSR_DATA_DIR" in refused.value.text("en")
    with pytest.raises(home.ReadOnly):
        home.rollback("v0001", "anna")
    assert not csr_home.exists()


# Interrupted publishes


class Killed(BaseException):
    """Stands for the process dying: not an Exception, so nothing may catch it."""


STEPS_BEFORE_SWITCH = ["copy_export", "write_manifest", "flush_folder", "install_version"]
STEPS_AFTER_SWITCH = ["switch_pointer", "append_audit", "prune"]


@pytest.mark.parametrize("step", STEPS_BEFORE_SWITCH + STEPS_AFTER_SWITCH)
def test_a_publish_interrupted_after_any_step_breaks_nothing(csr_home, monkeypatch, step):
    home.publish(SMALL, "anna")
    original = getattr(home, step)

    def interrupted(*args, **kwargs):
        original(*args, **kwargs)
        raise Killed(step)

    monkeypatch.setattr(home, step, interrupted)
    with pytest.raises(Killed):
        home.publish(DEMO, "bruno")
    monkeypatch.setattr(home, step, original)

    if step in STEPS_BEFORE_SWITCH:
        assert home.current_version() == "v0001"
        assert companies_involved(default_data_dir()) == 4  # the previous one, readable
    else:
        assert home.current_version() == "v0002"
        assert companies_involved(default_data_dir()) == 100  # the new one, whole
        assert csv_hashes(default_data_dir()) == csv_hashes(DEMO)

    done = home.publish(SMALL, "carla")
    assert done.ok
    assert companies_involved(default_data_dir()) == 4
    assert leftovers(csr_home) == []
    entries = home.audit_entries()
    logged = {e["version"] for e in entries}
    assert set(home.kept_versions()) == logged  # no unlogged version folder stays
    assert [e["who"] for e in entries if e["action"] == "publish"][-1] == "carla"
    if step == "switch_pointer":
        # the switch happened but its log line did not: written by the next publish
        assert entries[1]["version"] == "v0002" and entries[1]["recovered"] is True
        assert entries[1]["who"] == "bruno"


KILLER = """
import os, signal, sys
from pathlib import Path
from dashboard.publishing import home
step = sys.argv[1]
original = getattr(home, step)
def killed(*args, **kwargs):
    original(*args, **kwargs)
    os.kill(os.getpid(), signal.SIGKILL)
setattr(home, step, killed)
home.publish(Path(sys.argv[2]), "killed")
"""


@pytest.mark.parametrize("step", ["copy_export", "install_version", "switch_pointer"])
def test_a_publish_killed_for_real_leaves_a_readable_home(csr_home, step):
    home.publish(SMALL, "anna")
    run = subprocess.run(
        [sys.executable, "-c", KILLER, step, str(DEMO)],
        cwd=REPO,
        env=os.environ.copy(),
        capture_output=True,
        timeout=60,
    )
    assert run.returncode == -9, run.stderr
    expected = 100 if step == "switch_pointer" else 4
    assert companies_involved(default_data_dir()) == expected
    done = home.publish(SMALL, "carla")  # the lock died with the process
    assert done.ok
    assert leftovers(csr_home) == []
    assert set(home.kept_versions()) == {e["version"] for e in home.audit_entries()}


# Two publishes at once


def test_two_publishes_at_once_run_one_after_the_other(csr_home, monkeypatch):
    events = []
    copy, audit = home.copy_export, home.append_audit

    def copy_slowly(source, staging):
        events.append(("start", source))
        threading.Event().wait(0.2)
        copy(source, staging)

    def audit_and_note(entry):
        audit(entry)
        events.append(("end", entry["version"]))

    monkeypatch.setattr(home, "copy_export", copy_slowly)
    monkeypatch.setattr(home, "append_audit", audit_and_note)
    barrier = threading.Barrier(2)
    results = {}

    def run(source: Path):
        barrier.wait()
        results[source] = home.publish(source, source.name)

    threads = [threading.Thread(target=run, args=(s,)) for s in (SMALL, DEMO)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert [kind for kind, _ in events] == ["start", "end", "start", "end"]
    assert sorted(r.version for r in results.values()) == ["v0001", "v0002"]
    for source, done in results.items():
        assert csv_hashes(csr_home / "versions" / done.version) == csv_hashes(source)
    first, second = sorted(results.values(), key=lambda r: r.version)
    assert second.previous == first.version
    assert [v.id for v in home.history()] == ["v0002", "v0001"]


def test_two_publish_commands_at_once(csr_home, tmp_path):
    sources = [SMALL, DEMO]
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "dashboard.publish", str(s), "--who", s.name],
            cwd=REPO,
            env=os.environ.copy(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for s in sources
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    by_who = {v.who: v for v in home.history()}
    assert set(by_who) == {"small", "data"}
    for source in sources:
        version = by_who[source.name].id
        assert csv_hashes(csr_home / "versions" / version) == csv_hashes(source)
    assert [e["previous"] for e in home.audit_entries()] == [None, "v0001"]


# Roll back, history, prune


def test_rollback_restores_the_earlier_figures(csr_home):
    home.publish(SMALL, "anna")
    home.publish(DEMO, "bruno")
    assert companies_involved(default_data_dir()) == 100
    assert home.rollback("1", "carla") == home.RolledBack("v0001", previous="v0002")
    assert companies_involved(default_data_dir()) == 4
    last = home.audit_entries()[-1]
    assert (last["action"], last["version"], last["previous"], last["who"]) == (
        "rollback",
        "v0001",
        "v0002",
        "carla",
    )
    assert last["row_counts"]["organizations"] == 6
    versions = home.history()
    assert [(v.id, v.who, v.is_current) for v in versions] == [
        ("v0002", "bruno", False),
        ("v0001", "anna", True),
    ]
    assert versions[0].row_counts["organizations"] == 123
    assert versions[1].years == (2010, 2011)
    home.rollback("v0002", "carla")
    assert companies_involved(default_data_dir()) == 100


def test_rollback_refuses_unknown_current_and_damaged_versions(csr_home):
    home.publish(SMALL, "anna")
    home.publish(DEMO, "bruno")
    with pytest.raises(home.HomeError) as unknown:
        home.rollback("v0009", "carla")
    assert unknown.value.text("en") == "unknown version, or no longer kept: v0009"
    with pytest.raises(home.HomeError) as current:
        home.rollback("v0002", "carla")
    assert current.value.text("en") == "version v0002 is already the current one"
    damaged = csr_home / "versions" / "v0001" / "fees.csv"
    os.chmod(damaged, 0o644)
    damaged.write_text("org_id,year,amount_eur\n")
    with pytest.raises(home.HomeError) as broken:
        home.rollback("v0001", "carla")
    assert broken.value.text("en") == "version v0001 is damaged (fees.csv does not match its hash)"
    assert home.current_version() == "v0002"


@pytest.mark.parametrize("damage", ["no manifest", "no files listed", "a file not listed"])
def test_a_version_without_a_complete_manifest_is_never_made_current(csr_home, damage):
    home.publish(SMALL, "anna")
    home.publish(DEMO, "bruno")
    folder = csr_home / "versions" / "v0001"
    manifest = folder / "manifest.json"
    os.chmod(folder, 0o755)
    os.chmod(manifest, 0o644)
    if damage == "no manifest":
        manifest.unlink()
    else:
        data = json.loads(manifest.read_text(encoding="utf-8"))
        if damage == "no files listed":
            del data["files"]
        else:
            del data["files"]["fees.csv"]  # still there, now unchecked
        manifest.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(home.HomeError) as refused:
        home.rollback("v0001", "carla")
    assert refused.value.code == "home_incomplete_manifest"
    assert home.current_version() == "v0002"
    assert home.audit_entries()[-1]["action"] == "publish"


def test_pruning_keeps_the_newest_and_never_the_current_one(csr_home, monkeypatch):
    assert home.KEEP_VERSIONS == 20  # as the README promises
    monkeypatch.setattr(home, "KEEP_VERSIONS", 5)  # the same rule, in fewer publishes
    for n in range(7):
        done = home.publish(SMALL, f"p{n + 1}")
    assert done.version == "v0007"
    assert done.pruned == ["v0002"]  # v0001 went the publish before
    assert home.kept_versions() == [f"v{n:04d}" for n in range(3, 8)]
    home.rollback("v0003", "anna")
    assert home.prune(keep=2) == ["v0004", "v0005"]
    assert home.kept_versions() == ["v0003", "v0006", "v0007"]
    assert home.current_version() == "v0003"
    assert companies_involved(default_data_dir()) == 4
    # numbers never come back, even after pruning
    assert home.publish(SMALL, "anna").version == "v0008"
    # a deleted version's staged file goes with it
    staged = sorted(p.name.split(".")[0] for p in (csr_home / "db").iterdir())
    assert staged == ["v0003", "v0006", "v0007", "v0008"]


def test_a_pointer_to_a_lost_folder_is_not_quietly_the_demo(csr_home):
    home.publish(SMALL, "anna")
    shutil.rmtree(csr_home / "versions" / "v0001")
    assert default_data_dir() == csr_home / "versions" / "v0001"


def test_a_log_line_cut_short_is_skipped_and_closed(csr_home):
    home.publish(SMALL, "anna")
    with open(csr_home / "audit.jsonl", "a") as handle:
        handle.write('{"action": "publ')
    home.publish(DEMO, "bruno")
    entries = home.audit_entries()
    assert [e["version"] for e in entries] == ["v0001", "v0002"]


# Permissions


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_only_the_owner_reads_the_home_whatever_the_umask(csr_home, umask):
    before = os.umask(umask)
    try:
        home.publish(BASIC, "anna")
        home.publish(SMALL, "bruno")
        home.rollback("v0001", "carla")
        upload = uploads.intake([("people.csv", (BASIC / "people.csv").read_bytes())])
    finally:
        os.umask(before)
    version = csr_home / "versions" / "v0001"
    assert {
        name: mode(path)
        for name, path in [
            ("home", csr_home),
            ("versions", csr_home / "versions"),
            ("v0001", version),
            ("v0002", csr_home / "versions" / "v0002"),
            ("tmp", csr_home / "tmp"),
            ("upload", upload.folder),
        ]
    } == {name: 0o700 for name in ("home", "versions", "v0001", "v0002", "tmp", "upload")}
    assert {path.name: mode(path) for path in version.iterdir()} == {
        path.name: 0o400 for path in BASIC.iterdir()
    } | {"manifest.json": 0o400}
    assert {name: mode(csr_home / name) for name in ("current", "audit.jsonl", ".lock")} == {
        "current": 0o600,
        "audit.jsonl": 0o600,
        ".lock": 0o600,
    }
    assert mode(upload.folder / "people.csv") == 0o600


def test_a_home_left_open_by_an_older_release_is_closed_by_the_next_publish(csr_home):
    home.publish(SMALL, "anna")
    for path in (csr_home, csr_home / "versions", csr_home / "tmp"):
        os.chmod(path, 0o755)
    os.chmod(csr_home / "current", 0o644)
    home.publish(SMALL, "bruno")
    assert [mode(p) for p in (csr_home, csr_home / "versions", csr_home / "tmp")] == [0o700] * 3
    assert mode(csr_home / "current") == 0o600
