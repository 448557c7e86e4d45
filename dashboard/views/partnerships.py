"""Partnerships: which projects are run together, of what kind, and who connects the network."""

import streamlit as st

from dashboard.ui import panels, shell
from dashboard.views.sections import partnerships as sections
from dashboard.words.codes import code_labels

ctx = shell.context()
shell.page_header(ctx, ctx.t("page_partnerships"))
ptype_labels = code_labels("partnership_type", ctx.lang)
drill = panels.Drill(ctx, {"ptype": (ctx.t("pship_type"), ptype_labels)})

shell.intro(ctx, "pship_intro")
drill.chips()

if not ctx.exported("project_partners"):
    sections.not_exported(ctx)
    st.stop()

params = drill.params()
summary = ctx.query("partnerships_summary", **params).iloc[0]
by_year = ctx.query("partnerships_by_year", **params)
# the projects behind the figures below
records = sections.projects_table(ctx, ptype_labels, **params)

sections.tiles(ctx, summary, by_year)
sections.by_type(ctx, drill, ptype_labels)
sections.by_year(ctx, by_year, int(summary["projects_in_partnership"]), records)
sections.per_project(ctx, params, records)

nodes, organizations, among = sections.network_of(ctx, params)
sections.network_panel(ctx, params, nodes, organizations, among)
sections.sizes(ctx, params)
sections.connectors(ctx, params, nodes)
