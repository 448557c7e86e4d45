"""The sections of the Projects page, in the order the page shows them; each takes what it
shows as parameters (the page's context, the frames it queried, the words of its labels)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from dashboard.export.contract import STATUSES
from dashboard.ui import charts, panels, shell
from dashboard.ui.picker import Picker
from dashboard.ui.plain import plain
from dashboard.ui.shell import PageContext
from dashboard.ui.tables import Table
from dashboard.views.cards import project as project_card
from dashboard.words.catalog import tn
from dashboard.words.codes import code_label, code_labels
from dashboard.words.formats import fmt_int, fmt_pct, fmt_years


@dataclass(frozen=True)
class Words:
    """The page's labels in its language: the columns' names and the codes' labels."""

    col: Mapping[str, str]
    categories: Mapping[str, str]
    statuses: Mapping[str, str]

    @classmethod
    def of(cls, ctx: PageContext) -> Words:
        lang = ctx.lang
        return cls(
            col={
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
            },
            categories={
                code: ctx.catalog.label("categories", code, lang)
                for code in ctx.catalog.labels["categories"]
            },
            statuses=code_labels("status", lang),
        )


def sdgs(ctx: PageContext, numbers: str | None) -> str:
    """`7|12|13` as people read it: `SDG 7, 12, 13` (empty when the list gives none)."""
    parts = [part.strip() for part in (numbers or "").split("|") if part.strip()]
    return ctx.t("proj_sdgs", numbers=", ".join(parts)) if parts else ""


def theme_labels(ctx: PageContext, codes: pd.Series) -> pd.Series:
    """Theme codes as their labels; a project without a theme says so."""
    return ctx.catalog.labels_of("themes", codes, ctx.lang).fillna(ctx.t("proj_no_theme"))


def sector_labels(ctx: PageContext, codes: pd.Series) -> pd.Series:
    """Sector codes as their labels; an organization without a sector says so."""
    return ctx.catalog.labels_of("sectors", codes, ctx.lang).fillna(ctx.t("proj_no_sector"))


def project_rows(ctx: PageContext, frame: pd.DataFrame, words: Words) -> pd.DataFrame:
    """A `projects_list` result as people read it: labels in the page's language."""
    col = words.col
    return pd.DataFrame(
        {
            col["id"]: frame["project_id"],
            col["title"]: frame["title"],
            col["lead"]: frame["lead_name"],
            col["category"]: frame["category"].map(words.categories),
            col["theme"]: theme_labels(ctx, frame["theme"]),
            col["start_year"]: frame["start_year"].astype(str),
            col["status"]: frame["status"].map(words.statuses),
            col["budget"]: frame["budget_eur"],
            col["partners"]: frame["partners"] if ctx.exported("project_partners") else None,
        }
    )


def listing(
    ctx: PageContext, params: Mapping[str, str | None], words: Words, **narrow: str | None
) -> panels.Records:
    """The projects behind a figure, counted and paged in SQL: the selection (`params`, the
    drill's) and the page's filters, except those `narrow` overrides (a chart is never
    narrowed by its own dimension)."""
    return panels.Records.asked(
        ctx,
        "projects_list",
        lambda rows: Table.of(project_rows(ctx, rows, words), money=(words.col["budget"],)),
        **(dict(params) | {"search": None} | narrow),
    )


def tiles(
    ctx: PageContext,
    by_year: pd.DataFrame,
    reporting_by_year: pd.DataFrame,
    reporters: pd.DataFrame,
) -> None:
    """Projects started, completed, in progress, and organizations publishing a report."""
    lang = ctx.lang
    in_range = by_year[by_year["year"] >= ctx.years[0]]
    started = int(in_range["projects"].sum())

    def status_tile(status: str, label: str, help: str) -> None:
        count = int(in_range[status].sum())
        shell.tile(
            label,
            fmt_int(count, lang),
            None,
            help,
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
        status_tile("completed", ctx.t("proj_kpi_completed"), ctx.t("proj_help_completed"))
    with st.container(horizontal=True, gap="medium"):
        status_tile("in_progress", ctx.t("proj_kpi_in_progress"), ctx.t("proj_help_in_progress"))
        shell.tile(
            ctx.t("proj_kpi_reporting"),
            fmt_int(len(reporters), lang),
            ctx.change(reporting_by_year, "organizations"),
            ctx.t("proj_help_reporting"),
        )


def by_category(ctx: PageContext, drill: panels.Drill, words: Words) -> pd.Series:
    """Projects per category (a click filters by category); returns each category's UN
    goals in words, by category code."""
    col = words.col
    frame = ctx.query("projects_by_category", drill_status=drill.values.get("status"))
    frame["goals"] = frame["sdgs"].map(lambda numbers: sdgs(ctx, numbers))
    frame["label"] = frame["category"].map(words.categories)
    # the UN goals in words under the title: in the bars' labels they would squeeze a
    # phone's bars
    goals_line = "; ".join(
        f"{label} {goals}"
        for label, goals in zip(frame["label"], frame["goals"], strict=True)
        if goals
    )
    top = frame.sort_values("projects", ascending=False, kind="stable").iloc[0]
    table = pd.DataFrame(
        {
            col["category"]: frame["label"],
            col["sdgs"]: frame["goals"],
            col["projects"]: frame["projects"],
        }
    )
    panels.chart_panel(
        ctx,
        key=drill.key("category"),
        title=ctx.t("proj_by_category"),
        caption=ctx.t("proj_by_category_caption")
        + "  \n"
        + ctx.t("proj_goals", goals=plain(goals_line)),
        definition=ctx.t("proj_by_category_definition"),
        chart=charts.bars(
            frame,
            code="category",
            label="label",
            value="projects",
            value_title=col["projects"],
            lang=ctx.lang,
            description=ctx.t(
                "proj_by_category_alt",
                years=fmt_years(*ctx.years),
                top=top["label"],
                count=int(top["projects"]),
            ),
            select="category",
            highlight=drill.values.get("category"),
        ),
        table=table if frame["projects"].sum() else table.iloc[0:0],
        counts=(col["projects"],),
        select="category",
        records=listing(ctx, drill.params(), words, drill_category=None),
    )
    return frame.set_index("category")["goals"]


def by_status(ctx: PageContext, drill: panels.Drill, words: Words) -> None:
    """Projects per status (a click filters by status)."""
    col = words.col
    lang = ctx.lang
    frame = ctx.query("projects_by_status", drill_category=drill.values.get("category"))
    frame["label"] = frame["status"].map(words.statuses)
    counted = dict(zip(frame["status"], frame["projects"], strict=True))
    table = pd.DataFrame({col["status"]: frame["label"], col["projects"]: frame["projects"]})
    panels.chart_panel(
        ctx,
        key=drill.key("status"),
        title=ctx.t("proj_by_status"),
        caption=ctx.t("proj_by_status_caption"),
        definition=ctx.t("proj_by_status_definition"),
        chart=charts.bars(
            frame,
            code="status",
            label="label",
            value="projects",
            value_title=col["projects"],
            lang=lang,
            description=ctx.t(
                "proj_by_status_alt",
                years=fmt_years(*ctx.years),
                completed=fmt_int(counted["completed"], lang),
                in_progress=fmt_int(counted["in_progress"], lang),
            ),
            select="status",
            highlight=drill.values.get("status"),
            sort_by_value=False,
        ),
        table=table if frame["projects"].sum() else table.iloc[0:0],
        counts=(col["projects"],),
        select="status",
        records=listing(ctx, drill.params(), words, drill_status=None),
    )


def by_start_year(
    ctx: PageContext, by_year: pd.DataFrame, records: panels.Records, words: Words
) -> None:
    """Projects per start year, split by status."""
    col, statuses = words.col, words.statuses
    first, last = ctx.years
    in_range = by_year[by_year["year"] >= first]
    long = in_range.melt(id_vars="year", value_vars=list(STATUSES), var_name="status")
    long["status"] = long["status"].map(statuses)
    busiest = in_range.sort_values("projects", ascending=False, kind="stable").iloc[0]
    table = in_range[["year", *STATUSES, "projects"]].rename(
        columns={"year": col["start_year"], "projects": ctx.t("proj_total")} | dict(statuses)
    )
    table[col["start_year"]] = table[col["start_year"]].astype(str)
    panels.chart_panel(
        ctx,
        key="proj_by_year",
        title=ctx.t("proj_by_year"),
        caption=ctx.t("proj_by_year_caption"),
        definition=ctx.t("proj_by_year_definition"),
        chart=charts.stacked_bars(
            long,
            x="year",
            x_title=col["start_year"],
            stack="status",
            stack_order=list(statuses.values()),
            value="value",
            value_title=col["projects"],
            lang=ctx.lang,
            description=ctx.t(
                "proj_by_year_alt",
                first=first,
                last=last,
                top=int(busiest["year"]),
                count=int(busiest["projects"]),
            ),
        ),
        table=table if int(in_range["projects"].sum()) else table.iloc[0:0],
        counts=(*statuses.values(), ctx.t("proj_total")),
        records=records,
    )


def by_theme(
    ctx: PageContext, params: Mapping[str, str | None], records: panels.Records, words: Words
) -> None:
    """Projects per thematic workshop, those in none apart."""
    col = words.col
    lang = ctx.lang
    frame = ctx.query("projects_by_theme", **params)
    frame["label"] = theme_labels(ctx, frame["theme"])
    frame["theme"] = frame["theme"].fillna("none")
    unthemed = int(frame.loc[frame["theme"] == "none", "projects"].sum())
    table = pd.DataFrame({col["theme"]: frame["label"], col["projects"]: frame["projects"]})
    panels.chart_panel(
        ctx,
        key="proj_by_theme",
        title=ctx.t("proj_by_theme"),
        caption=ctx.t("proj_by_theme_caption"),
        definition=ctx.t("proj_by_theme_definition"),
        chart=charts.bars(
            frame,
            code="theme",
            label="label",
            value="projects",
            value_title=col["projects"],
            lang=lang,
            description=ctx.t(
                "proj_by_theme_alt",
                years=fmt_years(*ctx.years),
                themed=fmt_int(frame["projects"].sum() - unthemed, lang),
                unthemed=fmt_int(unthemed, lang),
            ),
        ),
        table=table if frame["projects"].sum() else table.iloc[0:0],
        counts=(col["projects"],),
        records=records,
    )


def by_category_and_sector(
    ctx: PageContext, params: Mapping[str, str | None], records: panels.Records, words: Words
) -> None:
    """Projects per category and lead's sector, a heatmap."""
    col = words.col
    matrix = ctx.query("projects_category_sector", **params)
    matrix["category"] = matrix["category"].map(words.categories)
    matrix["sector"] = sector_labels(ctx, matrix["sector"])
    fullest = matrix.sort_values("projects", ascending=False, kind="stable").head(1)
    wide = matrix.pivot(index="sector", columns="category", values="projects")
    wide = wide.reindex(index=list(dict.fromkeys(matrix["sector"])))
    wide = wide.reindex(columns=list(dict.fromkeys(matrix["category"])))
    table = wide.reset_index().rename(columns={"sector": col["sector"]})
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
            x_title=col["category"],
            y_title=col["sector"],
            value_title=col["projects"],
            lang=ctx.lang,
            description=ctx.t(
                "proj_matrix_alt",
                years=fmt_years(*ctx.years),
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
    )


def project_table(
    ctx: PageContext,
    params: Mapping[str, str | None],
    total: int,
    goals: pd.Series,
    words: Words,
) -> None:
    """The table of projects, searchable, and the card of the project chosen in it (or in
    the URL); `total` the projects of the selection before the search, `goals` each
    category's UN goals in words."""
    col = words.col
    lang = ctx.lang
    picker = Picker(param="project", prefix="proj")
    st.header(ctx.t("proj_table"))
    st.caption(ctx.t("proj_table_caption"))
    search = panels.search_box(ctx.t("proj_search"), key="proj_search") or None
    # a page of the list, searched and counted in SQL; the whole list only for its CSV
    found, count = ctx.page("projects_list", panels.MAX_ROWS, search=search, **params)
    project, table_key = picker.chosen(found["project_id"], count)
    card = ctx.query("projects_card", project_id=project) if project else None

    st.markdown(tn("proj_found", count, lang, total=fmt_int(total, lang)))
    if found.empty:
        st.info(ctx.t("no_data"), icon=":material/filter_alt_off:")
    else:

        def typed(rows: pd.DataFrame) -> Table:
            return Table.of(
                project_rows(ctx, rows, words), counts=(col["partners"],), money=(col["budget"],)
            )

        every = ctx.later("projects_list", search=search, **params)
        picker.table(ctx, typed(found), found["project_id"], table_key, total=count)
        panels.downloads(ctx, "proj_table", ctx.t("proj_table"), lambda: typed(every()), None)
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
        category = card["category"].iloc[0] if len(card) else None
        project_card.show(ctx, project, card, goals.get(category, ""), picker)


def reporting(
    ctx: PageContext,
    reporting_by_year: pd.DataFrame,
    reporters: pd.DataFrame,
    records: panels.Records,
    words: Words,
) -> None:
    """Organizations publishing a sustainability report per year, and first-timers."""
    first, last = ctx.years
    frame = reporting_by_year[reporting_by_year["year"] >= first]
    measures = {
        "organizations": ctx.t("proj_reporting_orgs_measure"),
        "first_time": ctx.t("proj_reporting_first_measure"),
    }
    long = frame.melt(id_vars="year", value_vars=list(measures), var_name="measure")
    long["measure"] = long["measure"].map(measures)
    table = frame.rename(columns={"year": ctx.t("year")} | measures)
    table[ctx.t("year")] = table[ctx.t("year")].astype(str)
    panels.chart_panel(
        ctx,
        key="proj_reporting",
        title=ctx.t("proj_reporting"),
        caption=ctx.t("proj_reporting_caption"),
        definition=ctx.t("proj_reporting_definition"),
        chart=charts.yearly_bars(
            long,
            ctx.lang,
            ctx.t(
                "proj_reporting_alt",
                first=first,
                last=last,
                count=fmt_int(len(reporters), ctx.lang),
            ),
        ),
        table=table if len(reporters) else table.iloc[0:0],
        counts=tuple(measures.values()),
        records=records,
    )


def reporters_panel(
    ctx: PageContext, reporters: pd.DataFrame, records: panels.Records, words: Words
) -> None:
    """The organizations that publish a report, by number of reports."""
    col = words.col
    lang = ctx.lang
    table = pd.DataFrame(
        {
            col["name"]: reporters["name"],
            col["kind"]: [code_label("kind", kind, lang) for kind in reporters["kind"]],
            col["sector"]: sector_labels(ctx, reporters["sector"]),
            col["size"]: [code_label("size_group", g, lang) for g in reporters["size_group"]],
            col["reports"]: reporters["reports"],
            col["years"]: reporters["years"],
        }
    )
    panels.chart_panel(
        ctx,
        key="proj_reporters",
        title=ctx.t("proj_reporters"),
        caption=panels.most_bars(ctx, ctx.t("proj_reporters_caption"), len(reporters)),
        definition=ctx.t("proj_reporters_definition"),
        chart=charts.bars(
            reporters.head(panels.MOST_BARS),
            code="org_id",
            label="name",
            value="reports",
            value_title=col["reports"],
            lang=lang,
            description=ctx.t(
                "proj_reporters_alt",
                count=fmt_int(len(reporters), lang),
                top=reporters["name"].iloc[0] if len(reporters) else "–",
            ),
        ),
        table=table,
        counts=(col["reports"],),
        records=records,
    )
