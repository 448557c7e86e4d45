"""Overview: the headline figures of the selected years, and their shape year by year."""

import pandas as pd
import streamlit as st

from dashboard.ui import charts, panels, shell
from dashboard.ui.tables import Table
from dashboard.words.catalog import tn
from dashboard.words.codes import code_label
from dashboard.words.formats import fmt_eur, fmt_int, fmt_pct

ctx = shell.context()
lang = ctx.lang
first, last = ctx.years
shell.page_header(ctx, ctx.t("page_overview"))

shell.intro(ctx, "overview_intro")

by_year = ctx.query("overview_by_year")
selected = by_year[by_year["year"] >= first]
companies = int(ctx.query("companies_involved")["companies_involved"].iloc[0])


def missing(label: str, help_key: str, file: str) -> None:
    shell.tile(label, "–", None, ctx.t(help_key), ctx.t("not_exported", file=file))


projects = int(selected["projects"].sum())
with st.container(horizontal=True, gap="medium"):
    shell.tile(
        ctx.t("kpi_companies"),
        fmt_int(companies, lang),
        ctx.change(by_year, "active_companies"),
        ctx.t("help_companies"),
    )
    shell.tile(
        ctx.t("kpi_projects"),
        fmt_int(projects, lang),
        ctx.change(by_year, "projects"),
        ctx.t("help_projects"),
    )
    if ctx.exported("project_partners"):
        partnered = int(selected["projects_in_partnership"].sum())
        shell.tile(
            ctx.t("kpi_partnership"),
            fmt_int(partnered, lang),
            ctx.change(by_year, "projects_in_partnership"),
            ctx.t("help_partnership"),
            ctx.t(
                "share_of_projects", share=fmt_pct(partnered / projects if projects else None, lang)
            ),
        )
    else:
        missing(ctx.t("kpi_partnership"), "help_partnership", "project_partners.csv")
    if ctx.exported("savings"):
        verified = float(selected["savings_verified"].sum())
        estimated = float(selected["savings_estimated"].sum())
        total = verified + estimated
        shell.tile(
            ctx.t("kpi_savings"),
            fmt_eur(verified, lang),
            ctx.change(by_year, "savings_verified", fmt_eur),
            ctx.t("help_savings"),
            ctx.t(
                "estimated_beside",
                amount=fmt_eur(estimated, lang),
                share=fmt_pct(verified / total if total else None, lang),
            ),
        )
    else:
        missing(ctx.t("kpi_savings"), "help_savings", "savings.csv")
    if ctx.exported("meetings"):
        shell.tile(
            ctx.t("kpi_meetings"),
            fmt_int(int(selected["meetings"].sum()), lang),
            ctx.change(by_year, "meetings"),
            ctx.t("help_meetings"),
        )
    else:
        missing(ctx.t("kpi_meetings"), "help_meetings", "meetings.csv")


def label(code_list: str):
    return lambda code: ctx.catalog.label(code_list, code, lang) if code else None


def words(code_list: str):
    return lambda code: code_label(code_list, code, lang) if isinstance(code, str) else None


with panels.fold(ctx.t("ov_records"), key="ov_records_open") as shown:
    if shown:
        companies_rows = ctx.query("overview_companies")
        projects_rows = ctx.query("overview_projects")
        savings_rows = ctx.query("overview_savings") if ctx.exported("savings") else None
        tabs = st.tabs(
            [
                ctx.t("ov_records_companies", count=len(companies_rows)),
                ctx.t("ov_records_projects", count=len(projects_rows)),
            ]
            + (
                [tn("ov_records_savings", len(savings_rows), lang)]
                if savings_rows is not None
                else []
            )
        )
        with tabs[0]:
            frame = pd.DataFrame(
                {
                    ctx.t("ov_col_name"): companies_rows["name"],
                    ctx.t("ov_col_sector"): companies_rows["sector"].map(label("sectors")),
                    ctx.t("ov_col_size"): companies_rows["size_group"].map(words("size_group")),
                    ctx.t("ov_col_municipality"): companies_rows["municipality"],
                    ctx.t("ov_col_joined"): companies_rows["joined_year"].astype("string"),
                    ctx.t("ov_col_left"): companies_rows["left_year"].astype("string"),
                }
            )
            panels.records_table(ctx, "ov_companies", ctx.t("kpi_companies"), frame)
        with tabs[1]:
            frame = pd.DataFrame(
                {
                    ctx.t("ov_col_project"): projects_rows["title"],
                    ctx.t("ov_col_lead"): projects_rows["lead"],
                    ctx.t("ov_col_category"): projects_rows["category"].map(label("categories")),
                    ctx.t("ov_col_start"): projects_rows["start_year"].astype("string"),
                    ctx.t("ov_col_status"): projects_rows["status"].map(words("status")),
                    ctx.t("ov_col_partners"): projects_rows["partners"],
                }
            )
            panels.records_table(ctx, "ov_projects", ctx.t("kpi_projects"), frame)
        if savings_rows is not None:
            with tabs[2]:
                amount = ctx.t("ov_col_amount")
                frame = pd.DataFrame(
                    {
                        ctx.t("ov_col_project"): savings_rows["title"],
                        ctx.t("ov_col_year"): savings_rows["year"].astype("string"),
                        ctx.t("ov_col_authority"): savings_rows["authority"],
                        ctx.t("ov_col_area"): savings_rows["policy_area"].map(words("policy_area")),
                        ctx.t("ov_col_method"): savings_rows["method"].map(words("method")),
                        ctx.t("ov_col_checked"): savings_rows["verified"].map(
                            {True: ctx.t("sav_verified"), False: ctx.t("sav_estimated")}
                        ),
                        amount: savings_rows["amount_eur"],
                        ctx.t("ov_col_note"): savings_rows["note"],
                    }
                )
                panels.records_table(
                    ctx, "ov_savings", ctx.t("kpi_savings"), Table.of(frame, money=(amount,))
                )


measures = {"projects": ctx.t("new_projects"), "active_companies": ctx.t("active_members")}
long = selected.melt(id_vars="year", value_vars=list(measures), var_name="measure")
long["measure"] = long["measure"].map(measures)
table = pd.DataFrame(
    {
        ctx.t("year"): selected["year"].astype(str),
        ctx.t("new_projects"): selected["projects"],
        ctx.t("active_members"): selected["active_companies"],
    }
)
panels.chart_panel(
    ctx,
    key="per_year",
    title=ctx.t("per_year_title"),
    caption=ctx.t("per_year_caption"),
    definition=ctx.t("per_year_definition"),
    chart=charts.yearly_bars(long, lang, ctx.t("per_year_alt", first=first, last=last)),
    table=table if long["value"].sum() else table.iloc[0:0],
    counts=(ctx.t("new_projects"), ctx.t("active_members")),
)
