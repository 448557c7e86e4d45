"""`python -m dashboard.deck`: the file written and its count, and the exit codes, run as
the coordinator runs it (on the small export, whose charts draw quickly)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pptx import Presentation
from pypdf import PdfReader

REPO = Path(__file__).resolve().parent.parent
SMALL = Path(__file__).parent / "fixtures" / "small"


def deck(*args: str, data_dir: Path = SMALL) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "CSR_PUBLIC_URL"}
    env["CSR_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "dashboard.deck", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_deck_is_written_and_counted(tmp_path):
    out = tmp_path / "deck.pptx"
    run = deck("--year", "2011", "--lang", "en", "--out", str(out))
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [f"Wrote {out}: 8 slides"]
    prs = Presentation(io.BytesIO(out.read_bytes()))
    assert len(prs.slides) == 8
    assert "2011 in figures" in prs.slides[0].shapes[0].text_frame.text


def test_a_report_is_written_with_its_pages_in_italian(tmp_path):
    out = tmp_path / "report.pdf"
    run = deck("--year", "2011", "--size", "large", "--out", str(out))
    assert run.returncode == 0, run.stderr
    pages = len(PdfReader(out).pages)
    assert run.stdout.splitlines() == [f"Scritto {out}: {pages} pagine"]
    first = PdfReader(out).pages[0].extract_text()
    assert first.startswith("Il 2011 in cifre")
    assert "Dimensioni: Grandi imprese" in " ".join(first.split())


@pytest.fixture
def in_process(run_module, tmp_path):
    """The command in this process (no interpreter to start), on the small export."""

    def run(*args: str, data_dir: Path = SMALL) -> subprocess.CompletedProcess:
        env = {"CSR_HOME": str(tmp_path / "home"), "CSR_PUBLIC_URL": None}
        return run_module("dashboard.deck", *args, data_dir=data_dir, env=env)

    return run


def test_no_data_for_the_year_exits_1_and_writes_nothing(tmp_path, in_process):
    out = tmp_path / "deck.pptx"
    run = in_process("--year", "2030", "--out", str(out))
    assert run.returncode == 1
    assert "2030" in run.stderr
    assert not out.exists()


def test_no_data_for_the_filters_exits_1(tmp_path, in_process):
    out = tmp_path / "deck.pptx"
    # the small export's only social enterprise (C) joined in 2011: none in 2010
    run = in_process("--year", "2010", "--size", "social_enterprise", "--out", str(out))
    assert run.returncode == 1, run.stdout + run.stderr
    assert not out.exists()


def test_wrong_arguments_and_an_unreadable_export_exit_2(tmp_path, in_process):
    out = str(tmp_path / "deck.pptx")
    for args in (
        ("--out", str(tmp_path / "deck.docx")),
        ("--year", "12", "--out", out),
        ("--sector", "nope", "--out", out),
        ("--size", "giant", "--out", out),
        ("--lang", "fr", "--out", out),
        (
            "--year",
            "2011",
        ),  # no --out
    ):
        run = in_process(*args)
        assert run.returncode == 2, (args, run.stdout, run.stderr)
        assert run.stderr
    run = in_process("--out", out, data_dir=tmp_path / "missing")
    assert run.returncode == 2
    assert not Path(out).exists()
