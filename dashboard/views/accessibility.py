"""The accessibility statement: what the dashboard meets, how it is checked, its limits."""

import streamlit as st

from dashboard.ui import shell
from dashboard.ui.plain import plain

ctx = shell.context()
shell.page_header(ctx, ctx.t("page_accessibility"))
st.markdown(ctx.t("a11y_body"))
# where to report a barrier: the export's contact, or plainly that the export gives none
if ctx.catalog.contact:
    st.markdown(ctx.t("a11y_feedback_contact", contact=plain(ctx.catalog.contact)))
else:
    st.markdown(ctx.t("a11y_feedback_none"))
