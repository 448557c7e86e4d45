"""Projects: what the network's projects are about, which UN goals they serve, how far they
have come, who leads them, and who publishes a sustainability report.

A click on a category or status bar filters the rest of the page (`?category=`, `?status=`);
a project's card opens from the table, the picker or a link (`?project=P-017`).
"""

import pandas as pd
import streamlit as st

from dashboard.export.contract import STATUSES
from dashboard.ui import charts, panels, shell
from dashboard.ui.picker import Picker
from dashboard.ui.tables import Table
from dashboard.views.cards import project as project_card
from dashboard.words.catalog import tn
from dashboard.words.codes import code_label, code_labels
from dashboard.words.formats import fmt_int, fmt_pct, fmt_years

ctx = shell.context()
lang = ctx.lang
first, last = ctx.years
years = fmt_years(first, last)
shell.page_header(ctx, ctx.t("page_projects"))

categories = {
    code: ctx.catalog.label("categories", code, lang) for code in ctx.catalog.labels["categories"]
}
statuses = code_labels("status", lang)
drill = panels.Drill(
    ctx,
    {
        "category": (ctx.t("proj_dim_category"), categories),
        "status": (ctx.t("proj_dim_status"), statuses),
    },
)

shell.intro(ctx, "proj_intro")
drill.chips()

COL = {
    "id": ctx.t("proj_col_id"),
    "title": ctx.t("proj_col_title"),
    "lead": ctx.t("proj_col_lead"),
    "category": ctx.t("proj_col_category"),
    "sdgs": ctx.t("proj_col_sdgs"),
    "theme": ctx.t("proj_col_theme"),
    "start_year": ctx.t("proj_col_start_year"),
    "status": ctx.t("proj_col_status"),
    "budget": ctx.t("proj_col_budget"),
    "partners": ctx.t("proj_col_partners"),
    "projects": ctx.t("proj_col_projects"),
    "sector": ctx.t("proj_col_sector"),
    "name": ctx.t("proj_col_name"),
    "kind": ctx.t("proj_col_kind"),
    "size": ctx.t("proj_col_size"),
    "contribution": ctx.t("proj_col_contribution"),
    "authority": ctx.t("proj_col_authority"),
    "area": ctx.t("proj_col_area"),
    "method": ctx.t("proj_col_method"),
    "checked": ctx.t("proj_col_checked"),
    "amount": ctx.t("proj_col_amount"),
    "note": ctx.t("proj_col_note"),
    "reports": ctx.t("proj_col_reports"),
    "years": ctx.t("proj_col_years"),
}


def sdgs(numbers: str | None) -> str:
    """`7|12|13` as people read it: `SDG 7, 12, 13` (empty when the list gives none)."""
    parts = [part.strip() for part in (numbers or "").split("|") if part.strip()]
    return ctx.t("proj_sdgs", numbers=", ".join(parts)) if parts else ""


def theme_label(code: str | None) -> str:
    return (
        ctx.catalog.label("themes", code, lang) if isinstance(code, str) else ctx.t("proj_no_theme")
    )


def sector_label(code: str | None) -> str:
    return (
        ctx.catalog.label("sectors", code, lang)
        if isinstance(code, str)
        else ctx.t("proj_no_sector")
    )


def project_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """A `projects_list` result as people read it: labels in the page's language."""
    return pd.DataFrame(
        {
            COL["id"]: frame["project_id"],
            COL["title"]: frame["title"],
            COL["lead"]: frame["lead_name"],
            COL["category"]: frame["category"].map(categories),
            COL["theme"]: frame["theme"].map(theme_label, na_action=None),
            COL["start_year"]: frame["start_year"].astype(str),
            COL["status"]: frame["status"].map(statuses),
            COL["budget"]: frame["budget_eur"],
            COL["partners"]: frame["partners"] if ctx.exported("project_partners") else None,
        }
    )


def listing(**narrow: str | None) -> pd.DataFrame:
    """The projects behind a figure: the selection and the page's filters, except those
    `narrow` overrides (a chart is never narrowed by its own dimension)."""
    return project_rows(ctx.query("projects_list", **(drill.params() | {"search": None} | narrow)))


# --- tiles -----------------------------------------------------------------------------
by_year = ctx.query("projects_by_year", **drill.params())
in_range = by_year[by_year["year"] >= first]
reporting_by_year = ctx.query("projects_reporting_by_year")
reporters = ctx.query("projects_reporting_orgs")
started = int(in_range["projects"].sum())


def status_tile(status: str, label_key: str, help_key: str) -> None:
    count = int(in_range[status].sum())
    shell.tile(
        ctx.t(label_key),
        fmt_int(count, lang),
        None,
        ctx.t(help_key),
        ctx.t("proj_share_started", share=fmt_pct(count / started if started else None, lang)),
    )


# two rows of two: four tiles in one row would wrap, leaving one alone on a laptop
with st.container(horizontal=True, gap="medium"):
    shell.tile(
        ctx.t("proj_kpi_started"),
        fmt_int(started, lang),
        ctx.change(by_year, "projects"),
        ctx.t("proj_help_started"),
    )
    status_tile("completed", "proj_kpi_completed", "proj_help_completed")
with st.container(horizontal=True, gap="medium"):
    status_tile("in_progress", "proj_kpi_in_progress", "proj_help_in_progress")
    shell.tile(
        ctx.t("proj_kpi_reporting"),
        fmt_int(len(reporters), lang),
        ctx.change(reporting_by_year, "organizations"),
        ctx.t("proj_help_reporting"),
    )

# --- by category (a click filters by category) -----------------------------------------
by_category = ctx.query("projects_by_category", drill_status=drill.values.get("status"))
by_category["goals"] = by_category["sdgs"].map(sdgs)
by_category["label"] = by_category["category"].map(categories)
# the UN goals in words under the title: in the bars' labels they would squeeze a phone's bars
goals_line = "; ".join(
    f"{label} {goals}"
    for label, goals in zip(by_category["label"], by_category["goals"], strict=True)
    if goals
)
top = by_category.sort_values("projects", ascending=False, kind="stable").iloc[0]
table = pd.DataFrame(
    {
        COL["category"]: by_category["label"],
        COL["sdgs"]: by_category["goals"],
        COL["projects"]: by_category["projects"],
    }
)
panels.chart_panel(
    ctx,
    key=drill.key("category"),
    title=ctx.t("proj_by_category"),
    caption=ctx.t("proj_by_category_caption") + "  \n" + ctx.t("proj_goals", goals=goals_line),
    definition=ctx.t("proj_by_category_definition"),
    chart=charts.bars(
        by_category,
        code="category",
        label="label",
        value="projects",
        value_title=COL["projects"],
        lang=lang,
        description=ctx.t(
            "proj_by_category_alt", years=years, top=top["label"], count=int(top["projects"])
        ),
        select="category",
        highlight=drill.values.get("category"),
    ),
    table=table if by_category["projects"].sum() else table.iloc[0:0],
    counts=(COL["projects"],),
    select="category",
    records=listing(drill_category=None),
    records_money=(COL["budget"],),
)

# --- by status (a click filters by status) ---------------------------------------------
by_status = ctx.query("projects_by_status", drill_category=drill.values.get("category"))
by_status["label"] = by_status["status"].map(statuses)
counted = dict(zip(by_status["status"], by_status["projects"], strict=True))
table = pd.DataFrame({COL["status"]: by_status["label"], COL["projects"]: by_status["projects"]})
panels.chart_panel(
    ctx,
    key=drill.key("status"),
    title=ctx.t("proj_by_status"),
    caption=ctx.t("proj_by_status_caption"),
    definition=ctx.t("proj_by_status_definition"),
    chart=charts.bars(
        by_status,
        code="status",
        label="label",
        value="projects",
        value_title=COL["projects"],
        lang=lang,
        description=ctx.t(
            "proj_by_status_alt",
            years=years,
            completed=fmt_int(counted["completed"], lang),
            in_progress=fmt_int(counted["in_progress"], lang),
        ),
        select="status",
        highlight=drill.values.get("status"),
        sort_by_value=False,
    ),
    table=table if by_status["projects"].sum() else table.iloc[0:0],
    counts=(COL["projects"],),
    select="status",
    records=listing(drill_status=None),
    records_money=(COL["budget"],),
)

# --- by start year, split by status ----------------------------------------------------
records = listing()
long = in_range.melt(id_vars="year", value_vars=list(STATUSES), var_name="status")
long["status"] = long["status"].map(statuses)
busiest = in_range.sort_values("projects", ascending=False, kind="stable").iloc[0]
table = in_range[["year", *STATUSES, "projects"]].rename(
    columns={"year": COL["start_year"], "projects": ctx.t("proj_total")} | statuses
)
table[COL["start_year"]] = table[COL["start_year"]].astype(str)
panels.chart_panel(
    ctx,
    key="proj_by_year",
    title=ctx.t("proj_by_year"),
    caption=ctx.t("proj_by_year_caption"),
    definition=ctx.t("proj_by_year_definition"),
    chart=charts.stacked_bars(
        long,
        x="year",
        x_title=COL["start_year"],
        stack="status",
        stack_order=list(statuses.values()),
        value="value",
        value_title=COL["projects"],
        lang=lang,
        description=ctx.t(
            "proj_by_year_alt",
            first=first,
            last=last,
            top=int(busiest["year"]),
            count=int(busiest["projects"]),
        ),
    ),
    table=table if started else table.iloc[0:0],
    counts=(*statuses.values(), ctx.t("proj_total")),
    records=records,
    records_money=(COL["budget"],),
)

# --- by thematic workshop --------------------------------------------------------------
by_theme = ctx.query("projects_by_theme", **drill.params())
by_theme["label"] = by_theme["theme"].map(theme_label, na_action=None)
by_theme["theme"] = by_theme["theme"].fillna("none")
unthemed = int(by_theme.loc[by_theme["theme"] == "none", "projects"].sum())
table = pd.DataFrame({COL["theme"]: by_theme["label"], COL["projects"]: by_theme["projects"]})
panels.chart_panel(
    ctx,
    key="proj_by_theme",
    title=ctx.t("proj_by_theme"),
    caption=ctx.t("proj_by_theme_caption"),
    definition=ctx.t("proj_by_theme_definition"),
    chart=charts.bars(
        by_theme,
        code="theme",
        label="label",
        value="projects",
        value_title=COL["projects"],
        lang=lang,
        description=ctx.t(
            "proj_by_theme_alt",
            years=years,
            themed=fmt_int(by_theme["projects"].sum() - unthemed, lang),
            unthemed=fmt_int(unthemed, lang),
        ),
    ),
    table=table if by_theme["projects"].sum() else table.iloc[0:0],
    counts=(COL["projects"],),
    records=records,
    records_money=(COL["budget"],),
)

# --- category x lead's sector ----------------------------------------------------------
matrix = ctx.query("projects_category_sector", **drill.params())
matrix["category"] = matrix["category"].map(categories)
matrix["sector"] = matrix["sector"].map(sector_label, na_action=None)
fullest = matrix.sort_values("projects", ascending=False, kind="stable").head(1)
wide = matrix.pivot(index="sector", columns="category", values="projects")
wide = wide.reindex(index=list(dict.fromkeys(matrix["sector"])))
wide = wide.reindex(columns=list(dict.fromkeys(matrix["category"])))
table = wide.reset_index().rename(columns={"sector": COL["sector"]})
panels.chart_panel(
    ctx,
    key="proj_matrix",
    title=ctx.t("proj_matrix"),
    caption=ctx.t("proj_matrix_caption"),
    definition=ctx.t("proj_matrix_definition"),
    chart=charts.heatmap(
        matrix,
        x="category",
        y="sector",
        value="projects",
        x_title=COL["category"],
        y_title=COL["sector"],
        value_title=COL["projects"],
        lang=lang,
        description=ctx.t(
            "proj_matrix_alt",
            years=years,
            category=fullest["category"].iloc[0] if len(fullest) else "–",
            sector=fullest["sector"].iloc[0] if len(fullest) else "–",
            count=int(fullest["projects"].sum()),
        ),
        x_order=list(dict.fromkeys(matrix["category"])),
        y_order=list(dict.fromkeys(matrix["sector"])),
    ),
    table=table if matrix["projects"].sum() else table.iloc[0:0],
    counts=tuple(wide.columns),
    records=records,
    records_money=(COL["budget"],),
)


# --- the table, searchable, and a project's card ---------------------------------------
picker = Picker(param="project", prefix="proj")
st.header(ctx.t("proj_table"))
st.caption(ctx.t("proj_table_caption"))
search = panels.search_box(ctx.t("proj_search"), key="proj_search") or None
found = ctx.query("projects_list", search=search, **drill.params())
project, table_key = picker.chosen(found["project_id"])
card = ctx.query("projects_card", project_id=project) if project else None

st.markdown(tn("proj_found", len(found), lang, total=fmt_int(len(records), lang)))
if found.empty:
    st.info(ctx.t("no_data"), icon=":material/filter_alt_off:")
else:
    shown = project_rows(found)
    typed = Table.of(shown, counts=(COL["partners"],), money=(COL["budget"],))
    picker.table(ctx, typed, table_key)
    panels.downloads(ctx, "proj_table", ctx.t("proj_table"), typed, None)
    titles = dict(zip(found["project_id"], found["title"], strict=True))
    if card is not None and not card.empty:
        titles.setdefault(project, card["title"].iloc[0])
    picker.choice(
        ctx.t("proj_pick"),
        ctx.t("proj_pick_placeholder"),
        titles,
        project,
        format_func=lambda pid: f"{pid} – {titles[pid]}",
    )

if card is not None:
    goals = by_category.set_index("category")["goals"]
    category = card["category"].iloc[0] if len(card) else None
    project_card.show(ctx, project, card, goals.get(category, ""), picker)


# --- sustainability reports ------------------------------------------------------------
reporting_records = listing(drill_category="reporting", drill_status=None)
reporting = reporting_by_year[reporting_by_year["year"] >= first]
measures = {
    "organizations": ctx.t("proj_reporting_orgs_measure"),
    "first_time": ctx.t("proj_reporting_first_measure"),
}
long = reporting.melt(id_vars="year", value_vars=list(measures), var_name="measure")
long["measure"] = long["measure"].map(measures)
table = reporting.rename(columns={"year": ctx.t("year")} | measures)
table[ctx.t("year")] = table[ctx.t("year")].astype(str)
panels.chart_panel(
    ctx,
    key="proj_reporting",
    title=ctx.t("proj_reporting"),
    caption=ctx.t("proj_reporting_caption"),
    definition=ctx.t("proj_reporting_definition"),
    chart=charts.yearly_bars(
        long,
        lang,
        ctx.t("proj_reporting_alt", first=first, last=last, count=fmt_int(len(reporters), lang)),
    ),
    table=table if len(reporters) else table.iloc[0:0],
    counts=tuple(measures.values()),
    records=reporting_records,
    records_money=(COL["budget"],),
)

table = pd.DataFrame(
    {
        COL["name"]: reporters["name"],
        COL["kind"]: [code_label("kind", kind, lang) for kind in reporters["kind"]],
        COL["sector"]: reporters["sector"].map(sector_label, na_action=None),
        COL["size"]: [code_label("size_group", g, lang) for g in reporters["size_group"]],
        COL["reports"]: reporters["reports"],
        COL["years"]: reporters["years"],
    }
)
panels.chart_panel(
    ctx,
    key="proj_reporters",
    title=ctx.t("proj_reporters"),
    caption=ctx.t("proj_reporters_caption"),
    definition=ctx.t("proj_reporters_definition"),
    chart=charts.bars(
        reporters,
        code="org_id",
        label="name",
        value="reports",
        value_title=COL["reports"],
        lang=lang,
        description=ctx.t(
            "proj_reporters_alt",
            count=fmt_int(len(reporters), lang),
            top=reporters["name"].iloc[0] if len(reporters) else "–",
        ),
    ),
    table=table,
    counts=(COL["reports"],),
    records=reporting_records,
    records_money=(COL["budget"],),
)
