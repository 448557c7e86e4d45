"""Partnerships: which projects are run together, of what kind, and who connects the network."""

import pandas as pd
import streamlit as st

from dashboard.ui import charts, network, panels, shell
from dashboard.words.catalog import tn
from dashboard.words.codes import code_labels
from dashboard.words.formats import fmt_int, fmt_pct

PTYPES = (
    "business_business_across_sizes",
    "business_business_same_size",
    "business_ngo",
    "business_public",
    "other",
)
KINDS = ("company", "social_enterprise", "ngo", "association", "local_authority", "school", "other")
SIZE_GROUPS = ("large", "sme", "social_enterprise")
NAMED = 5  # organizations named on the network drawing, the best connected
TOP = 10  # organizations in the "connect the most partners" bars

ctx = shell.context()
lang = ctx.lang
first, last = ctx.years
shell.page_header(ctx, ctx.t("page_partnerships"))
ptype_labels = code_labels("partnership_type", lang)
drill = panels.Drill(ctx, {"ptype": (ctx.t("pship_type"), ptype_labels)})

shell.intro(ctx, "pship_intro")
drill.chips()

tiles = {
    "pship_kpi_partnership": "pship_help_partnership",
    "pship_kpi_partners": "pship_help_partners",
    "pship_kpi_across": "pship_help_across",
}
sections = {  # title and caption of each section, shown even when its file is missing
    "pship_by_type_title": "pship_by_type_caption",
    "pship_by_year_title": "pship_by_year_caption",
    "pship_per_project_title": "pship_per_project_caption",
    "pship_network_title": "pship_network_caption",
    "pship_sizes_title": "pship_sizes_caption",
    "pship_connectors_title": "pship_connectors_caption",
}

if not ctx.exported("project_partners"):
    notice = ctx.t("not_exported", file="project_partners.csv")
    with st.container(horizontal=True, gap="medium"):
        for label, help_key in tiles.items():
            shell.tile(ctx.t(label), "–", None, ctx.t(help_key), notice)
    for title, caption in sections.items():
        st.header(ctx.t(title))
        st.caption(ctx.t(caption, count=TOP))
        st.info(notice, icon=":material/info:")
    st.stop()

summary = ctx.query("partnerships_summary", **drill.params()).iloc[0]
by_year = ctx.query("partnerships_by_year", **drill.params())
selected = by_year[by_year["year"] >= first]
records = ctx.query("partnerships_projects", **drill.params())


def share(part: int, whole: int) -> str:
    return fmt_pct(part / whole if whole else None, lang)


def projects_table(frame: pd.DataFrame) -> pd.DataFrame:
    """The records behind a figure: projects in partnership, in the page's language."""
    yes_no = {True: ctx.t("pship_yes"), False: ctx.t("pship_no")}
    return pd.DataFrame(
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


partnered = int(summary["projects_in_partnership"])
with st.container(horizontal=True, gap="medium"):
    shell.tile(
        ctx.t("pship_kpi_partnership"),
        fmt_int(partnered, lang),
        ctx.change(by_year, "projects_in_partnership"),
        ctx.t("pship_help_partnership"),
        ctx.t("share_of_projects", share=share(partnered, int(summary["projects"]))),
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
            share=share(int(summary["projects_across_sizes"]), partnered),
        ),
    )

# By type: the clickable chart, so not narrowed by its own filter.
by_type = ctx.query("partnerships_by_type")
by_type["label"] = by_type["ptype"].map(ptype_labels)
top_type = by_type.loc[by_type["projects"].idxmax()]
type_table = pd.DataFrame(
    {
        ctx.t("pship_type"): by_type["label"],
        ctx.t("pship_projects"): by_type["projects"],
        ctx.t("pship_share"): by_type["share"],
    }
)
panels.chart_panel(
    ctx,
    key=drill.key("ptype"),
    title=ctx.t("pship_by_type_title"),
    caption=ctx.t("pship_by_type_caption"),
    definition=ctx.t("pship_by_type_definition"),
    chart=charts.bars(
        by_type,
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
    table=type_table if by_type["projects"].sum() else type_table.iloc[0:0],
    counts=(ctx.t("pship_projects"),),
    shares=(ctx.t("pship_share"),),
    select="ptype",
    records=projects_table(ctx.query("partnerships_projects", drill_ptype=None)),
)

measures = {
    "projects": ctx.t("pship_projects_started"),
    "projects_in_partnership": ctx.t("pship_in_partnership"),
    "projects_across_sizes": ctx.t("pship_kpi_across"),
}
long = selected.melt(id_vars="year", value_vars=list(measures), var_name="measure")
long["measure"] = long["measure"].map(measures)
year_table = pd.DataFrame({ctx.t("year"): selected["year"].astype(str)})
for column, name in measures.items():
    year_table[name] = selected[column]
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
    table=year_table if selected["projects"].sum() else year_table.iloc[0:0],
    counts=tuple(measures.values()),
    records=projects_table(records),
)

per_project = ctx.query("partnerships_partner_counts", **drill.params())
per_project["label"] = [
    ctx.t("pship_partner_count_one") if n == 1 else ctx.t("pship_partner_count", count=n)
    for n in per_project["partners"]
]
common = per_project.loc[per_project["projects"].idxmax()] if len(per_project) else None
panels.chart_panel(
    ctx,
    key="per_project",
    title=ctx.t("pship_per_project_title"),
    caption=ctx.t("pship_per_project_caption"),
    definition=ctx.t("pship_per_project_definition"),
    chart=charts.bars(
        per_project,
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
            ctx.t("pship_partners"): per_project["partners"],
            ctx.t("pship_projects"): per_project["projects"],
        }
    ),
    counts=(ctx.t("pship_partners"), ctx.t("pship_projects")),
    records=projects_table(records),
)

kind_labels = code_labels("kind", lang)
# the layout is the page's dearest step and depends only on the links: computed once per
# set of links, not on every rerun
nodes, edges = st.cache_data(network.layout, max_entries=32, show_spinner=False)(
    ctx.query("partnerships_network_nodes", **drill.params()),
    ctx.query("partnerships_network_edges", **drill.params()),
)
nodes["kind_label"] = nodes["kind"].map(kind_labels)
nodes["named"] = ""
nodes.loc[nodes.index[:NAMED], "named"] = nodes["name"].iloc[:NAMED]
hub = nodes.iloc[0] if len(nodes) else None
panels.chart_panel(
    ctx,
    key="network",
    title=ctx.t("pship_network_title"),
    caption=ctx.t("pship_network_caption"),
    definition=ctx.t("pship_network_definition", count=NAMED),
    chart=charts.network(
        nodes,
        edges.rename(columns={"projects": "weight"}),
        group="kind_label",
        group_order=[kind_labels[code] for code in KINDS],
        size="projects",
        size_title=ctx.t("pship_projects"),
        label="named",
        narrow_labels=3,
        tooltip=[
            ("name", ctx.t("pship_organization")),
            ("kind_label", ctx.t("pship_kind")),
            ("projects", ctx.t("pship_projects")),
            ("partners", ctx.t("pship_partners")),
        ],
        lang=lang,
        description=ctx.t(
            "pship_network_alt",
            nodes=fmt_int(len(nodes), lang),
            edges=fmt_int(len(edges), lang),
            top=hub["name"] if hub is not None else "–",
            partners=fmt_int(hub["partners"] if hub is not None else None, lang),
        ),
    ),
    table=pd.DataFrame(
        {
            ctx.t("pship_organization"): nodes["name"],
            ctx.t("pship_kind"): nodes["kind_label"],
            ctx.t("pship_projects"): nodes["projects"],
            ctx.t("pship_projects_led"): nodes["projects_led"],
            ctx.t("pship_partners"): nodes["partners"],
            ctx.t("pship_partner_names"): nodes["partner_names"],
        }
    ),
    counts=(ctx.t("pship_projects"), ctx.t("pship_projects_led"), ctx.t("pship_partners")),
    records=pd.DataFrame(
        {
            ctx.t("pship_organization"): edges["source"],
            ctx.t("pship_with"): edges["target"],
            ctx.t("pship_shared_projects"): edges["projects"],
        }
    ),
)

group_labels = code_labels("size_group", lang)
pairs = ctx.query("partnerships_size_pairs", **drill.params())
pairs["row"] = pairs["row_group"].map(group_labels)
pairs["column"] = pairs["column_group"].map(group_labels)
busiest = pairs.loc[pairs["pairs"].idxmax()]
pair_table = pd.DataFrame(
    {
        ctx.t("pship_size_group"): pairs["row"],
        ctx.t("pship_partner_size_group"): pairs["column"],
        ctx.t("pship_pairs"): pairs["pairs"],
        ctx.t("pship_projects"): pairs["projects"],
    }
)
business = nodes.set_index("org_id")["size_group"]
business_pairs = edges[
    edges["source_id"].map(business).notna() & edges["target_id"].map(business).notna()
]
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
    table=pair_table if pairs["pairs"].sum() else pair_table.iloc[0:0],
    counts=(ctx.t("pship_pairs"), ctx.t("pship_projects")),
    records=pd.DataFrame(
        {
            ctx.t("pship_organization"): business_pairs["source"],
            ctx.t("pship_size_group"): business_pairs["source_id"].map(business).map(group_labels),
            ctx.t("pship_with"): business_pairs["target"],
            ctx.t("pship_partner_size_group"): business_pairs["target_id"]
            .map(business)
            .map(group_labels),
            ctx.t("pship_shared_projects"): business_pairs["projects"],
        }
    ),
)

top = nodes.head(TOP)
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
    table=pd.DataFrame(
        {
            ctx.t("pship_organization"): nodes["name"],
            ctx.t("pship_kind"): nodes["kind_label"],
            ctx.t("pship_partners"): nodes["partners"],
            ctx.t("pship_projects"): nodes["projects"],
        }
    ),
    counts=(ctx.t("pship_partners"), ctx.t("pship_projects")),
)
