"""Savings for local authorities: what the network's projects saved them, the verified
amounts first and the estimates beside, by policy area, method, year, project, authority
and category, and what they are worth against the laboratory's fees."""

import pandas as pd
import streamlit as st

from dashboard.ui import charts, panels, shell
from dashboard.ui.tables import Table
from dashboard.words.codes import code_labels, code_note
from dashboard.words.formats import fmt_eur, fmt_pct

AREAS = ("economic", "environmental", "social", "labour")
METHODS = ("budget_saving", "avoided_cost", "in_kind", "co_funding", "volunteer_time", "other")

ctx = shell.context()
lang = ctx.lang
first, last = ctx.years
shell.page_header(ctx, ctx.t("page_savings"))

shell.intro(ctx, "sav_intro")
if not ctx.exported("savings"):
    st.info(ctx.t("not_exported", file="savings.csv"), icon=":material/info:")
    st.stop()

area_names = code_labels("policy_area", lang)
method_names = code_labels("method", lang)
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

VERIFIED, ESTIMATED, BOTH = ctx.t("sav_verified"), ctx.t("sav_estimated"), ctx.t("sav_both")
OF_METHOD = {m: ctx.t("sav_of_method", method=method_names[m].lower()) for m in METHODS}
AMOUNTS = (VERIFIED, ESTIMATED, BOTH, *OF_METHOD.values())
STATUS = {True: ctx.t("sav_status_verified"), False: ctx.t("sav_status_estimated")}


def eur(value: float) -> str:
    return fmt_eur(value, lang)


def amounts(frame: pd.DataFrame, labels: dict[str, pd.Series], by_method: bool = True):
    """The table of a breakdown: its labels, verified, estimated, their sum labelled as
    such, and (unless the breakdown is by method) the amount of each method."""
    table = pd.DataFrame(labels)
    table[VERIFIED] = frame["verified_eur"]
    table[ESTIMATED] = frame["estimated_eur"]
    table[BOTH] = frame["verified_eur"] + frame["estimated_eur"]
    if by_method:
        for method, column in OF_METHOD.items():
            table[column] = frame[f"{method}_eur"]
    return table


def paired(frame: pd.DataFrame, code: str, labels: pd.Series, description: str, **kwargs):
    """Verified and estimated bars side by side per code; None when there is nothing."""
    if frame.empty:
        return None
    long = frame.assign(label=labels.to_numpy()).melt(
        id_vars=[code, "label"],
        value_vars=["verified_eur", "estimated_eur"],
        var_name="status",
        value_name="amount",
    )
    long["status"] = long["status"].map({"verified_eur": VERIFIED, "estimated_eur": ESTIMATED})
    return charts.paired_bars(
        long,
        code=code,
        label="label",
        series="status",
        series_order=[VERIFIED, ESTIMATED],
        value="amount",
        value_title=ctx.t("sav_amount_axis"),
        lang=lang,
        description=description,
        **kwargs,
    )


def first_bar(alt_key: str, frame: pd.DataFrame, labels: pd.Series) -> str:
    """A chart's name for screen readers: what it shows and its largest verified bar."""
    if frame.empty:
        return ""
    return ctx.t(alt_key, label=labels.iloc[0], amount=eur(frame["verified_eur"].iloc[0]))


def records(params: dict[str, str | None]) -> pd.DataFrame:
    """The savings rows behind a figure, in the page's language."""
    rows = ctx.query("savings_records", **params)
    return pd.DataFrame(
        {
            ctx.t("sav_col_project"): rows["title"],
            ctx.t("sav_col_lead"): rows["lead"],
            ctx.t("sav_col_method"): rows["method"].map(method_names),
            ctx.t("sav_col_status"): rows["verified"].map(STATUS),
            ctx.t("sav_col_amount"): rows["amount_eur"],
            ctx.t("sav_col_note"): rows["note"],
            ctx.t("year"): rows["year"].astype(str),
            ctx.t("sav_col_authority"): rows["authority"],
            ctx.t("sav_col_area"): rows["policy_area"].map(area_names),
            ctx.t("sav_col_category"): [
                ctx.catalog.label("categories", code, lang) for code in rows["category"]
            ],
            ctx.t("sav_col_project_id"): rows["project_id"],
        }
    )


RECORD_MONEY = (ctx.t("sav_col_amount"),)

# Headline: verified first, estimated beside, never one bare mixed total.
totals = ctx.query("savings_totals", **narrowed).iloc[0]
by_year = ctx.query("savings_by_year", **narrowed)
years = by_year[by_year["year"] >= first].reset_index(drop=True)
any_saving = bool(totals["savings_rows"])
verified, estimated = float(totals["verified_eur"]), float(totals["estimated_eur"])


with st.container(horizontal=True, gap="medium"):
    shell.tile(
        ctx.t("sav_kpi_verified"),
        eur(verified),
        ctx.change(by_year, "verified_eur", fmt_eur),
        ctx.t("sav_help_verified"),
        ctx.t(
            "sav_note_verified",
            budget=eur(totals["verified_budget_saving_eur"]),
            avoided=eur(totals["verified_avoided_cost_eur"]),
            other=eur(totals["verified_other_methods_eur"]),
        )
        if any_saving
        else None,
    )
    shell.tile(
        ctx.t("sav_kpi_estimated"),
        eur(estimated),
        ctx.change(by_year, "estimated_eur", fmt_eur),
        ctx.t("sav_help_estimated"),
        ctx.t("sav_note_estimated", total=eur(verified + estimated)) if any_saving else None,
    )
    shell.tile(
        ctx.t("sav_kpi_share"),
        fmt_pct(totals["verified_share"], lang),
        None,
        ctx.t("sav_help_share"),
        ctx.t("sav_note_share", verified=eur(verified), total=eur(verified + estimated))
        if any_saving
        else None,
    )
    if not ctx.exported("fees"):
        per_euro_note = ctx.t("not_exported", file="fees.csv")
    elif totals["fees_eur"] == 0:
        per_euro_note = ctx.t("sav_no_fees")
    else:
        per_euro_note = ctx.t(
            "sav_note_per_euro",
            both=fmt_eur(totals["both_per_fee_euro"], lang, cents=True),
            fees=eur(totals["fees_eur"]),
        )
    shell.tile(
        ctx.t("sav_kpi_per_euro"),
        fmt_eur(totals["verified_per_fee_euro"], lang, cents=True) if ctx.exported("fees") else "–",
        None,
        ctx.t("sav_help_per_euro"),
        per_euro_note,
    )

definition = ctx.t("sav_definition")

by_area = ctx.query("savings_by_area", **all_areas)
area_labels = by_area["policy_area"].map(area_names)
panels.chart_panel(
    ctx,
    key=drill.key("policy_area"),
    title=ctx.t("sav_area_title"),
    caption=ctx.t("sav_area_caption"),
    definition=ctx.t("sav_area_definition") + "\n\n" + definition,
    chart=paired(
        by_area,
        "policy_area",
        area_labels,
        first_bar("sav_area_alt", by_area, area_labels),
        select="policy_area",
        highlight=drill.values.get("policy_area"),
    ),
    table=amounts(by_area, {ctx.t("sav_col_area"): area_labels}),
    money=AMOUNTS,
    select="policy_area",
    records=records(all_areas),
    records_money=RECORD_MONEY,
)

by_method = ctx.query("savings_by_method", **all_methods)
method_labels = by_method["method"].map(method_names)
chart_side, note_side = st.columns([3, 2], gap="large")
with chart_side:
    panels.chart_panel(
        ctx,
        key=drill.key("method"),
        title=ctx.t("sav_method_title"),
        caption=ctx.t("sav_method_caption"),
        definition=ctx.t("sav_method_definition") + "\n\n" + definition,
        chart=paired(
            by_method,
            "method",
            method_labels,
            first_bar("sav_method_alt", by_method, method_labels),
            select="method",
            highlight=drill.values.get("method"),
        ),
        table=amounts(by_method, {ctx.t("sav_col_method"): method_labels}, by_method=False),
        money=(VERIFIED, ESTIMATED, BOTH),
        select="method",
        records=records(all_methods),
        records_money=RECORD_MONEY,
    )
with note_side:
    # How each method is counted stays in view beside its figures, not in an expander.
    st.markdown(
        ctx.t("sav_methods_note")
        + "\n\n"
        + "\n".join(f"- **{method_names[m]}**: {code_note('method', m, lang)}" for m in METHODS)
    )

behind = records(narrowed)  # the rows behind every figure narrowed by both clicks
year_labels = years["year"].astype(str)
year_table = amounts(years, {ctx.t("year"): year_labels})
panels.chart_panel(
    ctx,
    key="sav_per_year",
    title=ctx.t("sav_year_title"),
    caption=ctx.t("sav_year_caption"),
    definition=definition,
    chart=paired(
        years.assign(year=year_labels),
        "year",
        year_labels,
        ctx.t("sav_year_alt", first=first, last=last, amount=eur(verified)),
    ),
    table=year_table if any_saving else year_table.iloc[0:0],
    money=AMOUNTS,
    records=behind,
    records_money=RECORD_MONEY,
)

cumulative = pd.DataFrame(
    {
        ctx.t("year"): year_labels,
        ctx.t("sav_col_cum_verified"): years["cumulative_verified_eur"],
        ctx.t("sav_col_cum_both"): years["cumulative_both_eur"],
    }
)
cumulative_series = [ctx.t("sav_col_cum_verified"), ctx.t("sav_col_cum_both")]
running = years.assign(year=year_labels).melt(
    id_vars="year",
    value_vars=["cumulative_verified_eur", "cumulative_both_eur"],
    var_name="series",
    value_name="amount",
)
# short series names in the chart, whose title already says "cumulative"
running["series"] = running["series"].map(
    {"cumulative_verified_eur": VERIFIED, "cumulative_both_eur": BOTH}
)
panels.chart_panel(
    ctx,
    key="sav_cumulative",
    title=ctx.t("sav_cum_title"),
    caption=ctx.t("sav_cum_caption"),
    definition=ctx.t("sav_cum_definition") + "\n\n" + definition,
    chart=charts.lines(
        running,
        x="year",
        x_title=ctx.t("year"),
        series="series",
        series_order=[VERIFIED, BOTH],
        value="amount",
        value_title=ctx.t("sav_amount_axis"),
        lang=lang,
        description=ctx.t(
            "sav_cum_alt",
            first=first,
            last=last,
            verified=eur(verified),
            both=eur(verified + estimated),
        ),
        money=True,
    ),
    table=cumulative if any_saving else cumulative.iloc[0:0],
    money=tuple(cumulative_series),
    records=behind,
    records_money=RECORD_MONEY,
)

fees_title = ctx.t("sav_fees_title")
if not ctx.exported("fees"):
    st.header(fees_title)
    st.caption(ctx.t("sav_fees_caption"))
    st.info(ctx.t("not_exported", file="fees.csv"), icon=":material/info:")
else:
    columns = {
        "year": ctx.t("year"),
        "verified_eur": VERIFIED,
        "estimated_eur": ESTIMATED,
        "fees_eur": ctx.t("sav_col_fees"),
        "verified_per_fee_euro": ctx.t("sav_col_per_euro_verified"),
        "both_per_fee_euro": ctx.t("sav_col_per_euro_both"),
    }
    over_all = totals.to_frame().T.assign(year=ctx.t("sav_all_years"))  # sums, then divided
    worth = pd.concat([years.assign(year=year_labels), over_all], ignore_index=True)
    fees_table = worth[list(columns)].astype({c: float for c in list(columns)[1:]})
    fees_table = fees_table.rename(columns=columns)
    # short series names in the chart, whose axis already says "per euro of fees"
    ratios = (
        years.assign(year=year_labels)
        .melt(
            id_vars="year",
            value_vars=["verified_per_fee_euro", "both_per_fee_euro"],
            var_name="series",
            value_name="ratio",
        )
        .replace({"series": {"verified_per_fee_euro": VERIFIED, "both_per_fee_euro": BOTH}})
        .dropna(subset=["ratio"])
    )
    fee_rows = ctx.query("savings_fee_records")
    panels.chart_panel(
        ctx,
        key="sav_fees",
        title=fees_title,
        caption=ctx.t("sav_fees_caption"),
        definition=ctx.t("sav_fees_definition"),
        chart=charts.paired_bars(
            ratios,
            code="year",
            label="year",
            series="series",
            series_order=[VERIFIED, BOTH],
            value="ratio",
            value_title=ctx.t("sav_fees_axis"),
            lang=lang,
            description=ctx.t(
                "sav_fees_alt",
                first=first,
                last=last,
                verified=fmt_eur(totals["verified_per_fee_euro"], lang, cents=True),
            ),
            value_format="$,.2f",
        )
        if not ratios.empty
        else None,
        table=fees_table if totals["fees_eur"] else fees_table.iloc[0:0],
        money=tuple(columns.values())[1:],
        records=pd.DataFrame(
            {
                ctx.t("sav_col_org"): fee_rows["organization"],
                ctx.t("year"): fee_rows["year"].astype(str),
                ctx.t("sav_col_fees"): fee_rows["fees_eur"],
                ctx.t("sav_col_org_id"): fee_rows["org_id"],
            }
        ),
        records_money=(ctx.t("sav_col_fees"),),
    )

by_project = ctx.query("savings_by_project", **narrowed)
duplicated = by_project["title"].duplicated(keep=False)
project_labels = by_project["title"].where(
    ~duplicated, by_project["title"] + " (" + by_project["project_id"] + ")"
)
top, top_labels = by_project.head(10), project_labels.head(10)
project_table = amounts(
    by_project,
    {
        ctx.t("sav_col_rank"): range(1, len(by_project) + 1),
        ctx.t("sav_col_project"): by_project["title"],
        ctx.t("sav_col_lead"): by_project["lead"],
    },
)
project_table[ctx.t("sav_col_project_id")] = by_project["project_id"]
panels.chart_panel(
    ctx,
    key="sav_projects",
    title=ctx.t("sav_projects_title"),
    caption=ctx.t("sav_projects_caption"),
    definition=ctx.t("sav_projects_definition") + "\n\n" + definition,
    chart=paired(top, "project_id", top_labels, first_bar("sav_projects_alt", top, top_labels)),
    table=project_table,
    counts=(ctx.t("sav_col_rank"),),
    money=AMOUNTS,
)

# Every saving, in view: the rows behind the ranking, each with how it was worked out.
st.header(ctx.t("sav_rows_title"))
st.caption(ctx.t("sav_rows_caption"))
if behind.empty:
    st.info(ctx.t("no_data"), icon=":material/filter_alt_off:")
else:
    rows_table = Table.of(behind, money=RECORD_MONEY)
    panels.data_table(ctx, rows_table, key="sav_rows_table")
    panels.csv_button(
        ctx, ctx.t("sav_download_rows"), rows_table, stem="savings_rows", key="sav_rows_csv"
    )

by_authority = ctx.query("savings_by_authority", **narrowed)
panels.chart_panel(
    ctx,
    key="sav_authorities",
    title=ctx.t("sav_authority_title"),
    caption=ctx.t("sav_authority_caption"),
    definition=ctx.t("sav_authority_definition") + "\n\n" + definition,
    chart=paired(
        by_authority,
        "authority_org_id",
        by_authority["authority"],
        first_bar("sav_authority_alt", by_authority, by_authority["authority"]),
    ),
    table=amounts(by_authority, {ctx.t("sav_col_authority"): by_authority["authority"]}),
    money=AMOUNTS,
    records=behind,
    records_money=RECORD_MONEY,
)

by_category = ctx.query("savings_by_category", **narrowed)
category_labels = pd.Series(
    [ctx.catalog.label("categories", code, lang) for code in by_category["category"]],
    dtype="str",
)
panels.chart_panel(
    ctx,
    key="sav_categories",
    title=ctx.t("sav_category_title"),
    caption=ctx.t("sav_category_caption"),
    definition=ctx.t("sav_category_definition") + "\n\n" + definition,
    chart=paired(
        by_category,
        "category",
        category_labels,
        first_bar("sav_category_alt", by_category, category_labels),
    ),
    table=amounts(by_category, {ctx.t("sav_col_category"): category_labels}),
    money=AMOUNTS,
    records=behind,
    records_money=RECORD_MONEY,
)
