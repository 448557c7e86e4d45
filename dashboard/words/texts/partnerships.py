"""Words of the Partnerships page."""

TEXT = {
    "pship_intro": {
        "it": "Chi lavora con chi nei progetti della rete avviati {period}{filters}: i progetti con almeno un partner oltre al capofila, i tipi di partnership, le organizzazioni che collegano la rete.",
        "en": "Who works with whom in the network's projects started {period}{filters}: the projects with at least one partner besides their lead, the kinds of partnership, the organizations that connect the network.",
    },
    "pship_kpi_partnership": {"it": "Progetti in partnership", "en": "Projects in partnership"},
    "pship_help_partnership": {
        "it": "Progetti avviati negli anni scelti con almeno un partner oltre al capofila; il settore e la dimensione sono quelli del capofila.",
        "en": "Projects started in the selected years with at least one partner besides their lead; sector and size are the lead's.",
    },
    "pship_kpi_partners": {"it": "Partner coinvolti", "en": "Partners involved"},
    "pship_help_partners": {
        "it": "Organizzazioni distinte che partecipano come partner (non come capofila) ai progetti in partnership: imprese, ONG, associazioni, enti locali, scuole.",
        "en": "Distinct organizations taking part as partners (not as leads) in the projects in partnership: companies, NGOs, associations, local authorities, schools.",
    },
    "pship_organizations_beside": {
        "it": {
            "one": "{n} organizzazione in tutto, capofila compreso",
            "other": "{n} organizzazioni in tutto, capofila compresi",
        },
        "en": {
            "one": "{n} organization in all, lead included",
            "other": "{n} organizations in all, leads included",
        },
    },
    "pship_kpi_across": {"it": "Tra dimensioni diverse", "en": "Across sizes"},
    "pship_help_across": {
        "it": "Progetti in partnership le cui imprese non sono tutte dello stesso gruppo di dimensione (grandi imprese, PMI, imprese sociali), capofila compreso.",
        "en": "Projects in partnership whose businesses are not all of one size group (large companies, SMEs, social enterprises), lead included.",
    },
    "pship_share_of_partnered": {
        "it": "{share} dei progetti in partnership",
        "en": "{share} of the projects in partnership",
    },
    "pship_type": {"it": "Tipo di partnership", "en": "Partnership type"},
    "pship_kind": {"it": "Tipo di organizzazione", "en": "Kind of organization"},
    "pship_projects": {"it": "Progetti", "en": "Projects"},
    "pship_projects_started": {"it": "Progetti avviati", "en": "Projects started"},
    "pship_projects_led": {"it": "Da capofila", "en": "As lead"},
    "pship_partners": {"it": "Partner", "en": "Partners"},
    "pship_partner_names": {"it": "Lavora con", "en": "Works with"},
    "pship_share": {
        "it": "Quota dei progetti in partnership",
        "en": "Share of the projects in partnership",
    },
    "pship_organization": {"it": "Organizzazione", "en": "Organization"},
    "pship_with": {"it": "Con", "en": "With"},
    "pship_shared_projects": {"it": "Progetti in comune", "en": "Shared projects"},
    "pship_project_id": {"it": "Codice", "en": "Code"},
    "pship_title": {"it": "Titolo", "en": "Title"},
    "pship_start_year": {"it": "Anno di avvio", "en": "Start year"},
    "pship_lead": {"it": "Capofila", "en": "Lead"},
    "pship_partner_list": {"it": "Partner (nomi)", "en": "Partners (names)"},
    "pship_types": {"it": "Tipi di partnership", "en": "Partnership types"},
    "pship_yes": {"it": "sì", "en": "yes"},
    "pship_no": {"it": "no", "en": "no"},
    "pship_size_group": {"it": "Gruppo di dimensione", "en": "Size group"},
    "pship_partner_size_group": {
        "it": "Gruppo di dimensione del partner",
        "en": "Partner's size group",
    },
    "pship_pairs": {"it": "Coppie di imprese", "en": "Pairs of businesses"},
    "pship_by_type_title": {"it": "Per tipo di partnership", "en": "By partnership type"},
    "pship_by_type_caption": {
        "it": "Progetti in partnership per tipo. Un progetto può avere più tipi, quindi le quote sommano a più del 100%. Clicca una barra per filtrare il resto della pagina.",
        "en": "Projects in partnership by type. A project can have several types, so the shares add up to more than 100%. Click a bar to filter the rest of the page.",
    },
    "pship_by_type_definition": {
        "it": "Il tipo viene dai tipi di **tutte** le organizzazioni del progetto, capofila compreso. **Imprese**: imprese e imprese sociali; **di dimensioni diverse** quando non sono tutte dello stesso gruppo (grandi imprese, PMI, imprese sociali), **della stessa dimensione** altrimenti. **Con ONG o associazione**: almeno un'impresa e almeno una ONG o associazione. **Con ente locale o scuola**: almeno un'impresa e almeno un ente locale o una scuola. **Altro**: nessuno dei precedenti (per esempio nessuna impresa). Ogni progetto conta una volta per ciascuno dei suoi tipi; la quota è sul totale dei progetti in partnership.",
        "en": "The type follows from the kinds of **all** the project's organizations, lead included. **Businesses**: companies and social enterprises; **of different sizes** when they are not all of one size group (large companies, SMEs, social enterprises), **of the same size** otherwise. **With NGO or association**: at least one business and at least one NGO or association. **With local authority or school**: at least one business and at least one local authority or school. **Other**: none of these (for instance no business at all). Each project counts once for each of its types; the share is of all projects in partnership.",
    },
    "pship_by_type_alt": {
        "it": "Grafico a barre: progetti in partnership per tipo, {first}–{last}; il tipo più frequente è «{top}» con {count} progetti.",
        "en": "Bar chart: projects in partnership by type, {first}–{last}; the most frequent type is “{top}” with {count} projects.",
    },
    "pship_by_year_title": {"it": "Anno per anno", "en": "Year by year"},
    "pship_by_year_caption": {
        "it": "Progetti avviati in ciascun anno, quelli in partnership e quelli tra imprese di dimensioni diverse.",
        "en": "Projects started each year, those in partnership and those across sizes.",
    },
    "pship_by_year_definition": {
        "it": "Progetti contati nell'anno di avvio (`start_year`), con il settore e la dimensione del capofila. **In partnership**: con almeno un partner oltre al capofila (del tipo scelto, se c'è un filtro). **Tra dimensioni diverse**: in partnership, con imprese di più di un gruppo di dimensione.",
        "en": "Projects counted in their start year (`start_year`), by their lead's sector and size. **In partnership**: with at least one partner besides their lead (of the chosen type, when one is filtered). **Across sizes**: in partnership, with businesses of more than one size group.",
    },
    "pship_by_year_alt": {
        "it": "Grafico a barre: progetti avviati, in partnership e tra dimensioni diverse per anno, {first}–{last}; in tutto {count} in partnership.",
        "en": "Bar chart: projects started, in partnership and across sizes per year, {first}–{last}; {count} in partnership in all.",
    },
    "pship_in_partnership": {"it": "In partnership", "en": "In partnership"},
    "pship_per_project_title": {"it": "Quanti partner per progetto", "en": "Partners per project"},
    "pship_per_project_caption": {
        "it": "Progetti in partnership per numero di partner oltre al capofila.",
        "en": "Projects in partnership by number of partners besides their lead.",
    },
    "pship_per_project_definition": {
        "it": "Per ogni progetto in partnership si contano le righe di `project_partners.csv`, cioè le organizzazioni che vi partecipano oltre al capofila (ognuna una volta).",
        "en": "For each project in partnership, the rows of `project_partners.csv` are counted: the organizations taking part besides the lead (each once).",
    },
    "pship_per_project_alt": {
        "it": "Grafico a barre: progetti in partnership per numero di partner; il caso più comune è {partners} con {count} progetti.",
        "en": "Bar chart: projects in partnership by number of partners; the most common is {partners} with {count} projects.",
    },
    "pship_partner_count": {"it": "{count} partner", "en": "{count} partners"},
    "pship_partner_count_one": {"it": "1 partner", "en": "1 partner"},
    "pship_network_title": {"it": "Chi lavora con chi", "en": "Who works with whom"},
    "pship_network_caption": {
        "it": "Le organizzazioni dei progetti in partnership, unite da una linea quando hanno un progetto in comune (più spessa se ne hanno di più); forma e colore indicano il tipo, la grandezza il numero di progetti. Passa sopra un punto per i dettagli.",
        "en": "The organizations of the projects in partnership, joined by a line when they share a project (thicker when they share more); shape and colour show the kind, size the number of projects. Hover over a point for details.",
    },
    "pship_network_most": {
        "it": "Il disegno mostra le {shown} organizzazioni con più partner, su {total}, e i legami tra loro; la tabella le elenca tutte.",
        "en": "The drawing shows the {shown} organizations with the most partners, of {total}, and the links among them; the table lists them all.",
    },
    "pship_network_definition": {
        "it": "Ogni progetto in partnership unisce **ogni coppia** delle sue organizzazioni, capofila compreso; il peso di una linea è il numero di progetti che la coppia condivide. **Progetti**: i progetti in partnership a cui l'organizzazione partecipa, da capofila o da partner. **Partner**: le organizzazioni distinte con cui ha lavorato in quei progetti. La posizione è calcolata (disposizione a forze, sempre la stessa per gli stessi dati): vicine le organizzazioni che lavorano insieme; non ha altro significato. Sono nominate le {count} organizzazioni con più partner.",
        "en": "Each project in partnership links **every pair** of its organizations, lead included; a line's weight is the number of projects the pair shares. **Projects**: the projects in partnership the organization takes part in, as lead or partner. **Partners**: the distinct organizations it worked with in those projects. The position is computed (a force-directed layout, always the same for the same data): organizations that work together sit close; it means nothing else. The {count} organizations with the most partners are named.",
    },
    "pship_network_alt": {
        "it": "Rete: {nodes} organizzazioni unite da {edges} collaborazioni; la più collegata è {top} con {partners} partner.",
        "en": "Network: {nodes} organizations joined by {edges} collaborations; the best connected is {top} with {partners} partners.",
    },
    "pship_sizes_title": {
        "it": "Collaborazione tra dimensioni",
        "en": "Collaboration across sizes",
    },
    "pship_sizes_caption": {
        "it": "Coppie di imprese che lavorano nello stesso progetto, per gruppo di dimensione di ciascuna.",
        "en": "Pairs of businesses working in the same project, by the size group of each.",
    },
    "pship_sizes_definition": {
        "it": "In ogni progetto in partnership si prende ogni coppia di imprese (imprese e imprese sociali, capofila compreso) e la si conta nella casella dei loro due gruppi: **grandi imprese**, **PMI** (micro, piccole, medie), **imprese sociali**. Una coppia conta una volta per ogni progetto che condivide. La tabella è simmetrica: una coppia di due gruppi diversi appare in entrambe le caselle, una coppia dello stesso gruppo una volta, sulla diagonale. Nella tabella dei dati anche i progetti distinti di ciascuna casella.",
        "en": "In each project in partnership every pair of businesses (companies and social enterprises, lead included) is counted in the cell of their two groups: **large companies**, **SMEs** (micro, small, medium), **social enterprises**. A pair counts once for each project it shares. The matrix is symmetric: a pair of two different groups shows in both of their cells, a pair within one group once, on the diagonal. The data table also gives the distinct projects of each cell.",
    },
    "pship_sizes_alt": {
        "it": "Matrice: coppie di imprese nello stesso progetto per gruppo di dimensione; la combinazione più frequente è {one} con {other}, {count} coppie.",
        "en": "Matrix: pairs of businesses in the same project by size group; the most frequent combination is {one} with {other}, {count} pairs.",
    },
    "pship_connectors_title": {
        "it": "Le organizzazioni che collegano più partner",
        "en": "The organizations that connect the most partners",
    },
    "pship_connectors_caption": {
        "it": "Le {count} organizzazioni con più partner distinti nei loro progetti in partnership; l'elenco completo è nella tabella.",
        "en": "The {count} organizations with the most distinct partners over their projects in partnership; the full list is in the table.",
    },
    "pship_connectors_definition": {
        "it": "**Partner**: le organizzazioni distinte (capofila compresi) che hanno lavorato con l'organizzazione in almeno uno dei suoi progetti in partnership, contate una volta anche se i progetti in comune sono più d'uno. A parità, prima chi ha più progetti, poi in ordine alfabetico.",
        "en": "**Partners**: the distinct organizations (leads included) that worked with the organization in at least one of its projects in partnership, counted once even when they share several projects. On a tie, more projects first, then alphabetical order.",
    },
    "pship_connectors_alt": {
        "it": "Grafico a barre: le {count} organizzazioni con più partner; prima {top} con {partners} partner.",
        "en": "Bar chart: the {count} organizations with the most partners; first {top} with {partners} partners.",
    },
}
