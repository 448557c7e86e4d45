"""`python -m dashboard.publish`: exit codes and output, run as a scheduled job runs it."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.publishing import home
from dashboard.settings import REPO
from tests.test_validate import MAX_PEAK_MB, measured, over_long, over_named, over_wide

SMALL = Path(__file__).parent / "fixtures" / "small"
DEMO = REPO / "data"


@pytest.fixture
def csr_home(monkeypatch, tmp_path) -> Path:
    monkeypatch.delenv("CSR_DATA_DIR", raising=False)
    monkeypatch.setenv("CSR_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def publish_job(*args: str) -> subprocess.CompletedProcess:
    """The command in a process of its own, as a scheduled job runs it."""
    env = {k: v for k, v in os.environ.items() if k != "CSR_DATA_DIR"}
    return subprocess.run(
        [sys.executable, "-m", "dashboard.publish", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def publish(run_module) -> callable:
    """The command in this process."""
    return functools.partial(run_module, "dashboard.publish")


def test_publish_prints_the_version_and_the_headline_changes(csr_home):
    first = publish_job(str(SMALL), "--who", "anna", "--lang", "en")
    assert first.returncode == 0, first.stderr
    lines = first.stdout.splitlines()
    assert lines[0] == f"Published version v0001 (from {SMALL})"
    assert "  Companies involved: – → 4" in lines
    second = publish_job(str(DEMO), "--who", "bruno", "--lang", "en")
    assert second.returncode == 0, second.stderr
    lines = second.stdout.splitlines()
    assert lines[0] == f"Published version v0002 (from {DEMO})"
    figures = lines[lines.index("Headline figures, before → after:") :]
    assert figures == [
        "Headline figures, before → after:",
        "  Companies involved: 4 → 100",
        "  Projects: 4 → 150",
        "  In partnership: 2 → 50",
        "  Verified savings: €1,250.50 → €235,157.10",
        "  Estimated savings: €500.00 → €177,564.50",
    ]
    assert "  organizations.csv: 6 → 123 rows (+123 added, −6 removed, 0 changed)" in lines
    assert home.current_version() == "v0002"


def test_a_rejected_export_prints_the_validate_report_and_exits_1(
    csr_home, tmp_path, publish, run_module
):
    assert publish(str(SMALL)).returncode == 0
    before = (csr_home / "audit.jsonl").read_bytes()
    bad = tmp_path / "bad"
    shutil.copytree(SMALL, bad)
    (bad / "themes.csv").unlink()
    text = (bad / "projects.csv").read_text()
    (bad / "projects.csv").write_text(text.replace("Meno rifiuti,D,", "Meno rifiuti,X,"))
    run = publish(str(bad), "--lang", "en")
    assert run.returncode == 1
    assert run.stdout.splitlines() == [
        f"Invalid export, 2 problems: {bad}",
        "themes.csv: required file missing",
        "projects.csv:5: lead_org_id: unknown organization (X)",
        "Warnings (1):",
        "organizations.csv:5: org_id: member with no project (neither lead nor partner) (D)",
    ]
    validate = run_module("dashboard.validate", str(bad), "--lang", "en")
    assert run.stdout == validate.stdout  # the same lines as the validator's
    assert run.stderr == "Nothing was published; still in use: v0001\n"
    italian = publish(str(bad))
    assert italian.stdout.splitlines()[1] == "themes.csv: file obbligatorio mancante"
    assert (csr_home / "audit.jsonl").read_bytes() == before
    assert home.current_version() == "v0001"


def test_an_unreadable_folder_or_csr_data_dir_exits_2(csr_home, tmp_path, publish):
    missing = publish(str(tmp_path / "nowhere"), "--lang", "en")
    assert missing.returncode == 2
    assert missing.stdout == ""
    assert missing.stderr.startswith(f"The folder cannot be read: {tmp_path / 'nowhere'}: ")
    read_only = publish(str(SMALL), "--lang", "en", data_dir=DEMO)
    assert read_only.returncode == 2
    assert read_only.stderr == (
        f"Refused: CSR_DATA_DIR is set ({DEMO}): the dashboard shows that folder, read-only, "
        "so nothing can be published or rolled back\n"
    )
    assert not csr_home.exists()


def test_rollback_and_history(csr_home, publish):
    assert publish(str(SMALL), "--who", "anna").returncode == 0
    assert publish(str(DEMO), "--who", "bruno").returncode == 0
    history = publish("--history", "--lang", "en")
    assert history.returncode == 0
    lines = history.stdout.splitlines()
    assert [line.split("  ")[0] for line in lines] == ["v0002", "v0001"]
    assert lines[0].endswith("  bruno  1468  [current]")  # rows of every file of the demo
    assert lines[1].endswith("  anna  31")
    back = publish("--rollback", "v1", "--who", "carla", "--lang", "en")
    assert (back.returncode, back.stdout) == (0, "Now in use: version v0001 (before: v0002)\n")
    assert home.current_version() == "v0001"
    assert home.audit_entries()[-1]["who"] == "carla"
    unknown = publish("--rollback", "v0042", "--lang", "en")
    assert (unknown.returncode, unknown.stderr) == (
        1,
        "Refused: unknown version, or no longer kept: v0042\n",
    )
    assert publish("--rollback", "v0002", data_dir=DEMO).returncode == 2


def test_an_empty_home_has_no_history(csr_home, publish):
    run = publish("--history", "--lang", "en")
    assert (run.returncode, run.stdout) == (0, "No version published.\n")
    assert publish().returncode == 2  # argparse: DIR, --rollback or --history is needed


@pytest.mark.parametrize("payload", [over_wide, over_named, over_long])
def test_an_over_wide_row_or_an_over_long_cell_is_rejected_within_400_mb(
    csr_home, tmp_path, payload
):
    folder = tmp_path / "export"
    expected = payload(folder)
    run, peak = measured(sys.executable, "-m", "dashboard.publish", str(folder), "--lang", "en")
    assert run.returncode == 1, run.stderr
    assert run.stdout.splitlines() == [f"Invalid export, 1 problem: {folder}", *expected]
    assert run.stderr == "Nothing was published; still in use: no version (the demo)\n"
    assert peak < MAX_PEAK_MB
    assert list((csr_home / "tmp").iterdir()) == []  # the copy it checked is gone
    assert home.kept_versions() == []
