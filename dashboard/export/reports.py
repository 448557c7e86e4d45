"""A validation report as a coordinator reads it: problems grouped by file, each beside the
line of the file it is about, and the same report as a text file to keep or send."""

from __future__ import annotations

from itertools import groupby
from pathlib import Path

from dashboard.export.load import LoadResult
from dashboard.export.problems import Problem, format_report
from dashboard.export.read import decode


def _lines(path: Path) -> list[str]:
    """The file's physical lines as the loader decoded them; none when it cannot."""
    try:
        text = decode(path.read_bytes())
    except OSError:
        return []
    if text is None:
        return []
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _find(folder: Path, name: str) -> Path | None:
    matches = [p for p in folder.iterdir() if p.name.lower() == name.lower()]
    return matches[0] if matches else None


def grouped(
    problems: list[Problem], folder: Path, lang: str
) -> list[tuple[str, list[tuple[str, str]]]]:
    """[(file, [(problem, the offending line as written)])] in report order."""
    out = []
    for file, items in groupby(problems, key=lambda p: p.file):
        path = _find(folder, file)
        lines = _lines(path) if path else []
        rows = []
        for problem in items:
            line = problem.line
            shown = lines[line - 1] if line and 0 < line <= len(lines) else ""
            rows.append((problem.text(lang), shown))
        out.append((file, rows))
    return out


def text(result: LoadResult, lang: str) -> str:
    """The whole report, problems then warnings, as `python -m dashboard.validate` prints."""
    lines = format_report(result.problems, lang, cap=len(result.problems) or 1)
    if result.warnings:
        lines += ["", *format_report(result.warnings, lang, cap=len(result.warnings))]
    return "\n".join(lines) + "\n"
