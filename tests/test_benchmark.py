"""The benchmark script keeps working (its figures are read by people, not asserted)."""

import csv
import json

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
    table = (tmp_path / "results.md").read_text(encoding="utf-8").splitlines()
    assert capsys.readouterr().out.rstrip().endswith(table[-1])
    rows = {line.split(" | ")[0].removeprefix("| "): line for line in table[2:]}
    assert set(rows) == set(PAGES) | {"naive app"}
    assert not [line for line in table if "exception" in line]
    runs = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))["pages"]
    assert set(runs) == {"1"}
    assert all(run["rerun_s"] > 0 for run in runs["1"].values())
