"""Benchmark: how loading, the Overview's queries and every page's run scale with the
size of an export.

Timings on these machines are noisy, so the figures that matter are ratios within one run:
each size against the demo, each page against a naive one-page app (`bench/naive_app.py`)
that re-reads the CSV files on every run. `python scripts/benchmark.py [--scale 10 100]
[--repeat 5] [--pages]`; with `--pages` the tables also go to `bench/results.md` and
`bench/results.json`.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dashboard import settings  # noqa: E402
from dashboard.export import database  # noqa: E402
from dashboard.export.load import load_export  # noqa: E402
from dashboard.store.filters import Filters, sql_params  # noqa: E402
from dashboard.store.queries import query  # noqa: E402

DEMO = ROOT / "data"
# Columns that hold a key of another table: suffixed alike so references still resolve.
KEYS = {"org_id", "lead_org_id", "authority_org_id", "person_id", "project_id", "meeting_id"}
CODE_LISTS = {"sectors.csv", "categories.csv", "themes.csv", "export.csv"}
OVERVIEW = ("overview_by_year", "companies_involved")
APP = ROOT / "dashboard" / "app.py"
NAIVE = ROOT / "bench" / "naive_app.py"
RESULTS = ROOT / "bench"
PAGES = {
    "Overview": None,
    "Forum": "views/forum.py",
    "Participation": "views/participation.py",
    "Projects": "views/projects.py",
    "Partnerships": "views/partnerships.py",
    "Savings": "views/savings.py",
    "Accessibility": "views/accessibility.py",
}


def scaled_export(scale: int, folder: Path) -> Path:
    """The demo with every non-code-list table copied `scale` times under new keys."""
    folder.mkdir(parents=True)
    for source in sorted(DEMO.glob("*.csv")):
        with open(source, encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        header, body = rows[0], rows[1:]
        keyed = [i for i, name in enumerate(header) if name in KEYS]
        copies = 1 if source.name in CODE_LISTS else scale
        with open(folder / source.name, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(header)
            for copy in range(copies):
                for row in body:
                    row = list(row)
                    for i in keyed:
                        row[i] = f"{row[i]}-{copy}" if row[i] else ""
                    writer.writerow(row)
    return folder


def timed(action, repeat: int) -> float:
    """Median seconds of `repeat` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(folder: Path, repeat: int) -> dict[str, float]:
    """Reading and checking in memory; staging into the DuckDB file the server opens (a
    cold start) and opening that file again (a restart); the Overview's queries."""
    load = timed(lambda: load_export(folder), repeat)

    def cold() -> None:
        for staged_file in (settings.home_dir() / "cache").glob("*"):
            staged_file.unlink()
        database.staged(folder).con.close()

    stage = timed(cold, repeat)
    restart = timed(lambda: database.staged(folder).con.close(), repeat)
    result = load_export(folder)
    assert result.ok, result.problems[:5]
    params = sql_params(Filters(sectors=("ceramic_tiles",)), result.years)
    cursor = result.con.cursor()
    queries = timed(lambda: [query(cursor, name, params) for name in OVERVIEW], repeat)
    rows = sum(result.row_counts.values())
    return {
        "rows": rows,
        "load_s": load,
        "cold_start_s": stage,
        "restart_s": restart,
        "overview_queries_s": queries,
    }


def page_runs(folder: Path, repeat: int) -> dict[str, dict[str, float | str]]:
    """Each page under AppTest on `folder`: its first run in a new session and the median
    of `repeat` reruns, in seconds (or the exception's type); the naive app beside them."""
    from streamlit.testing.v1 import AppTest

    os.environ["CSR_DATA_DIR"] = str(folder)
    found: dict[str, dict[str, float | str]] = {}
    for name, page in {**PAGES, "naive app": "naive"}.items():
        at = AppTest.from_file(str(NAIVE if page == "naive" else APP), default_timeout=600)
        start = time.perf_counter()
        at.run()
        if page not in (None, "naive"):
            at.switch_page(page).run()
        first = time.perf_counter() - start
        if at.exception:
            found[name] = {"first_s": "exception", "rerun_s": "exception"}
            continue
        found[name] = {"first_s": first, "rerun_s": timed(at.run, repeat)}
    return found


def _seconds(value: float | str) -> str:
    return value if isinstance(value, str) else f"{value:.2f}"


def page_table(runs: dict[int, dict[str, dict[str, float | str]]]) -> list[str]:
    """Markdown: each page's rerun at each size, and its ratio to the naive app's."""
    scales = list(runs)
    head = "| page | " + " | ".join(f"×{n} first s | ×{n} rerun s | × naive" for n in scales)
    lines = [head + " |", "| --- |" + " ---: | ---: | ---: |" * len(scales)]
    for name in runs[scales[0]]:
        cells = []
        for n in scales:
            run, naive = runs[n][name], runs[n]["naive app"]["rerun_s"]
            ratio = (
                f"{run['rerun_s'] / naive:.0f}"
                if isinstance(run["rerun_s"], float) and isinstance(naive, float)
                else "–"
            )
            cells += [_seconds(run["first_s"]), _seconds(run["rerun_s"]), ratio]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, nargs="*", default=[10, 100])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pages", action="store_true", help="time every page under AppTest")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CSR_HOME"] = str(Path(tmp) / "home")
        sizes = {1: DEMO} | {n: scaled_export(n, Path(tmp) / f"x{n}") for n in args.scale}
        results = {n: measure(folder, args.repeat) for n, folder in sizes.items()}
        runs = {}
        if args.pages:
            runs = {n: page_runs(folder, args.repeat) for n, folder in sizes.items()}
    base = results[1]
    print(
        "| export | rows | read and check s | × demo | cold start (staged file) s "
        "| restart s | overview queries ms | × demo |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for n, r in results.items():
        print(
            f"| demo ×{n} | {r['rows']:,} | {r['load_s']:.3f} | {r['load_s'] / base['load_s']:.1f} "
            f"| {r['cold_start_s']:.3f} | {r['restart_s']:.3f} "
            f"| {r['overview_queries_s'] * 1000:.1f} "
            f"| {r['overview_queries_s'] / base['overview_queries_s']:.1f} |"
        )
    if runs:
        table = page_table(runs)
        print("", *table, sep="\n")
        (RESULTS / "results.md").write_text("\n".join(table) + "\n", encoding="utf-8")
        (RESULTS / "results.json").write_text(
            json.dumps({"load": results, "pages": runs}, indent=2) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
