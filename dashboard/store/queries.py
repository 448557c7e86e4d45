"""The one way anything asks the export a question: `queries/<name>.sql` with named
parameters, never with values formatted into SQL."""

from __future__ import annotations

import functools
import re

import duckdb
import pandas as pd

from dashboard import settings

_PARAM = re.compile(r"\$([a-z_]+)")


@functools.cache
def sql_text(name: str) -> str:
    return (settings.QUERIES / f"{name}.sql").read_text(encoding="utf-8")


def query(cursor: duckdb.DuckDBPyConnection, name: str, params: dict) -> pd.DataFrame:
    """Run `queries/<name>.sql` with the named parameters it uses; values never enter SQL."""
    sql = sql_text(name)
    used = {key: params[key] for key in sorted(set(_PARAM.findall(sql)))}
    return cursor.execute(sql, used).df()


def page(
    cursor: duckdb.DuckDBPyConnection, name: str, params: dict, limit: int
) -> tuple[pd.DataFrame, int]:
    """The first `limit` rows of `queries/<name>.sql` and how many rows it has in all:
    a long list reaches pandas (and the browser) one page at a time."""
    sql = sql_text(name)
    used = {key: params[key] for key in sorted(set(_PARAM.findall(sql)))}
    rows = cursor.sql(sql, params=used)
    [(total,)] = rows.aggregate("count(*)").fetchall()
    return rows.limit(limit).df(), total
