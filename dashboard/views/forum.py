"""Forum: the last selected year's results in big type, for the projector at the forum,
then the road since the first year, with charts to take into the slides."""

import pandas as pd
import streamlit as st

from dashboard.ui import charts, panels, shell
from dashboard.views.sections import presentation
from dashboard.words.formats import fmt_eur, fmt_int

ctx = shell.context()
if presentation.presenting():
    presentation.show(ctx, presentation.deck_of(ctx))
    st.stop()
lang = ctx.lang
first, year = ctx.years
shell.page_header(ctx, ctx.t("forum_title", year=year))
st.markdown(ctx.t("forum_intro", year=year, first=first))
presentation.start_button(ctx)

by_year = ctx.query("overview_by_year")
selected = by_year[by_year["year"] >= first]
now = by_year.set_index("year").loc[year]
companies = int(ctx.query("companies_involved")["companies_involved"].iloc[0])
partnered = ctx.exported("project_partners")
savings = ctx.exported("savings")


def estimated(amount: float) -> str:
    return ctx.t("forum_estimated", amount=fmt_eur(amount, lang))


st.header(ctx.t("forum_year", year=year))
with st.container(horizontal=True, gap="medium", key="forum-year"):
    shell.tile(
        ctx.t("forum_members"),
        fmt_int(now["active_companies"], lang),
        None,
        ctx.t("forum_help_members"),
    )
    shell.tile(
        ctx.t("forum_projects"), fmt_int(now["projects"], lang), None, ctx.t("help_projects")
    )
    if partnered:
        shell.tile(
            ctx.t("forum_partnership"),
            fmt_int(now["projects_in_partnership"], lang),
            None,
            ctx.t("help_partnership"),
        )
    if savings:
        shell.tile(
            ctx.t("forum_savings"),
            fmt_eur(now["savings_verified"], lang),
            None,
            ctx.t("help_savings"),
            estimated(now["savings_estimated"]),
        )
    if ctx.exported("meetings"):
        shell.tile(
            ctx.t("forum_meetings"), fmt_int(now["meetings"], lang), None, ctx.t("help_meetings")
        )

if first < year:
    st.header(ctx.t("forum_since", first=first, year=year))
    with st.container(horizontal=True, gap="medium", key="forum-since"):
        shell.tile(ctx.t("forum_involved"), fmt_int(companies, lang), None, ctx.t("help_companies"))
        shell.tile(
            ctx.t("forum_all_projects"),
            fmt_int(selected["projects"].sum(), lang),
            None,
            ctx.t("help_projects"),
        )
        if partnered:
            shell.tile(
                ctx.t("forum_partnership"),
                fmt_int(selected["projects_in_partnership"].sum(), lang),
                None,
                ctx.t("help_partnership"),
                key="since-partnership",
            )
        if savings:
            shell.tile(
                ctx.t("forum_savings"),
                fmt_eur(selected["savings_verified"].sum(), lang),
                None,
                ctx.t("help_savings"),
                estimated(selected["savings_estimated"].sum()),
                key="since-savings",
            )

measures = {"active_companies": ctx.t("active_members"), "projects": ctx.t("new_projects")}
if partnered:
    measures["projects_in_partnership"] = ctx.t("forum_partnership")
long = selected.melt(id_vars="year", value_vars=list(measures), var_name="measure")
long["measure"] = long["measure"].map(measures)
table = pd.DataFrame({ctx.t("year"): selected["year"].astype(str)})
for column, label in measures.items():
    table[label] = selected[column].to_numpy()
panels.chart_panel(
    ctx,
    key="forum_road",
    title=ctx.t("forum_chart_title"),
    caption=ctx.t("forum_chart_caption"),
    definition=ctx.t("forum_chart_definition"),
    chart=charts.yearly_bars(long, lang, ctx.t("forum_chart_alt", first=first, last=year)),
    table=table if long["value"].sum() else table.iloc[0:0],
    counts=tuple(measures.values()),
)
presentation.take_away(ctx)
