"""Data (coordinators only): check and publish a new export, history and rollback,
templates, and the participants' list with names (personal data lives here only)."""

import streamlit as st

from dashboard.publishing import home
from dashboard.ui import auth, shell
from dashboard.ui.plain import plain
from dashboard.views.sections import data as sections

ctx = shell.context()
shell.page_header(ctx, ctx.t("page_data"))

who = auth.coordinator()
if not who:
    st.info(ctx.t("auth_needed"), icon=":material/lock:")
    auth.sign_in(ctx.lang)
    st.stop()

with st.container(horizontal=True, vertical_alignment="center"):
    st.markdown(ctx.t("data_signed_in", who=plain(who)))
    auth.sign_out(ctx.lang)
read_only = home.read_only_reason(ctx.lang)

sections.publish_section(ctx, who, read_only)
sections.history_section(ctx, who, read_only)
sections.templates_section(ctx)
sections.people_section(ctx)
