"""Participation: who the members are, how membership moves, who takes part, the
meetings and the fees, and a card for each member. The sections are in
`dashboard/views/sections/participation.py`."""

import streamlit as st

from dashboard.ui import panels, shell
from dashboard.views.sections import participation as part

ctx = shell.context()
shell.page_header(ctx, ctx.t("page_participation"))
words = part.labels(ctx)


# --- page filters: a click on the size or sector chart, SMEs split on demand -------------
def toggle_split() -> None:
    if st.session_state["part_split_sme"]:
        st.query_params["sme"] = "split"
    else:
        st.query_params.pop("sme", None)


drill = panels.Drill(
    ctx,
    {"org_size": (ctx.t("size"), words.sizes), "org_sector": (ctx.t("sector"), words.sectors)},
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

# --- the headline tiles -------------------------------------------------------------------
members = part.members(ctx, narrow, words)
by_year = ctx.query("participation_by_year", **narrow)
people = (
    part.people_counts(ctx, ctx.query("participation_people", **narrow), split, words.groups)
    if ctx.exported("people")
    else None
)
part.tiles(ctx, members.total, by_year, people)

# --- members by size group and by sector (each click narrows the rest of the page) -------
part.by_size(
    ctx,
    drill,
    ctx.query("participation_by_size", **narrow),
    split,
    words,
    part.records_beside(ctx, drill, narrow, members, words, "org_size"),
)
part.by_sector(
    ctx,
    drill,
    ctx.query("participation_by_sector", **narrow),
    words,
    part.records_beside(ctx, drill, narrow, members, words, "org_sector"),
)

# --- membership over the years, how long members stay, people by function ----------------
part.over_the_years(ctx, by_year, words, members)
part.how_long(ctx, ctx.query("participation_stay", **narrow), words, members)
part.by_function(ctx, people, words)

# --- meetings: who came, how often, the thematic workshops -------------------------------
missing = next((f for f in ("meetings", "attendance") if not ctx.exported(f)), None)
if missing:
    part.meetings_unavailable(ctx, missing)
else:
    meetings = ctx.query("participation_meetings", **narrow)
    part.meetings_over_time(ctx, meetings, part.attendance(ctx, narrow, words), words)
    for by in ("size", "sector"):
        rate = ctx.query("participation_attendance_rate", rate_by=by, **narrow)
        part.attendance_rate(ctx, by, rate, words)
    workshop_attendance = part.attendance(ctx, narrow, words, kind="thematic_workshop")
    part.workshops(ctx, meetings, workshop_attendance, words)

# --- the laboratory's budget: membership fees ---------------------------------------------
if ctx.exported("fees"):
    part.membership_fees(ctx, ctx.query("participation_fees", **narrow), narrow, words)
else:
    part.unavailable(
        ctx,
        ctx.t("part_fees_title"),
        ctx.t("part_fees_caption", period=part.period_words(ctx)),
        "fees.csv",
    )

# --- the members, searchable, and a member's card ----------------------------------------
part.member_list(ctx, narrow, members.total, words)
