"""The global filters, between the URL, the sidebar and the SQL parameters.

The URL is the state: a copied link (`?lang=en&sector=ceramic_tiles&years=2010-2012`) opens
the same view. Everything here is pure so it can be tested with a table of cases.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from dashboard.words.catalog import DEFAULT_LANG, LANGS

SIZE_GROUPS = ("large", "sme", "social_enterprise")
SME_PARTS = ("micro", "small", "medium")
SIZE_CHOICES = ("large", "sme", "micro", "small", "medium", "social_enterprise")
GLOBAL_PARAMS = ("lang", "years", "sector", "size")
_YEARS = re.compile(r"^(\d{4})(?:-(\d{4}))?$")
# what is read of a link, however long it is: values of one parameter, characters of a value
MAX_VALUES = 20
MAX_CHARS = 200


@dataclass(frozen=True)
class Filters:
    lang: str = DEFAULT_LANG
    years: tuple[int, int] | None = None  # None: every year of the export
    sectors: tuple[str, ...] = ()
    sizes: tuple[str, ...] = ()

    @property
    def by_organization(self) -> bool:
        """Whether the sector or size filter narrows the organizations."""
        return bool(self.sectors or self.sizes)


def _codes(raw: str, allowed: Iterable[str]) -> tuple[tuple[str, ...], list[str], int]:
    """Split `a,b` into the allowed codes (in the allowed order), the other values read
    and how many values were not read: only the first `MAX_VALUES`, `MAX_CHARS` each."""
    allowed = tuple(allowed)
    parts = raw.split(",", MAX_VALUES)  # the last part holds whatever was not read
    unread = raw.count(",") + 1 - MAX_VALUES if len(parts) > MAX_VALUES else 0
    given = [part.strip()[:MAX_CHARS] for part in parts[:MAX_VALUES] if part.strip()]
    unknown = [code for code in given if code not in allowed]
    if unread:
        unknown.append(parts[MAX_VALUES].split(",", 1)[0].strip()[:MAX_CHARS])
    return tuple(code for code in allowed if code in given), unknown, unread


def _years(raw: str, export_years: tuple[int, int] | None) -> tuple[int, int] | None:
    match = _YEARS.match(raw.strip())
    if not match or export_years is None:
        return None
    first = int(match.group(1))
    last = int(match.group(2) or first)
    lo, hi = export_years
    if not lo <= first <= last <= hi:
        return None
    return None if (first, last) == export_years else (first, last)


def parse(
    params: Mapping[str, str],
    sector_codes: Iterable[str],
    export_years: tuple[int, int] | None,
) -> tuple[Filters, list[tuple[str, str, int]]]:
    """Filters from URL parameters, and what was ignored: per parameter, its first ignored
    value (at most `MAX_CHARS` of it) and how many values were ignored.

    An unknown or malformed value is ignored, never an error: a link from an older export
    or a mistyped one still opens.
    """
    ignored: list[tuple[str, str, int]] = []
    lang = params.get("lang", DEFAULT_LANG)
    if lang not in LANGS:
        ignored.append(("lang", lang[:MAX_CHARS], 1))
        lang = DEFAULT_LANG
    years = None
    if "years" in params:
        raw = params["years"][:MAX_CHARS]
        years = _years(raw, export_years)
        if years is None and raw.strip() != _format_years(export_years):
            ignored.append(("years", raw, 1))
    codes = {}
    for name, allowed in (("sector", sector_codes), ("size", SIZE_CHOICES)):
        codes[name], unknown, unread = _codes(params.get(name, ""), allowed)
        if unknown:
            ignored.append((name, unknown[0], len(unknown) + max(unread - 1, 0)))
    filters = Filters(lang=lang, years=years, sectors=codes["sector"], sizes=codes["size"])
    return filters, ignored


def _format_years(years: tuple[int, int] | None) -> str:
    if years is None:
        return ""
    first, last = years
    return str(first) if first == last else f"{first}-{last}"


def to_params(filters: Filters) -> dict[str, str]:
    """The canonical URL parameters: only what differs from the default view."""
    params: dict[str, str] = {}
    if filters.lang != DEFAULT_LANG:
        params["lang"] = filters.lang
    if filters.years is not None:
        params["years"] = _format_years(filters.years)
    if filters.sectors:
        params["sector"] = ",".join(filters.sectors)
    if filters.sizes:
        params["size"] = ",".join(filters.sizes)
    return params


def year_range(filters: Filters, export_years: tuple[int, int]) -> tuple[int, int]:
    return filters.years or export_years


def sql_params(filters: Filters, export_years: tuple[int, int]) -> dict[str, object]:
    """Named parameters for every query in `queries/`; `None` means "no filter"."""
    first, last = year_range(filters, export_years)
    groups = [size for size in filters.sizes if size in SIZE_GROUPS]
    parts = [size for size in filters.sizes if size in SME_PARTS]
    return {
        "year_from": first,
        "year_to": last,
        "sectors": list(filters.sectors) or None,
        "size_groups": groups or None,
        "sme_sizes": parts or None,
    }
