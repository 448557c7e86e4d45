"""Entry point: `streamlit run dashboard/app.py`. Routes pages, draws the shared frame."""

import sys
from pathlib import Path

# `streamlit run` puts only this folder on sys.path; the package lives one level up.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import streamlit as st  # noqa: E402

from dashboard.export.read import ExportUnreadable  # noqa: E402
from dashboard.publishing.home import default_data_dir  # noqa: E402
from dashboard.routes import PAGES  # noqa: E402
from dashboard.ui import server, shell  # noqa: E402
from dashboard.ui.data import current_export  # noqa: E402
from dashboard.words.catalog import DEFAULT_LANG, LANGS, t  # noqa: E402

# an emoji favicon is drawn by the browser itself (a data: URL); a `:material/...` one is
# fetched from Google's font server, a third-party request from every visitor
st.set_page_config(layout="wide", initial_sidebar_state="auto", page_icon="🤝")
server.follow_upload_cap()
url_lang = st.query_params.get("lang", DEFAULT_LANG)
url_lang = url_lang if url_lang in LANGS else DEFAULT_LANG

try:
    export = current_export()
except ExportUnreadable as err:
    shell.head(url_lang)
    shell.unreadable(default_data_dir(), url_lang, str(err))
    st.stop()

if not export.result.ok:
    shell.head(url_lang)
    shell.report(export, url_lang)
    st.stop()

shell.restore_url()
filters, _ = shell.url_filters(export)
lang = filters.lang
shell.head(lang)
shell.sidebar(filters, export.catalog)
page = st.navigation(
    [
        st.Page(file, title=t(title, lang), icon=icon, url_path=path, default=i == 0)
        for i, (file, path, title, icon) in enumerate(PAGES)
    ]
)
network = export.catalog.network or t("app_title", lang)
st.set_page_config(page_title=f"{page.title} – {network}")
page.run()
