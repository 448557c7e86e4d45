"""The sections of the Partnerships page, in the order the page shows them; each takes what
it shows as parameters (the page's context, the frames it queried, the codes' labels)."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import streamlit as st

from dashboard.export.contract import PTYPES
from dashboard.ui import charts, network, panels, shell
from dashboard.ui.shell import PageContext
from dashboard.ui.tables import Table
from dashboard.words.catalog import tn
from dashboard.words.codes import code_labels, labels_of
from dashboard.words.formats import fmt_int, fmt_pct

TOP = 10  # organizations in the "connect the most partners" bars

TILES = {  # label and help of each tile
    "pship_kpi_partnership": "pship_help_partnership",
    "pship_kpi_partners": "pship_help_partners",
    "pship_kpi_across": "pship_help_across",
}
SECTIONS = {  # title and caption of each section, shown even when its file is missing
    "pship_by_type_title": "pship_by_type_caption",
    "pship_by_year_title": "pship_by_year_caption",
    "pship_per_project_title": "pship_per_project_caption",
    "pship_network_title": "pship_network_caption",
    "pship_sizes_title": "pship_sizes_caption",
    "pship_connectors_title": "pship_connectors_caption",
}


# the layout is the page's dearest step and depends only on the links: computed once per
# set of links, not on every rerun
def not_exported(ctx: PageContext) -> None:
    """Every tile and section says that `project_partners.csv` was not exported."""
    notice = ctx.t("not_exported", file="project_partners.csv")
    with st.container(horizontal=True, gap="medium"):
        for label, help_key in TILES.items():
            shell.tile(ctx.t(label), "–", None, ctx.t(help_key), notice)
    for title, caption in SECTIONS.items():
        st.header(ctx.t(title))
        st.caption(ctx.t(caption, count=TOP))
        st.info(notice, icon=":material/info:")


def share(part: int, whole: int, lang: str) -> str:
    return fmt_pct(part / whole if whole else None, lang)


def projects_table(
    ctx: PageContext, ptype_labels: Mapping[str, str], **params: str | None
) -> panels.Records:
    """The records behind a figure: projects in partnership (`partnerships_projects` with
    `params`), in the page's language, counted and paged in SQL."""
    yes_no = {True: ctx.t("pship_yes"), False: ctx.t("pship_no")}

    def shape(frame: pd.DataFrame) -> Table:
        return Table.of(
            pd.DataFrame(
                {
                    ctx.t("pship_project_id"): frame["project_id"],
                    ctx.t("pship_title"): frame["title"],
                    ctx.t("pship_start_year"): frame["start_year"].astype(str),
                    ctx.t("pship_lead"): frame["lead"],
                    ctx.t("pship_partners"): frame["partner_count"],
                    ctx.t("pship_partner_list"): frame["partners"],
                    ctx.t("pship_kpi_across"): frame["is_across_sizes"].map(yes_no),
                    ctx.t("pship_types"): [
                        ", ".join(ptype_labels[code] for code in PTYPES if code in list(codes))
                        for codes in frame["ptypes"]
                    ],
                }
            )
        )

    return panels.Records.asked(ctx, "partnerships_projects", shape, **params)


def tiles(ctx: PageContext, summary: pd.Series, by_year: pd.DataFrame) -> None:
    """Projects in partnership, partners involved, projects across sizes."""
    lang = ctx.lang
    partnered = int(summary["projects_in_partnership"])
    with st.container(horizontal=True, gap="medium"):
        shell.tile(
            ctx.t("pship_kpi_partnership"),
            fmt_int(partnered, lang),
            ctx.change(by_year, "projects_in_partnership"),
            ctx.t("pship_help_partnership"),
            ctx.t("share_of_projects", share=share(partnered, int(summary["projects"]), lang)),
        )
        shell.tile(
            ctx.t("pship_kpi_partners"),
            fmt_int(summary["partners_involved"], lang),
            ctx.change(by_year, "partners"),
            ctx.t("pship_help_partners"),
            tn("pship_organizations_beside", int(summary["organizations_involved"]), lang),
        )
        shell.tile(
            ctx.t("pship_kpi_across"),
            fmt_int(summary["projects_across_sizes"], lang),
            ctx.change(by_year, "projects_across_sizes"),
            ctx.t("pship_help_across"),
            ctx.t(
                "pship_share_of_partnered",
                share=share(int(summary["projects_across_sizes"]), partnered, lang),
            ),
        )


def by_type(ctx: PageContext, drill: panels.Drill, ptype_labels: Mapping[str, str]) -> None:
    """Projects per partnership type: the clickable chart, so not narrowed by its own
    filter."""
    lang = ctx.lang
    first, last = ctx.years
    frame = ctx.query("partnerships_by_type")
    frame["label"] = frame["ptype"].map(ptype_labels)
    top_type = frame.loc[frame["projects"].idxmax()]
    table = pd.DataFrame(
        {
            ctx.t("pship_type"): frame["label"],
            ctx.t("pship_projects"): frame["projects"],
            ctx.t("pship_share"): frame["share"],
        }
    )
    panels.chart_panel(
        ctx,
        key=drill.key("ptype"),
        title=ctx.t("pship_by_type_title"),
        caption=ctx.t("pship_by_type_caption"),
        definition=ctx.t("pship_by_type_definition"),
        chart=charts.bars(
            frame,
            code="ptype",
            label="label",
            value="projects",
            value_title=ctx.t("pship_projects"),
            lang=lang,
            description=ctx.t(
                "pship_by_type_alt",
                first=first,
                last=last,
                top=top_type["label"],
                count=fmt_int(top_type["projects"], lang),
            ),
            select="ptype",
            highlight=drill.values.get("ptype"),
            sort_by_value=False,
        ),
        table=table if frame["projects"].sum() else table.iloc[0:0],
        counts=(ctx.t("pship_projects"),),
        shares=(ctx.t("pship_share"),),
        select="ptype",
        records=projects_table(ctx, ptype_labels, drill_ptype=None),
    )


def by_year(ctx: PageContext, frame: pd.DataFrame, partnered: int, records: panels.Records) -> None:
    """Projects started, in partnership and across sizes, per year; `partnered` the
    projects in partnership in the selected years."""
    lang = ctx.lang
    first, last = ctx.years
    selected = frame[frame["year"] >= first]
    measures = {
        "projects": ctx.t("pship_projects_started"),
        "projects_in_partnership": ctx.t("pship_in_partnership"),
        "projects_across_sizes": ctx.t("pship_kpi_across"),
    }
    long = selected.melt(id_vars="year", value_vars=list(measures), var_name="measure")
    long["measure"] = long["measure"].map(measures)
    table = pd.DataFrame({ctx.t("year"): selected["year"].astype(str)})
    for column, name in measures.items():
        table[name] = selected[column]
    panels.chart_panel(
        ctx,
        key="by_year",
        title=ctx.t("pship_by_year_title"),
        caption=ctx.t("pship_by_year_caption"),
        definition=ctx.t("pship_by_year_definition"),
        chart=charts.yearly_bars(
            long,
            lang,
            ctx.t("pship_by_year_alt", first=first, last=last, count=fmt_int(partnered, lang)),
        ),
        table=table if selected["projects"].sum() else table.iloc[0:0],
        counts=tuple(measures.values()),
        records=records,
    )


def per_project(
    ctx: PageContext, params: Mapping[str, str | None], records: panels.Records
) -> None:
    """Projects by their number of partners."""
    lang = ctx.lang
    frame = ctx.query("partnerships_partner_counts", **params)
    frame["label"] = [
        ctx.t("pship_partner_count_one") if n == 1 else ctx.t("pship_partner_count", count=n)
        for n in frame["partners"]
    ]
    common = frame.loc[frame["projects"].idxmax()] if len(frame) else None
    panels.chart_panel(
        ctx,
        key="per_project",
        title=ctx.t("pship_per_project_title"),
        caption=ctx.t("pship_per_project_caption"),
        definition=ctx.t("pship_per_project_definition"),
        chart=charts.bars(
            frame,
            code="partners",
            label="label",
            value="projects",
            value_title=ctx.t("pship_projects"),
            lang=lang,
            description=ctx.t(
                "pship_per_project_alt",
                partners=common["label"] if common is not None else "–",
                count=fmt_int(common["projects"] if common is not None else None, lang),
            ),
            sort_by_value=False,
        ),
        table=pd.DataFrame(
            {
                ctx.t("pship_partners"): frame["partners"],
                ctx.t("pship_projects"): frame["projects"],
            }
        ),
        counts=(ctx.t("pship_partners"), ctx.t("pship_projects")),
        records=records,
    )


def network_of(
    ctx: PageContext, params: Mapping[str, str | None]
) -> tuple[pd.DataFrame, int, pd.DataFrame]:
    """The best connected organizations (`network.with_names`: the first page of them), how
    many there are in all, and the links among the first `MOST_DRAWN`, the ones drawn:
    a nation's every organization and pair stay in DuckDB."""
    first, total = ctx.page("partnerships_network_nodes", panels.MAX_ROWS, **params)
    nodes = network.with_names(first, ctx.lang)
    drawn = nodes["org_id"].head(network.MOST_DRAWN).tolist()
    among = ctx.query("partnerships_network_edges", businesses_only=False, among=drawn, **params)
    return nodes, total, among


def pairs_of(
    ctx: PageContext, params: Mapping[str, str | None], *, businesses_only: bool
) -> panels.Records:
    """The pairs who work together (of two businesses only, with their size groups, when
    `businesses_only`), counted and paged in SQL."""
    group_labels = code_labels("size_group", ctx.lang)

    def shape(pairs: pd.DataFrame) -> Table:
        columns = {ctx.t("pship_organization"): pairs["source"]}
        if businesses_only:
            columns[ctx.t("pship_size_group")] = labels_of(group_labels, pairs["source_group"])
        columns[ctx.t("pship_with")] = pairs["target"]
        if businesses_only:
            columns[ctx.t("pship_partner_size_group")] = labels_of(
                group_labels, pairs["target_group"]
            )
        columns[ctx.t("pship_shared_projects")] = pairs["projects"]
        return Table.of(pd.DataFrame(columns))

    return panels.Records.asked(
        ctx,
        "partnerships_network_edges",
        shape,
        businesses_only=businesses_only,
        among=None,
        **params,
    )


def organizations(
    ctx: PageContext, params: Mapping[str, str | None], columns: Mapping[str, str]
) -> panels.Records:
    """The organizations of the network (best connected first) as a table of `columns`
    (a column of `partnerships_network_nodes`, or `kind_label`: its title), counted and
    paged in SQL."""
    counted = {"partners", "projects", "projects_led"}

    def shape(frame: pd.DataFrame) -> Table:
        nodes = network.with_names(frame, ctx.lang)
        return Table.of(
            pd.DataFrame({title: nodes[column] for column, title in columns.items()}),
            counts=tuple(title for column, title in columns.items() if column in counted),
        )

    return panels.Records.asked(ctx, "partnerships_network_nodes", shape, **params)


def network_panel(
    ctx: PageContext,
    params: Mapping[str, str | None],
    nodes: pd.DataFrame,
    total: int,
    among: pd.DataFrame,
) -> None:
    """The network drawing: who works with whom (the best connected, past `MOST_DRAWN`)."""
    lang = ctx.lang
    caption = ctx.t("pship_network_caption")
    if total > network.MOST_DRAWN:
        caption += " " + ctx.t(
            "pship_network_most",
            shown=fmt_int(network.MOST_DRAWN, lang),
            total=fmt_int(total, lang),
        )
    pairs = pairs_of(ctx, params, businesses_only=False)
    panels.chart_panel(
        ctx,
        key="network",
        title=ctx.t("pship_network_title"),
        caption=caption,
        definition=ctx.t("pship_network_definition", count=network.NAMED),
        chart=network.drawing(nodes, among, lang, network.MOST_DRAWN, totals=(total, pairs.total)),
        table=organizations(
            ctx,
            params,
            {
                "name": ctx.t("pship_organization"),
                "kind_label": ctx.t("pship_kind"),
                "projects": ctx.t("pship_projects"),
                "projects_led": ctx.t("pship_projects_led"),
                "partners": ctx.t("pship_partners"),
                "partner_names": ctx.t("pship_partner_names"),
            },
        ),
        records=pairs,
    )


def sizes(ctx: PageContext, params: Mapping[str, str | None]) -> None:
    """Pairs of businesses working together, by the size group of each."""
    lang = ctx.lang
    group_labels = code_labels("size_group", lang)
    pairs = ctx.query("partnerships_size_pairs", **params)
    pairs["row"] = pairs["row_group"].map(group_labels)
    pairs["column"] = pairs["column_group"].map(group_labels)
    busiest = pairs.loc[pairs["pairs"].idxmax()]
    table = pd.DataFrame(
        {
            ctx.t("pship_size_group"): pairs["row"],
            ctx.t("pship_partner_size_group"): pairs["column"],
            ctx.t("pship_pairs"): pairs["pairs"],
            ctx.t("pship_projects"): pairs["projects"],
        }
    )
    panels.chart_panel(
        ctx,
        key="sizes",
        title=ctx.t("pship_sizes_title"),
        caption=ctx.t("pship_sizes_caption"),
        definition=ctx.t("pship_sizes_definition"),
        chart=charts.heatmap(
            pairs,
            x="column",
            y="row",
            value="pairs",
            x_title=ctx.t("pship_partner_size_group"),
            y_title=ctx.t("pship_size_group"),
            value_title=ctx.t("pship_pairs"),
            lang=lang,
            description=ctx.t(
                "pship_sizes_alt",
                one=busiest["row"],
                other=busiest["column"],
                count=fmt_int(busiest["pairs"], lang),
            ),
            x_order=list(group_labels.values()),
            y_order=list(group_labels.values()),
        ),
        table=table if pairs["pairs"].sum() else table.iloc[0:0],
        counts=(ctx.t("pship_pairs"), ctx.t("pship_projects")),
        records=pairs_of(ctx, params, businesses_only=True),
    )


def connectors(ctx: PageContext, params: Mapping[str, str | None], nodes: pd.DataFrame) -> None:
    """The `TOP` organizations that connect the most partners (`nodes`: the first of them)."""
    lang = ctx.lang
    top = nodes.head(TOP)
    hub = nodes.iloc[0] if len(nodes) else None
    panels.chart_panel(
        ctx,
        key="connectors",
        title=ctx.t("pship_connectors_title"),
        caption=ctx.t("pship_connectors_caption", count=TOP),
        definition=ctx.t("pship_connectors_definition"),
        chart=charts.bars(
            top,
            code="org_id",
            label="name",
            value="partners",
            value_title=ctx.t("pship_partners"),
            lang=lang,
            description=ctx.t(
                "pship_connectors_alt",
                count=len(top),
                top=hub["name"] if hub is not None else "–",
                partners=fmt_int(hub["partners"] if hub is not None else None, lang),
            ),
        ),
        table=organizations(
            ctx,
            params,
            {
                "name": ctx.t("pship_organization"),
                "kind_label": ctx.t("pship_kind"),
                "partners": ctx.t("pship_partners"),
                "projects": ctx.t("pship_projects"),
            },
        ),
    )
