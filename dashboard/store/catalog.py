"""What every page needs of an export on every run, read once per data version."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pandas as pd

from dashboard.export.load import LoadResult
from dashboard.store.queries import sql_text
from dashboard.words.codes import labels_of


@dataclass(frozen=True)
class Catalog:
    """What the shell needs of an export on every run, read once per data version."""

    years: tuple[int, int]
    labels: dict[str, dict[str, dict[str, str]]]  # list -> code -> lang -> label
    network: str | None
    exported_on: date | None
    synthetic: bool
    contact: str | None
    files_on: date | None = None  # the newest file's date: said when `exported_on` is missing
    has_export_info: bool = True  # False when export.csv was not exported

    def label(self, code_list: str, code: str, lang: str) -> str:
        return self.labels[code_list].get(code, {}).get(lang, code)

    def labels_of(self, code_list: str, codes: pd.Series, lang: str) -> pd.Series:
        """`label` of every code of a column (a missing code None), in one step."""
        return labels_of({c: w[lang] for c, w in self.labels[code_list].items()}, codes)


def files_date(folder: Path) -> date | None:
    """The newest modification date of the export's `.csv` files (any case of `.CSV`), in
    the server's time zone; None when the folder holds none or cannot be read.

    What is known of an export's date when `export.csv` (its `exported_on`) is missing:
    the day its files were last written, to be said as such, never as the export's date.
    """
    try:
        with os.scandir(folder) as entries:
            times = [
                entry.stat().st_mtime
                for entry in entries
                if entry.is_file() and entry.name.lower().endswith(".csv")
            ]
    except OSError:
        return None
    return datetime.fromtimestamp(max(times)).date() if times else None


def read_catalog(result: LoadResult, folder: Path | None = None) -> Catalog:
    cur = result.con.cursor()
    labels: dict[str, dict[str, dict[str, str]]] = {"sectors": {}, "categories": {}, "themes": {}}
    for code_list, code, label_it, label_en in cur.execute(sql_text("code_labels")).fetchall():
        labels[code_list][code] = {"it": label_it, "en": label_en}
    info = cur.execute(sql_text("export_info")).fetchone()
    network, exported_on, synthetic, contact = info or (None, None, False, None)
    return Catalog(
        years=result.years,
        labels=labels,
        network=network,
        exported_on=exported_on,
        synthetic=bool(synthetic),
        contact=contact,
        files_on=files_date(folder) if folder is not None else None,
        has_export_info="export" in result.exported,
    )


@dataclass(frozen=True)
class Export:
    result: LoadResult
    catalog: Catalog | None  # None when the export is invalid
    folder: Path
    fingerprint: str  # of the files (`export.read.export_fingerprint`): equal, same answers
