"""The Forum page presenting: one slide at a time, alone on the screen, for a hall.

Presenting is a state of the Forum page held in the URL (`?present=1&slide=3`, and
`&auto=30` to move on by itself every 30 seconds, for a screen in the foyer), so a presenter
can rehearse, resume or send a slide. The slides are `forum.slides`, the same as the deck
and the report. Buttons move through them, and so do the keys a presenter's clicker sends
(arrows, space, Page Up/Down); Esc leaves. Every chart has its data a click away.
"""

from __future__ import annotations

import time

import duckdb
import streamlit as st

from dashboard.forum.pdf_report import build_pdf
from dashboard.forum.pptx_deck import build_pptx
from dashboard.forum.slides import Deck, Slide, build_deck
from dashboard.ui import charts, panels
from dashboard.ui.plain import plain
from dashboard.ui.shell import PageContext

PRESENT, SLIDE, AUTO = "present", "slide", "auto"
AUTO_RANGE = (5, 3600)  # seconds a foyer screen may wait on a slide
# The slide alone: no sidebar, no toolbar, no page chrome; sizes that follow the screen,
# 24 px at least on a 1920 px wide projection.
_STYLE = """<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
header[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
.st-key-present-keys { display: none !important; }
[data-testid="stMainBlockContainer"] {
  padding: 1.25vw 3vw 4.2vw !important; max-width: 100% !important; height: 100vh;
  box-sizing: border-box;
}
[data-testid="stMainBlockContainer"] > [data-testid="stVerticalBlock"] { height: 100%; }
[data-testid="stLayoutWrapper"]:has(> .st-key-present-slide),
[data-testid="stLayoutWrapper"]:has(> .st-key-present-chart) { flex: 1 1 0; min-height: 0; }
.st-key-present-slide, .st-key-present-chart { height: 100%; }
.st-key-present-slide h1 { font-size: max(2.9vw, 32px); padding: 0 0 0.2em; }
.st-key-present-slide p, .st-key-present-nav p, .st-key-present-foot p {
  font-size: max(1.25vw, 16px); line-height: 1.35;
}
.st-key-present-message p { font-size: max(1.67vw, 20px) !important; }
.st-key-present-slide [data-testid="stMetricValue"],
.st-key-present-slide [data-testid="stMetricValue"] * {
  font-size: max(3.1vw, 36px); line-height: 1.15;
}
.st-key-present-slide [data-testid="stMetricLabel"] p,
.st-key-present-slide [data-testid="stMetricDelta"],
.st-key-present-slide [data-testid="stMetricDelta"] * { font-size: max(1.25vw, 16px); }
.st-key-present-slide [data-testid="stMetricDelta"] svg { display: none; }
.st-key-present-nav [data-testid="stIconMaterial"], .st-key-present-nav kbd {
  font-size: max(1.25vw, 16px) !important;
}
.st-key-present-foot { position: fixed; left: 3vw; width: 94vw !important; bottom: 0.6vw; }
.st-key-present-foot p { color: #111; }
@media (max-width: 800px) {  /* a phone: the message and figures; the data a click away */
  [data-testid="stMainBlockContainer"] { height: auto; padding-bottom: 1rem !important; }
  [data-testid="stLayoutWrapper"]:has(> .st-key-present-slide) { flex: none; }
  .st-key-present-slide { height: auto; }
  [data-testid="stLayoutWrapper"]:has(> .st-key-present-chart) { display: none; }
  .st-key-present-foot { position: static; width: auto !important; }
}
</style>"""


def presenting() -> bool:
    return st.query_params.get(PRESENT) == "1"


def slide_number(count: int) -> int:
    """The slide the URL asks for, 1 to `count`; the first when it asks for none or another."""
    raw = st.query_params.get(SLIDE, "1")
    return int(raw) if raw.isdigit() and 1 <= int(raw) <= count else 1


def auto_seconds() -> int | None:
    """The foyer's pace the URL asks for (`auto=30`), within `AUTO_RANGE`; None otherwise."""
    raw = st.query_params.get(AUTO, "")
    low, high = AUTO_RANGE
    return int(raw) if raw.isdigit() and low <= int(raw) <= high else None


def deck_of(ctx: PageContext, cursor: duckdb.DuckDBPyConnection | None = None) -> Deck:
    """The slides of the page's filters, from the run's cursor or another one (a download
    is built after the run, in its own turn)."""
    return build_deck(ctx.asker(cursor), ctx.filters, ctx.catalog, ctx.export.result.exported)


def start_button(ctx: PageContext) -> None:
    st.button(
        ctx.t("present_start"),
        help=ctx.t("present_start_help"),
        icon=":material/slideshow:",
        type="primary",
        on_click=_go,
        args=(1,),
        key="present_start",
    )


def take_away(ctx: PageContext) -> None:
    """The deck and the report of the chosen filters, built only when asked for."""
    st.header(ctx.t("present_take_away"))
    st.caption(ctx.t("present_take_away_caption"))
    con = ctx.export.result.con

    def deck() -> Deck:  # built when the button is clicked, with a cursor of its own
        return deck_of(ctx, con.cursor())

    with st.container(horizontal=True, gap="small"):
        st.download_button(
            ctx.t("present_download_pptx"),
            lambda: build_pptx(deck()),
            file_name=ctx.file_name(ctx.t("file_forum_deck"), "pptx"),
            mime="application/vnd.openxmlformats-officedocument.presentationml.presentation",
            icon=":material/slideshow:",
            on_click="ignore",
            key="forum_pptx",
        )
        st.download_button(
            ctx.t("present_download_pdf"),
            lambda: build_pdf(deck())[0],
            file_name=ctx.file_name(ctx.t("file_forum_report"), "pdf"),
            mime="application/pdf",
            icon=":material/picture_as_pdf:",
            on_click="ignore",
            key="forum_pdf",
        )


def show(ctx: PageContext, deck: Deck) -> None:
    """The slide the URL names, alone on the screen, its controls and its footer."""
    st.html(_STYLE)
    count = len(deck.slides)
    number = slide_number(count)
    slide = deck.slides[number - 1]
    with st.container(key="present-slide"):
        _slide(ctx, slide)
    _controls(ctx, slide, count)
    with st.container(key="present-foot"):
        st.markdown(plain(deck.footer))
    if (seconds := auto_seconds()) is not None:
        _auto(number, count, seconds)


def _slide(ctx: PageContext, slide: Slide) -> None:
    st.title(slide.title)
    with st.container(key="present-message"):
        st.markdown(plain(slide.message))
    if slide.figures:
        with st.container(horizontal=True, gap="medium", key="present-figures"):
            for figure in slide.figures[: 3 if slide.chart is not None else 6]:
                st.metric(  # a figure may be a name (the best connected): all as text
                    plain(figure.label),
                    plain(figure.value),
                    delta=plain(figure.note) if figure.note else None,
                    delta_color="off",
                    delta_arrow="off",
                    width="stretch",
                )
    if slide.chart is not None:
        with st.container(key="present-chart"):  # what the text leaves of the screen
            st.vega_lite_chart(
                charts.projected(slide.chart),
                width="stretch",
                height="stretch",
                key=f"present_chart_{slide.key}",
            )


def _controls(ctx: PageContext, slide: Slide, count: int) -> None:
    number = slide.number
    previous, following = max(number - 1, 1), min(number + 1, count)
    with st.container(horizontal=True, vertical_alignment="center", key="present-nav"):
        st.button(
            ctx.t("present_previous"),
            icon=":material/arrow_back:",
            on_click=_go,
            args=(previous,),
            disabled=number == 1,
            shortcut="Left",
            key="present_previous",
        )
        st.markdown(ctx.t("present_count", number=number, count=count))
        st.button(
            ctx.t("present_next"),
            icon=":material/arrow_forward:",
            on_click=_go,
            args=(following,),
            disabled=number == count,
            shortcut="Right",
            key="present_next",
        )
        shown = not slide.table.frame.empty and st.button(
            ctx.t("present_data"), icon=":material/table:", key="present_data"
        )
        st.button(
            ctx.t("present_exit"),
            icon=":material/close:",
            on_click=_leave,
            shortcut="Esc",
            key="present_exit",
        )
    if shown:
        st.dialog(slide.title, width="large")(_data)(ctx, slide)
    # what a presenter's clicker sends, besides the arrows: never shown, always listening
    with st.container(key="present-keys"):
        for key, shortcut, target in (
            ("space", "Space", following),
            ("page_down", "PageDown", following),
            ("page_up", "PageUp", previous),
        ):
            st.button(
                shortcut, on_click=_go, args=(target,), shortcut=shortcut, key=f"present_{key}"
            )


def _data(ctx: PageContext, slide: Slide) -> None:
    """The data behind a slide's chart, and how its figures are counted (in a dialog)."""
    panels.data_table(ctx, slide.table, key=f"present_table_{slide.key}")
    st.markdown(f"**{ctx.t('present_definitions')}**")
    st.markdown("\n".join(f"- {plain(text)}" for text in slide.definitions))


def _auto(number: int, count: int, seconds: int) -> None:
    """Move on by itself every `seconds`, back to the first after the last."""
    state = st.session_state
    if state.get("present_shown", (None,))[0] != number:
        state["present_shown"] = (number, time.monotonic())

    def tick() -> None:
        shown, since = state["present_shown"]
        if time.monotonic() - since >= seconds - 0.5:
            st.query_params[SLIDE] = str(number % count + 1)
            st.rerun()

    st.fragment(tick, run_every=seconds)()


def _go(number: int) -> None:
    st.query_params[PRESENT] = "1"
    st.query_params[SLIDE] = str(number)


def _leave() -> None:
    for name in (PRESENT, SLIDE, AUTO):
        st.query_params.pop(name, None)
