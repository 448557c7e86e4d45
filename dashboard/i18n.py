"""Words and number formats in the dashboard's two languages.

One module for every surface (tiles, tables, chart axes, downloads), so that a figure reads
the same wherever it appears and follows the chosen language, not the viewer's browser.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date

from babel.dates import format_date, get_day_names, get_month_names
from babel.numbers import format_currency, format_decimal

LANGS = ("it", "en")
DEFAULT_LANG = "it"
_LOCALES = {"it": "it_IT", "en": "en_GB"}

TEXT: dict[str, dict[str, str]] = {
    "app_title": {"it": "Rete RSI", "en": "CSR network"},
    "page_overview": {"it": "Panoramica", "en": "Overview"},
    "language": {"it": "Lingua", "en": "Language"},
    "filters": {"it": "Filtri", "en": "Filters"},
    "years": {"it": "Anni", "en": "Years"},
    "sector": {"it": "Settore", "en": "Sector"},
    "size": {"it": "Dimensione", "en": "Company size"},
    "all": {"it": "Tutti", "en": "All"},
    "reset_filters": {"it": "Azzera i filtri", "en": "Clear filters"},
    "data_as_of": {"it": "Dati aggiornati al {date}", "en": "Data as of {date}"},
    "contact": {
        "it": "Per informazioni sui dati: {contact}",
        "en": "Questions on the data: {contact}",
    },
    "synthetic": {
        "it": "**Dati dimostrativi, inventati.** Questa è un'esportazione sintetica: "
        "nomi e cifre non sono quelli della rete e non vanno citati.",
        "en": "**Demonstration data, made up.** This is a synthetic export: its names and "
        "figures are not the network's and must not be quoted.",
    },
    "ignored_param": {
        "it": "Parametro dell'indirizzo ignorato: `{name}={value}`",
        "en": "Ignored a parameter of the address: `{name}={value}`",
    },
    "invalid_title": {
        "it": "L'esportazione dei dati non è valida",
        "en": "The data export is not valid",
    },
    "invalid_intro": {
        "it": "Nessuna cifra viene mostrata finché l'esportazione in `{folder}` non è "
        "corretta. Problemi trovati ({count}):",
        "en": "No figure is shown until the export in `{folder}` is corrected. "
        "Problems found ({count}):",
    },
    "invalid_hint": {
        "it": "Chi coordina la rete corregge i file indicati (riga 1 è l'intestazione) e "
        "ricarica la pagina; `python -m dashboard.validate` stampa lo stesso elenco.",
        "en": "The network's coordinator corrects the files named (line 1 is the header) and "
        "reloads the page; `python -m dashboard.validate` prints the same list.",
    },
    "unreadable_title": {
        "it": "La cartella dei dati non si può leggere",
        "en": "The data folder cannot be read",
    },
    "not_exported": {
        "it": "{file} non è stato ancora esportato.",
        "en": "{file} has not been exported yet.",
    },
    # Overview
    "overview_intro": {
        "it": "I risultati della rete in {years}{filters}.",
        "en": "The network's results in {years}{filters}.",
    },
    "kpi_companies": {"it": "Imprese coinvolte", "en": "Companies involved"},
    "kpi_projects": {"it": "Progetti", "en": "Projects"},
    "kpi_partnership": {"it": "In partnership", "en": "In partnership"},
    "kpi_savings": {"it": "Risparmi verificati", "en": "Verified savings"},
    "kpi_meetings": {"it": "Incontri", "en": "Meetings held"},
    "share_of_projects": {"it": "{share} dei progetti", "en": "{share} of projects"},
    "estimated_beside": {
        "it": "più {amount} stimati ({share} verificato sul totale)",
        "en": "plus {amount} estimated ({share} of the total verified)",
    },
    "delta": {
        "it": "{year}: {value}, {change} sul {prev}",
        "en": "{year}: {value}, {change} on {prev}",
    },
    "help_companies": {
        "it": "Imprese e imprese sociali socie attive in almeno uno degli anni scelti. "
        "I partner non soci (enti, associazioni, ONG, scuole) non sono contati.",
        "en": "Member companies and social enterprises active in at least one of the "
        "selected years. Partners that are not members (authorities, associations, NGOs, "
        "schools) are not counted.",
    },
    "help_projects": {
        "it": "Progetti avviati negli anni scelti, contati per anno di avvio; il settore e "
        "la dimensione sono quelli dell'impresa capofila.",
        "en": "Projects started in the selected years, counted by start year; sector and "
        "size are those of the lead organization.",
    },
    "help_partnership": {
        "it": "Progetti con almeno un partner oltre al capofila.",
        "en": "Projects with at least one partner besides their lead.",
    },
    "help_savings": {
        "it": "Risparmi per gli enti locali: somma di quelli verificati dall'ente locale, "
        "nell'anno in cui sono avvenuti. Le stime dei progetti sono indicate a parte, "
        "mai sommate in silenzio.",
        "en": "Savings for local authorities: the sum of those verified by the authority, "
        "in the year they occurred. The projects' own estimates are shown beside, "
        "never silently added.",
    },
    "help_meetings": {
        "it": "Incontri del laboratorio tenuti negli anni scelti (con un filtro di settore "
        "o dimensione: quelli a cui ha partecipato almeno un'organizzazione selezionata).",
        "en": "Laboratory meetings held in the selected years (with a sector or size "
        "filter: those attended by at least one selected organization).",
    },
    "per_year_title": {"it": "Anno per anno", "en": "Year by year"},
    "per_year_caption": {
        "it": "Nuovi progetti avviati e imprese socie attive in ciascun anno.",
        "en": "New projects started and active member companies in each year.",
    },
    "per_year_alt": {
        "it": "Grafico a barre: nuovi progetti e imprese socie attive per anno, {first}–{last}.",
        "en": "Bar chart: new projects and active member companies per year, {first}–{last}.",
    },
    "year": {"it": "Anno", "en": "Year"},
    "measure": {"it": "Misura", "en": "Measure"},
    "count": {"it": "Numero", "en": "Count"},
    "new_projects": {"it": "Nuovi progetti", "en": "New projects"},
    "active_members": {"it": "Imprese socie attive", "en": "Active member companies"},
    "show_table": {"it": "Mostra i dati in tabella", "en": "Show the data as a table"},
    "download_per_year": {
        "it": "Scarica i dati anno per anno (CSV)",
        "en": "Download the year-by-year data (CSV)",
    },
    "no_data": {
        "it": "Nessun dato per la selezione: allarga gli anni o togli un filtro.",
        "en": "No data for this selection: widen the years or remove a filter.",
    },
    "size_large": {"it": "Grandi imprese", "en": "Large companies"},
    "size_sme": {"it": "PMI", "en": "SMEs"},
    "size_micro": {"it": "PMI: micro", "en": "SMEs: micro"},
    "size_small": {"it": "PMI: piccole", "en": "SMEs: small"},
    "size_medium": {"it": "PMI: medie", "en": "SMEs: medium"},
    "size_social_enterprise": {"it": "Imprese sociali", "en": "Social enterprises"},
}


def t(key: str, lang: str, **params: object) -> str:
    """The text for `key` in `lang`, with `{params}` filled in."""
    text = TEXT[key][lang]
    return text.format(**params) if params else text


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def fmt_int(value: float | None, lang: str) -> str:
    """A count: `1.234` in Italian, `1,234` in English; a missing value is a dash."""
    if _missing(value):
        return "–"
    return format_decimal(round(value), format="#,##0", locale=_LOCALES[lang])


def fmt_signed(value: float, lang: str, fmt: Callable[[float, str], str] | None = None) -> str:
    """A change, always with its sign (the minus a true minus sign), in `fmt` (counts)."""
    return ("+" if value >= 0 else "−") + (fmt or fmt_int)(abs(value), lang)


def fmt_eur(value: float | None, lang: str, cents: bool = False) -> str:
    """Money: `162.317 €` / `€162,317` on tiles, with cents in tables."""
    if _missing(value):
        return "–"
    digits = ".00" if cents else ""
    pattern = f"#,##0{digits}\u00a0¤" if lang == "it" else f"¤#,##0{digits}"
    return format_currency(
        value, "EUR", format=pattern, currency_digits=False, locale=_LOCALES[lang]
    )


def fmt_pct(share: float | None, lang: str) -> str:
    """A share in [0, 1] with one decimal: `32,5%` / `32.5%`."""
    if _missing(share):
        return "–"
    return format_decimal(share * 100, format="0.0", locale=_LOCALES[lang]) + "%"


def fmt_date(value: date | None, lang: str) -> str:
    """A date as people write it: `31 gennaio 2013` / `31 January 2013`."""
    if value is None:
        return "–"
    return format_date(value, format="long", locale=_LOCALES[lang])


def fmt_years(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}–{last}"


def vega_locale(lang: str) -> dict:
    """Vega's number and time locale, carried inside each chart's spec.

    The browser's own locale would otherwise decide the axis format; vl-convert reads the
    same spec, so downloaded images match the screen.
    """
    loc = _LOCALES[lang]

    def names(kind: str, width: str) -> list[str]:
        table = (
            get_month_names(width, locale=loc) if kind == "m" else get_day_names(width, locale=loc)
        )
        # Babel numbers months 1..12 and days Monday=0; Vega wants January and Sunday first.
        return [table[k] for k in (range(1, 13) if kind == "m" else (6, 0, 1, 2, 3, 4, 5))]

    currency = ["", "\u00a0€"] if lang == "it" else ["€", ""]
    separators = (
        {"decimal": ",", "thousands": "."} if lang == "it" else {"decimal": ".", "thousands": ","}
    )
    return {
        "number": {**separators, "grouping": [3], "currency": currency},
        "time": {
            "dateTime": "%e %B %Y, %X",
            "date": "%d/%m/%Y",
            "time": "%H:%M:%S",
            "periods": ["AM", "PM"],
            "days": names("d", "wide"),
            "shortDays": names("d", "abbreviated"),
            "months": names("m", "wide"),
            "shortMonths": names("m", "abbreviated"),
        },
    }
