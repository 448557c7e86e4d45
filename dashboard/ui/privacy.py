"""Counts of people made safe to publish: the threshold rule of official statistics.

Primary suppression: a cell of 1 or 2 people is shown as "<3" (0 stays 0, since no one is
described by it). Totals: a total is never computed from a hidden cell. A total whose
cells include k hidden ones is given as the range its shown cells allow, from
`shown + k` to `shown + 2k` (e.g. "27–28"); a total without hidden cells is exact. Every
figure published is thus a function of the shown cells alone: a hidden 1 or 2 changes
nothing on the page, so no subtraction (a total minus the other cells) recovers it, and no
second cell has to be hidden to guard it. Coarser columns are summed from the protected
finer ones (`combine`), never counted afresh, so a coarse view and a fine view of the same
people cannot be subtracted from one another either.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

THRESHOLD = 3


@dataclass(frozen=True)
class Shown:
    """One published figure: exact (`low == high`), a range, or a hidden small cell."""

    low: int
    high: int
    hidden: bool = False

    def text(self, fmt: Callable[[int], str]) -> str:
        if self.hidden:
            return f"<{THRESHOLD}"
        if self.low == self.high:
            return fmt(self.low)
        return f"{fmt(self.low)}–{fmt(self.high)}"


def _cell(count: int) -> Shown:
    if 0 < count < THRESHOLD:
        return Shown(1, THRESHOLD - 1, hidden=True)
    return Shown(count, count)


def _total(cells: list[Shown]) -> Shown:
    return Shown(sum(c.low for c in cells), sum(c.high for c in cells))


def protect(counts: pd.DataFrame, total: str) -> pd.DataFrame:
    """`counts` (rows x columns of people) as `Shown` figures, with a `total` column and a
    `total` row; the grand total sums every cell."""
    cells = counts.astype(int).map(_cell)
    table = cells.copy()
    table[total] = [_total(list(row)) for _, row in cells.iterrows()]
    table.loc[total] = [_total(list(cells[column])) for column in cells.columns] + [
        _total(list(cells.to_numpy().ravel()))
    ]
    return table


def combine(table: pd.DataFrame, parts: list[str], name: str) -> pd.DataFrame:
    """The protected `table` with its columns `parts` summed into one column `name`, in
    the place of the first of them: a range wherever a part holds a hidden cell."""
    present = [column for column in table.columns if column in parts]
    if not present:
        return table
    merged = [_total(list(row)) for _, row in table[present].iterrows()]
    at = list(table.columns).index(present[0])
    table = table.drop(columns=present)
    table.insert(at, name, merged)
    return table


def texts(table: pd.DataFrame, fmt: Callable[[int], str]) -> pd.DataFrame:
    """The protected table as the strings a reader sees."""
    return table.map(lambda shown: shown.text(fmt))
