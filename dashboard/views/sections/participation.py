"""The sections of the Participation page. Each takes what it shows as parameters: the
page context, the frames the page queried, the page's labels (`Labels`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from dashboard.store.filters import SIZE_CHOICES, SME_PARTS
from dashboard.ui import charts, panels, privacy, shell
from dashboard.ui.panels import Drill
from dashboard.ui.picker import Picker
from dashboard.ui.shell import PageContext
from dashboard.ui.tables import Table
from dashboard.views.cards import organization as org_card
from dashboard.words.catalog import tn
from dashboard.words.codes import (
    code_label,
    code_labels,
    code_labels_of,
    labels_of,
    size_choice_label,
)
from dashboard.words.formats import fmt_date, fmt_eur, fmt_int, fmt_pct, fmt_period

FUNCTIONS = ("ceo", "ehs", "rnd", "communications", "hr", "other")
MEETING_KINDS = (
    "practice_exchange",
    "context_evaluation",
    "project_ideas",
    "thematic_workshop",
    "training_visit",
    "co_design",
    "forum",
)


@dataclass(frozen=True)
class Labels:
    """The page's words for its codes and its columns, in the page's language."""

    sectors: dict[str, str]
    sizes: dict[str, str]  # the size choices (groups and sizes)
    groups: dict[str, str]  # the size choices and "other", in reading order
    meeting_kinds: dict[str, str]
    col: dict[str, str]  # column headings by short name

    @property
    def group_rank(self) -> dict[str, int]:
        return {code: rank for rank, code in enumerate(self.groups)}


def labels(ctx: PageContext) -> Labels:
    lang = ctx.lang
    sizes = {code: size_choice_label(code, lang) for code in SIZE_CHOICES}
    return Labels(
        sectors={
            code: ctx.catalog.label("sectors", code, lang) for code in ctx.catalog.labels["sectors"]
        },
        sizes=sizes,
        groups=sizes | {"other": ctx.t("part_group_other")},
        meeting_kinds=code_labels("meeting_kind", lang),
        col={
            "name": ctx.t("part_col_name"),
            "sector": ctx.t("part_col_sector"),
            "size": ctx.t("part_col_size"),
            "municipality": ctx.t("part_col_municipality"),
            "joined": ctx.t("part_col_joined"),
            "left": ctx.t("part_col_left"),
            "years_member": ctx.t("part_col_years_member"),
            "projects_led": ctx.t("part_col_projects_led"),
            "partnerships": ctx.t("part_col_partnerships"),
            "members": ctx.t("part_col_members"),
            "year": ctx.t("part_col_year"),
            "function": ctx.t("part_col_function"),
            "group": ctx.t("part_col_group"),
            "kind": ctx.t("part_col_kind"),
            "title": ctx.t("part_col_title"),
            "organizations": ctx.t("part_col_organizations"),
            "member_companies": ctx.t("part_col_member_companies"),
            "names": ctx.t("part_col_names"),
            "amount": ctx.t("part_col_amount"),
            "member_years": ctx.t("part_col_member_years"),
            "attending": ctx.t("part_col_attending"),
            "rate": ctx.t("part_col_rate"),
            "total": ctx.t("part_col_total"),
            "organization": ctx.t("part_col_organization"),
            "org_kind": ctx.t("part_col_org_kind"),
        },
    )


def period_words(ctx: PageContext) -> str:
    """The selected years in words: "nel 2011", "dal 2010 al 2012"."""
    first, last = ctx.years
    return fmt_period(first, last, ctx.lang)


def unavailable(ctx: PageContext, title: str, caption: str, file: str) -> None:
    """A section whose optional file was not exported: it says so, never a 0."""
    st.header(title)
    st.caption(caption)
    st.info(ctx.t("not_exported", file=file), icon=":material/cloud_off:")


# --- people: counts by management function, small cells protected -----------------------
@dataclass(frozen=True)
class People:
    protected: pd.DataFrame  # privacy.Shown cells, functions (and "total") by group
    as_text: pd.DataFrame  # the same cells as the reader sees them
    grand: privacy.Shown  # the protected grand total
    total: str  # the headline: the floor of the grand total, "at least" when a range


def people_counts(
    ctx: PageContext, people: pd.DataFrame, split: bool, groups: Mapping[str, str]
) -> People:
    """`people` (`participation_people`) protected by size part, whether or not SMEs are
    split (see dashboard/ui/privacy.py), then SMEs combined unless split."""
    lang = ctx.lang
    fine = [code for code in groups if code != "sme"]
    counts = people.pivot(index="function", columns="grp", values="people")
    counts = counts.reindex(
        index=list(FUNCTIONS), columns=[c for c in fine if c in counts.columns], fill_value=0
    )
    protected = privacy.protect(counts, total="total")
    if not split:
        protected = privacy.combine(protected, list(SME_PARTS), "sme")
    as_text = privacy.texts(protected, lambda n: fmt_int(n, lang))
    grand = protected.at["total", "total"]
    # a range ("172–177") puzzles readers: the headline says the floor, the note why
    total = (
        fmt_int(grand.low, lang)
        if grand.low == grand.high
        else ctx.t("at_least", n=fmt_int(grand.low, lang))
    )
    return People(protected, as_text, grand, total)


def tiles(ctx: PageContext, members: int, by_year: pd.DataFrame, people: People | None) -> None:
    """Members (how many), joined, left and people (None when people.csv was not
    exported)."""
    lang = ctx.lang
    with st.container(horizontal=True, gap="medium"):
        shell.tile(
            ctx.t("part_kpi_members"),
            fmt_int(members, lang),
            ctx.change(by_year, "active"),
            ctx.t("part_help_members"),
        )
        shell.tile(
            ctx.t("part_kpi_joined"),
            fmt_int(int(by_year["joined"].sum()), lang),
            ctx.change(by_year, "joined"),
            ctx.t("part_help_joined"),
        )
        shell.tile(
            ctx.t("part_kpi_left"),
            fmt_int(int(by_year["left"].sum()), lang),
            ctx.change(by_year, "left"),
            ctx.t("part_help_left"),
        )
        if people is not None:
            grand = people.grand
            shell.tile(
                ctx.t("part_kpi_people"),
                people.total,
                None,
                ctx.t("part_help_people"),
                None
                if grand.low == grand.high
                else ctx.t(
                    "people_at_least_note",
                    low=fmt_int(grand.low, lang),
                    high=fmt_int(grand.high, lang),
                ),
            )
        else:
            shell.tile(
                ctx.t("part_kpi_people"),
                "–",
                None,
                ctx.t("part_help_people"),
                ctx.t("not_exported", file="people.csv"),
            )


def member_records(ctx: PageContext, frame: pd.DataFrame, words: Labels) -> Table:
    """Members as a reader sees them: names, labels, years; partnerships only when the
    partners were exported."""
    col = words.col
    shown = pd.DataFrame(
        {
            col["name"]: frame["name"],
            col["sector"]: labels_of(words.sectors, frame["sector"]),
            # an SME by its own size, any other by its group
            col["size"]: labels_of(
                words.sizes, frame["size"].where(frame["size_group"] == "sme", frame["size_group"])
            ),
            col["municipality"]: frame["municipality"],
            col["joined"]: frame["joined_year"].astype(str),
            col["left"]: _years_text(frame["left_year"]),
            col["years_member"]: frame["years_member"],
            col["projects_led"]: frame["projects_led"],
            col["partnerships"]: frame["partnerships"],
        }
    )
    if not ctx.exported("project_partners"):
        shown = shown.drop(columns=col["partnerships"])
    counted = [col["years_member"], col["projects_led"], col["partnerships"]]
    return Table.of(shown, counts=tuple(c for c in counted if c in shown.columns))


def members(
    ctx: PageContext, narrow: Mapping[str, object], words: Labels, search: str | None = None
) -> panels.Records:
    """The members of the selection (`participation_members`), those whose name or
    municipality holds `search` when given: counted and paged in SQL."""
    return panels.Records.asked(
        ctx,
        "participation_members",
        lambda frame: member_records(ctx, frame, words),
        search=search,
        **narrow,
    )


def _years_text(years: pd.Series) -> pd.Series:
    """Years as text ("2011"), a missing one None."""
    whole = years.astype("Int64")
    return whole.astype("string").astype(object).where(whole.notna(), None)


def records_beside(
    ctx: PageContext,
    drill: Drill,
    narrow: Mapping[str, object],
    records: panels.Records,
    words: Labels,
    dim: str,
) -> panels.Records:
    """The members behind a clickable chart: it is not narrowed by its own click."""
    if dim not in drill.values:
        return records
    return members(ctx, dict(narrow) | {f"drill_{dim}": None}, words)


# --- members by size group and by sector (each click narrows the rest of the page) -------
def by_size(
    ctx: PageContext,
    drill: Drill,
    frame: pd.DataFrame,
    split: bool,
    words: Labels,
    records: panels.Records,
) -> None:
    """Members by size group (`frame`: `participation_by_size`); a click narrows the page."""
    period = period_words(ctx)
    col = words.col
    frame = frame[frame["code"] != "sme"] if split else frame[frame["level"] == "group"]
    size_frame = pd.DataFrame(
        {
            "org_size": frame["code"],
            "label": [words.sizes[code] for code in frame["code"]],
            "members": frame["members"],
        }
    )
    size_table = size_frame.drop(columns="org_size").rename(
        columns={"label": col["size"], "members": col["members"]}
    )
    chosen_size = drill.values.get("org_size")
    panels.chart_panel(
        ctx,
        key=drill.key("org_size"),
        title=ctx.t("part_size_title"),
        caption=ctx.t("part_size_caption", period=period),
        definition=ctx.t("part_size_definition"),
        chart=charts.bars(
            size_frame,
            code="org_size",
            label="label",
            value="members",
            value_title=ctx.t("part_members"),
            lang=ctx.lang,
            description=ctx.t(
                "part_size_alt",
                period=period,
                figures="; ".join(f"{s.label}: {s.members}" for s in size_frame.itertuples()),
            ),
            select="org_size",
            highlight=chosen_size if chosen_size in set(size_frame["org_size"]) else None,
            sort_by_value=False,
        ),
        table=size_table if size_frame["members"].sum() else size_table.iloc[0:0],
        counts=(col["members"],),
        select="org_size",
        records=records,
    )


def by_sector(
    ctx: PageContext, drill: Drill, frame: pd.DataFrame, words: Labels, records: panels.Records
) -> None:
    """Members by sector (`frame`: `participation_by_sector`); a click narrows the page."""
    period = period_words(ctx)
    col = words.col
    sector_frame = pd.DataFrame(
        {
            "org_sector": frame["sector"],
            "label": [words.sectors.get(code, code) for code in frame["sector"]],
            "members": frame["members"],
        }
    )
    top_sector = sector_frame.iloc[0] if len(sector_frame) else None
    panels.chart_panel(
        ctx,
        key=drill.key("org_sector"),
        title=ctx.t("part_sector_title"),
        caption=ctx.t("part_sector_caption", period=period),
        definition=ctx.t("part_sector_definition"),
        chart=charts.bars(
            sector_frame,
            code="org_sector",
            label="label",
            value="members",
            value_title=ctx.t("part_members"),
            lang=ctx.lang,
            description=ctx.t(
                "part_sector_alt",
                period=period,
                top=top_sector["label"] if top_sector is not None else "–",
                count=top_sector["members"] if top_sector is not None else 0,
            ),
            select="org_sector",
            highlight=drill.values.get("org_sector"),
        ),
        table=sector_frame.drop(columns="org_sector").rename(
            columns={"label": col["sector"], "members": col["members"]}
        ),
        counts=(col["members"],),
        select="org_sector",
        records=records,
    )


# --- membership over the years, and how long members stay --------------------------------
def over_the_years(
    ctx: PageContext, by_year: pd.DataFrame, words: Labels, records: panels.Records
) -> None:
    """Members who joined, left and were active each year (`participation_by_year`)."""
    period = period_words(ctx)
    measures = {
        "joined": ctx.t("part_joined"),
        "left": ctx.t("part_left"),
        "active": ctx.t("part_active"),
    }
    long = by_year.melt(id_vars="year", value_vars=list(measures), var_name="measure")
    long["measure"] = long["measure"].map(measures)
    year_table = pd.DataFrame(
        {
            words.col["year"]: by_year["year"].astype(str),
            **{label: by_year[code] for code, label in measures.items()},
        }
    )
    panels.chart_panel(
        ctx,
        key="part_years",
        title=ctx.t("part_years_title"),
        caption=ctx.t("part_years_caption"),
        definition=ctx.t("part_years_definition"),
        chart=charts.yearly_bars(
            long,
            ctx.lang,
            ctx.t(
                "part_years_alt",
                period=period,
                joined=int(by_year["joined"].sum()),
                left=int(by_year["left"].sum()),
            ),
        ),
        table=year_table if long["value"].sum() else year_table.iloc[0:0],
        counts=tuple(measures.values()),
        records=records,
    )


def how_long(ctx: PageContext, stay: pd.DataFrame, words: Labels, records: panels.Records) -> None:
    """Members by years of membership, those who left and those still members
    (`participation_stay`)."""
    period = period_words(ctx)
    statuses = {False: ctx.t("part_stay_left"), True: ctx.t("part_stay_still")}
    stay_frame = pd.DataFrame(
        {
            "years_member": stay["years_member"],
            "status": [statuses[bool(flag)] for flag in stay["is_still_member"]],
            "members": stay["members"],
        }
    )
    stay_table = (
        stay_frame.pivot(index="years_member", columns="status", values="members")
        .reindex(columns=list(statuses.values()))
        .fillna(0)
        .astype(int)
        .reset_index()
        .rename(columns={"years_member": words.col["years_member"]})
    )
    panels.chart_panel(
        ctx,
        key="part_stay",
        title=ctx.t("part_stay_title"),
        caption=ctx.t("part_stay_caption", last=ctx.catalog.years[1]),
        definition=ctx.t("part_stay_definition", last=ctx.catalog.years[1]),
        chart=charts.stacked_bars(
            stay_frame,
            x="years_member",
            x_title=ctx.t("part_years_of_membership"),
            stack="status",
            stack_order=list(statuses.values()),
            value="members",
            value_title=ctx.t("part_members"),
            lang=ctx.lang,
            description=ctx.t(
                "part_stay_alt",
                period=period,
                one=int(stay_frame.loc[stay_frame["years_member"] == 1, "members"].sum()),
                total=int(stay_frame["members"].sum()),
            ),
        ),
        table=stay_table,
        counts=tuple(statuses.values()),
        records=records,
    )


def by_function(ctx: PageContext, people: People | None, words: Labels) -> None:
    """People by management function, small cells protected (None: not exported)."""
    period = period_words(ctx)
    title = ctx.t("part_people_title")
    if people is None:
        unavailable(ctx, title, ctx.t("part_people_caption", period=period), "people.csv")
        return
    col = words.col
    function_labels = [code_label("function", code, ctx.lang) for code in FUNCTIONS]
    totals = people.protected["total"].drop("total")
    people_frame = pd.DataFrame(
        {
            "label": function_labels,
            "people": [shown.low for shown in totals],
            "text": people.as_text["total"].drop("total").tolist(),
        }
    )
    people_table = people.as_text.rename(
        index=dict(zip(FUNCTIONS, function_labels, strict=True)) | {"total": col["total"]},
        columns=words.groups | {"total": col["total"]},
    )
    people_table = people_table.rename_axis(col["function"]).reset_index()
    panels.chart_panel(
        ctx,
        key="part_people",
        title=title,
        caption=ctx.t("part_people_caption", period=period),
        definition=ctx.t("part_people_definition"),
        chart=charts.text_bars(
            people_frame,
            label="label",
            value="people",
            text="text",
            value_title=ctx.t("part_people_axis"),
            lang=ctx.lang,
            description=ctx.t("part_people_alt", period=period, total=people.total),
        ),
        table=people_table if people.grand.high else people_table.iloc[0:0],
    )


# --- meetings: who came, how often, the thematic workshops -------------------------------
def attendance(
    ctx: PageContext, narrow: Mapping[str, object], words: Labels, kind: str | None = None
) -> panels.Records:
    """Who came to which meeting (of `kind`, or of any) in the selection, as a reader sees
    it: counted and paged in SQL (`participation_attendance`)."""
    col = words.col

    def shape(frame: pd.DataFrame) -> Table:
        return Table.of(
            pd.concat(
                [
                    org_card.meeting_rows(ctx, frame).reset_index(drop=True),
                    pd.DataFrame(
                        {
                            col["organization"]: frame["name"],
                            col["org_kind"]: code_labels_of("kind", frame["org_kind"], ctx.lang),
                            col["sector"]: labels_of(words.sectors, frame["sector"]),
                            col["size"]: labels_of(words.groups, frame["size_group"]),
                        }
                    ),
                ],
                axis=1,
            )
        )

    return panels.Records.asked(ctx, "participation_attendance", shape, meeting_kind=kind, **narrow)


def meetings_unavailable(ctx: PageContext, missing: str) -> None:
    """The four meeting sections when `missing` (meetings or attendance) was not exported."""
    period = period_words(ctx)
    for title, caption in (
        (ctx.t("part_meetings_title"), "part_meetings_caption"),
        (ctx.t("part_rate_size_title"), "part_rate_caption"),
        (ctx.t("part_rate_sector_title"), "part_rate_caption"),
        (ctx.t("part_workshops_title"), "part_workshops_caption"),
    ):
        unavailable(ctx, title, ctx.t(caption, period=period), f"{missing}.csv")


def meetings_over_time(
    ctx: PageContext, meetings: pd.DataFrame, attendance: panels.Records, words: Labels
) -> None:
    """Each meeting by date and kind, and how many organizations came."""
    period = period_words(ctx)
    lang = ctx.lang
    col = words.col
    kinds = words.meeting_kinds
    meeting_frame = pd.DataFrame(
        {
            "date": pd.to_datetime(meetings["date"]),
            "organizations": meetings["organizations"],
            "kind": [kinds[code] for code in meetings["kind"]],
            "title": meetings["title"].fillna(""),
        }
    )
    busiest = meetings.loc[meetings["organizations"].idxmax()] if len(meetings) else None
    caption = ctx.t("part_meetings_caption", period=period)
    if len(meeting_frame) > panels.MOST_POINTS:  # a nation's meetings: a point a month
        meeting_frame = by_month(meeting_frame, lang)
        caption += " " + ctx.t("part_meetings_by_month", count=fmt_int(len(meetings), lang))
    panels.chart_panel(
        ctx,
        key="part_meetings",
        title=ctx.t("part_meetings_title"),
        caption=caption,
        definition=ctx.t("part_meetings_definition"),
        chart=charts.dated_points(
            meeting_frame,
            date="date",
            value="organizations",
            series="kind",
            series_order=list(kinds.values()),
            value_title=ctx.t("part_organizations_axis"),
            lang=lang,
            description=ctx.t(
                "part_meetings_alt",
                count=len(meetings),
                period=period,
                busiest=kinds[busiest["kind"]] if busiest is not None else "–",
                date=fmt_date(busiest["date"], lang) if busiest is not None else "–",
                most=int(busiest["organizations"]) if busiest is not None else 0,
            ),
            tooltip=[("title", col["title"])],
        ),
        table=pd.concat(
            [
                org_card.meeting_rows(ctx, meetings),
                pd.DataFrame(
                    {
                        col["organizations"]: meetings["organizations"],
                        col["member_companies"]: meetings["member_companies"],
                    }
                ),
            ],
            axis=1,
        ),
        counts=(col["organizations"], col["member_companies"]),
        records=attendance,
    )


def by_month(meetings: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Meetings (`date`, `kind`, `organizations`, `title`) as one point per month and kind:
    the organizations that came on average, and how many meetings (as the point's title)."""
    month = meetings["date"].dt.to_period("M").dt.to_timestamp()
    grouped = meetings.assign(date=month).groupby(["date", "kind"], as_index=False, sort=True)
    monthly = grouped.agg(organizations=("organizations", "mean"), count=("title", "size"))
    monthly["title"] = [tn("part_meetings_in_month", n, lang) for n in monthly["count"]]
    return monthly.drop(columns="count")


def attendance_rate(ctx: PageContext, by: str, rate: pd.DataFrame, words: Labels) -> None:
    """How often members came, by size group or by sector (`by`: "size" or "sector";
    `rate`: `participation_attendance_rate` for it)."""
    period = period_words(ctx)
    lang = ctx.lang
    col = words.col
    names = words.groups if by == "size" else words.sectors
    if by == "size":
        rank = words.group_rank
        rate = rate.sort_values("grp", key=lambda codes: codes.map(rank))
    rate_frame = pd.DataFrame(
        {
            "label": [names.get(code, code) for code in rate["grp"]],
            "rate": rate["rate"],
            "text": [
                ctx.t(
                    "part_rate_text",
                    rate=fmt_pct(r.rate, lang),
                    attending=fmt_int(r.attending_years, lang),
                    active=fmt_int(r.member_years, lang),
                )
                for r in rate.itertuples()
            ],
        }
    )
    panels.chart_panel(
        ctx,
        key=f"part_rate_{by}",
        title=ctx.t("part_rate_size_title" if by == "size" else "part_rate_sector_title"),
        caption=ctx.t("part_rate_caption", period=period),
        definition=ctx.t("part_rate_definition"),
        chart=charts.text_bars(
            rate_frame,
            label="label",
            value="rate",
            text="text",
            value_title=ctx.t("part_rate_axis"),
            lang=lang,
            description=ctx.t(
                "part_rate_alt",
                period=period,
                figures="; ".join(f"{r.label}: {r.text}" for r in rate_frame.itertuples()),
            ),
            share=True,
        ),
        table=pd.DataFrame(
            {
                col["group"]: rate_frame["label"],
                col["member_years"]: rate["member_years"].to_numpy(),
                col["attending"]: rate["attending_years"].to_numpy(),
                col["rate"]: rate["rate"].to_numpy(),
            }
        ),
        counts=(col["member_years"], col["attending"]),
        shares=(col["rate"],),
    )


def workshops(
    ctx: PageContext, meetings: pd.DataFrame, attendance: panels.Records, words: Labels
) -> None:
    """The thematic workshops among `meetings`, and how many organizations came to each."""
    period = period_words(ctx)
    lang = ctx.lang
    col = words.col
    shown = meetings[meetings["kind"] == "thematic_workshop"].reset_index(drop=True)
    drawn = shown.head(panels.MOST_BARS)  # the first, by date
    workshop_frame = pd.DataFrame(
        {
            "meeting_id": drawn["meeting_id"],
            "label": [
                f"{fmt_date(d, lang)} · {theme or '–'}"
                for d, theme in zip(
                    drawn["date"],
                    ctx.catalog.labels_of("themes", drawn["theme"], lang),
                    strict=True,
                )
            ],
            "organizations": drawn["organizations"],
        }
    )
    panels.chart_panel(
        ctx,
        key="part_workshops",
        title=ctx.t("part_workshops_title"),
        caption=panels.most_bars(ctx, ctx.t("part_workshops_caption", period=period), len(shown)),
        definition=ctx.t("part_workshops_definition"),
        chart=charts.bars(
            workshop_frame,
            code="meeting_id",
            label="label",
            value="organizations",
            value_title=ctx.t("part_organizations_axis"),
            lang=lang,
            description=ctx.t("part_workshops_alt", count=len(shown), period=period),
            sort_by_value=False,
        ),
        table=pd.concat(
            [
                org_card.meeting_rows(ctx, shown),
                pd.DataFrame(
                    {
                        col["organizations"]: shown["organizations"],
                        col["names"]: shown["organization_names"].fillna(""),
                    }
                ),
            ],
            axis=1,
        ),
        counts=(col["organizations"],),
        records=attendance,
    )


# --- the laboratory's budget: membership fees ---------------------------------------------
def membership_fees(
    ctx: PageContext, fees: pd.DataFrame, narrow: Mapping[str, object], words: Labels
) -> None:
    """Fees by year and size group (`participation_fees`), each payment behind them
    (`participation_fee_records`)."""
    period = period_words(ctx)
    col = words.col
    groups = words.groups
    fees = fees.assign(rank=fees["size_group"].map(words.group_rank)).sort_values(["year", "rank"])
    fee_frame = pd.DataFrame(
        {
            "year": fees["year"],
            "group": [groups[code] for code in fees["size_group"]],
            "amount": fees["amount_eur"],
        }
    )
    stack_order = [label for code, label in groups.items() if code in set(fees["size_group"])]
    panels.chart_panel(
        ctx,
        key="part_fees",
        title=ctx.t("part_fees_title"),
        caption=ctx.t("part_fees_caption", period=period),
        definition=ctx.t("part_fees_definition"),
        chart=charts.stacked_bars(
            fee_frame,
            x="year",
            x_title=ctx.t("year"),
            stack="group",
            stack_order=stack_order,
            value="amount",
            value_title=ctx.t("part_fees_axis"),
            lang=ctx.lang,
            description=ctx.t(
                "part_fees_alt",
                period=period,
                total=fmt_eur(float(fees["amount_eur"].sum()), ctx.lang),
            ),
            money=True,
        ),
        table=pd.DataFrame(
            {
                col["year"]: fees["year"].astype(str),
                col["group"]: fee_frame["group"],
                col["organizations"]: fees["organizations"],
                col["amount"]: fees["amount_eur"],
            }
        ),
        counts=(col["organizations"],),
        money=(col["amount"],),
        records=panels.Records.asked(
            ctx,
            "participation_fee_records",
            lambda rows: Table.of(
                pd.DataFrame(
                    {
                        col["year"]: rows["year"].astype(str),
                        col["organization"]: rows["name"],
                        col["group"]: labels_of(groups, rows["size_group"]),
                        col["amount"]: rows["amount_eur"],
                    }
                ),
                money=(col["amount"],),
            ),
            **narrow,
        ),
    )


# --- the members, searchable, and a member's card ----------------------------------------
def member_list(ctx: PageContext, narrow: Mapping[str, object], total: int, words: Labels) -> None:
    """The members of the selection (`total` of them), searched and paged in SQL, and the
    card of the one picked."""
    lang = ctx.lang
    picker = Picker(param="org", prefix="part")
    st.header(ctx.t("part_members_title"))
    st.caption(ctx.t("part_members_caption", period=period_words(ctx)))
    with st.expander(ctx.t("how_counted")):
        st.markdown(ctx.t("part_members_definition"))
    search = panels.search_box(ctx.t("part_search"), key="part_search") or None
    found, count = ctx.page("participation_members", panels.MAX_ROWS, search=search, **narrow)
    org, table_key = picker.chosen(found["org_id"], count)
    card = ctx.query("participation_org", org_id=org) if org else None

    st.markdown(tn("part_found", count, lang, total=fmt_int(total, lang)))
    if found.empty:
        st.info(ctx.t("no_data"), icon=":material/filter_alt_off:")
    else:
        every = members(ctx, narrow, words, search)
        picker.table(ctx, every.first, found["org_id"], table_key, total=count)
        if not ctx.exported("project_partners"):
            st.caption(ctx.t("not_exported", file="project_partners.csv"))
        panels.csv_button(
            ctx,
            ctx.t("download_csv", what=ctx.t("part_members_title").lower()),
            every.whole,
            what=ctx.t("part_members_title"),
            key="part_members_csv",
        )
        names = dict(zip(found["org_id"], found["name"], strict=True))
        if card is not None and not card.empty:
            names.setdefault(org, card["name"].iloc[0])
        picker.choice(ctx.t("part_pick"), ctx.t("part_pick_placeholder"), names, org)

    if card is not None:
        org_card.show(ctx, org, card, picker)
