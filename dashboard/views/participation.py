"""Participation: who the members are, how membership moves, who takes part, the
meetings and the fees, and a card for each member."""

import pandas as pd
import streamlit as st

from dashboard.store.filters import SIZE_CHOICES, SME_PARTS
from dashboard.ui import charts, panels, privacy, shell
from dashboard.ui.picker import Picker
from dashboard.ui.tables import Table
from dashboard.views.cards import organization as org_card
from dashboard.words.catalog import tn
from dashboard.words.codes import code_label, code_labels, size_choice_label
from dashboard.words.formats import fmt_date, fmt_eur, fmt_int, fmt_pct, fmt_period

ctx = shell.context()
lang = ctx.lang
first, last = ctx.years
period = fmt_period(first, last, lang)  # "nel 2011", "dal 2010 al 2012"
shell.page_header(ctx, ctx.t("page_participation"))

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
sectors = {code: ctx.catalog.label("sectors", code, lang) for code in ctx.catalog.labels["sectors"]}
sizes = {code: size_choice_label(code, lang) for code in SIZE_CHOICES}
groups = sizes | {"other": ctx.t("part_group_other")}
group_rank = {code: rank for rank, code in enumerate(groups)}  # size groups in reading order
meeting_kinds = code_labels("meeting_kind", lang)
COL = {
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
    "date": ctx.t("part_col_date"),
    "kind": ctx.t("part_col_kind"),
    "theme": ctx.t("part_col_theme"),
    "title": ctx.t("part_col_title"),
    "organizations": ctx.t("part_col_organizations"),
    "member_companies": ctx.t("part_col_member_companies"),
    "names": ctx.t("part_col_names"),
    "amount": ctx.t("part_col_amount"),
    "member_years": ctx.t("part_col_member_years"),
    "attending": ctx.t("part_col_attending"),
    "rate": ctx.t("part_col_rate"),
    "status": ctx.t("part_col_status"),
    "role": ctx.t("part_col_role"),
    "category": ctx.t("part_col_category"),
    "lead": ctx.t("part_col_lead"),
    "partners": ctx.t("part_col_partners"),
    "shared": ctx.t("part_col_shared"),
    "authority": ctx.t("part_col_authority"),
    "area": ctx.t("part_col_area"),
    "method": ctx.t("part_col_method"),
    "verified": ctx.t("part_col_verified"),
    "total": ctx.t("part_col_total"),
    "organization": ctx.t("part_col_organization"),
    "org_kind": ctx.t("part_col_org_kind"),
}


def theme_label(code: object) -> str:
    return ctx.catalog.label("themes", code, lang) if isinstance(code, str) else "–"


def unavailable(title: str, caption: str, file: str) -> None:
    """A section whose optional file was not exported: it says so, never a 0."""
    st.header(title)
    st.caption(caption)
    st.info(ctx.t("not_exported", file=file), icon=":material/cloud_off:")


# --- page filters: a click on the size or sector chart, SMEs split on demand -------------
def toggle_split() -> None:
    if st.session_state["part_split_sme"]:
        st.query_params["sme"] = "split"
    else:
        st.query_params.pop("sme", None)


drill = panels.Drill(
    ctx, {"org_size": (ctx.t("size"), sizes), "org_sector": (ctx.t("sector"), sectors)}
)
shell.intro(ctx, "part_intro")
drill.chips()
split = st.toggle(
    ctx.t("part_split_sme"),
    value=st.query_params.get("sme") == "split",
    key="part_split_sme",
    on_change=toggle_split,
    help=ctx.t("part_split_sme_help"),
)
narrow = drill.params() | {"split_sme": split}

members = ctx.query("participation_members", **narrow)
by_year = ctx.query("participation_by_year", **narrow)
people_exported = ctx.exported("people")
if people_exported:
    # protected by size part, whether or not SMEs are split (see dashboard/privacy.py)
    people = ctx.query("participation_people", **narrow)
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
    people_total = (
        fmt_int(grand.low, lang)
        if grand.low == grand.high
        else ctx.t("at_least", n=fmt_int(grand.low, lang))
    )


with st.container(horizontal=True, gap="medium"):
    shell.tile(
        ctx.t("part_kpi_members"),
        fmt_int(len(members), lang),
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
    if people_exported:
        shell.tile(
            ctx.t("part_kpi_people"),
            people_total,
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


def member_records(frame: pd.DataFrame) -> pd.DataFrame:
    """Members as a reader sees them: names, labels, years; partnerships only when the
    partners were exported."""
    shown = pd.DataFrame(
        {
            COL["name"]: frame["name"],
            COL["sector"]: [sectors.get(code, code) for code in frame["sector"]],
            COL["size"]: [
                sizes[size if group == "sme" else group]
                for group, size in zip(frame["size_group"], frame["size"], strict=True)
            ],
            COL["municipality"]: frame["municipality"],
            COL["joined"]: frame["joined_year"].astype(str),
            COL["left"]: [str(int(y)) if pd.notna(y) else None for y in frame["left_year"]],
            COL["years_member"]: frame["years_member"],
            COL["projects_led"]: frame["projects_led"],
            COL["partnerships"]: frame["partnerships"],
        }
    )
    if not ctx.exported("project_partners"):
        shown = shown.drop(columns=COL["partnerships"])
    return shown


records = member_records(members)


def records_beside(dim: str) -> pd.DataFrame:
    """The members behind a clickable chart: it is not narrowed by its own click."""
    if dim not in drill.values:
        return records
    return member_records(ctx.query("participation_members", **(narrow | {f"drill_{dim}": None})))


# --- members by size group and by sector (each click narrows the rest of the page) -------
by_size = ctx.query("participation_by_size", **narrow)
by_size = by_size[by_size["code"] != "sme"] if split else by_size[by_size["level"] == "group"]
size_frame = pd.DataFrame(
    {
        "org_size": by_size["code"],
        "label": [sizes[code] for code in by_size["code"]],
        "members": by_size["members"],
    }
)
size_table = size_frame.drop(columns="org_size").rename(
    columns={"label": COL["size"], "members": COL["members"]}
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
        lang=lang,
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
    counts=(COL["members"],),
    select="org_size",
    records=records_beside("org_size"),
)

by_sector = ctx.query("participation_by_sector", **narrow)
sector_frame = pd.DataFrame(
    {
        "org_sector": by_sector["sector"],
        "label": [sectors.get(code, code) for code in by_sector["sector"]],
        "members": by_sector["members"],
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
        lang=lang,
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
        columns={"label": COL["sector"], "members": COL["members"]}
    ),
    counts=(COL["members"],),
    select="org_sector",
    records=records_beside("org_sector"),
)

# --- membership over the years, and how long members stay --------------------------------
measures = {
    "joined": ctx.t("part_joined"),
    "left": ctx.t("part_left"),
    "active": ctx.t("part_active"),
}
long = by_year.melt(id_vars="year", value_vars=list(measures), var_name="measure")
long["measure"] = long["measure"].map(measures)
year_table = pd.DataFrame(
    {
        COL["year"]: by_year["year"].astype(str),
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
        lang,
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

stay = ctx.query("participation_stay", **narrow)
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
    .rename(columns={"years_member": COL["years_member"]})
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
        lang=lang,
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

# --- people: counts by management function, small cells protected -----------------------
people_title = ctx.t("part_people_title")
if not people_exported:
    unavailable(people_title, ctx.t("part_people_caption", period=period), "people.csv")
else:
    function_labels = [code_label("function", code, lang) for code in FUNCTIONS]
    totals = protected["total"].drop("total")
    people_frame = pd.DataFrame(
        {
            "label": function_labels,
            "people": [shown.low for shown in totals],
            "text": as_text["total"].drop("total").tolist(),
        }
    )
    people_table = as_text.rename(
        index=dict(zip(FUNCTIONS, function_labels, strict=True)) | {"total": COL["total"]},
        columns=groups | {"total": COL["total"]},
    )
    people_table = people_table.rename_axis(COL["function"]).reset_index()
    panels.chart_panel(
        ctx,
        key="part_people",
        title=people_title,
        caption=ctx.t("part_people_caption", period=period),
        definition=ctx.t("part_people_definition"),
        chart=charts.text_bars(
            people_frame,
            label="label",
            value="people",
            text="text",
            value_title=ctx.t("part_people_axis"),
            lang=lang,
            description=ctx.t("part_people_alt", period=period, total=people_total),
        ),
        table=people_table if grand.high else people_table.iloc[0:0],
    )


# --- meetings: who came, how often, the thematic workshops -------------------------------
def attendance_records(frame: pd.DataFrame) -> pd.DataFrame:
    return pd.concat(
        [
            org_card.meeting_rows(ctx, frame).reset_index(drop=True),
            pd.DataFrame(
                {
                    COL["organization"]: frame["name"],
                    COL["org_kind"]: [code_label("kind", k, lang) for k in frame["org_kind"]],
                    COL["sector"]: [sectors.get(c) for c in frame["sector"].fillna("")],
                    COL["size"]: [groups.get(c) for c in frame["size_group"].fillna("")],
                }
            ),
        ],
        axis=1,
    )


meetings_title = ctx.t("part_meetings_title")
rate_titles = (ctx.t("part_rate_size_title"), ctx.t("part_rate_sector_title"))
workshops_title = ctx.t("part_workshops_title")
missing = next((f for f in ("meetings", "attendance") if not ctx.exported(f)), None)
if missing:
    for title, caption in (
        (meetings_title, "part_meetings_caption"),
        (rate_titles[0], "part_rate_caption"),
        (rate_titles[1], "part_rate_caption"),
        (workshops_title, "part_workshops_caption"),
    ):
        unavailable(title, ctx.t(caption, period=period), f"{missing}.csv")
else:
    meetings = ctx.query("participation_meetings", **narrow)
    attendance = attendance_records(ctx.query("participation_attendance", **narrow))
    meeting_frame = pd.DataFrame(
        {
            "date": pd.to_datetime(meetings["date"]),
            "organizations": meetings["organizations"],
            "kind": [meeting_kinds[code] for code in meetings["kind"]],
            "title": meetings["title"].fillna(""),
        }
    )
    busiest = meetings.loc[meetings["organizations"].idxmax()] if len(meetings) else None
    panels.chart_panel(
        ctx,
        key="part_meetings",
        title=meetings_title,
        caption=ctx.t("part_meetings_caption", period=period),
        definition=ctx.t("part_meetings_definition"),
        chart=charts.dated_points(
            meeting_frame,
            date="date",
            value="organizations",
            series="kind",
            series_order=list(meeting_kinds.values()),
            value_title=ctx.t("part_organizations_axis"),
            lang=lang,
            description=ctx.t(
                "part_meetings_alt",
                count=len(meetings),
                period=period,
                busiest=meeting_kinds[busiest["kind"]] if busiest is not None else "–",
                date=fmt_date(busiest["date"], lang) if busiest is not None else "–",
                most=int(busiest["organizations"]) if busiest is not None else 0,
            ),
            tooltip=[("title", COL["title"])],
        ),
        table=pd.concat(
            [
                org_card.meeting_rows(ctx, meetings),
                pd.DataFrame(
                    {
                        COL["organizations"]: meetings["organizations"],
                        COL["member_companies"]: meetings["member_companies"],
                    }
                ),
            ],
            axis=1,
        ),
        counts=(COL["organizations"], COL["member_companies"]),
        records=attendance,
    )

    for by, title in zip(("size", "sector"), rate_titles, strict=True):
        rate = ctx.query("participation_attendance_rate", rate_by=by, **narrow)
        names = groups if by == "size" else sectors
        if by == "size":
            rate = rate.sort_values("grp", key=lambda codes: codes.map(group_rank))
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
            title=title,
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
                    COL["group"]: rate_frame["label"],
                    COL["member_years"]: rate["member_years"].to_numpy(),
                    COL["attending"]: rate["attending_years"].to_numpy(),
                    COL["rate"]: rate["rate"].to_numpy(),
                }
            ),
            counts=(COL["member_years"], COL["attending"]),
            shares=(COL["rate"],),
        )

    workshops = meetings[meetings["kind"] == "thematic_workshop"].reset_index(drop=True)
    workshop_frame = pd.DataFrame(
        {
            "meeting_id": workshops["meeting_id"],
            "label": [
                f"{fmt_date(d, lang)} · {theme_label(t)}"
                for d, t in zip(workshops["date"], workshops["theme"], strict=True)
            ],
            "organizations": workshops["organizations"],
        }
    )
    panels.chart_panel(
        ctx,
        key="part_workshops",
        title=workshops_title,
        caption=ctx.t("part_workshops_caption", period=period),
        definition=ctx.t("part_workshops_definition"),
        chart=charts.bars(
            workshop_frame,
            code="meeting_id",
            label="label",
            value="organizations",
            value_title=ctx.t("part_organizations_axis"),
            lang=lang,
            description=ctx.t("part_workshops_alt", count=len(workshops), period=period),
            sort_by_value=False,
        ),
        table=pd.concat(
            [
                org_card.meeting_rows(ctx, workshops),
                pd.DataFrame(
                    {
                        COL["organizations"]: workshops["organizations"],
                        COL["names"]: workshops["organization_names"].fillna(""),
                    }
                ),
            ],
            axis=1,
        ),
        counts=(COL["organizations"],),
        records=attendance[attendance[COL["kind"]] == meeting_kinds["thematic_workshop"]],
    )

# --- the laboratory's budget: membership fees ---------------------------------------------
fees_title = ctx.t("part_fees_title")
if not ctx.exported("fees"):
    unavailable(fees_title, ctx.t("part_fees_caption", period=period), "fees.csv")
else:
    fees = ctx.query("participation_fees", **narrow)
    fee_records = ctx.query("participation_fee_records", **narrow)
    fees = fees.assign(rank=fees["size_group"].map(group_rank)).sort_values(["year", "rank"])
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
        title=fees_title,
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
            lang=lang,
            description=ctx.t(
                "part_fees_alt", period=period, total=fmt_eur(float(fees["amount_eur"].sum()), lang)
            ),
            money=True,
        ),
        table=pd.DataFrame(
            {
                COL["year"]: fees["year"].astype(str),
                COL["group"]: fee_frame["group"],
                COL["organizations"]: fees["organizations"],
                COL["amount"]: fees["amount_eur"],
            }
        ),
        counts=(COL["organizations"],),
        money=(COL["amount"],),
        records=pd.DataFrame(
            {
                COL["year"]: fee_records["year"].astype(str),
                COL["organization"]: fee_records["name"],
                COL["group"]: [groups[code] for code in fee_records["size_group"]],
                COL["amount"]: fee_records["amount_eur"],
            }
        ),
        records_money=(COL["amount"],),
    )


# --- the members, searchable, and a member's card ----------------------------------------
picker = Picker(param="org", prefix="part")
st.header(ctx.t("part_members_title"))
st.caption(ctx.t("part_members_caption", period=period))
with st.expander(ctx.t("how_counted")):
    st.markdown(ctx.t("part_members_definition"))
search = panels.search_box(ctx.t("part_search"), key="part_search").casefold()
found = members
if search:
    haystack = (members["name"] + " " + members["municipality"].fillna("")).str.casefold()
    found = members[haystack.str.contains(search, regex=False)].reset_index(drop=True)
org, table_key = picker.chosen(found["org_id"])
card = ctx.query("participation_org", org_id=org) if org else None

st.markdown(tn("part_found", len(found), lang, total=fmt_int(len(members), lang)))
if found.empty:
    st.info(ctx.t("no_data"), icon=":material/filter_alt_off:")
else:
    shown = member_records(found)
    counted = [COL["years_member"], COL["projects_led"], COL["partnerships"]]
    typed = Table.of(shown, counts=tuple(c for c in counted if c in shown.columns))
    picker.table(ctx, typed, table_key)
    if not ctx.exported("project_partners"):
        st.caption(ctx.t("not_exported", file="project_partners.csv"))
    panels.csv_button(
        ctx,
        ctx.t("download_csv", what=ctx.t("part_members_title").lower()),
        typed,
        stem="part_members",
        key="part_members_csv",
    )
    names = dict(zip(found["org_id"], found["name"], strict=True))
    if card is not None and not card.empty:
        names.setdefault(org, card["name"].iloc[0])
    picker.choice(ctx.t("part_pick"), ctx.t("part_pick_placeholder"), names, org)

if card is not None:
    org_card.show(ctx, org, card, picker)
