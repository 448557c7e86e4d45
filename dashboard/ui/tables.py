"""Tables on screen and as CSV, every cell through one formatter per type.

A table's columns are typed once (`Table.of`: counts, money, shares, dates; other columns
by their values); the screen and the download both read those types, so a figure reads
the same in both. On screen a pandas Styler sets each cell's text in the chosen language
(Streamlit's own number formats follow the viewer's browser) and keeps the numbers, so
columns still sort as numbers and dates. A downloaded CSV opens right in Excel in the
user's language: in Italian with `;`, decimal comma and a UTF-8 BOM; in English with `,`
and a decimal point; numbers stay numbers, a missing value is an empty cell.
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

import pandas as pd
from pandas.io.formats.style import Styler

from dashboard.words.formats import (
    COUNT,
    DATE,
    MONEY,
    NUMBER,
    SHARE,
    TEXT,
    cell_csv,
    cell_text,
)


@dataclass(frozen=True)
class Table:
    """A frame and the type of each of its columns (`dashboard.words.formats.KINDS`)."""

    frame: pd.DataFrame
    kinds: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        frame: pd.DataFrame,
        counts: tuple[str, ...] = (),
        money: tuple[str, ...] = (),
        shares: tuple[str, ...] = (),
        dates: tuple[str, ...] = (),
    ) -> Table:
        """Declared columns take their type; the others are typed by their values."""
        declared = (
            dict.fromkeys(counts, COUNT)
            | dict.fromkeys(money, MONEY)
            | dict.fromkeys(shares, SHARE)
            | dict.fromkeys(dates, DATE)
        )
        kinds = {
            column: declared.get(column) or _kind_of(frame[column]) for column in frame.columns
        }
        return cls(frame, kinds)

    def kind(self, column: str) -> str:
        return self.kinds.get(column, TEXT)


def _kind_of(values: pd.Series) -> str:
    """An undeclared column's type: whole numbers count, dates are dates, any other
    number has two decimals, everything else (yes/no included) is text."""
    if pd.api.types.is_bool_dtype(values):
        return TEXT
    if pd.api.types.is_datetime64_any_dtype(values):
        return DATE
    if pd.api.types.is_integer_dtype(values):
        return COUNT
    if pd.api.types.is_float_dtype(values):
        given = values.dropna()
        return COUNT if bool((given == given.round()).all()) else NUMBER
    if isinstance(values.dtype, pd.StringDtype):
        return TEXT
    given = values.dropna()  # objects: dates when every value is one (the first decides most)
    if len(given) and isinstance(given.iloc[0], date) and given.map(_is_date).all():
        return DATE
    return TEXT


def _is_date(value: object) -> bool:
    return isinstance(value, date)


def as_table(data: Table | pd.DataFrame) -> Table:
    """A typed table: as given, or a frame typed by its values."""
    return data if isinstance(data, Table) else Table.of(data)


def styled(data: Table | pd.DataFrame, lang: str) -> Styler:
    """The table with each cell's text in `lang`, by its column's type; the values stay
    as they are, so columns sort as numbers and dates."""
    table = as_table(data)
    formats = {
        column: functools.partial(_shown, table.kind(column), lang)
        for column in table.frame.columns
    }
    return table.frame.style.format(formats, na_rep="–")


def _shown(kind: str, lang: str, value: object) -> str:
    return cell_text(kind, value, lang)


def csv_bytes(data: Table | pd.DataFrame, lang: str) -> bytes:
    """The table as a CSV that Excel opens right in the user's language."""
    table = as_table(data)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if lang == "it" else ",", lineterminator="\r\n")
    writer.writerow([cell_csv(TEXT, column, lang) for column in table.frame.columns])
    kinds = [table.kind(column) for column in table.frame.columns]
    for row in table.frame.itertuples(index=False, name=None):
        writer.writerow(
            [cell_csv(kind, value, lang) for kind, value in zip(kinds, row, strict=True)]
        )
    text = out.getvalue()
    return text.encode("utf-8-sig") if lang == "it" else text.encode("utf-8")
