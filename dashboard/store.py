"""The export in use as a DuckDB database, and the one way pages ask it questions.

One connection per data version (rebuilt when any file of the export changes), shared by
every session; each script run takes its own cursor, since one connection used from
Streamlit's threads at once mixes up results.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from dashboard.load import LoadResult, default_data_dir, export_fingerprint, load_export

QUERIES = Path(__file__).resolve().parent.parent / "queries"
_PARAM = re.compile(r"\$([a-z_]+)")


@functools.cache
def sql_text(name: str) -> str:
    return (QUERIES / f"{name}.sql").read_text(encoding="utf-8")


def query(cursor: duckdb.DuckDBPyConnection, name: str, params: dict) -> pd.DataFrame:
    """Run `queries/<name>.sql` with the named parameters it uses; values never enter SQL."""
    sql = sql_text(name)
    used = {key: params[key] for key in sorted(set(_PARAM.findall(sql)))}
    return cursor.execute(sql, used).df()


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


def _catalog(result: LoadResult) -> Catalog:
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


@st.cache_resource(max_entries=4, show_spinner=False)
def _load(folder: str, fingerprint: str) -> Export:
    result = load_export(Path(folder))
    if not result.ok:
        return Export(result=result, catalog=None, folder=Path(folder))
    return Export(result=result, catalog=_catalog(result), folder=Path(folder))


def current_export() -> Export:
    """The export in use, loaded once per version of its files.

    Raises `ExportUnreadable` when the folder itself cannot be read.
    """
    folder = default_data_dir()
    return _load(str(folder), export_fingerprint(folder))
