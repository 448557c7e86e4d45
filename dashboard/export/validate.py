"""`python -m dashboard.validate [DIR] [--lang it|en]`: check an export before it is used.

Exit code 0 when the export is valid, 1 on any problem in it, 2 when the folder itself
cannot be read; without DIR it checks the export the dashboard would show.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from dashboard.export import contract
from dashboard.export.load import load_export
from dashboard.export.problems import format_report
from dashboard.export.read import ExportUnreadable
from dashboard.words.catalog import tn

WORDS = {
    "valid": {"it": "Esportazione valida: {folder}", "en": "Valid export: {folder}"},
    "invalid": {
        "it": "Esportazione non valida, {problems}: {folder}",
        "en": "Invalid export, {problems}: {folder}",
    },
    "rows": {"it": "Righe per file:", "en": "Rows per file:"},
    "not_exported": {"it": "Non esportati: {files}", "en": "Not exported: {files}"},
    "years": {"it": "Anni: {first}–{last}", "en": "Years: {first}–{last}"},
    "no_years": {"it": "Anni: nessuno", "en": "Years: none"},
    "warnings": {"it": "Avvisi ({count}):", "en": "Warnings ({count}):"},
    "unreadable": {
        "it": "La cartella non si può leggere: {error}",
        "en": "The folder cannot be read: {error}",
    },
}


def main(argv: list[str] | None = None, default_folder: Callable[[], Path] | None = None) -> int:
    """`default_folder` gives the export in use when no folder is named."""
    parser = argparse.ArgumentParser(prog="python -m dashboard.validate", description=__doc__)
    parser.add_argument("folder", nargs="?", type=Path, help="export folder (default: in use)")
    parser.add_argument("--lang", choices=("it", "en"), default="it")
    args = parser.parse_args(argv)
    lang = args.lang
    folder = args.folder or default_folder()

    try:
        result = load_export(folder)
    except ExportUnreadable as error:
        print(WORDS["unreadable"][lang].format(error=error), file=sys.stderr)
        return 2

    if not result.ok:
        print(
            WORDS["invalid"][lang].format(
                problems=tn("n_problems", len(result.problems), lang), folder=folder
            )
        )
        print("\n".join(format_report(result.problems, lang)))
    else:
        print(WORDS["valid"][lang].format(folder=folder))
        print(WORDS["rows"][lang])
        for table in contract.TABLES:
            if table.name in result.exported:
                print(f"  {table.file}: {result.row_counts[table.name]}")
        missing = [t.file for t in contract.TABLES if t.name not in result.exported]
        if missing:
            print(WORDS["not_exported"][lang].format(files=", ".join(missing)))
        if result.years:
            print(WORDS["years"][lang].format(first=result.years[0], last=result.years[1]))
        else:
            print(WORDS["no_years"][lang])
    if result.warnings:
        print(WORDS["warnings"][lang].format(count=len(result.warnings)))
        print("\n".join(format_report(result.warnings, lang)))
    return 0 if result.ok else 1
