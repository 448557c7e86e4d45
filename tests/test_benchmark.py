"""The benchmark script keeps working (its figures are read by people, not asserted)."""

import csv

from scripts.benchmark import DEMO, main, scaled_export


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
