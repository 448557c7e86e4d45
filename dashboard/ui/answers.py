"""The answers to the pages' questions, kept for each version of an export and each set of
parameters: the same questions come back on every rerun (a fold opened, a click, the next
slide), and the files of a version never change.

Kept in this process, the least recently used going first past `CELLS` cells in all; an
answer larger than that is given and not kept. Each caller gets a copy of its own.
"""

from __future__ import annotations

import threading

import cachetools
import duckdb
import pandas as pd

from dashboard.store import queries

Answer = pd.DataFrame | tuple[pd.DataFrame, int]
CELLS = 2_000_000  # rows × columns of all the answers kept: some 100 MB at most


def _cells(found: Answer) -> int:
    frame = found[0] if isinstance(found, tuple) else found
    return max(1, frame.size)


_KEPT: cachetools.LRUCache = cachetools.LRUCache(maxsize=CELLS, getsizeof=_cells)
_LOCK = threading.Lock()


def answer(
    cursor: duckdb.DuckDBPyConnection,
    files: tuple[str, str],
    name: str,
    params: dict,
    limit: int = 0,
) -> Answer:
    """`queries/<name>.sql` with `params` on the export whose folder and file fingerprint
    are `files`: the whole answer, or with a `limit` its first rows and their count."""
    key = (files, name, tuple((k, _frozen(v)) for k, v in sorted(params.items())), limit)
    with _LOCK:
        found = _KEPT.get(key)
    if found is None:
        if limit:
            found = queries.page(cursor, name, params, limit)
        else:
            found = queries.query(cursor, name, params)
        with _LOCK:
            if _cells(found) <= CELLS:
                _KEPT[key] = found
    if isinstance(found, tuple):
        return found[0].copy(), found[1]
    return found.copy()


def _frozen(value: object) -> object:
    """A parameter as part of a key: a list (of codes) as a tuple."""
    return tuple(value) if isinstance(value, list) else value
