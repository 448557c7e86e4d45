"""Load an export folder: read every file, check the whole export, stage it when valid.

Nothing is staged from an export with any problem.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from dashboard import settings
from dashboard.export import contract
from dashboard.export.check import check_cells, check_references, check_rules
from dashboard.export.problems import WARNING_CODES, Problem, problem
from dashboard.export.read import Sheet, read_sheet, scan
from dashboard.export.stage import stage


@dataclass
class LoadResult:
    problems: list[Problem]
    warnings: list[Problem]
    con: duckdb.DuckDBPyConnection | None  # None when there are problems
    row_counts: dict[str, int]  # per table name (file stem)
    exported: frozenset[str]  # table names whose file was present
    years: tuple[int, int] | None  # first and last year of the export

    @property
    def ok(self) -> bool:
        return not self.problems


def load_export(folder: Path, database: Path | None = None) -> LoadResult:
    """Validate the whole export; stage it only when it is valid, into an in-memory DuckDB
    or the new file `database` (see `export.database`)."""
    files = {}
    found: list[Problem] = []
    for entry in sorted(scan(Path(folder)), key=lambda e: e.name):
        stem = entry.name.lower().removesuffix(".csv")
        if stem in contract.TABLE and entry.name.lower().endswith(".csv"):
            files.setdefault(stem, []).append(Path(entry.path))
        elif entry.name.lower().endswith(".csv"):
            found.append(problem(entry.name, None, None, "problem_other_file"))

    sheets: dict[str, Sheet] = {}
    with duckdb.connect(config=settings.duckdb_config()) as parser:
        for table in contract.TABLES:
            paths = files.get(table.name, [])
            if not paths:
                if table.required:
                    found.append(problem(table.file, None, None, "problem_missing_file"))
                continue
            if len(paths) > 1:
                others = ", ".join(p.name for p in paths[1:])
                found.append(
                    problem(paths[0].name, None, None, "problem_duplicate_file", others=others)
                )
            sheet, read_problems = read_sheet(paths[0], table, parser)
            found += read_problems
            if sheet is not None:
                found += check_cells(sheet)
                sheets[table.name] = sheet
    found += check_references(sheets, exported=set(files))
    found += check_rules(sheets)

    found.sort(key=_report_order)
    problems = [p for p in found if p.code not in WARNING_CODES]
    warnings = [p for p in found if p.code in WARNING_CODES]
    row_counts = {
        t.name: len(sheets[t.name].data) if t.name in sheets else 0 for t in contract.TABLES
    }
    result = LoadResult(problems, warnings, None, row_counts, frozenset(files), None)
    if not problems:
        result.con = stage(sheets, str(database) if database else ":memory:")
        [(first, last)] = result.con.execute(
            "select min(year), max(year) from export_years"
        ).fetchall()
        result.years = None if first is None else (first, last)
    return result


def _report_order(p: Problem) -> tuple:
    """Whole-file problems first, then by file in contract order, line and column."""
    names = [t.name for t in contract.TABLES]
    stem = p.file.lower().removesuffix(".csv")
    file_rank = names.index(stem) if stem in names else len(names)
    columns = contract.TABLE[stem].column_names if stem in names else ()
    column_rank = columns.index(p.column) if p.column in columns else len(columns)
    return (p.line is not None, file_rank, p.line or 0, column_rank)
