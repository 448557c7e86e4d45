"""What a candidate export would change against the one published: rows and headline figures.

Rows are compared as the loader staged them (typed: `1.234,56` and `1234.56` are the same
amount), on the contract's columns only. A table with a key (`org_id`, or
(`project_id`, `org_id`) for partners) is matched by it: a key only in the candidate is
added, only in the current removed, in both with another value changed. A table without a
key (attendance, savings, export) is matched by whole rows, so an edit there reads as one
row removed and one added. Figures come from the dashboard's own queries, with no filter.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass

import pandas as pd

from dashboard.export import contract
from dashboard.export.load import LoadResult
from dashboard.store.filters import Filters, sql_params
from dashboard.store.queries import query
from dashboard.words.catalog import t as word
from dashboard.words.catalog import tn
from dashboard.words.formats import fmt_eur, fmt_int

# Each headline figure, named as the pages name it.
FIGURE_WORDS = {
    "companies_involved": "kpi_companies",
    "projects": "kpi_projects",
    "projects_in_partnership": "kpi_partnership",
    "savings_verified": "kpi_savings",
    "savings_estimated": "sav_kpi_estimated",
}
FIGURES = (
    "companies_involved",
    "projects",
    "projects_in_partnership",
    "savings_verified",
    "savings_estimated",
)
COUNTS = ("companies_involved", "projects", "projects_in_partnership")


@dataclass(frozen=True)
class TableDiff:
    table: str
    before: int | None  # rows; None when the file is not exported
    after: int | None
    added: int
    removed: int
    changed: int

    @property
    def file(self) -> str:
        return contract.TABLE[self.table].file

    @property
    def unchanged(self) -> bool:
        return self.before == self.after and not (self.added or self.removed or self.changed)


@dataclass(frozen=True)
class Diff:
    tables: list[TableDiff]  # in contract order
    figures: dict[str, tuple[float | None, float | None]]  # name -> (before, after)

    @property
    def export_info_lost(self) -> bool:
        """export.csv was published and the candidate has none: the pages will lose the
        network's name, the data date and the contact."""
        info = next(t for t in self.tables if t.table == "export")
        return info.before is not None and info.after is None

    def lines(self, lang: str = "it") -> list[str]:
        """The diff as plain text lines (the CLI prints them)."""
        out = [word("diff_tables", lang)]
        for t in self.tables:
            if t.unchanged and t.after is None:
                out.append("  " + word("diff_not_exported", lang, file=t.file))
            elif t.unchanged:
                rows = tn("n_rows", t.after, lang)
                out.append("  " + word("diff_unchanged", lang, file=t.file, rows=rows))
            elif t.after is None:
                rows = tn("n_rows", t.before, lang)
                out.append("  " + word("diff_file_dropped", lang, file=t.file, rows=rows))
            elif t.before is None:
                rows = tn("n_rows", t.after, lang)
                out.append("  " + word("diff_file_new", lang, file=t.file, rows=rows))
            else:
                out.append(
                    "  "
                    + word(
                        "diff_rows",
                        lang,
                        file=t.file,
                        before=fmt_int(t.before, lang),
                        after=tn("n_rows", t.after, lang),
                        added=fmt_int(t.added, lang),
                        removed=fmt_int(t.removed, lang),
                        changed=fmt_int(t.changed, lang),
                    )
                )
        if self.export_info_lost:
            out.append("  " + word("diff_export_info_lost", lang))
        out.append(word("diff_figures", lang))
        for name, (before, after) in self.figures.items():
            show = fmt_int if name in COUNTS else functools.partial(fmt_eur, cents=True)
            label = word(FIGURE_WORDS[name], lang)
            out.append(f"  {label}: {show(before, lang)} → {show(after, lang)}")
        return out


def _rows(result: LoadResult | None, table: contract.Table) -> pd.DataFrame | None:
    """The staged rows of a table, contract columns as text (None = missing value)."""
    if result is None or result.con is None or table.name not in result.exported:
        return None
    cur = result.con.cursor()
    frame = cur.table(table.table).select(*table.column_names).df()
    return pd.DataFrame(
        {
            c: [None if pd.isna(v) else str(v) for v in frame[c].astype(object)]
            for c in table.column_names
        },
        columns=list(table.column_names),
    )


def compare_table(
    table: contract.Table, before: pd.DataFrame | None, after: pd.DataFrame | None
) -> TableDiff:
    empty = pd.DataFrame(columns=list(table.column_names))
    old = before if before is not None else empty
    new = after if after is not None else empty
    n_before = None if before is None else len(before)
    n_after = None if after is None else len(after)

    def as_tuples(frame: pd.DataFrame, columns) -> list[tuple]:
        return list(frame[list(columns)].itertuples(index=False, name=None))

    if not table.key:
        old_rows, new_rows = (
            Counter(as_tuples(old, old.columns)),
            Counter(as_tuples(new, new.columns)),
        )
        added = sum((new_rows - old_rows).values())
        removed = sum((old_rows - new_rows).values())
        return TableDiff(table.name, n_before, n_after, added, removed, 0)
    old_by_key = dict(zip(as_tuples(old, table.key), as_tuples(old, old.columns), strict=True))
    new_by_key = dict(zip(as_tuples(new, table.key), as_tuples(new, new.columns), strict=True))
    added = len(new_by_key.keys() - old_by_key.keys())
    removed = len(old_by_key.keys() - new_by_key.keys())
    changed = sum(
        1 for k in new_by_key.keys() & old_by_key.keys() if new_by_key[k] != old_by_key[k]
    )
    return TableDiff(table.name, n_before, n_after, added, removed, changed)


def figures(result: LoadResult | None) -> dict[str, float | None]:
    """The headline figures of an export, every year, no filter; None where not exported."""
    if result is None or result.con is None or result.years is None:
        return dict.fromkeys(FIGURES)
    cur = result.con.cursor()
    params = sql_params(Filters(), result.years)
    involved = query(cur, "companies_involved", params)
    by_year = query(cur, "overview_by_year", params)
    by_year = by_year[by_year["year"] >= result.years[0]]  # not the year before the range
    out: dict[str, float | None] = {
        "companies_involved": int(involved["companies_involved"].iloc[0]),
        "projects": int(by_year["projects"].sum()),
        "projects_in_partnership": int(by_year["projects_in_partnership"].sum()),
        "savings_verified": round(float(by_year["savings_verified"].sum()), 2),
        "savings_estimated": round(float(by_year["savings_estimated"].sum()), 2),
    }
    if "project_partners" not in result.exported:
        out["projects_in_partnership"] = None  # "not exported yet", never 0
    if "savings" not in result.exported:
        out["savings_verified"] = out["savings_estimated"] = None
    return out


def compare(candidate: LoadResult, current: LoadResult | None) -> Diff:
    """The candidate (valid) export against the current one (None: nothing published)."""
    tables = [compare_table(t, _rows(current, t), _rows(candidate, t)) for t in contract.TABLES]
    before, after = figures(current), figures(candidate)
    return Diff(tables, {name: (before[name], after[name]) for name in FIGURES})
