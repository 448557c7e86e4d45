"""The forum's slides as data: one pure function from the export, the filters and the
language to the eight slides issue 11 lists, each with its one message, its figures as
formatted text, its chart (the analytic pages' own builders), the table behind the chart
and the definitions a presenter reads out.

The presentation mode on the Forum page, the PowerPoint deck and the PDF report all draw
these same slides, so the three cannot say different things. Every figure comes from a
query the analytic pages use; the highlight projects, a question no page asks, from
`queries/forum_highlights.sql`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from urllib.parse import urlencode

import altair as alt
import pandas as pd

from dashboard import settings
from dashboard.export.contract import SIZE_GROUPS
from dashboard.store import filters as flt
from dashboard.store.catalog import Catalog
from dashboard.store.scope import scope_lines
from dashboard.ui import charts, network
from dashboard.ui.tables import Table
from dashboard.words.catalog import t, tn
from dashboard.words.codes import code_label, code_labels
from dashboard.words.formats import fmt_eur, fmt_int, fmt_pct, fmt_period, fmt_signed, fmt_years

# the slides in their order; a slide's number is its place here, from 1
KEYS = (
    "headline",
    "participation",
    "projects",
    "partnerships",
    "network",
    "savings",
    "highlights",
    "road",
)
PATH = "/forum"  # the Forum page's path (dashboard/routes.py)


@dataclass(frozen=True)
class Figure:
    """A figure as it is shown: its label, its value formatted in the slide's language and
    an optional line beside it (the change on the year before, the estimates apart)."""

    label: str
    value: str
    note: str | None = None

    def text(self) -> str:
        """One line for notes and screen readers: "Label: value (note)"."""
        return f"{self.label}: {self.value}" + (f" ({self.note})" if self.note else "")


@dataclass(frozen=True)
class Slide:
    """One slide: `key` (one of `KEYS`), `number` from 1, a title, one message sentence,
    its figures, its chart (None when there is nothing to draw or the file was not
    exported), the table behind it (translated column names; what the "data" button and the
    report show) and the definitions that say how its figures are counted."""

    key: str
    number: int
    title: str
    message: str
    figures: tuple[Figure, ...]
    chart: alt.TopLevelMixin | None
    table: Table  # the frame and each column's type, for `ui.tables` and the report
    definitions: tuple[str, ...]

    @property
    def chart_alt(self) -> str:
        """The chart's name for screen readers (its description), or its title."""
        if self.chart is None:
            return ""
        description = charts.vega_lite(self.chart).get("description")
        return description or self.title


@dataclass(frozen=True)
class Deck:
    """The slides for one set of filters in one language.

    `years` are the selected years; the headline is about `year` (the last of them), the
    road covers `road` (from the first selected year, or from the export's first year
    when one year is selected). `footer` goes on every slide.
    """

    lang: str
    filters: flt.Filters
    years: tuple[int, int]
    road: tuple[int, int]
    title: str
    footer: str
    slides: tuple[Slide, ...]
    has_data: bool  # False when the selection holds no member, project or saving

    @property
    def year(self) -> int:
        return self.years[1]

    def link(self, number: int, base: str | None = None) -> str:
        """The Forum page presenting slide `number` for these filters: `base` (by default
        `CSR_PUBLIC_URL`) + `/forum?present=1&slide=N&years=…&sector=…&size=…&lang=…`."""
        base = settings.public_url() if base is None else base.rstrip("/")
        params = {"present": "1", "slide": str(number)}
        params |= flt.to_params(replace(self.filters, years=self.years))
        params.pop("lang", None)
        params["lang"] = self.lang  # last, as the issue writes the link
        return f"{base}{PATH}?{urlencode(params, safe=',-')}"

    def notes(self, slide: Slide) -> str:
        """A slide's speaker notes: its message, its figures, their definitions and the
        link to the same view."""
        lang = self.lang
        lines = [slide.message, "", t("deck_notes_figures", lang)]
        lines += [f"- {figure.text()}" for figure in slide.figures]
        lines += ["", t("deck_notes_definitions", lang), *slide.definitions, ""]
        lines.append(t("deck_link", lang, url=self.link(slide.number)))
        return "\n".join(lines)


def build_deck(
    ask: Callable[[str, dict], pd.DataFrame],
    filters: flt.Filters,
    catalog: Catalog,
    exported: frozenset[str] | set[str],
) -> Deck:
    """The eight slides for `filters` (their language included), each question put to
    `ask(name, params)` (`functools.partial(store.queries.query, cursor)`, or a page's kept
    answers); `exported` names the files the export holds (optional files may be missing)."""
    lang = filters.lang
    first, last = flt.year_range(filters, catalog.years)
    road = (first if first < last else catalog.years[0], last)
    params = flt.sql_params(filters, catalog.years)
    road_params = params | {"year_from": road[0], "year_to": road[1]}
    make = _Maker(ask, lang, (first, last), params, catalog, exported)
    slides = [
        make.headline(),
        make.participation(),
        make.projects(),
        make.partnerships(),
        make.network(),
        make.savings(),
        make.highlights(),
        make.road(road_params),
    ]
    numbered = tuple(replace(s, number=n) for n, s in enumerate(slides, start=1))
    return Deck(
        lang=lang,
        filters=filters,
        years=(first, last),
        road=road,
        title=t("deck_title", lang, year=last),
        footer=" · ".join(scope_lines(catalog, filters, source=False)),
        slides=numbered,
        has_data=make.has_data(),
    )


class _Maker:
    """Each slide from its queries; one method a slide, in order."""

    def __init__(self, ask, lang, years, params, catalog, exported):
        self.ask, self.lang, self.years = ask, lang, years
        self.params, self.catalog, self.exported = params, catalog, exported
        self.period = fmt_period(*years, lang)

    def q(self, name: str, **extra: object) -> pd.DataFrame:
        return self.ask(name, self.params | extra)

    def t(self, key: str, **params: object) -> str:
        return t(key, self.lang, **params)

    def slide(self, key: str, title: str, message: str, figures, chart, table, definitions):
        return Slide(key, 0, title, message, tuple(figures), chart, table, tuple(definitions))

    def missing(self, key: str, title: str, file: str, definitions) -> Slide:
        message = self.t("deck_msg_not_exported", file=file)
        return self.slide(key, title, message, (), None, Table(pd.DataFrame()), definitions)

    def has_data(self) -> bool:
        by_year = self.q("overview_by_year")
        chosen = by_year[by_year["year"] >= self.years[0]]
        measures = ["active_companies", "projects", "savings_verified", "savings_estimated"]
        return bool(len(chosen)) and bool(chosen[measures].to_numpy().sum())

    # 1
    def headline(self) -> Slide:
        lang, year = self.lang, self.years[1]
        per_year = self.q("overview_by_year").set_index("year")
        now = per_year.loc[year]

        def change(column: str, fmt=fmt_int) -> str | None:
            if year - 1 not in per_year.index:
                return None
            step = now[column] - per_year.at[year - 1, column]
            return self.t("deck_change", change=fmt_signed(step, lang, fmt), prev=year - 1)

        rows = [("forum_members", "active_companies", fmt_int, "forum_help_members")]
        rows.append(("forum_projects", "projects", fmt_int, "help_projects"))
        if "project_partners" in self.exported:
            rows.append(
                ("forum_partnership", "projects_in_partnership", fmt_int, "help_partnership")
            )
        if "savings" in self.exported:
            rows.append(("forum_savings", "savings_verified", fmt_eur, "help_savings"))
        if "meetings" in self.exported:
            rows.append(("forum_meetings", "meetings", fmt_int, "help_meetings"))
        figures = [
            Figure(self.t(label), fmt(now[column], lang), change(column, fmt))
            for label, column, fmt, _ in rows
        ]
        if "savings" in self.exported:
            figures.append(
                Figure(
                    self.t("sav_estimated"),
                    fmt_eur(now["savings_estimated"], lang),
                    change("savings_estimated", fmt_eur),
                )
            )
        shown = [y for y in (year - 1, year) if y in per_year.index]
        frame = pd.DataFrame({self.t("year"): [str(y) for y in shown]})
        for label, column, _, _ in rows:
            frame[self.t(label)] = [per_year.at[y, column] for y in shown]
        money = [self.t(label) for label, _, fmt, _ in rows if fmt is fmt_eur]
        if "savings" in self.exported:
            frame[self.t("sav_estimated")] = [per_year.at[y, "savings_estimated"] for y in shown]
            money.append(self.t("sav_estimated"))
        table = Table.of(frame, money=tuple(money))
        message = tn(
            "deck_msg_headline",
            int(now["active_companies"]),
            lang,
            year=year,
            projects=fmt_int(now["projects"], lang),
        )
        return self.slide(
            "headline",
            self.t("deck_headline_title", year=year),
            message,
            figures,
            None,
            table,
            [self.t(help_key) for *_, help_key in rows],
        )

    # 2
    def participation(self) -> Slide:
        lang = self.lang
        sizes = self.q("participation_by_size", drill_org_sector=None)
        groups = sizes[sizes["level"] == "group"].set_index("code")["members"]
        sectors = self.q("participation_by_sector", drill_org_size=None)
        involved = int(self.q("companies_involved")["companies_involved"].iloc[0])
        members = self.t("part_members")
        frame = pd.DataFrame(
            {
                "org_sector": sectors["sector"],
                "label": [self.catalog.label("sectors", c, lang) for c in sectors["sector"]],
                "members": sectors["members"],
            }
        )
        top = frame.sort_values("members", ascending=False, kind="stable").head(1)
        top_label = top["label"].iloc[0] if len(top) else "–"
        top_count = int(top["members"].iloc[0]) if len(top) else 0
        figures = [
            Figure(code_label("size_group", code, lang), fmt_int(groups.get(code, 0), lang))
            for code in SIZE_GROUPS
        ]
        chart = None
        if frame["members"].sum():
            chart = charts.bars(
                frame,
                code="org_sector",
                label="label",
                value="members",
                value_title=members,
                lang=lang,
                description=self.t(
                    "part_sector_alt", period=self.period, top=top_label, count=top_count
                ),
            )
        table = Table.of(
            frame.drop(columns="org_sector").rename(
                columns={"label": self.t("sector"), "members": members}
            ),
            counts=(members,),
        )
        message = tn(
            "deck_msg_participation",
            involved,
            lang,
            period=self.period,
            sector=top_label,
            count=fmt_int(top_count, lang),
        )
        return self.slide(
            "participation",
            self.t("deck_participation_title"),
            message,
            figures,
            chart,
            table,
            [self.t("deck_def_participation")],
        )

    # 3
    def projects(self) -> Slide:
        lang = self.lang
        frame = self.q("projects_by_category", drill_status=None)
        frame["label"] = [self.catalog.label("categories", c, lang) for c in frame["category"]]
        total = int(frame["projects"].sum())
        top = frame.sort_values("projects", ascending=False, kind="stable").iloc[0]
        count_word = self.t("proj_col_projects")
        chart = None
        if total:
            chart = charts.bars(
                frame[["category", "label", "projects"]],
                code="category",
                label="label",
                value="projects",
                value_title=count_word,
                lang=lang,
                description=self.t(
                    "proj_by_category_alt",
                    years=fmt_years(*self.years),
                    top=top["label"],
                    count=int(top["projects"]),
                ),
            )
        figures = [Figure(self.t("forum_all_projects"), fmt_int(total, lang))]
        if total:
            figures.append(
                Figure(self.t("deck_top_category"), top["label"], fmt_int(top["projects"], lang))
            )
        table = Table.of(
            pd.DataFrame(
                {self.t("proj_col_category"): frame["label"], count_word: frame["projects"]}
            ),
            counts=(count_word,),
        )
        message = tn(
            "deck_msg_projects",
            total,
            lang,
            period=self.period,
            category=top["label"],
            count=fmt_int(top["projects"], lang),
        )
        return self.slide(
            "projects",
            self.t("deck_projects_title"),
            message,
            figures,
            chart,
            table,
            [self.t("deck_def_projects"), self.t("help_projects")],
        )

    # 4
    def partnerships(self) -> Slide:
        lang = self.lang
        title = self.t("deck_partnerships_title")
        definitions = [self.t("deck_def_partnerships")]
        if "project_partners" not in self.exported:
            return self.missing("partnerships", title, "project_partners.csv", definitions)
        summary = self.q("partnerships_summary", drill_ptype=None).iloc[0]
        frame = self.q("partnerships_by_type")
        labels = code_labels("partnership_type", lang)
        frame["label"] = frame["ptype"].map(labels)
        partnered, projects = int(summary["projects_in_partnership"]), int(summary["projects"])
        across = int(summary["projects_across_sizes"])
        top = frame.loc[frame["projects"].idxmax()]
        count_word = self.t("pship_projects")
        chart = None
        if frame["projects"].sum():
            chart = charts.bars(
                frame[["ptype", "label", "projects"]],
                code="ptype",
                label="label",
                value="projects",
                value_title=count_word,
                lang=lang,
                description=self.t(
                    "pship_by_type_alt",
                    first=self.years[0],
                    last=self.years[1],
                    top=top["label"],
                    count=fmt_int(top["projects"], lang),
                ),
                sort_by_value=False,
            )
        share = fmt_pct(partnered / projects if projects else None, lang)
        figures = [
            Figure(self.t("forum_partnership"), fmt_int(partnered, lang)),
            Figure(self.t("deck_share_of_projects"), share),
            Figure(self.t("deck_across_sizes"), fmt_int(across, lang)),
        ]
        table = Table.of(
            pd.DataFrame(
                {
                    self.t("pship_type"): frame["label"],
                    count_word: frame["projects"],
                    self.t("pship_share"): frame["share"],
                }
            ),
            counts=(count_word,),
            shares=(self.t("pship_share"),),
        )
        message = tn(
            "deck_msg_partnerships",
            partnered,
            lang,
            period=self.period,
            share=share,
            ptype=top["label"],
        )
        definitions.append(self.t("help_partnership"))
        return self.slide("partnerships", title, message, figures, chart, table, definitions)

    # 5
    def network(self) -> Slide:
        lang = self.lang
        title = self.t("deck_network_title")
        definitions = [self.t("deck_def_network")]
        if "project_partners" not in self.exported:
            return self.missing("network", title, "project_partners.csv", definitions)
        nodes = network.with_names(self.q("partnerships_network_nodes", drill_ptype=None), lang)
        edges = self.q(
            "partnerships_network_edges", drill_ptype=None, businesses_only=False, among=None
        )
        hub = nodes.iloc[0] if len(nodes) else None
        chart = network.drawing(nodes, edges, lang, network.MOST_DRAWN) if len(nodes) else None
        figures = [
            Figure(self.t("deck_organizations"), fmt_int(len(nodes), lang)),
            Figure(self.t("deck_links"), fmt_int(len(edges), lang)),
        ]
        if hub is not None:
            figures.append(
                Figure(
                    self.t("deck_best_connected"),
                    hub["name"],
                    self.t("deck_partners_of", partners=fmt_int(hub["partners"], lang)),
                )
            )
        table = Table.of(
            pd.DataFrame(
                {
                    self.t("pship_organization"): nodes["name"],
                    self.t("pship_kind"): nodes["kind_label"],
                    self.t("pship_projects"): nodes["projects"],
                    self.t("pship_partners"): nodes["partners"],
                }
            ),
            counts=(self.t("pship_projects"), self.t("pship_partners")),
        )
        message = tn(
            "deck_msg_network",
            len(nodes),
            lang,
            period=self.period,
            top=hub["name"] if hub is not None else "–",
            partners=fmt_int(hub["partners"] if hub is not None else None, lang),
        )
        return self.slide("network", title, message, figures, chart, table, definitions)

    # 6
    def savings(self) -> Slide:
        lang = self.lang
        title = self.t("deck_savings_title")
        definitions = [self.t("deck_def_savings")]
        if "savings" not in self.exported:
            return self.missing("savings", title, "savings.csv", definitions)
        totals = self.q("savings_totals", drill_policy_area=None, drill_method=None).iloc[0]
        frame = self.q("savings_by_area", drill_method=None)
        areas = code_labels("policy_area", lang)
        verified_word, estimated_word = self.t("sav_verified"), self.t("sav_estimated")
        verified, estimated = float(totals["verified_eur"]), float(totals["estimated_eur"])
        labels = frame["policy_area"].map(areas)
        chart = charts.verified_and_estimated(
            frame,
            code="policy_area",
            labels=labels,
            words=(verified_word, estimated_word),
            value_title=self.t("sav_amount_axis"),
            lang=lang,
            description=self.t(
                "sav_area_alt",
                label=labels.iloc[0] if len(frame) else "–",
                amount=fmt_eur(frame["verified_eur"].iloc[0] if len(frame) else 0, lang),
            ),
        )
        figures = [
            Figure(self.t("forum_savings"), fmt_eur(verified, lang)),
            Figure(estimated_word, fmt_eur(estimated, lang)),
            Figure(self.t("deck_verified_share"), fmt_pct(totals["verified_share"], lang)),
        ]
        table = Table.of(
            pd.DataFrame(
                {
                    self.t("sav_col_area"): frame["policy_area"].map(areas),
                    verified_word: frame["verified_eur"],
                    estimated_word: frame["estimated_eur"],
                }
            ),
            money=(verified_word, estimated_word),
        )
        message = self.t(
            "deck_msg_savings",
            period=self.period,
            verified=fmt_eur(verified, lang),
            estimated=fmt_eur(estimated, lang),
        )
        return self.slide("savings", title, message, figures, chart, table, definitions)

    # 7
    def highlights(self) -> Slide:
        lang = self.lang
        frame = self.q("forum_highlights")
        marked = bool(frame["is_marked"].any())
        if frame.empty:
            message = self.t("deck_msg_highlights_none", period=self.period)
        elif marked:
            message = tn("deck_msg_highlights_marked", len(frame), lang)
        else:
            message = tn("deck_msg_highlights_top", len(frame), lang, period=self.period)
        figures = [
            Figure(
                row.title,
                fmt_eur(row.verified_eur, lang),
                self.t("deck_lead_of", lead=row.lead),
            )
            for row in frame.itertuples()
        ]
        verified_word = self.t("sav_verified")
        chart = None
        if "savings" in self.exported and frame["verified_eur"].sum() > 0:
            chart = charts.bars(
                frame[["project_id", "title", "verified_eur"]],
                code="project_id",
                label="title",
                value="verified_eur",
                value_title=verified_word,
                lang=lang,
                description=message,
                money=True,
            )
        table = Table.of(
            pd.DataFrame(
                {
                    self.t("proj_col_title"): frame["title"],
                    self.t("proj_col_lead"): frame["lead"],
                    self.t("proj_col_category"): [
                        self.catalog.label("categories", c, lang) for c in frame["category"]
                    ],
                    self.t("proj_col_start_year"): frame["start_year"].astype(str),
                    verified_word: frame["verified_eur"],
                    self.t("sav_estimated"): frame["estimated_eur"],
                }
            ),
            money=(verified_word, self.t("sav_estimated")),
        )
        return self.slide(
            "highlights",
            self.t("deck_highlights_title"),
            message,
            figures,
            chart,
            table,
            [self.t("deck_def_highlights")],
        )

    # 8
    def road(self, road_params: dict) -> Slide:
        lang = self.lang
        first, last = road_params["year_from"], road_params["year_to"]
        by_year = self.ask("overview_by_year", road_params)
        chosen = by_year[by_year["year"] >= first]
        involved = int(self.ask("companies_involved", road_params)["companies_involved"].iloc[0])
        measures = {
            "active_companies": self.t("active_members"),
            "projects": self.t("new_projects"),
        }
        if "project_partners" in self.exported:
            measures["projects_in_partnership"] = self.t("forum_partnership")
        long = chosen.melt(id_vars="year", value_vars=list(measures), var_name="measure")
        long["measure"] = long["measure"].map(measures)
        chart = None
        if long["value"].sum():
            chart = charts.yearly_bars(
                long, lang, self.t("forum_chart_alt", first=first, last=last)
            )
        frame = pd.DataFrame({self.t("year"): chosen["year"].astype(str)})
        for column, label in measures.items():
            frame[label] = chosen[column].to_numpy()
        table = Table.of(frame, counts=tuple(measures.values()))
        projects = int(chosen["projects"].sum())
        figures = [
            Figure(self.t("forum_involved"), fmt_int(involved, lang)),
            Figure(self.t("forum_all_projects"), fmt_int(projects, lang)),
        ]
        if "project_partners" in self.exported:
            partnered = int(chosen["projects_in_partnership"].sum())
            figures.append(Figure(self.t("forum_partnership"), fmt_int(partnered, lang)))
        if "savings" in self.exported:
            figures.append(
                Figure(
                    self.t("forum_savings"),
                    fmt_eur(chosen["savings_verified"].sum(), lang),
                    self.t(
                        "forum_estimated", amount=fmt_eur(chosen["savings_estimated"].sum(), lang)
                    ),
                )
            )
        message = tn(
            "deck_msg_road",
            involved,
            lang,
            first=first,
            last=last,
            projects=fmt_int(projects, lang),
        )
        return self.slide(
            "road",
            self.t("deck_road_title", first=first, last=last),
            message,
            figures,
            chart,
            table,
            [self.t("deck_def_road"), self.t("help_companies")],
        )
