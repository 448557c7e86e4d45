"""Every code's label, defined once per language and used by every page, report, chart
and download.

The code lists are the contract's (`dashboard/export/contract.py`), plus the partnership
types and a project's roles that the counting rules define. The export's own code lists
(sectors, categories, themes) carry their labels in the export and are not repeated here.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

CODE_LABELS: dict[str, dict[str, dict[str, str]]] = {
    "kind": {
        "company": {"it": "Impresa", "en": "Company"},
        "social_enterprise": {"it": "Impresa sociale", "en": "Social enterprise"},
        "ngo": {"it": "ONG", "en": "NGO"},
        "local_authority": {"it": "Ente locale", "en": "Local authority"},
        "association": {"it": "Associazione", "en": "Association"},
        "school": {"it": "Scuola", "en": "School"},
        "other": {"it": "Altra organizzazione", "en": "Other organization"},
    },
    "size": {
        "micro": {"it": "PMI: micro", "en": "SMEs: micro"},
        "small": {"it": "PMI: piccole", "en": "SMEs: small"},
        "medium": {"it": "PMI: medie", "en": "SMEs: medium"},
        "large": {"it": "Grandi imprese", "en": "Large companies"},
    },
    "size_group": {
        "large": {"it": "Grandi imprese", "en": "Large companies"},
        "sme": {"it": "PMI", "en": "SMEs"},
        "social_enterprise": {"it": "Imprese sociali", "en": "Social enterprises"},
    },
    "function": {
        "ceo": {"it": "Amministratore delegato o titolare", "en": "CEO or owner"},
        "ehs": {"it": "Ambiente, salute e sicurezza", "en": "Environment, health and safety"},
        "rnd": {"it": "Ricerca e sviluppo", "en": "Research and development"},
        "communications": {"it": "Comunicazione", "en": "Communications"},
        "hr": {"it": "Risorse umane", "en": "Human resources"},
        "other": {"it": "Altra funzione", "en": "Other function"},
    },
    "meeting_kind": {
        "practice_exchange": {"it": "Scambio di buone pratiche", "en": "Practice exchange"},
        "context_evaluation": {"it": "Valutazione del contesto", "en": "Context evaluation"},
        "project_ideas": {"it": "Idee di progetto", "en": "Project ideas"},
        "thematic_workshop": {"it": "Workshop tematico", "en": "Thematic workshop"},
        "training_visit": {"it": "Visita formativa", "en": "Training visit"},
        "co_design": {"it": "Co-progettazione", "en": "Co-design"},
        "forum": {"it": "Forum", "en": "Forum"},
    },
    "status": {
        "idea": {"it": "Idea", "en": "Idea"},
        "planned": {"it": "Programmato", "en": "Planned"},
        "in_progress": {"it": "In corso", "en": "In progress"},
        "completed": {"it": "Concluso", "en": "Completed"},
        "stopped": {"it": "Interrotto", "en": "Stopped"},
    },
    "policy_area": {
        "economic": {"it": "Economico", "en": "Economic"},
        "environmental": {"it": "Ambientale", "en": "Environmental"},
        "social": {"it": "Sociale", "en": "Social"},
        "labour": {"it": "Lavoro", "en": "Labour"},
    },
    "method": {
        "budget_saving": {"it": "Risparmio di bilancio", "en": "Budget saving"},
        "avoided_cost": {"it": "Costo evitato", "en": "Avoided cost"},
        "in_kind": {"it": "Beni o servizi in natura", "en": "In kind"},
        "co_funding": {"it": "Cofinanziamento privato", "en": "Co-funding"},
        "volunteer_time": {"it": "Tempo di volontariato", "en": "Volunteer time"},
        "other": {"it": "Altro metodo", "en": "Other method"},
    },
    "partnership_type": {
        "business_business_across_sizes": {
            "it": "Imprese di dimensioni diverse",
            "en": "Businesses of different sizes",
        },
        "business_business_same_size": {
            "it": "Imprese della stessa dimensione",
            "en": "Businesses of the same size",
        },
        "business_ngo": {
            "it": "Impresa con ONG o associazione",
            "en": "Business with NGO or association",
        },
        "business_public": {
            "it": "Impresa con ente locale o scuola",
            "en": "Business with local authority or school",
        },
        "other": {"it": "Altra partnership", "en": "Other partnership"},
    },
    "role": {
        "lead": {"it": "Capofila", "en": "Lead"},
        "partner": {"it": "Partner", "en": "Partner"},
    },
    # each language named in itself, so a reader finds their own whatever the page's
    "language": {
        "it": {"it": "Italiano", "en": "Italiano"},
        "en": {"it": "English", "en": "English"},
    },
}


def code_label(code_list: str, code: str | None, lang: str) -> str | None:
    """The label of `code` in `lang`; None for a missing code (a table's formatter shows it
    as a dash), an unknown one as it is (never silently dropped)."""
    if not isinstance(code, str):  # None, NaN, NA
        return None
    entry = CODE_LABELS[code_list].get(code)
    return entry[lang] if entry else str(code)


def labels_of(labels: dict[str, str], codes: pd.Series) -> pd.Series:
    """A column of codes as their labels, as `code_label` gives each (a missing code None,
    an unknown one as it is): each distinct code labelled once, then placed by position,
    as fast on a page's fifty rows as on a list's million."""
    positions, distinct = pd.factorize(codes)  # a missing code: position -1
    shown = [labels.get(code, code) if isinstance(code, str) else None for code in distinct]
    return pd.Series(np.array([*shown, None], dtype=object)[positions], codes.index, object)


def code_labels_of(code_list: str, codes: pd.Series, lang: str) -> pd.Series:
    """`code_label` of every code of a column."""
    return labels_of(code_labels(code_list, lang), codes)


def code_labels(code_list: str, lang: str) -> dict[str, str]:
    """Every code of the list with its label, in the list's order."""
    return {code: words[lang] for code, words in CODE_LABELS[code_list].items()}


def size_choice_label(code: str, lang: str) -> str:
    """A choice of the size filter: a size group, or a part of the SMEs."""
    group = CODE_LABELS["size_group"].get(code)
    return group[lang] if group else code_label("size", code, lang)


CODE_NOTES: dict[str, dict[str, dict[str, str]]] = {
    "method": {
        "budget_saving": {
            "it": "l'ente ha speso meno di quanto aveva in bilancio per lo stesso servizio;",
            "en": "the authority spent less than its budget for the same service;",
        },
        "avoided_cost": {
            "it": "un costo che l'ente avrebbe altrimenti sostenuto, rispetto a uno scenario di "
            "riferimento dichiarato;",
            "en": "a cost the authority would otherwise have borne (cost avoidance, against a "
            "stated baseline);",
        },
        "in_kind": {
            "it": "beni o servizi dati all'ente, a un valore verificabile in modo indipendente;",
            "en": "goods or services given to the authority, at an independently assessable value;",
        },
        "co_funding": {
            "it": "denaro privato che ha pagato ciò che avrebbe pagato denaro pubblico;",
            "en": "private money that paid for what public money would have paid;",
        },
        "volunteer_time": {
            "it": "ore donate, valorizzate alla tariffa di un lavoro retribuito equivalente;",
            "en": "hours given, valued at the rate of equivalent paid work;",
        },
        "other": {
            "it": "altro, spiegato nella nota di ogni risparmio.",
            "en": "anything else, explained in each saving's note.",
        },
    },
}


def code_note(code_list: str, code: str, lang: str) -> str:
    """How a code is counted, as the dashboard explains it next to the figures."""
    return CODE_NOTES[code_list][code][lang]
