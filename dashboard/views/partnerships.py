"""Partnerships: in preparation."""

import streamlit as st

from dashboard import shell

ctx = shell.context()
shell.page_header(ctx, ctx.t("page_partnerships"))
st.info(ctx.t("in_preparation"), icon=":material/construction:")
