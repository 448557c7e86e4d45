"""`python -m dashboard.validate`: output and exit codes, run as users run it."""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BASIC = Path(__file__).parent / "fixtures" / "basic"
MAX_PEAK_MB = 400

# Runs a command and reports its exit code, output and peak memory: in a process of its own,
# so that RUSAGE_CHILDREN (the largest child ever waited for) is that command's alone.
MEASURE = """
import json, resource, subprocess, sys
run = subprocess.run(sys.argv[1:], capture_output=True, text=True)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
print(json.dumps([run.returncode, run.stdout, run.stderr, peak / 1024]))
"""


def measured(*command: str) -> tuple[subprocess.CompletedProcess, float]:
    """`command` run as users run it, and its peak resident memory in MiB."""
    env = {k: v for k, v in os.environ.items() if k != "CSR_DATA_DIR"}
    wrapper = subprocess.run(
        [sys.executable, "-c", MEASURE, *command],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    code, out, err, peak = json.loads(wrapper.stdout)
    return subprocess.CompletedProcess(command, code, out, err), peak


def over_wide(folder: Path) -> list[str]:
    """The basic export with 200 more projects and, on line 210, a row followed by a million
    delimiters and an `x` (a 1 MB file); the report it gets."""
    shutil.copytree(BASIC, folder)
    rows = "".join(f"P-{n},Progetto {n},ORG-1,community,,2012,idea,,\n" for n in range(100, 300))
    wide = "P-300,Troppo larga,ORG-1,community,,2012,idea,," + "," * 1_000_000 + "x\n"
    with open(folder / "projects.csv", "a", encoding="utf-8") as projects:
        projects.write(rows + wide)
    # 9 cells, then a million more: the x is the 1,000,009th
    return [
        "projects.csv:210: non-empty cell in column 1000009, beyond the header's last column (9)"
    ]


def over_named(folder: Path) -> list[str]:
    """The basic export with a header of 150,000 more columns (a 1 MB file); its report."""
    shutil.copytree(BASIC, folder)
    path = folder / "projects.csv"
    header, rest = path.read_text(encoding="utf-8").split("\n", 1)
    extra = "".join(f",c{n}" for n in range(150_000))
    path.write_text(header + extra + "\n" + rest, encoding="utf-8")
    return ["projects.csv:1: too many columns in the header: 150009, at most 200"]


def over_long(folder: Path) -> list[str]:
    """The basic export with a description of 200,000 characters on line 6; its report."""
    shutil.copytree(BASIC, folder)
    path = folder / "projects.csv"
    row = "P-4,Idea solitaria,ORG-7,community,,2012,idea,,"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(row, row + "d" * 200_000), encoding="utf-8")
    return ["projects.csv:6: description: cell too long: 200000 characters, at most 100000"]


def validate_job(*args: str) -> subprocess.CompletedProcess:
    """The command in a process of its own, as a coordinator or a job runs it."""
    env = {k: v for k, v in os.environ.items() if k != "CSR_DATA_DIR"}
    return subprocess.run(
        [sys.executable, "-m", "dashboard.validate", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def validate(run_module) -> callable:
    """The command in this process."""
    return functools.partial(run_module, "dashboard.validate")


def test_a_valid_export_prints_what_it_read(tmp_path):
    folder = tmp_path / "export"
    shutil.copytree(BASIC, folder)
    for name in ("people.csv", "attendance.csv"):
        (folder / name).unlink()
    (folder / "notes.csv").write_text("x\n")
    run = validate_job(str(folder), "--lang", "en")
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.splitlines() == [
        f"Valid export: {folder}",
        "Rows per file:",
        "  organizations.csv: 9",
        "  meetings.csv: 2",
        "  projects.csv: 7",
        "  project_partners.csv: 8",
        "  savings.csv: 2",
        "  fees.csv: 3",
        "  export.csv: 1",
        "  sectors.csv: 4",
        "  categories.csv: 3",
        "  themes.csv: 2",
        "Not exported: people.csv, attendance.csv",
        "Years: 2009–2012",
        "Warnings (1):",
        "notes.csv: not part of the export, ignored",
    ]


def test_italian_is_the_default_and_the_folder_defaults_to_csr_data_dir(validate):
    run = validate(data_dir=BASIC)
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == f"Esportazione valida: {BASIC}"
    assert lines[1:3] == ["Righe per file:", "  organizations.csv: 9"]
    assert lines[-1] == "Anni: 2009–2012"


def test_an_invalid_export_prints_its_problems_and_exits_1(tmp_path, validate):
    folder = tmp_path / "export"
    shutil.copytree(BASIC, folder)
    (folder / "themes.csv").unlink()
    projects = (folder / "projects.csv").read_text(encoding="utf-8")
    (folder / "projects.csv").write_text(projects.replace("ORG-9", "ORG-999"), encoding="utf-8")
    run = validate(str(folder), "--lang", "en")
    assert run.returncode == 1
    assert run.stdout.splitlines() == [
        f"Invalid export, 2 problems: {folder}",
        "themes.csv: required file missing",
        "projects.csv:7: lead_org_id: unknown organization (ORG-999)",
        "Warnings (1):",
        "organizations.csv:10: org_id: member with no project (neither lead nor partner) (ORG-9)",
    ]
    italian = validate(str(folder))
    assert italian.stdout.splitlines()[1:3] == [
        "themes.csv: file obbligatorio mancante",
        "projects.csv:7: lead_org_id: organizzazione sconosciuta (ORG-999)",
    ]


def test_an_unreadable_file_exits_1(tmp_path, validate):
    folder = tmp_path / "export"
    shutil.copytree(BASIC, folder)
    (folder / "fees.csv").write_bytes("org_id,year\n".encode("utf-16"))
    run = validate(str(folder), "--lang", "en")
    assert run.returncode == 1
    assert "fees.csv: unreadable encoding (UTF-8 and Windows-1252 are accepted)" in run.stdout


def test_a_folder_that_cannot_be_read_exits_2(tmp_path, validate):
    missing = validate(str(tmp_path / "nowhere"), "--lang", "en")
    assert missing.returncode == 2
    assert missing.stdout == ""
    assert missing.stderr.startswith(f"The folder cannot be read: {tmp_path / 'nowhere'}: ")
    (tmp_path / "a.csv").write_text("x")
    assert validate(str(tmp_path / "a.csv")).returncode == 2
    assert validate(data_dir=tmp_path / "nowhere").returncode == 2


@pytest.mark.parametrize("payload", [over_wide, over_named, over_long])
def test_an_over_wide_row_or_an_over_long_cell_is_a_report_within_400_mb(tmp_path, payload):
    folder = tmp_path / "export"
    expected = payload(folder)
    run, peak = measured(sys.executable, "-m", "dashboard.validate", str(folder), "--lang", "en")
    assert run.returncode == 1, run.stderr
    assert run.stdout.splitlines() == [f"Invalid export, 1 problem: {folder}", *expected]
    assert run.stderr == ""
    assert peak < MAX_PEAK_MB
