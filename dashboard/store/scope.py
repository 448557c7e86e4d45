"""What a figure taken away from the dashboard says about itself: whose data, which years
and filters, as of when, and whether it is made up. One wording for an image's notes and a
slide's footer."""

from __future__ import annotations

from dashboard.store.catalog import Catalog
from dashboard.store.filters import Filters, year_range
from dashboard.words.catalog import t
from dashboard.words.codes import size_choice_label
from dashboard.words.formats import fmt_date, fmt_years


def scope_lines(catalog: Catalog, filters: Filters, source: bool = True) -> list[str]:
    """In the filters' language: the network (or that the export does not name it), the
    years and the sector and size filters in force, as of when (the export's date, else its
    newest file's, said as such), the source unless `source` is false, and "synthetic"
    when the data is made up."""
    lang = filters.lang
    if catalog.network:
        network = t("chart_img_network", lang, network=catalog.network)
    else:
        network = t("chart_img_network_missing", lang)
    first, last = year_range(filters, catalog.years)
    sectors = (
        t(
            "chart_img_sectors",
            lang,
            sectors=", ".join(catalog.label("sectors", code, lang) for code in filters.sectors),
        )
        if filters.sectors
        else t("chart_img_all_sectors", lang)
    )
    sizes = (
        t(
            "chart_img_sizes",
            lang,
            sizes=", ".join(size_choice_label(code, lang) for code in filters.sizes),
        )
        if filters.sizes
        else t("chart_img_all_sizes", lang)
    )
    if catalog.exported_on:
        when = t("chart_img_as_of", lang, date=fmt_date(catalog.exported_on, lang))
    elif catalog.files_on is not None:
        when = t("chart_img_file_date", lang, date=fmt_date(catalog.files_on, lang))
    else:
        when = t("chart_img_no_date", lang)
    lines = [
        network,
        " · ".join([t("chart_img_period", lang, years=fmt_years(first, last)), sectors, sizes]),
        when,
    ]
    if source:
        lines.append(t("chart_img_source", lang))
    if catalog.synthetic:
        lines.append(t("chart_img_synthetic", lang))
    return lines
