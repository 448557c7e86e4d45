"""Problems found in an export, and how they read in Italian and English.

A problem keeps its parts (file, line, column, value) apart from its words, so the same
report can be shown in either language and tested on its exact text.
"""

from __future__ import annotations

from dataclasses import dataclass

from dashboard.words.catalog import t, tn

# A value longer than this is shown cut: a report line stays readable however long the cell.
_SHOWN = 100


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or, as a warning, worth knowing) in an export.

    `line` is the physical line where the row starts (header = 1), None for a whole file.
    """

    file: str
    line: int | None
    column: str | None
    code: str
    value: str | None = None
    params: tuple[tuple[str, str], ...] = ()

    def text(self, lang: str = "it") -> str:
        what = t(self.code, lang, **dict(self.params))
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        parts = [where, self.column, what] if self.column else [where, what]
        text = ": ".join(parts)
        if self.value is None:
            return text
        shown = self.value if len(self.value) <= _SHOWN else self.value[:_SHOWN] + "…"
        return f"{text} ({shown})"


def problem(file, line, column, code, value=None, **params) -> Problem:
    """A Problem with its message parameters given as keywords."""
    return Problem(file, line, column, code, value, tuple((k, str(v)) for k, v in params.items()))


def format_report(problems: list[Problem], lang: str = "it", cap: int = 100) -> list[str]:
    """The report's lines, at most `cap` problems then a count of the rest."""
    lines = [p.text(lang) for p in problems[:cap]]
    if len(problems) > cap:
        lines.append(tn("problem_more_problems", len(problems) - cap, lang))
    return lines


# Codes that are listed but do not block the export.
WARNING_CODES = frozenset(
    {
        "problem_extra_column",
        "problem_reserved_column",
        "problem_other_file",
        "problem_member_without_project",
        "problem_unchecked_reference",
    }
)
