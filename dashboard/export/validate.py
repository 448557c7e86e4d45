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
from dashboard.words.catalog import t, tn


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
        print(t("validate_unreadable", lang, error=error), file=sys.stderr)
        return 2

    if not result.ok:
        print(
            t(
                "validate_invalid",
                lang,
                problems=tn("n_problems", len(result.problems), lang),
                folder=folder,
            )
        )
        print("\n".join(format_report(result.problems, lang)))
    else:
        print(t("validate_valid", lang, folder=folder))
        print(t("validate_rows", lang))
        for table in contract.TABLES:
            if table.name in result.exported:
                print(f"  {table.file}: {result.row_counts[table.name]}")
        missing = [t.file for t in contract.TABLES if t.name not in result.exported]
        if missing:
            print(t("validate_not_exported", lang, files=", ".join(missing)))
        if result.years:
            print(t("validate_years", lang, first=result.years[0], last=result.years[1]))
        else:
            print(t("validate_no_years", lang))
    if result.warnings:
        print(t("validate_warnings", lang, count=len(result.warnings)))
        print("\n".join(format_report(result.warnings, lang)))
    return 0 if result.ok else 1
