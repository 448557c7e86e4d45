"""The frame around every page: filters held in the URL, the data notice, the report.

Pages call `context()` once at the top: it gives them the filters, the language, the export
and a cursor of their own for this run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from dashboard.export.problems import format_report
from dashboard.store import filters as flt
from dashboard.store.catalog import Catalog, Export
from dashboard.store.queries import query
from dashboard.ui import chrome
from dashboard.ui.answers import answer
from dashboard.ui.data import current_export
from dashboard.ui.plain import plain
from dashboard.words.catalog import LANGS, t, tn
from dashboard.words.codes import code_label, size_choice_label
from dashboard.words.formats import file_slug, fmt_date, fmt_int, fmt_period, fmt_signed

_STYLE = """<style>
[data-testid="stElementToolbar"]:focus-within { opacity: 1; }
[data-testid="stSidebar"][data-collapsed="true"] { visibility: hidden; }
[data-testid="stSidebarNavLink"]:focus-visible { outline: 3px solid #111; }
[data-testid="stLayoutWrapper"]:has(> [class*="st-key-kpi-"]) { flex: 1 1 15rem; min-width: 15rem; }
[class*="st-key-forum-"] [data-testid="stMetricValue"] { font-size: 4rem; line-height: 1.15; }
[class*="st-key-forum-"] [data-testid="stMetricLabel"] p { font-size: 1.3rem; }
[data-testid="stDownloadButton"] [data-testid="stMarkdownContainer"],
[data-testid="stDownloadButton"] [data-testid="stMarkdownContainer"] p {
  white-space: normal; overflow: visible; text-overflow: clip; text-align: left;
}
[data-testid="stFileUploaderDropzoneInstructions"] { display: none; }
[data-testid="stSlider"] [data-rac]:has(> div > input[type="range"]:focus-visible),
[data-testid="stMultiSelect"] [role="group"]:has(input:focus-visible) {
  outline: 3px solid #111; outline-offset: 2px;
}
</style>"""
_WIDGETS = {"lang": "f_lang", "years": "f_years", "sectors": "f_sector", "sizes": "f_size"}
# URL parameters that a click on a chart sets (`panels.Drill`), on every page; the reset
# button clears them with the sidebar's filters (tests/test_reset.py checks the list)
CHART_FILTERS = ("category", "status", "ptype", "org_size", "org_sector", "policy_area", "method")


@dataclass
class PageContext:
    export: Export
    filters: flt.Filters
    ignored: list[tuple[str, str, int]]  # URL parameters not understood: first value, count
    cursor: duckdb.DuckDBPyConnection

    @property
    def lang(self) -> str:
        return self.filters.lang

    @property
    def catalog(self) -> Catalog:
        return self.export.catalog

    @property
    def years(self) -> tuple[int, int]:
        return flt.year_range(self.filters, self.catalog.years)

    def t(self, key: str, **params: object) -> str:
        return t(key, self.lang, **params)

    def query(self, name: str, **extra: object) -> pd.DataFrame:
        """`queries/<name>.sql` with the global filters, plus the page's own parameters."""
        params = flt.sql_params(self.filters, self.catalog.years) | extra
        return answer(self.cursor, self._files, name, params)

    def page(self, name: str, limit: int, **extra: object) -> tuple[pd.DataFrame, int]:
        """The first `limit` rows of `query(name, ...)`, and how many it has in all."""
        params = flt.sql_params(self.filters, self.catalog.years) | extra
        return answer(self.cursor, self._files, name, params, limit)

    def asker(
        self, cursor: duckdb.DuckDBPyConnection | None = None
    ) -> Callable[[str, dict], pd.DataFrame]:
        """Questions with parameters of their own (no filters added), answered once for
        this export version, on the run's cursor or another (a download's, after the run)."""
        cursor = cursor or self.cursor
        return lambda name, params: answer(cursor, self._files, name, params)

    @property
    def _files(self) -> tuple[str, str]:
        """The export's folder and the fingerprint of its files: what its answers hang on."""
        return str(self.export.folder), self.export.fingerprint

    def later(self, name: str, **extra: object) -> Callable[[], pd.DataFrame]:
        """`query(name, ...)` to run after this run (a download's whole list, when it is
        clicked), on a cursor of its own."""
        params = flt.sql_params(self.filters, self.catalog.years) | extra
        con = self.export.result.con
        return lambda: query(con.cursor(), name, params)

    def file_name(self, what: str, ext: str) -> str:
        """A download's name in the page's language: what it holds, the years and as of
        when, e.g. `progetti-per-categoria_2009-2012_dati-al-2013-01-31.csv`."""
        first, last = self.years
        parts = [file_slug(what), str(first) if first == last else f"{first}-{last}"]
        if self.catalog.exported_on:
            parts.append(
                file_slug(self.t("file_data_as_of", date=f"{self.catalog.exported_on:%Y-%m-%d}"))
            )
        elif self.catalog.files_on:
            parts.append(
                file_slug(self.t("file_files_of", date=f"{self.catalog.files_on:%Y-%m-%d}"))
            )
        return "_".join(parts) + f".{ext}"

    @property
    def filter_words(self) -> str:
        """The sector and size filters in words, " (Ceramica, PMI)", or "" with none."""
        scope = [self.catalog.label("sectors", code, self.lang) for code in self.filters.sectors]
        scope += [size_choice_label(code, self.lang) for code in self.filters.sizes]
        return " (" + ", ".join(scope) + ")" if scope else ""

    def exported(self, table: str) -> bool:
        return table in self.export.result.exported

    def change(self, by_year: pd.DataFrame, column: str, fmt=None) -> str | None:
        """A tile's delta, '2012: 48, +4 on 2011': the last selected year of `by_year` (one
        row per `year`) against the year before, in `fmt` (counts unless given); None when
        the year before is not in the data."""
        fmt = fmt or fmt_int
        per_year = by_year.set_index("year")
        last = self.years[1]
        if last - 1 not in per_year.index:
            return None
        now, before = per_year.at[last, column], per_year.at[last - 1, column]
        step = fmt_signed(now - before, self.lang, fmt)
        return self.t("delta", year=last, value=fmt(now, self.lang), change=step, prev=last - 1)


def url_filters(export: Export) -> tuple[flt.Filters, list[tuple[str, str, int]]]:
    catalog = export.catalog
    sectors = catalog.labels["sectors"] if catalog else {}
    return flt.parse(st.query_params.to_dict(), sectors, catalog.years if catalog else None)


def context() -> PageContext:
    export = current_export()
    filters, ignored = url_filters(export)
    return PageContext(
        export=export, filters=filters, ignored=ignored, cursor=export.result.con.cursor()
    )


def head(lang: str) -> None:
    """The page's language for screen readers, Streamlit's own words in it, and the focus
    styles axe cannot check."""
    # one element, not two: each takes a row's gap above the title
    st.html(
        {
            "it": "<script>document.documentElement.lang='it'</script>",
            "en": "<script>document.documentElement.lang='en'</script>",
        }[lang]
        + chrome.script(),
        unsafe_allow_javascript=True,
    )
    st.html(_STYLE)


def _state_filters() -> flt.Filters | None:
    """The filters as the sidebar holds them in this session; None before it is drawn.

    A newly published export may cover other years or sectors: what the session held
    that it no longer has is dropped, so the widgets start again from what exists.
    """
    state = st.session_state
    if _WIDGETS["lang"] not in state:
        return None
    catalog = current_export().catalog
    years = tuple(state[_WIDGETS["years"]]) if _WIDGETS["years"] in state else None
    if years is not None and not catalog.years[0] <= years[0] <= years[-1] <= catalog.years[1]:
        del state[_WIDGETS["years"]]
        years = None
    sectors = tuple(state.get(_WIDGETS["sectors"], ()))
    if any(code not in catalog.labels["sectors"] for code in sectors):
        sectors = tuple(code for code in sectors if code in catalog.labels["sectors"])
        state[_WIDGETS["sectors"]] = list(sectors)
    return flt.Filters(
        lang=state[_WIDGETS["lang"]],
        years=None if years == catalog.years else years,
        sectors=sectors,
        sizes=tuple(state.get(_WIDGETS["sizes"], ())),
    )


def _put_in_url(filters: flt.Filters) -> None:
    """The global filters into the URL; a page's own parameters stay."""
    own = {k: v for k, v in st.query_params.to_dict().items() if k not in flt.GLOBAL_PARAMS}
    wanted = own | flt.to_params(filters)
    if st.query_params.to_dict() != wanted:
        st.query_params.from_dict(wanted)


def _write_url() -> None:
    """Widgets changed: the URL takes their values, so a copied link opens this view."""
    _put_in_url(_state_filters())


def restore_url() -> None:
    """Moving to another page drops the query string: put the session's filters back, so
    the page shows them and a link copied from it opens the same view."""
    filters = _state_filters()
    if filters is not None:
        _put_in_url(filters)


def _chart_filtered() -> bool:
    """Whether a chart click filters the page (its callback has put it in the URL)."""
    return any(name in st.query_params for name in CHART_FILTERS)


def _reset() -> None:
    """Every filter off: the sidebar's and the page's chart clicks."""
    for field in ("years", "sectors", "sizes"):
        st.session_state.pop(_WIDGETS[field], None)
    for name in CHART_FILTERS:
        st.session_state.pop(f"{name}_chart", None)  # so the chart is drawn unselected
        st.query_params.pop(name, None)
    _put_in_url(_state_filters())


def sidebar(filters: flt.Filters, catalog: Catalog) -> None:
    """The global filters; their state starts from the URL and goes back into it."""
    lang = filters.lang
    first, last = catalog.years
    with st.sidebar:
        st.segmented_control(
            t("language", lang),
            LANGS,
            format_func=lambda code: code_label("language", code, lang),
            default=lang,
            key=_WIDGETS["lang"],
            on_change=_write_url,
            required=True,
        )
        st.header(t("filters", lang))
        if first < last:
            st.select_slider(
                t("years", lang),
                options=list(range(first, last + 1)),
                value=filters.years or (first, last),
                key=_WIDGETS["years"],
                on_change=_write_url,
            )
        st.multiselect(
            t("sector", lang),
            list(catalog.labels["sectors"]),
            format_func=lambda code: catalog.label("sectors", code, lang),
            default=list(filters.sectors),
            key=_WIDGETS["sectors"],
            on_change=_write_url,
            placeholder=t("all", lang),
            select_all=False,  # Streamlit's "Select all" is English, and empty means all
        )
        st.multiselect(
            t("size", lang),
            flt.SIZE_CHOICES,
            format_func=lambda code: size_choice_label(code, lang),
            default=list(filters.sizes),
            key=_WIDGETS["sizes"],
            on_change=_write_url,
            placeholder=t("all", lang),
            select_all=False,  # Streamlit's "Select all" is English, and empty means all
        )
        st.button(
            t("reset_filters", lang),
            key="reset_filters",
            on_click=_reset,
            disabled=not (filters.by_organization or filters.years or _chart_filtered()),
        )


def page_header(ctx: PageContext, title: str) -> None:
    """The page's one h1, then what every page says about its data: synthetic or not,
    whose, as of when, whom to ask, and any part of the link that was not understood."""
    catalog, lang = ctx.catalog, ctx.lang
    st.title(title)
    if catalog.synthetic:
        st.warning(t("synthetic", lang), icon=":material/science:")
    facts = [plain(catalog.network)] if catalog.network else []
    if catalog.exported_on:
        facts.append(t("data_as_of", lang, date=fmt_date(catalog.exported_on, lang)))
    elif not catalog.has_export_info:  # say what is known, and what is missing
        facts.append(
            t("files_as_of", lang, date=fmt_date(catalog.files_on, lang))
            if catalog.files_on
            else t("no_export_info", lang)
        )
    if catalog.contact:
        facts.append(t("contact", lang, contact=plain(catalog.contact)))
    if facts:
        st.markdown(" · ".join(facts))  # not a caption: its faded link fails contrast
    for name, value, count in ctx.ignored:
        st.info(
            tn("ignored_param", count, lang, name=plain(name), value=plain(value)),
            icon=":material/info:",
        )


def intro(ctx: PageContext, key: str) -> None:
    """The page's first sentence: what it shows, for which years and filters."""
    first, last = ctx.years
    st.markdown(
        ctx.t(key, period=fmt_period(first, last, ctx.lang), filters=plain(ctx.filter_words))
    )


def tile(
    label: str,
    value: str,
    delta: str | None,
    help: str,
    note: str | None = None,
    key: str | None = None,
) -> None:
    """A KPI: the figure, its last-year change in words, how it is counted, a note.

    Tiles share a row and wrap below a readable width (see `_STYLE`), so a label or a
    change is never cut short on a laptop or a phone.
    """
    with st.container(border=True, key=f"kpi-{key or label}"):
        st.metric(label, value, delta=delta, delta_color="off", delta_arrow="off", help=help)
        if note:
            st.caption(note)


def report(export: Export, lang: str) -> None:
    """An invalid export: the problems, as the coordinator's tools print them."""
    problems = export.result.problems
    st.title(t("invalid_title", lang))
    st.error(
        t("invalid_intro", lang, folder=plain(_shown_folder(export.folder)), count=len(problems)),
        icon=":material/error:",
    )
    st.code("\n".join(format_report(problems, lang)), language=None, wrap_lines=True)
    st.markdown(t("invalid_hint", lang))


def unreadable(folder: Path, lang: str, reason: str) -> None:
    st.title(t("unreadable_title", lang))
    st.error(f"{plain(_shown_folder(folder))}: {plain(reason)}", icon=":material/error:")


def _shown_folder(folder: Path) -> str:
    return folder.name or str(folder)
