"""Numbers, money, shares and dates in the dashboard's two languages.

One module for every surface (tiles, tables, chart axes, downloads), so that a figure reads
the same wherever it appears and follows the chosen language, not the viewer's browser.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date, datetime

from babel.dates import format_date, format_datetime, get_day_names, get_month_names
from babel.numbers import format_currency, format_decimal

_LOCALES = {"it": "it_IT", "en": "en_GB"}


def _missing(value: object) -> bool:
    return is_missing(value)


def fmt_int(value: float | None, lang: str) -> str:
    """A count: `1.234` in Italian, `1,234` in English; a missing value is a dash."""
    if _missing(value):
        return "–"
    return format_decimal(round(value), format="#,##0", locale=_LOCALES[lang])


def fmt_signed(value: float, lang: str, fmt: Callable[[float, str], str] | None = None) -> str:
    """A change, always with its sign (the minus a true minus sign), in `fmt` (counts)."""
    return ("+" if value >= 0 else "−") + (fmt or fmt_int)(abs(value), lang)


def fmt_eur(value: float | None, lang: str, cents: bool = False) -> str:
    """Money: `162.317 €` / `€162,317` on tiles, with cents in tables."""
    if _missing(value):
        return "–"
    digits = ".00" if cents else ""
    pattern = f"#,##0{digits}\u00a0¤" if lang == "it" else f"¤#,##0{digits}"
    return format_currency(
        value, "EUR", format=pattern, currency_digits=False, locale=_LOCALES[lang]
    )


def fmt_pct(share: float | None, lang: str) -> str:
    """A share in [0, 1] with one decimal: `32,5%` / `32.5%`."""
    if _missing(share):
        return "–"
    return format_decimal(share * 100, format="0.0", locale=_LOCALES[lang]) + "%"


def fmt_date(value: date | None, lang: str) -> str:
    """A date as people write it: `31 gennaio 2013` / `31 January 2013`."""
    if is_missing(value):
        return "–"
    if isinstance(value, datetime):  # a date read as a timestamp: its day, no time
        value = value.date()
    return format_date(value, format="long", locale=_LOCALES[lang])


def fmt_datetime(value: datetime, lang: str) -> str:
    """A moment as people write it: `26 nov 2026, 20:04` / `26 Nov 2026, 20:04`."""
    # in the moment's own time zone (UTC in the audit log), not the server's
    return format_datetime(
        value, format="d MMM y, HH:mm", tzinfo=value.tzinfo, locale=_LOCALES[lang]
    )


def fmt_years(first: int, last: int) -> str:
    """A span of years as a label (after a comma, in a chart's name): `2019–2022`."""
    return str(first) if first == last else f"{first}–{last}"


def fmt_period(first: int, last: int, lang: str) -> str:
    """A span of years as a sentence says it, preposition included: `nel 2019`, `dal 2019
    al 2022` (Italian says no `in 2019–2022`); `in 2019`, `in 2019–2022`."""
    if lang == "it":
        return f"nel {first}" if first == last else f"dal {first} al {last}"
    return f"in {first}" if first == last else f"in {first}–{last}"


def vega_locale(lang: str) -> dict:
    """Vega's number and time locale, carried inside each chart's spec.

    The browser's own locale would otherwise decide the axis format; vl-convert reads the
    same spec, so downloaded images match the screen.
    """
    loc = _LOCALES[lang]

    def names(kind: str, width: str) -> list[str]:
        table = (
            get_month_names(width, locale=loc) if kind == "m" else get_day_names(width, locale=loc)
        )
        # Babel numbers months 1..12 and days Monday=0; Vega wants January and Sunday first.
        return [table[k] for k in (range(1, 13) if kind == "m" else (6, 0, 1, 2, 3, 4, 5))]

    currency = ["", "\u00a0€"] if lang == "it" else ["€", ""]
    separators = (
        {"decimal": ",", "thousands": "."} if lang == "it" else {"decimal": ".", "thousands": ","}
    )
    return {
        "number": {**separators, "grouping": [3], "currency": currency},
        "time": {
            "dateTime": "%e %B %Y, %X",
            "date": "%d/%m/%Y",
            "time": "%H:%M:%S",
            "periods": ["AM", "PM"],
            "days": names("d", "wide"),
            "shortDays": names("d", "abbreviated"),
            "months": names("m", "wide"),
            "shortMonths": names("m", "abbreviated"),
        },
    }


# --- cells: one formatter per type, for tables on screen and for downloaded CSV ----------
COUNT, MONEY, SHARE, DATE, NUMBER, TEXT = "count", "money", "share", "date", "number", "text"
KINDS = (COUNT, MONEY, SHARE, DATE, NUMBER, TEXT)
MISSING = "–"
_SWAP = str.maketrans(",.", ".,")
# a cell a spreadsheet would run as a formula, or whose first character it would eat
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def is_missing(value: object) -> bool:
    """None, NaN, NaT and pandas' NA: every way a missing value reaches a cell."""
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN, NaT and NA are not equal to themselves
    except (TypeError, ValueError):  # NA refuses to be a bool
        return True


def _grouped(value: float, digits: int, lang: str) -> str:
    text = f"{value:,.{digits}f}"
    return text.translate(_SWAP) if lang == "it" else text


def _plain(value: float, digits: int, lang: str) -> str:
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "it" else text


def cell_text(kind: str, value: object, lang: str) -> str:
    """A table cell on screen: `1.234` counts, `1.234,50 €` money with cents, `32,5%`
    shares, `12 febbraio 2022` dates (never a time of day), and "–" for a missing value."""
    if is_missing(value):
        return MISSING
    if isinstance(value, str):  # a word where a number may stand ("<3"): as it is
        kind = TEXT
    if kind == COUNT:
        return _grouped(round(float(value)), 0, lang)
    if kind == MONEY:
        amount = _grouped(float(value), 2, lang)
        return f"{amount}\u00a0€" if lang == "it" else f"€{amount}"
    if kind == SHARE:
        return _plain(float(value) * 100, 1, lang) + "%"
    if kind == NUMBER:
        return _grouped(float(value), 2, lang)
    if kind == DATE:
        return fmt_date(value, lang)
    return str(value)


def cell_csv(kind: str, value: object, lang: str) -> str:
    """A CSV cell a spreadsheet reads in the language's Excel dialect: numbers without
    grouping (`1234`, money `1234,50` / `1234.50`, shares as fractions `0,3250`), dates as
    `2022-02-12`, a missing value empty, and text that would run as a formula quoted."""
    if is_missing(value):
        return ""
    if isinstance(value, str):
        kind = TEXT
    if kind == COUNT:
        return str(round(float(value)))
    if kind in (MONEY, NUMBER):
        return _plain(float(value), 2, lang)
    if kind == SHARE:
        return _plain(float(value), 4, lang)
    if kind == DATE:
        return _as_date(value).isoformat()
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _as_date(value: object) -> date:
    return value.date() if isinstance(value, datetime) else value  # pandas' Timestamp too


def file_slug(text: str) -> str:
    """Words as a file name's part: `Progetti per categoria` → `progetti-per-categoria`
    (accents dropped, any other sign a hyphen), so every system saves it as it reads."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60].strip("-")
