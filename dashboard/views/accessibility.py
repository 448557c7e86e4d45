"""The accessibility statement: what the dashboard meets, how it is checked, its limits."""

import streamlit as st

from dashboard.ui import shell

ctx = shell.context()
shell.page_header(ctx, ctx.t("page_accessibility"))
st.markdown(ctx.t("a11y_body"))
