"""The sections of the savings page: the headline tiles, the breakdowns by policy area,
method, year, project, authority and category, and what savings are worth against the
laboratory's fees. Every function takes what it shows as parameters; the page composes
them in order."""

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from dashboard.ui import charts, panels, shell
from dashboard.ui.shell import PageContext
from dashboard.ui.tables import Table
from dashboard.words.codes import code_note
from dashboard.words.formats import fmt_eur, fmt_pct

METHODS = ("budget_saving", "avoided_cost", "in_kind", "co_funding", "volunteer_time", "other")


@dataclass(frozen=True)
class Words:
    """The words every section of the page shares, in the page's language."""

    verified: str
    estimated: str
    both: str
    of_method: Mapping[str, str]  # method -> the column of its amount
    status: Mapping[bool, str]  # is verified -> its status in the records
    record_money: tuple[str, ...]  # the money columns of the records

    @property
    def amounts(self) -> tuple[str, ...]:
        """The money columns of a breakdown's table."""
        return (self.verified, self.estimated, self.both, *self.of_method.values())


def words(ctx: PageContext, method_names: Mapping[str, str]) -> Words:
    return Words(
        verified=ctx.t("sav_verified"),
        estimated=ctx.t("sav_estimated"),
        both=ctx.t("sav_both"),
        of_method={m: ctx.t("sav_of_method", method=method_names[m].lower()) for m in METHODS},
        status={True: ctx.t("sav_status_verified"), False: ctx.t("sav_status_estimated")},
        record_money=(ctx.t("sav_col_amount"),),
    )


def eur(ctx: PageContext, value: float) -> str:
    return fmt_eur(value, ctx.lang)


def amounts(
    w: Words, frame: pd.DataFrame, labels: dict[str, pd.Series], by_method: bool = True
) -> pd.DataFrame:
    """The table of a breakdown: its labels, verified, estimated, their sum labelled as
    such, and (unless the breakdown is by method) the amount of each method."""
    table = pd.DataFrame(labels)
    table[w.verified] = frame["verified_eur"]
    table[w.estimated] = frame["estimated_eur"]
    table[w.both] = frame["verified_eur"] + frame["estimated_eur"]
    if by_method:
        for method, column in w.of_method.items():
            table[column] = frame[f"{method}_eur"]
    return table


def paired(
    ctx: PageContext,
    w: Words,
    frame: pd.DataFrame,
    code: str,
    labels: pd.Series,
    description: str,
    **kwargs,
):
    """Verified and estimated bars side by side per code; None when there is nothing."""
    return charts.verified_and_estimated(
        frame,
        code=code,
        labels=labels,
        words=(w.verified, w.estimated),
        value_title=ctx.t("sav_amount_axis"),
        lang=ctx.lang,
        description=description,
        **kwargs,
    )


def first_bar(ctx: PageContext, alt_key: str, frame: pd.DataFrame, labels: pd.Series) -> str:
    """A chart's name for screen readers: what it shows and its largest verified bar."""
    if frame.empty:
        return ""
    return ctx.t(alt_key, label=labels.iloc[0], amount=eur(ctx, frame["verified_eur"].iloc[0]))


def records(
    ctx: PageContext,
    w: Words,
    params: Mapping[str, str | None],
    area_names: Mapping[str, str],
    method_names: Mapping[str, str],
) -> panels.Records:
    """The savings rows behind a figure, in the page's language, counted and paged in SQL."""

    def shape(rows: pd.DataFrame) -> Table:
        frame = pd.DataFrame(
            {
                ctx.t("sav_col_project"): rows["title"],
                ctx.t("sav_col_lead"): rows["lead"],
                ctx.t("sav_col_method"): rows["method"].map(method_names),
                ctx.t("sav_col_status"): rows["verified"].map(w.status),
                ctx.t("sav_col_amount"): rows["amount_eur"],
                ctx.t("sav_col_note"): rows["note"],
                ctx.t("year"): rows["year"].astype(str),
                ctx.t("sav_col_authority"): rows["authority"],
                ctx.t("sav_col_area"): rows["policy_area"].map(area_names),
                ctx.t("sav_col_category"): ctx.catalog.labels_of(
                    "categories", rows["category"], ctx.lang
                ),
                ctx.t("sav_col_project_id"): rows["project_id"],
            }
        )
        return Table.of(frame, money=w.record_money)

    return panels.Records.asked(ctx, "savings_records", shape, **params)


def headline(ctx: PageContext, totals: pd.Series, by_year: pd.DataFrame) -> None:
    """The tiles: verified first, estimated beside, never one bare mixed total."""
    any_saving = bool(totals["savings_rows"])
    verified, estimated = float(totals["verified_eur"]), float(totals["estimated_eur"])
    with st.container(horizontal=True, gap="medium"):
        shell.tile(
            ctx.t("sav_kpi_verified"),
            eur(ctx, verified),
            ctx.change(by_year, "verified_eur", fmt_eur),
            ctx.t("sav_help_verified"),
            ctx.t(
                "sav_note_verified",
                budget=eur(ctx, totals["verified_budget_saving_eur"]),
                avoided=eur(ctx, totals["verified_avoided_cost_eur"]),
                other=eur(ctx, totals["verified_other_methods_eur"]),
            )
            if any_saving
            else None,
        )
        shell.tile(
            ctx.t("sav_kpi_estimated"),
            eur(ctx, estimated),
            ctx.change(by_year, "estimated_eur", fmt_eur),
            ctx.t("sav_help_estimated"),
            ctx.t("sav_note_estimated", total=eur(ctx, verified + estimated))
            if any_saving
            else None,
        )
        shell.tile(
            ctx.t("sav_kpi_share"),
            fmt_pct(totals["verified_share"], ctx.lang),
            None,
            ctx.t("sav_help_share"),
            ctx.t(
                "sav_note_share",
                verified=eur(ctx, verified),
                total=eur(ctx, verified + estimated),
            )
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
                both=fmt_eur(totals["both_per_fee_euro"], ctx.lang, cents=True),
                fees=eur(ctx, totals["fees_eur"]),
            )
        shell.tile(
            ctx.t("sav_kpi_per_euro"),
            fmt_eur(totals["verified_per_fee_euro"], ctx.lang, cents=True)
            if ctx.exported("fees")
            else "–",
            None,
            ctx.t("sav_help_per_euro"),
            per_euro_note,
        )


def by_area(
    ctx: PageContext,
    w: Words,
    drill: panels.Drill,
    frame: pd.DataFrame,
    area_names: Mapping[str, str],
    behind: panels.Records,
) -> None:
    """Verified and estimated per policy area; a click on a bar filters the page."""
    labels = frame["policy_area"].map(area_names)
    panels.chart_panel(
        ctx,
        key=drill.key("policy_area"),
        title=ctx.t("sav_area_title"),
        caption=ctx.t("sav_area_caption"),
        definition=ctx.t("sav_area_definition") + "\n\n" + ctx.t("sav_definition"),
        chart=paired(
            ctx,
            w,
            frame,
            "policy_area",
            labels,
            first_bar(ctx, "sav_area_alt", frame, labels),
            select="policy_area",
            highlight=drill.values.get("policy_area"),
        ),
        table=amounts(w, frame, {ctx.t("sav_col_area"): labels}),
        money=w.amounts,
        select="policy_area",
        records=behind,
    )


def by_method(
    ctx: PageContext,
    w: Words,
    drill: panels.Drill,
    frame: pd.DataFrame,
    method_names: Mapping[str, str],
    behind: panels.Records,
) -> None:
    """Verified and estimated per method, with how each method is counted beside them."""
    labels = frame["method"].map(method_names)
    chart_side, note_side = st.columns([3, 2], gap="large")
    with chart_side:
        panels.chart_panel(
            ctx,
            key=drill.key("method"),
            title=ctx.t("sav_method_title"),
            caption=ctx.t("sav_method_caption"),
            definition=ctx.t("sav_method_definition") + "\n\n" + ctx.t("sav_definition"),
            chart=paired(
                ctx,
                w,
                frame,
                "method",
                labels,
                first_bar(ctx, "sav_method_alt", frame, labels),
                select="method",
                highlight=drill.values.get("method"),
            ),
            table=amounts(w, frame, {ctx.t("sav_col_method"): labels}, by_method=False),
            money=(w.verified, w.estimated, w.both),
            select="method",
            records=behind,
        )
    with note_side:
        # How each method is counted stays in view beside its figures, not in an expander.
        st.markdown(
            ctx.t("sav_methods_note")
            + "\n\n"
            + "\n".join(
                f"- **{method_names[m]}**: {code_note('method', m, ctx.lang)}" for m in METHODS
            )
        )


def per_year(
    ctx: PageContext, w: Words, totals: pd.Series, years: pd.DataFrame, behind: panels.Records
) -> None:
    """Verified and estimated per selected year."""
    first, last = ctx.years
    year_labels = years["year"].astype(str)
    year_table = amounts(w, years, {ctx.t("year"): year_labels})
    panels.chart_panel(
        ctx,
        key="sav_per_year",
        title=ctx.t("sav_year_title"),
        caption=ctx.t("sav_year_caption"),
        definition=ctx.t("sav_definition"),
        chart=paired(
            ctx,
            w,
            years.assign(year=year_labels),
            "year",
            year_labels,
            ctx.t(
                "sav_year_alt",
                first=first,
                last=last,
                amount=eur(ctx, float(totals["verified_eur"])),
            ),
        ),
        table=year_table if bool(totals["savings_rows"]) else year_table.iloc[0:0],
        money=w.amounts,
        records=behind,
    )


def cumulative(
    ctx: PageContext, w: Words, totals: pd.Series, years: pd.DataFrame, behind: panels.Records
) -> None:
    """The running totals, verified and verified plus estimated, over the selected years."""
    first, last = ctx.years
    verified, estimated = float(totals["verified_eur"]), float(totals["estimated_eur"])
    year_labels = years["year"].astype(str)
    table = pd.DataFrame(
        {
            ctx.t("year"): year_labels,
            ctx.t("sav_col_cum_verified"): years["cumulative_verified_eur"],
            ctx.t("sav_col_cum_both"): years["cumulative_both_eur"],
        }
    )
    series = [ctx.t("sav_col_cum_verified"), ctx.t("sav_col_cum_both")]
    running = years.assign(year=year_labels).melt(
        id_vars="year",
        value_vars=["cumulative_verified_eur", "cumulative_both_eur"],
        var_name="series",
        value_name="amount",
    )
    # short series names in the chart, whose title already says "cumulative"
    running["series"] = running["series"].map(
        {"cumulative_verified_eur": w.verified, "cumulative_both_eur": w.both}
    )
    panels.chart_panel(
        ctx,
        key="sav_cumulative",
        title=ctx.t("sav_cum_title"),
        caption=ctx.t("sav_cum_caption"),
        definition=ctx.t("sav_cum_definition") + "\n\n" + ctx.t("sav_definition"),
        chart=charts.lines(
            running,
            x="year",
            x_title=ctx.t("year"),
            series="series",
            series_order=[w.verified, w.both],
            value="amount",
            value_title=ctx.t("sav_amount_axis"),
            lang=ctx.lang,
            description=ctx.t(
                "sav_cum_alt",
                first=first,
                last=last,
                verified=eur(ctx, verified),
                both=eur(ctx, verified + estimated),
            ),
            money=True,
        ),
        table=table if bool(totals["savings_rows"]) else table.iloc[0:0],
        money=tuple(series),
        records=behind,
    )


def fees(ctx: PageContext, w: Words, totals: pd.Series, years: pd.DataFrame) -> None:
    """What the savings are worth per euro of the laboratory's fees, year by year."""
    fees_title = ctx.t("sav_fees_title")
    if not ctx.exported("fees"):
        st.header(fees_title)
        st.caption(ctx.t("sav_fees_caption"))
        st.info(ctx.t("not_exported", file="fees.csv"), icon=":material/info:")
        return
    first, last = ctx.years
    year_labels = years["year"].astype(str)
    columns = {
        "year": ctx.t("year"),
        "verified_eur": w.verified,
        "estimated_eur": w.estimated,
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
        .replace({"series": {"verified_per_fee_euro": w.verified, "both_per_fee_euro": w.both}})
        .dropna(subset=["ratio"])
    )
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
            series_order=[w.verified, w.both],
            value="ratio",
            value_title=ctx.t("sav_fees_axis"),
            lang=ctx.lang,
            description=ctx.t(
                "sav_fees_alt",
                first=first,
                last=last,
                verified=fmt_eur(totals["verified_per_fee_euro"], ctx.lang, cents=True),
            ),
            value_format="$,.2f",
        )
        if not ratios.empty
        else None,
        table=fees_table if totals["fees_eur"] else fees_table.iloc[0:0],
        money=tuple(columns.values())[1:],
        records=panels.Records.asked(
            ctx,
            "savings_fee_records",
            lambda rows: Table.of(
                pd.DataFrame(
                    {
                        ctx.t("sav_col_org"): rows["organization"],
                        ctx.t("year"): rows["year"].astype(str),
                        ctx.t("sav_col_fees"): rows["fees_eur"],
                        ctx.t("sav_col_org_id"): rows["org_id"],
                    }
                ),
                money=(ctx.t("sav_col_fees"),),
            ),
        ),
    )


def projects(ctx: PageContext, w: Words, params: Mapping[str, str | None]) -> None:
    """The projects ranked by verified savings (`savings_by_project`, ranked, counted and
    paged in SQL): the top ten drawn, every one in the table and its CSV."""

    def ranked(frame: pd.DataFrame) -> Table:
        table = amounts(
            w,
            frame,
            {
                ctx.t("sav_col_rank"): range(1, len(frame) + 1),
                ctx.t("sav_col_project"): frame["title"],
                ctx.t("sav_col_lead"): frame["lead"],
            },
        )
        table[ctx.t("sav_col_project_id")] = frame["project_id"]
        return Table.of(table, counts=(ctx.t("sav_col_rank"),), money=w.amounts)

    ranking = panels.Records.asked(ctx, "savings_by_project", ranked, **params)
    top = ctx.page("savings_by_project", panels.MAX_ROWS, **params)[0].head(10)  # kept
    top_labels = top["title"].where(
        ~top["title_shared"], top["title"] + " (" + top["project_id"] + ")"
    )
    panels.chart_panel(
        ctx,
        key="sav_projects",
        title=ctx.t("sav_projects_title"),
        caption=ctx.t("sav_projects_caption"),
        definition=ctx.t("sav_projects_definition") + "\n\n" + ctx.t("sav_definition"),
        chart=paired(
            ctx,
            w,
            top,
            "project_id",
            top_labels,
            first_bar(ctx, "sav_projects_alt", top, top_labels),
        ),
        table=ranking,
    )


def every_saving(ctx: PageContext, behind: panels.Records) -> None:
    """Every saving, in view: the rows behind the ranking, each with how it was worked out."""
    st.header(ctx.t("sav_rows_title"))
    st.caption(ctx.t("sav_rows_caption"))
    if not behind.total:
        st.info(ctx.t("no_data"), icon=":material/filter_alt_off:")
        return
    panels.data_table(ctx, behind.first, key="sav_rows_table", total=behind.total)
    panels.csv_button(
        ctx,
        ctx.t("sav_download_rows"),
        behind.whole,
        what=ctx.t("file_savings_rows"),
        key="sav_rows_csv",
    )


def authorities(ctx: PageContext, w: Words, frame: pd.DataFrame, behind: panels.Records) -> None:
    """Verified and estimated per local authority."""
    labels = frame["authority"]
    drawn = frame.head(panels.MOST_BARS)  # the most verified first
    panels.chart_panel(
        ctx,
        key="sav_authorities",
        title=ctx.t("sav_authority_title"),
        caption=panels.most_bars(ctx, ctx.t("sav_authority_caption"), len(frame)),
        definition=ctx.t("sav_authority_definition") + "\n\n" + ctx.t("sav_definition"),
        chart=paired(
            ctx,
            w,
            drawn,
            "authority_org_id",
            labels.head(panels.MOST_BARS),
            first_bar(ctx, "sav_authority_alt", frame, labels),
        ),
        table=amounts(w, frame, {ctx.t("sav_col_authority"): labels}),
        money=w.amounts,
        records=behind,
    )


def categories(ctx: PageContext, w: Words, frame: pd.DataFrame, behind: panels.Records) -> None:
    """Verified and estimated per category."""
    labels = pd.Series(
        [ctx.catalog.label("categories", code, ctx.lang) for code in frame["category"]],
        dtype="str",
    )
    panels.chart_panel(
        ctx,
        key="sav_categories",
        title=ctx.t("sav_category_title"),
        caption=ctx.t("sav_category_caption"),
        definition=ctx.t("sav_category_definition") + "\n\n" + ctx.t("sav_definition"),
        chart=paired(
            ctx,
            w,
            frame,
            "category",
            labels,
            first_bar(ctx, "sav_category_alt", frame, labels),
        ),
        table=amounts(w, frame, {ctx.t("sav_col_category"): labels}),
        money=w.amounts,
        records=behind,
    )
