"""What every page needs of an export on every run, read once per data version."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dashboard.export.load import LoadResult
from dashboard.store.queries import sql_text


@dataclass(frozen=True)
class Catalog:
    """What the shell needs of an export on every run, read once per data version."""

    years: tuple[int, int]
    labels: dict[str, dict[str, dict[str, str]]]  # list -> code -> lang -> label
    network: str | None
    exported_on: date | None
    synthetic: bool
    contact: str | None

    def label(self, code_list: str, code: str, lang: str) -> str:
        return self.labels[code_list].get(code, {}).get(lang, code)


def read_catalog(result: LoadResult) -> Catalog:
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
    )


@dataclass(frozen=True)
class Export:
    result: LoadResult
    catalog: Catalog | None  # None when the export is invalid
    folder: Path


def newest_file_date(folder: Path) -> date | None:
    """The day the export's newest CSV file was last changed: the best date of its data
    when `export.csv` does not give one; None when the folder holds no CSV file."""
    try:
        times = [
            entry.stat().st_mtime
            for entry in Path(folder).iterdir()
            if entry.is_file() and entry.name.lower().endswith(".csv")
        ]
    except OSError:
        return None
    return date.fromtimestamp(max(times)) if times else None
