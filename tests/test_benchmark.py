"""The benchmark script keeps working (its figures are read by people, not asserted)."""

import csv
import json

import pytest

from dashboard.export.load import load_export
from scripts.bench_browser import served
from scripts.benchmark import DEMO, PAGES, main, scaled_export


def test_scaled_export_multiplies_rows_and_stays_valid(tmp_path, capsys, monkeypatch):
    folder = scaled_export(3, tmp_path / "x3")
    with (
        open(DEMO / "projects.csv", encoding="utf-8") as demo,
        open(folder / "projects.csv") as big,
    ):
        assert len(list(csv.reader(big))) - 1 == 3 * (len(list(csv.reader(demo))) - 1)
    monkeypatch.setattr("sys.argv", ["benchmark.py", "--scale", "2", "--repeat", "1"])
    main()
    lines = capsys.readouterr().out.splitlines()
    assert lines[2].startswith("| demo ×1 |") and lines[3].startswith("| demo ×2 |")


def test_every_page_is_timed_beside_the_naive_app(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("scripts.benchmark.RESULTS", tmp_path)
    # the demo alone (`--scale` with no size): a smoke test, the benchmark is never timed here
    monkeypatch.setattr("sys.argv", ["benchmark.py", "--scale", "--repeat", "1", "--pages"])
    main()
    written = (tmp_path / "results.md").read_text(encoding="utf-8")
    assert capsys.readouterr().out.rstrip().endswith(written.rstrip())
    [table] = [block.splitlines() for block in written.split("\n\n") if block.startswith("| page")]
    rows = {line.split(" | ")[0].removeprefix("| "): line for line in table[2:]}
    assert set(rows) == set(PAGES) | {"naive app"}
    assert not [line for line in table if "exception" in line]
    runs = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))["pages"]
    assert set(runs) == {"1"}
    assert all(run["rerun_s"] > 0 for run in runs["1"].values())


def test_the_italian_dialect_export_reads_as_the_plain_one(tmp_path):
    plain = load_export(scaled_export(2, tmp_path / "plain"))
    italian_folder = scaled_export(2, tmp_path / "it", "it")
    raw = (italian_folder / "savings.csv").read_bytes()
    assert raw.count(b"\r\n") > 1 and b";" in raw.splitlines()[0]
    assert "€".encode("cp1252") in raw  # Windows-1252, not UTF-8
    italian = load_export(italian_folder)
    assert italian.ok, italian.problems[:3]
    for table in ("organizations", "meetings", "projects", "savings", "fees"):
        rows = [sorted(read.con.table(table).fetchall(), key=repr) for read in (italian, plain)]
        assert rows[0] == rows[1], table


@pytest.mark.browser
def test_the_served_benchmark_starts_cold_and_again_and_times_a_sector_choice(tmp_path):
    found = served(DEMO, tmp_path / "home", {"Overview": None}, repeat=1)  # a page of charts
    assert set(found["pages"]) == {"Overview", "naive app"}
    assert all(isinstance(s, float) and s > 0 for s in found["pages"].values())
    for start in ("cold", "restart"):
        assert found[f"{start}_s"] > found[f"{start}_first_page_s"] > 0
        assert found[f"{start}_peak_mib"] > 50  # a Python server with pandas and DuckDB
    assert list((tmp_path / "home" / "cache").glob("*.duckdb"))  # the cold start staged
