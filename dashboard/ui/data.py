"""The export in use, loaded once per version of its files and shared by every session.

The export is read from its staged DuckDB file (`export.database`), written once for every
server process: one read-only connection per data version (opened again when any file of
the export changes); each script run takes its own cursor, since one connection used from
Streamlit's threads at once mixes up results.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard.export.database import staged
from dashboard.export.read import export_fingerprint
from dashboard.publishing.home import default_data_dir
from dashboard.store.catalog import Export, read_catalog


@st.cache_resource(max_entries=4, show_spinner=False)
def _load(folder: str, fingerprint: str) -> Export:
    result = staged(Path(folder))
    catalog = read_catalog(result, Path(folder)) if result.ok else None
    return Export(result=result, catalog=catalog, folder=Path(folder), fingerprint=fingerprint)


def current_export() -> Export:
    """The export in use, loaded once per version of its files.

    Raises `ExportUnreadable` when the folder itself cannot be read.
    """
    folder = default_data_dir()
    return _load(str(folder), export_fingerprint(folder))
