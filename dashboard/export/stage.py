"""Stage a valid export into DuckDB: typed tables (codes as ENUMs) and the derived views."""

from __future__ import annotations

import duckdb
import pandas as pd

from dashboard import settings
from dashboard.export import contract
from dashboard.export.contract import Table
from dashboard.export.read import Sheet

# Derived views and the filter macros, in creation order (each needs the ones before).
DERIVED_VIEWS = (
    "export_years",
    "member_years",
    "project_partnership_types",
    "projects_in_partnership",
    "project_ptypes",
    "selected_orgs",
    "selected_projects",
    "partnered_projects",
    "partnered_orgs",
    "selected_savings",
    "savings_amounts",
    "drilled_orgs",
    "member_companies",
)


def stage(sheets: dict[str, Sheet], database: str = ":memory:") -> duckdb.DuckDBPyConnection:
    """A DuckDB (in memory, or the file `database`) with every contract table (empty when
    not exported) and view."""
    con = duckdb.connect(database, config=settings.duckdb_config())
    code_lists = [(t.name, c.name, c.codes) for t in contract.TABLES for c in t.columns]
    code_lists.append(("organizations", "size_group", contract.SIZE_GROUPS))
    codes = [
        (table, column, code, position)
        for table, column, values in code_lists
        for position, code in enumerate(values)
    ]
    contract_codes = pd.DataFrame(
        codes, columns=["table_name", "column_name", "code", "position"]
    ).astype({"table_name": "str", "column_name": "str", "code": "str"})
    con.register("contract_codes", contract_codes)
    raw_names = []
    for table in contract.TABLES:
        raw = f"raw_{table.name}"
        con.register(raw, _raw_frame(table, sheets.get(table.name)))
        raw_names.append(raw)
    con.execute(_sql("stg_types"))
    for table in contract.TABLES:
        con.execute(_sql(f"stg_{table.name}"))
    for view in DERIVED_VIEWS:
        con.execute(_sql(f"derived_{view}"))
    for name in ["contract_codes", *raw_names]:
        con.unregister(name)
    return con


def _raw_frame(table: Table, sheet: Sheet | None) -> pd.DataFrame:
    """The staged text of a file, every contract column present; no rows when not exported."""
    if sheet is None:
        return pd.DataFrame({c: pd.Series([], dtype="str") for c in table.column_names})
    return pd.DataFrame(
        {c: sheet.staged[c].reset_index(drop=True) for c in [*table.column_names, *sheet.extras]}
    ).astype("str")


def _sql(name: str) -> str:
    return (settings.QUERIES / f"{name}.sql").read_text(encoding="utf-8")
