"""Savings for local authorities: what the network's projects saved them, the verified
amounts first and the estimates beside, by policy area, method, year, project, authority
and category, and what they are worth against the laboratory's fees."""

import streamlit as st

from dashboard.ui import panels, shell
from dashboard.views.sections import savings as sections
from dashboard.words.codes import code_labels

ctx = shell.context()
shell.page_header(ctx, ctx.t("page_savings"))

shell.intro(ctx, "sav_intro")
if not ctx.exported("savings"):
    st.info(ctx.t("not_exported", file="savings.csv"), icon=":material/info:")
    st.stop()

area_names = code_labels("policy_area", ctx.lang)
method_names = code_labels("method", ctx.lang)
drill = panels.Drill(
    ctx,
    {
        "policy_area": (ctx.t("sav_dim_area"), area_names),
        "method": (ctx.t("sav_dim_method"), method_names),
    },
)
drill.chips()
narrowed = drill.params()  # the rest of the page: both clicked filters
all_areas = narrowed | {"drill_policy_area": None}  # the area chart highlights its own
all_methods = narrowed | {"drill_method": None}  # the method chart highlights its own

words = sections.words(ctx, method_names)


# Headline: verified first, estimated beside, never one bare mixed total.
totals = ctx.query("savings_totals", **narrowed).iloc[0]
by_year = ctx.query("savings_by_year", **narrowed)
years = by_year[by_year["year"] >= ctx.years[0]].reset_index(drop=True)
sections.headline(ctx, totals, by_year)

sections.by_area(
    ctx,
    words,
    drill,
    ctx.query("savings_by_area", **all_areas),
    area_names,
    sections.records(ctx, words, all_areas, area_names, method_names),
)
sections.by_method(
    ctx,
    words,
    drill,
    ctx.query("savings_by_method", **all_methods),
    method_names,
    sections.records(ctx, words, all_methods, area_names, method_names),
)

# the rows behind every figure narrowed by both clicks
behind = sections.records(ctx, words, narrowed, area_names, method_names)
sections.per_year(ctx, words, totals, years, behind)
sections.cumulative(ctx, words, totals, years, behind)
sections.fees(ctx, words, totals, years)
sections.projects(ctx, words, narrowed)
sections.every_saving(ctx, behind)
sections.authorities(ctx, words, ctx.query("savings_by_authority", **narrowed), behind)
sections.categories(ctx, words, ctx.query("savings_by_category", **narrowed), behind)
