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
import re
import statistics
import subprocess
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
DECIMAL = re.compile(r"-?\d+\.\d+")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
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


def scaled_export(scale: int, folder: Path, dialect: str = "plain") -> Path:
    """The demo with every non-code-list table copied `scale` times under new keys, in the
    plain dialect (UTF-8, `,`, LF) or as Italian Excel saves it (`it`: Windows-1252, `;`,
    CRLF, decimal comma, dates as DD/MM/YYYY), both of which the contract accepts."""
    italian = dialect == "it"
    folder.mkdir(parents=True)
    for source in sorted(DEMO.glob("*.csv")):
        with open(source, encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        header, body = rows[0], rows[1:]
        if italian:
            body = [[_italian(cell) for cell in row] for row in body]
        keyed = [i for i, name in enumerate(header) if name in KEYS]
        copies = 1 if source.name in CODE_LISTS else scale
        with open(
            folder / source.name, "w", encoding="cp1252" if italian else "utf-8", newline=""
        ) as handle:
            writer = csv.writer(
                handle,
                delimiter=";" if italian else ",",
                lineterminator="\r\n" if italian else "\n",
            )
            writer.writerow(header)
            for copy in range(copies):
                for row in body:
                    row = list(row)
                    for i in keyed:
                        row[i] = f"{row[i]}-{copy}" if row[i] else ""
                    writer.writerow(row)
    return folder


def _italian(cell: str) -> str:
    """A plain cell as Italian Excel writes it: `1234,5`, `18/02/2009`."""
    if DECIMAL.fullmatch(cell):
        return cell.replace(".", ",")
    if ISO_DATE.fullmatch(cell):
        year, month, day = cell.split("-")
        return f"{day}/{month}/{year}"
    return cell


def timed(action, repeat: int) -> float:
    """Median seconds of `repeat` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(folder: Path, home: Path, repeat: int) -> dict[str, float]:
    """Reading and checking in memory; staging into the DuckDB file the server opens (a
    cold start, in a data home of the export's own) and opening that file again (a
    restart); the Overview's queries."""
    os.environ["CSR_HOME"] = str(home)
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
        "staging_peak_mib": staging_peak_mib(folder, home / "peak.duckdb"),
    }


def staging_peak_mib(folder: Path, work: Path) -> float:
    """The peak memory of a process that reads, checks and stages `folder`: the child a
    server starts for a large one (`export.database`). Read by that process itself (its
    VmHWM): the `ru_maxrss` a parent is told of starts from the parent's own peak."""
    told_peak = (
        "import runpy, sys;"
        "runpy.run_module('dashboard.export.database', run_name='__main__');"
        "[peak] = [line for line in open('/proc/self/status') if line.startswith('VmHWM:')];"
        "print(peak.split()[1], file=sys.stderr)"
    )
    command = [sys.executable, "-c", told_peak, folder, work, "bench"]
    child = subprocess.run(
        command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True
    )
    work.unlink(missing_ok=True)
    return int(child.stderr.split()[-1]) / 1024


def page_runs(folder: Path, home: Path, repeat: int) -> dict[str, dict[str, float | str]]:
    """Each page under AppTest on `folder` (staged in `home`): its first run in a new
    session and the median of `repeat` reruns, in seconds (or the exception's type); the
    naive app beside them."""
    from streamlit.testing.v1 import AppTest

    os.environ["CSR_DATA_DIR"] = str(folder)
    os.environ["CSR_HOME"] = str(home)
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


def load_table(results: dict[str, dict[str, float]]) -> list[str]:
    """Markdown: reading, staging and the Overview's queries for each export."""
    base = results["×1"]
    lines = [
        "| export | rows | read and check s | × demo | cold start (staged file) s "
        "| restart s | overview queries ms | × demo | staging process peak MiB |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for label, r in results.items():
        lines.append(
            f"| demo {label} | {r['rows']:,} | {r['load_s']:.3f} "
            f"| {r['load_s'] / base['load_s']:.1f} "
            f"| {r['cold_start_s']:.3f} | {r['restart_s']:.3f} "
            f"| {r['overview_queries_s'] * 1000:.1f} "
            f"| {r['overview_queries_s'] / base['overview_queries_s']:.1f} "
            f"| {r['staging_peak_mib']:.0f} |"
        )
    return lines


def served_tables(served: dict[str, dict]) -> list[str]:
    """Markdown: the server's starts and peak memory for each export, then each page's
    sector choice in Chromium, beside the naive app's."""
    lines = [
        "| export (streamlit run) | cold start s | of which the first page s | restart s "
        "| of which the first page s | peak MiB after every page (cold) | peak MiB (restart) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for label, r in served.items():
        lines.append(
            f"| demo {label} | {r['cold_s']:.2f} | {r['cold_first_page_s']:.2f} "
            f"| {r['restart_s']:.2f} | {r['restart_first_page_s']:.2f} "
            f"| {r['cold_peak_mib']:.0f} | {r['restart_peak_mib']:.0f} |"
        )
    timed_labels = [label for label, r in served.items() if r.get("pages")]
    if timed_labels:
        lines += [
            "",
            "| Chromium: a sector chosen until settled, s | "
            + " | ".join(f"demo {label}" for label in timed_labels)
            + " |",
            "| --- |" + " ---: |" * len(timed_labels),
        ]
        for name in served[timed_labels[0]]["pages"]:
            cells = [_seconds(served[label]["pages"][name]) for label in timed_labels]
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, nargs="*", default=[10, 100])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pages", action="store_true", help="time every page under AppTest")
    parser.add_argument(
        "--browser",
        action="store_true",
        help="start `streamlit run` cold and again, time every page in Chromium (the demo "
        "and the largest size) and the server's peak memory",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        sizes = {1: DEMO} | {n: scaled_export(n, Path(tmp) / f"x{n}") for n in args.scale}
        italian = {n: scaled_export(n, Path(tmp) / f"x{n}-it", "it") for n in sizes}
        homes = {n: Path(tmp) / f"home x{n}" for n in sizes}
        results = {f"×{n}": measure(folder, homes[n], args.repeat) for n, folder in sizes.items()}
        results |= {
            f"×{n} it": measure(folder, Path(tmp) / f"home x{n} it", args.repeat)
            for n, folder in italian.items()
        }
        runs = {}
        if args.pages:
            runs = {n: page_runs(folder, homes[n], args.repeat) for n, folder in sizes.items()}
        served = {}
        if args.browser:
            from scripts.bench_browser import served as serve

            largest = max(sizes)
            for label, folder, pages in (
                ("×1", DEMO, PAGES),
                (f"×{largest}", sizes[largest], PAGES),
                (f"×{largest} it", italian[largest], {}),
            ):
                if label in served:
                    continue
                served[label] = serve(folder, Path(tmp) / f"served {label}", pages, args.repeat)
    tables = [load_table(results)]
    if runs:
        tables.append(page_table(runs))
    if served:
        tables.append(served_tables(served))
    print(*("\n".join(table) for table in tables), sep="\n\n")
    if runs or served:
        (RESULTS / "results.md").write_text(
            "\n\n".join("\n".join(table) for table in tables) + "\n", encoding="utf-8"
        )
        (RESULTS / "results.json").write_text(
            json.dumps({"load": results, "pages": runs, "served": served}, indent=2) + "\n",
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
