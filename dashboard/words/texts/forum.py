"""Words of the Forum page: the year's results for the projector."""

TEXT = {
    "page_forum": {"it": "Forum: i risultati dell'anno", "en": "Forum: the year's results"},
    "forum_title": {"it": "I risultati del {year}", "en": "The results of {year}"},
    "forum_intro": {
        "it": "Per il proiettore del forum di novembre: l'ultimo anno scelto nei filtri ({year}) in caratteri grandi, poi il cammino dal {first}. Con il filtro degli anni si sceglie l'anno; «Presenta» mostra le slide a tutto schermo; in fondo alla pagina, la presentazione PowerPoint e il report PDF da portare a casa.",
        "en": "For the projector at the November forum: the last year chosen in the filters ({year}) in big type, then the road since {first}. The years filter chooses the year; “Present” shows the slides full screen; at the foot of the page, the PowerPoint deck and the PDF report to take home.",
    },
    "forum_year": {"it": "Nel {year}", "en": "In {year}"},
    "forum_since": {"it": "Dal {first} al {year}", "en": "From {first} to {year}"},
    "forum_members": {"it": "Imprese socie", "en": "Member companies"},
    "forum_involved": {"it": "Imprese coinvolte", "en": "Companies involved"},
    "forum_projects": {"it": "Nuovi progetti", "en": "New projects"},
    "forum_all_projects": {"it": "Progetti", "en": "Projects"},
    "forum_partnership": {"it": "In partnership", "en": "In partnership"},
    "forum_savings": {"it": "Risparmi verificati", "en": "Verified savings"},
    "forum_meetings": {"it": "Incontri", "en": "Meetings"},
    "forum_estimated": {"it": "più {amount} stimati", "en": "plus {amount} estimated"},
    "forum_help_members": {
        "it": "Imprese e imprese sociali socie nell'anno.",
        "en": "Companies and social enterprises that were members that year.",
    },
    "forum_chart_title": {"it": "Il cammino della rete", "en": "The network's road"},
    "forum_chart_caption": {
        "it": "Imprese socie attive, nuovi progetti e progetti in partnership, anno per anno.",
        "en": "Active member companies, new projects and projects in partnership, year by year.",
    },
    "forum_chart_definition": {
        "it": "Imprese socie attive: socie in quell'anno (`joined_year` ≤ anno ≤ `left_year`). Nuovi progetti: per anno di avvio. In partnership: quelli fra i nuovi progetti con almeno un partner oltre al capofila.",
        "en": "Active member companies: members that year (`joined_year` ≤ year ≤ `left_year`). New projects: by start year. In partnership: the new projects with at least one partner besides their lead.",
    },
    "forum_chart_alt": {
        "it": "Grafico a barre: imprese socie attive, nuovi progetti e progetti in partnership per anno, {first}–{last}.",
        "en": "Bar chart: active member companies, new projects and projects in partnership per year, {first}–{last}.",
    },
}
