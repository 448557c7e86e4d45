"""Tables on screen and as CSV, with numbers in the chosen language.

Streamlit's own number formats follow the viewer's browser, so tables are styled here, and
a downloaded CSV opens right in Excel in the user's language: in Italian with `;`, decimal
comma and a UTF-8 BOM; in English with `,` and a decimal point.
"""

from __future__ import annotations

import pandas as pd
from pandas.io.formats.style import Styler

_SEPARATORS = {"it": {"thousands": ".", "decimal": ","}, "en": {"thousands": ",", "decimal": "."}}


def styled(
    frame: pd.DataFrame,
    lang: str,
    counts: tuple[str, ...] = (),
    money: tuple[str, ...] = (),
    shares: tuple[str, ...] = (),
) -> Styler:
    """The frame with counts grouped, money with cents and shares in per cent, one
    decimal; the numbers stay numbers, so columns sort as numbers."""
    euro = "{:,.2f}\u00a0€" if lang == "it" else "€{:,.2f}"
    formats = (
        {column: "{:,.0f}" for column in counts}
        | {column: euro for column in money}
        | {column: "{:.1%}" for column in shares}
    )
    return frame.style.format(formats, na_rep="–", **_SEPARATORS[lang])


def csv_bytes(frame: pd.DataFrame, lang: str) -> bytes:
    """The frame as a CSV that Excel opens right in the user's language."""
    if lang == "it":
        text = frame.to_csv(index=False, sep=";", decimal=",")
        return text.encode("utf-8-sig")
    return frame.to_csv(index=False).encode("utf-8")
