"""Streamlit's server options that must follow the dashboard's own settings.

Streamlit's upload endpoint takes files from any open session, signed in or not, up to
`server.maxUploadSize` MB each; only the server can refuse more, so that option must be the
dashboard's upload cap however the server was started (`make run`, a bare `streamlit run`,
`.streamlit/config.toml`, `STREAMLIT_SERVER_MAX_UPLOAD_SIZE`).
"""

from __future__ import annotations

import logging

import streamlit as st
from streamlit import config

from dashboard import settings

_LOG = logging.getLogger(__name__)


def follow_upload_cap() -> None:
    """Set `server.maxUploadSize` to `CSR_MAX_UPLOAD_MB` when they differ, and log it.

    The endpoint reads the option on every request, so this holds from the first run on.
    `st.set_option` refuses server options: this is Streamlit's internal `config.set_option`
    (tests/test_data_page.py fails if it stops working).
    """
    wanted = settings.max_upload_mb()
    found = st.get_option("server.maxUploadSize")
    if found != wanted:
        _LOG.warning(
            "server.maxUploadSize was %s MB; set to %s MB, the upload cap (CSR_MAX_UPLOAD_MB)",
            found,
            wanted,
        )
        config.set_option("server.maxUploadSize", wanted, where_defined="CSR_MAX_UPLOAD_MB")
