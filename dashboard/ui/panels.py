"""What every chart and table on a page comes with, built once for all pages.

A panel is a chart (or a table) with a one-line caption of what it counts, its definition,
its data a click away, CSV/PNG/SVG downloads in the page's language, and the records behind
it. `Drill` turns a click on a bar into a page filter held in the URL, shown as a chip.
"""

from __future__ import annotations

import contextlib
import functools
import textwrap
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

import altair as alt
import pandas as pd
import streamlit as st

from dashboard.store.catalog import Catalog
from dashboard.store.filters import Filters
from dashboard.store.scope import scope_lines
from dashboard.ui import charts
from dashboard.ui.shell import PageContext
from dashboard.ui.tables import Table, as_table, csv_bytes, styled
from dashboard.words.catalog import tn
from dashboard.words.formats import MISSING, fmt_int


class Drill:
    """Page filters set by clicking a chart, e.g. `?category=environment`.

    Each filterable chart is drawn under `key(dim)`, which changes with the filter's value,
    so the chart starts unselected once its click has become a filter. The click itself is
    written to the URL by the chart's callback (`clicked`), before the page runs: reading
    the URL here never writes it.
    """

    def __init__(self, ctx: PageContext, dims: Mapping[str, tuple[str, Mapping[str, str]]]):
        """`dims`: URL name -> (its label, {allowed value: label}) in the page's language."""
        self.ctx = ctx
        self.dims = dims
        self.values: dict[str, str] = {}
        for dim, (_, allowed) in dims.items():
            value = st.query_params.get(dim)
            if value is not None and value in allowed:
                self.values[dim] = value

    def key(self, dim: str) -> str:
        value = self.values.get(dim)
        return f"{dim}_chart" + (f"_{value}" if value else "")

    def params(self) -> dict[str, str | None]:
        """SQL parameters `drill_<dim>`: the chosen value, or None for "no filter"."""
        return {f"drill_{dim}": self.values.get(dim) for dim in self.dims}

    def chips(self) -> None:
        """The active page filters, each a button that removes it."""
        if not self.values:
            return
        with st.container(horizontal=True, gap="small"):
            for dim, value in self.values.items():
                label, allowed = self.dims[dim]
                st.button(
                    f"{label}: {allowed[value]}",
                    icon=":material/close:",
                    key=f"chip_{dim}",
                    help=self.ctx.t("remove_filter"),
                    on_click=_remove_param,
                    args=(dim,),
                )


def clicked(key: str, dim: str) -> None:
    """A chart's click callback: the value of the bar clicked in the chart drawn under
    `key` becomes the page filter `dim` in the URL (the page checks it when it reads it).
    A click beside the bars selects nothing and changes nothing."""
    event = st.session_state.get(key) or {}
    points = (event.get("selection") or {}).get(dim) or []
    if points and points[0].get(dim) is not None:
        st.query_params[dim] = str(points[0][dim])


def search_box(label: str, key: str, param: str = "q") -> str:
    """A search field whose text lives in the URL (`?q=...`), so a shared link opens the
    same search; the text as typed, stripped."""
    st.text_input(
        label,
        value=st.query_params.get(param, ""),
        key=key,
        max_chars=100,
        on_change=_search_to_url,
        args=(key, param),
    )
    return st.session_state[key].strip()


def _search_to_url(key: str, param: str) -> None:
    text = st.session_state[key].strip()
    if text:
        st.query_params[param] = text
    else:
        _remove_param(param)


def _remove_param(name: str) -> None:
    if name in st.query_params:
        del st.query_params[name]


def slide_lines(catalog: Catalog, filters: Filters) -> list[str]:
    """What a downloaded image says under its title (`store.scope.scope_lines`), long
    lines wrapped."""
    return [part for line in scope_lines(catalog, filters) for part in textwrap.wrap(line, 110)]


def chart_panel(
    ctx: PageContext,
    *,
    key: str,
    title: str,
    caption: str,
    definition: str,
    chart: alt.TopLevelMixin | None,
    table: pd.DataFrame | Records,
    counts: tuple[str, ...] = (),
    money: tuple[str, ...] = (),
    shares: tuple[str, ...] = (),
    select: str | None = None,
    records: Records | pd.DataFrame | None = None,
    records_money: tuple[str, ...] = (),
) -> None:
    """A section: title, caption, the chart (clickable when `select` names its selection
    parameter), how it is counted, its data as a table, downloads, the records behind it
    (a frame, `records_money` its money columns, or `Records` paged in SQL).

    `table` is the chart's data with translated column names (or, for a ranking longer than
    a page, `Records` typed by the caller); an empty one gives a friendly empty state
    instead of an empty axis.
    """
    st.header(title)
    st.caption(caption)
    if not isinstance(table, Records):
        table = Records.of(Table.of(table, counts=counts, money=money, shares=shares))
    if not table.total:
        st.info(ctx.t("no_data"), icon=":material/filter_alt_off:")
        return
    if chart is not None:
        st.vega_lite_chart(
            charts.vega_lite(chart),
            key=key,
            on_select=functools.partial(clicked, key, select) if select else "ignore",
            selection_mode=[select] if select else None,
        )
    with st.expander(ctx.t("how_counted")):
        st.markdown(definition)
    with fold(ctx.t("show_table"), key=f"{key}_table_open") as shown:
        if shown:
            data_table(ctx, table.first, key=f"{key}_table", total=table.total)
    downloads(ctx, key, title, table.whole, chart)
    if records is not None:
        if not isinstance(records, Records):
            records = Records.of(Table.of(records, money=records_money))
        with fold(tn("show_records", records.total, ctx.lang), key=f"{key}_records_open") as shown:
            if shown:
                records_table(ctx, key, title, records)


@contextlib.contextmanager
def fold(label: str, *, key: str) -> Iterator[bool]:
    """An expander whose content runs only while it is open (opening it reruns the page):
    a page with a dozen tables folded away draws none of them. Yields whether it is open."""
    box = st.expander(label, key=key, on_change="rerun")
    with box:
        yield bool(box.open)


# rows a table sends to the browser: the rest are counted, and in the table's CSV
MAX_ROWS = 1_000


@dataclass(frozen=True)
class Records:
    """The rows behind a figure as the page holds them: the first `MAX_ROWS`, how many
    there are in all, and the whole list, asked for only when its CSV is clicked."""

    first: Table
    total: int
    whole: Callable[[], Table]

    @classmethod
    def of(cls, table: Table) -> Records:
        """Rows the page already holds whole."""
        return cls(table, len(table.frame), lambda: table)

    @classmethod
    def asked(
        cls,
        ctx: PageContext,
        name: str,
        shape: Callable[[pd.DataFrame], Table],
        **extra: object,
    ) -> Records:
        """The rows of `ctx.query(name, ...)` as `shape` shows them, counted and paged in
        SQL: a nation's 600,000 attendances never reach pandas to be shown 1,000 at a time."""
        first, total = ctx.page(name, MAX_ROWS, **extra)
        every = ctx.later(name, **extra)
        return cls(shape(first), total, lambda: shape(every()))


def records_table(
    ctx: PageContext, key: str, what: str, records: Records | Table | pd.DataFrame
) -> None:
    """The rows that make a figure, so an official can check it, and their CSV."""
    if not isinstance(records, Records):
        records = Records.of(as_table(records))
    data_table(ctx, records.first, key=f"{key}_records", total=records.total)
    csv_button(
        ctx,
        ctx.t("download_records_csv", what=what.lower()),
        records.whole,
        what=ctx.t("file_records", what=what),
        key=f"{key}_records_csv",
    )


# bars drawn at most where a chart has one bar an organization: past that, the first ones,
# and a caption that says so (the table lists them all)
MOST_BARS = 25
MOST_POINTS = 500  # points drawn at most where a chart has one point a meeting


def most_bars(ctx: PageContext, caption: str, total: int) -> str:
    """`caption`, saying so when a chart of one bar a row shows only `MOST_BARS` of
    `total`."""
    if total <= MOST_BARS:
        return caption
    return (
        caption
        + " "
        + ctx.t(
            "chart_most_bars", shown=fmt_int(MOST_BARS, ctx.lang), total=fmt_int(total, ctx.lang)
        )
    )


def data_table(
    ctx: PageContext,
    table: Table | pd.DataFrame,
    *,
    key: str,
    total: int | None = None,
    **kwargs: object,
) -> object:
    """A table, each cell by its column's type in the page's language, no index column;
    past `MAX_ROWS` rows, the first ones, and a line that counts them all (`total`, when
    `table` is already the first page of a longer list).

    The browser draws a missing cell itself, as "None" unless given a placeholder (the
    Styler's text for it is not used): "–", as every other missing value."""
    typed = as_table(table)
    total = len(typed.frame) if total is None else total
    if total > MAX_ROWS:
        st.caption(tn("table_first_rows", total, ctx.lang, shown=fmt_int(MAX_ROWS, ctx.lang)))
        typed = Table(typed.frame.head(MAX_ROWS), typed.kinds)
    return st.dataframe(
        styled(typed, ctx.lang), hide_index=True, key=key, placeholder=MISSING, **kwargs
    )


def csv_button(
    ctx: PageContext,
    label: str,
    table: Table | pd.DataFrame | Callable[[], Table],
    *,
    what: str,
    key: str,
) -> None:
    """The table as a CSV download, typed as on screen, named after `what` it holds in the
    page's language, with the years and the data's date. `table` may be a function that
    gives the whole table, for a list of which the page holds only the first rows."""
    st.download_button(
        label,
        lambda: csv_bytes(table() if callable(table) else table, ctx.lang),  # when clicked
        file_name=ctx.file_name(what, "csv"),
        mime="text/csv",
        icon=":material/download:",
        key=key,
        on_click="ignore",
    )


def downloads(
    ctx: PageContext,
    key: str,
    title: str,
    table: Table | pd.DataFrame | Callable[[], Table],
    chart: alt.TopLevelMixin | None,
) -> None:
    """CSV of the data; PNG and SVG of the chart, titled and sourced for slides, rendered
    offline only when asked for. `table` may be a function that gives the whole table, for
    a list of which the page holds only the first rows."""
    what = title.lower()
    with st.container(horizontal=True, gap="small"):
        csv_button(ctx, ctx.t("download_csv", what=what), table, what=title, key=f"{key}_csv")
        if chart is None:
            return

        def slide() -> alt.TopLevelMixin:
            return charts.for_slides(chart, title, slide_lines(ctx.catalog, ctx.filters))

        st.download_button(
            ctx.t("download_png", what=what),
            lambda: charts.to_png(slide()),
            file_name=ctx.file_name(title, "png"),
            mime="image/png",
            icon=":material/image:",
            key=f"{key}_png",
            on_click="ignore",
        )
        st.download_button(
            ctx.t("download_svg", what=what),
            lambda: charts.to_svg(slide()),
            file_name=ctx.file_name(title, "svg"),
            mime="image/svg+xml",
            icon=":material/image:",
            key=f"{key}_svg",
            on_click="ignore",
        )
