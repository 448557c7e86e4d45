"""`python -m dashboard.publish DIR [--who NAME] [--lang it|en]`: put an export online.

Also `--rollback VERSION` (make a kept version current again) and `--history`.
Exit codes: 0 published (or rolled back, or history shown); 1 the export was rejected (the
report is the same lines `python -m dashboard.validate` prints) or the version to roll back
to is not kept; 2 the folder cannot be read, or `CSR_DATA_DIR` is set (the dashboard then
shows that folder, read-only, so publishing into the data home would show nothing).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from dashboard.export import database
from dashboard.export.problems import format_report
from dashboard.export.read import ExportUnreadable
from dashboard.publishing import diff, home
from dashboard.words.catalog import t, tn


def _who(given: str | None) -> str:
    if given:
        return given
    try:
        return f"cli:{getpass.getuser()}"
    except OSError:
        return "cli"


def _history(lang: str) -> int:
    versions = home.history()
    if not versions:
        print(t("publish_empty_history", lang))
        return 0
    for version in versions:
        rows = sum(version.row_counts.values())
        mark = f"  [{t('publish_current', lang)}]" if version.is_current else ""
        print(f"{version.id}  {version.when}  {version.who}  {rows}{mark}")
    return 0


def _rollback(target: str, who: str, lang: str) -> int:
    try:
        done = home.rollback(target, who)
    except home.ReadOnly as error:
        print(t("publish_refused", lang, reason=error.text(lang)), file=sys.stderr)
        return 2
    except home.HomeError as error:
        print(t("publish_refused", lang, reason=error.text(lang)), file=sys.stderr)
        return 1
    print(t("publish_rolled_back", lang, version=done.version, previous=done.previous))
    return 0


def _publish(folder: Path, who: str, lang: str) -> int:
    try:
        before = home.current_version_dir()
        done = home.publish(folder, who)
    except home.ReadOnly as error:
        print(t("publish_refused", lang, reason=error.text(lang)), file=sys.stderr)
        return 2
    except ExportUnreadable as error:
        print(t("validate_unreadable", lang, error=error), file=sys.stderr)
        return 2
    result = done.result
    if not done.ok:
        print(
            t(
                "validate_invalid",
                lang,
                problems=tn("n_problems", len(result.problems), lang),
                folder=folder,
            )
        )
        print("\n".join(format_report(result.problems, lang)))
        if result.warnings:
            print(t("validate_warnings", lang, count=len(result.warnings)))
            print("\n".join(format_report(result.warnings, lang)))
        current = done.previous or t("publish_nothing", lang)
        print(t("publish_not_published", lang, current=current), file=sys.stderr)
        return 1
    print(t("publish_published", lang, version=done.version, folder=folder))
    previous = None
    if before is not None:
        try:
            previous = database.staged(before)
        except ExportUnreadable:
            previous = None
    print(
        "\n".join(diff.compare(result, previous if previous and previous.ok else None).lines(lang))
    )
    if result.warnings:
        print(t("validate_warnings", lang, count=len(result.warnings)))
        print("\n".join(format_report(result.warnings, lang)))
    if done.pruned:
        print(t("publish_pruned", lang, versions=", ".join(done.pruned)))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard.publish", description=__doc__)
    parser.add_argument("folder", nargs="?", type=Path, help="export folder to publish")
    parser.add_argument("--who", help="who publishes (default: cli:<system user>)")
    parser.add_argument("--lang", choices=("it", "en"), default="it")
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--rollback", metavar="VERSION", help="make a kept version current")
    action.add_argument("--history", action="store_true", help="list the kept versions")
    args = parser.parse_args(argv)
    if args.history:
        return _history(args.lang)
    if args.rollback:
        return _rollback(args.rollback, _who(args.who), args.lang)
    if args.folder is None:
        parser.error("DIR, --rollback VERSION or --history is needed")
    return _publish(args.folder, _who(args.who), args.lang)
