"""`python -m dashboard.validate`: output and exit codes, run as users run it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BASIC = Path(__file__).parent / "fixtures" / "basic"


def validate(*args: str, data_dir: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "CSR_DATA_DIR"}
    if data_dir is not None:
        env["CSR_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "dashboard.validate", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_valid_export_prints_what_it_read(tmp_path):
    folder = tmp_path / "export"
    shutil.copytree(BASIC, folder)
    for name in ("people.csv", "attendance.csv"):
        (folder / name).unlink()
    (folder / "notes.csv").write_text("x\n")
    run = validate(str(folder), "--lang", "en")
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


def test_italian_is_the_default_and_the_folder_defaults_to_csr_data_dir():
    run = validate(data_dir=BASIC)
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == f"Esportazione valida: {BASIC}"
    assert lines[1:3] == ["Righe per file:", "  organizations.csv: 9"]
    assert lines[-1] == "Anni: 2009–2012"


def test_an_invalid_export_prints_its_problems_and_exits_1(tmp_path):
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


def test_an_unreadable_file_exits_1(tmp_path):
    folder = tmp_path / "export"
    shutil.copytree(BASIC, folder)
    (folder / "fees.csv").write_bytes("org_id,year\n".encode("utf-16"))
    run = validate(str(folder), "--lang", "en")
    assert run.returncode == 1
    assert "fees.csv: unreadable encoding (UTF-8 and Windows-1252 are accepted)" in run.stdout


def test_a_folder_that_cannot_be_read_exits_2(tmp_path):
    missing = validate(str(tmp_path / "nowhere"), "--lang", "en")
    assert missing.returncode == 2
    assert missing.stdout == ""
    assert missing.stderr.startswith(f"The folder cannot be read: {tmp_path / 'nowhere'}: ")
    (tmp_path / "a.csv").write_text("x")
    assert validate(str(tmp_path / "a.csv")).returncode == 2
    assert validate(data_dir=tmp_path / "nowhere").returncode == 2
