"""`python -m dashboard.deck --year 2012 --lang it --out deck.pptx` (or `report.pdf`): the
forum's deck or report, prepared ahead from the export the dashboard shows.

Exit code 0 when the file is written, 1 when the export has no data for those years and
filters, 2 when the export cannot be read (or is not valid) or an argument is wrong.
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
from pathlib import Path

from dashboard.export import database
from dashboard.export.read import ExportUnreadable
from dashboard.publishing.home import default_data_dir
from dashboard.store import filters as flt
from dashboard.store.catalog import read_catalog
from dashboard.store.queries import query
from dashboard.words.catalog import DEFAULT_LANG, LANGS, t, tn
from dashboard.words.formats import fmt_years

FORMATS = (".pptx", ".pdf")
_YEARS = re.compile(r"^(\d{4})(?:-(\d{4}))?$")


def parser() -> argparse.ArgumentParser:
    made = argparse.ArgumentParser(prog="python -m dashboard.deck", description=__doc__)
    made.add_argument("--year", help="the forum's year (2012) or years (2010-2012); default: last")
    made.add_argument("--lang", choices=LANGS, default=DEFAULT_LANG)
    made.add_argument("--sector", default="", help="sector codes, comma-separated, as in the URL")
    made.add_argument("--size", default="", help="size groups or sizes, comma-separated")
    made.add_argument("--out", type=Path, required=True, help="deck.pptx or report.pdf")
    return made


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    lang = args.lang
    out: Path = args.out
    if out.suffix.lower() not in FORMATS:
        return _wrong(t("deck_bad_out", lang, out=out))
    wanted = None
    if args.year is not None:
        match = _YEARS.match(args.year.strip())
        if not match or int(match.group(2) or match.group(1)) < int(match.group(1)):
            return _wrong(t("deck_bad_years", lang, value=args.year))
        wanted = (int(match.group(1)), int(match.group(2) or match.group(1)))

    folder = default_data_dir()
    try:
        result = database.staged(folder)  # as the dashboard reads it: staged once
    except ExportUnreadable as error:
        return _wrong(t("validate_unreadable", lang, error=error))
    if not result.ok:
        problems = tn("n_problems", len(result.problems), lang)
        return _wrong(t("deck_invalid", lang, folder=folder, problems=problems))
    catalog = read_catalog(result, folder)
    if catalog.years is None:
        return _no_data(lang, fmt_years(*wanted) if wanted else "–", folder)
    first, last = catalog.years
    years = wanted or (last, last)
    if not first <= years[0] <= years[1] <= last:
        return _no_data(lang, fmt_years(*years), folder)

    params = {"sector": args.sector, "size": args.size}
    chosen, ignored = flt.parse(params, catalog.labels["sectors"], catalog.years)
    for name, value, _ in ignored:
        allowed = catalog.labels["sectors"] if name == "sector" else flt.SIZE_CHOICES
        return _wrong(t("deck_bad_value", lang, name=name, value=value, allowed=", ".join(allowed)))
    filters = flt.Filters(lang=lang, years=years, sectors=chosen.sectors, sizes=chosen.sizes)

    from dashboard.forum.slides import build_deck  # after the checks: charts load Altair

    deck = build_deck(
        functools.partial(query, result.con.cursor()), filters, catalog, result.exported
    )
    if not deck.has_data:
        return _no_data(lang, fmt_years(*years), folder)
    if out.suffix.lower() == ".pptx":
        from dashboard.forum.pptx_deck import build_pptx

        data, count = build_pptx(deck), len(deck.slides)
        written = tn("deck_written_slides", count, lang, file=out)
    else:
        from dashboard.forum.pdf_report import build_pdf

        data, count = build_pdf(deck)
        written = tn("deck_written_pages", count, lang, file=out)
    out.write_bytes(data)
    print(written)
    return 0


def _wrong(message: str) -> int:
    print(message, file=sys.stderr)
    return 2


def _no_data(lang: str, years: str, folder: Path) -> int:
    print(t("deck_no_data", lang, years=years, folder=folder), file=sys.stderr)
    return 1
