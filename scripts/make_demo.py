"""Write the demo export: a synthetic CSR network calibrated on the Modena laboratory.

Usage: python scripts/make_demo.py [OUTDIR]   (default: <repo>/data)

The demo's figures ("The demo in figures" in data/README.md) hold in the output: `check()`
asserts them, so the generator fails loudly if it drifts. All companies, NGOs, schools and
people are fictional; the three public bodies are named as the institutions they are. The
output is byte-identical on every run: one `random.Random(2009)`, lists only (no iteration
over sets or hash order), stable sorts.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import sys
from dataclasses import dataclass
from pathlib import Path

SEED = 2009
YEARS = (2009, 2010, 2011, 2012)
EXPORTED_ON = "2013-01-31"
NETWORK = "Laboratorio RSI Modena (demo)"
CONTACT = "coordinamento@laboratorio-rsi.example.org"

# --- DEMO.md targets --------------------------------------------------------------------
JOINED = {2009: 27, 2010: 30, 2011: 25, 2012: 18}
LEFT = {2009: 8, 2010: 22, 2011: 13, 2012: 0}
ACTIVE = {2009: 27, 2010: 49, 2011: 52, 2012: 57}
PROJECTS = {2009: 21, 2010: 37, 2011: 44, 2012: 48}
IN_PARTNERSHIP = {2009: 7, 2010: 10, 2011: 23, 2012: 10}
REPORTING_LEADS = 6

# Which year each cohort's leavers leave (left_year = last year of membership).
LEAVE_PLAN = {
    2009: {2009: 8, 2010: 6, 2011: 3},
    2010: {2010: 16, 2011: 5},
    2011: {2011: 5},
    2012: {},
}
# Companies per cohort and size; 2009 is the press's 19 medium or large, 4 small, 4 micro.
SIZE_PLAN = {
    2009: {"large": 9, "medium": 10, "small": 4, "micro": 4},
    2010: {"large": 5, "medium": 8, "small": 9, "micro": 6},
    2011: {"large": 3, "medium": 6, "small": 8, "micro": 6},
    2012: {"large": 2, "medium": 4, "small": 6, "micro": 4},
}
# Social enterprises per cohort: (sector, size).
SOCIAL_ENTERPRISES = {
    2009: [],
    2010: [("community_care", "medium"), ("community_care", "small")],
    2011: [("craft", "small"), ("community_care", "small")],
    2012: [("services", "micro"), ("community_care", "small")],
}

# The columns written, per file (the data contract's, in its order).
COLUMNS = {
    "organizations.csv": ["org_id", "name", "kind", "sector", "size", "employees",
                          "municipality", "joined_year", "left_year"],
    "people.csv": ["person_id", "org_id", "full_name", "function"],
    "meetings.csv": ["meeting_id", "date", "kind", "theme", "title"],
    "attendance.csv": ["meeting_id", "org_id", "person_id"],
    "projects.csv": ["project_id", "title", "lead_org_id", "category", "theme", "start_year",
                     "status", "budget_eur", "description"],
    "project_partners.csv": ["project_id", "org_id", "contribution_eur"],
    "savings.csv": ["project_id", "year", "authority_org_id", "policy_area", "amount_eur",
                    "method", "verified", "note"],
    "fees.csv": ["org_id", "year", "amount_eur"],
    "export.csv": ["network", "exported_on", "synthetic", "contact"],
    "sectors.csv": ["code", "label_it", "label_en", "nace"],
    "categories.csv": ["code", "label_it", "label_en", "sdgs"],
    "themes.csv": ["code", "label_it", "label_en"],
}  # fmt: skip

# --- code lists -------------------------------------------------------------------------
SECTORS = [
    ("services", "Servizi", "Services", "N"),
    ("metal_mechanical", "Metalmeccanico", "Metal and mechanical engineering", "C28"),
    ("ceramic_tiles", "Ceramica", "Ceramic tiles", "C23"),
    ("textile", "Tessile e abbigliamento", "Textiles and clothing", "C14"),
    ("building", "Edilizia", "Building", "F"),
    ("ict", "Informatica e telecomunicazioni", "ICT", "J62"),
    ("craft", "Artigianato", "Craft", "C32"),
    ("chemicals", "Chimica", "Chemicals", "C20"),
    ("community_care", "Servizi socio-assistenziali", "Community care", "Q88"),
]
CATEGORIES = [
    ("reporting", "Bilanci sociali e ambientali", "Social and environmental reports", "12|16"),
    (
        "environment",
        "Sostenibilità ed efficienza ambientale",
        "Sustainability and environmental efficiency",
        "7|12|13",
    ),
    ("employees", "Dipendenti", "Employees", "3|8"),
    ("work_life_balance", "Conciliazione vita-lavoro", "Work-life balance", "5|8"),
    ("marketing", "Marketing e promozione della RSI", "Marketing and CSR promotion", "12|17"),
    ("community", "Partnership con la comunità", "Partnerships with the community", "11|17"),
]
THEMES = [
    ("work_life_balance", "Conciliazione vita-lavoro", "Work-life balance"),
    ("local_community", "Progetti per la comunità locale", "Projects for the local community"),
    ("green_innovation", "Innovazione verde", "Green innovation"),
    (
        "sustainability_accountability",
        "Rendicontazione di sostenibilità",
        "Sustainability accountability",
    ),
    ("schools_partnership", "Partnership con le scuole", "Partnership with schools"),
    ("green_supply_chain", "Filiera verde", "Green supply chain"),
]

# --- organizations ----------------------------------------------------------------------
# (name, kind, municipality); no joined_year: promoters and partners, never members.
PARTNERS = [
    ("Regione Emilia-Romagna", "local_authority", "Bologna"),
    ("Provincia di Modena", "local_authority", "Modena"),
    ("Comune di Modena", "local_authority", "Modena"),
    ("Associazione Industriali della Ghirlandina", "association", "Modena"),
    ("Lega Artigiani del Secchia", "association", "Modena"),
    ("Unione Commercio e Turismo del Panaro", "association", "Modena"),
    ("Associazione Piccole e Medie Imprese Geminiane", "association", "Modena"),
    ("Consorzio Cooperative della Bassa", "association", "Carpi"),
    ("Associazione Esercenti della Via Emilia", "association", "Castelfranco Emilia"),
    ("Unione Costruttori del Frignano", "association", "Pavullo nel Frignano"),
    ("Federazione Imprese del Distretto Ceramico", "association", "Sassuolo"),
    ("Coordinamento Associazioni Solidali Modenesi", "association", "Modena"),
    ("Associazione Il Germoglio Verde", "ngo", "Modena"),
    ("Associazione Rete Solidale", "ngo", "Modena"),
    ("Onlus Casa dei Girasoli", "ngo", "Carpi"),
    ("Associazione Banco dei Tempi", "ngo", "Modena"),
    ("Ciclisti Urbani della Ghirlandina", "ngo", "Modena"),
    ("Associazione Sentieri Puliti dell'Appennino", "ngo", "Pavullo nel Frignano"),
    ("Istituto Tecnico Economico Le Querce", "school", "Modena"),
    ("Istituto Professionale Il Tiglio", "school", "Sassuolo"),
    ("Liceo Scientifico Il Gelso", "school", "Carpi"),
    ("Centro di Formazione Professionale La Bussola", "school", "Modena"),
    ("Scuola Primaria I Platani", "school", "Modena"),
]
TOWNS = [
    "Carpi",
    "Sassuolo",
    "Mirandola",
    "Formigine",
    "Fiorano Modenese",
    "Maranello",
    "Castelfranco Emilia",
    "Vignola",
    "Pavullo nel Frignano",
    "Finale Emilia",
    "Nonantola",
    "Soliera",
]
CERAMIC_DISTRICT = ["Sassuolo", "Fiorano Modenese", "Formigine", "Maranello"]

# Sector weights by size (community_care is for social enterprises only).
SECTOR_WEIGHTS = {
    "large": {"metal_mechanical": 4, "ceramic_tiles": 5, "chemicals": 2, "services": 2,
              "textile": 1, "building": 1, "ict": 1},
    "medium": {"metal_mechanical": 4, "ceramic_tiles": 2, "chemicals": 2, "services": 3,
               "textile": 3, "building": 2, "ict": 2},
    "small": {"metal_mechanical": 3, "services": 3, "textile": 3, "building": 3, "ict": 3,
              "craft": 2, "chemicals": 1},
    "micro": {"services": 3, "ict": 3, "craft": 4, "building": 2, "textile": 1},
}  # fmt: skip
EMPLOYEES = {"micro": (2, 9), "small": (10, 49), "medium": (50, 249), "large": (250, 1400)}

# Fictional brand words for company names ({w} in the patterns below).
BRAND_WORDS = [
    "Aurelia", "Belvedere", "Boschetto", "Calanco", "Campanile", "Castagneto", "Cerreto",
    "Colombaia", "Corte Alta", "Diamante", "Fontanella", "Frassineto", "Galassia", "Ginestra",
    "Girasole", "Levante", "Lucciola", "Maestrale", "Melograno", "Meridiana", "Mirtillo",
    "Noceto", "Oleandro", "Orizzonte", "Pergola", "Pioppeto", "Poggio Verde", "Quercia",
    "Roverella", "Salice", "Scirocco", "Sorgente", "Stella Polare", "Tramontana", "Trifoglio",
    "Valle Alta", "Vela", "Ventaglio", "Verbena", "Zenit", "Agrifoglio", "Arcobaleno",
    "Betulla", "Borgonuovo", "Cardo", "Cedro", "Cipresso", "Corbezzolo", "Edera", "Faggio",
    "Felce", "Fiordaliso", "Gabbiano", "Glicine", "Lavanda", "Lentisco", "Magnolia", "Mandorlo",
    "Mimosa", "Mulino", "Nespolo", "Ontano", "Papavero", "Pervinca", "Pietrarossa", "Platano",
    "Rosmarino", "Ruscello", "Sambuco", "Sequoia", "Timo", "Torrente", "Ulivo", "Viburno",
    "Airone", "Allodola", "Capriolo", "Civetta", "Falco", "Grifone", "Ibis", "Lince",
    "Pettirosso", "Picchio", "Rondine", "Tortora", "Upupa", "Calicanto", "Biancospino",
    "Ciliegio", "Acero", "Gelsomino", "Alloro", "Valtresinaro", "Borgo Ducale", "Cinque Ponti",
    "Tre Torri", "Ponte Alto", "Mirandella",
]  # fmt: skip
SOCIAL_ENTERPRISE_WORDS = ["Àncora", "Il Mosaico", "La Lanterna", "Il Girotondo",
                           "Nuovi Orizzonti", "Il Faro"]  # fmt: skip
SURNAMES = [
    "Bellei", "Vaccari", "Malagoli", "Guidetti", "Barbieri", "Montanari", "Gibellini",
    "Rinaldi", "Ferrarini", "Bergonzini", "Tosi", "Lugli", "Benassi", "Pedroni", "Zanasi",
    "Ghelfi", "Morselli", "Corradini", "Righi", "Bonacini", "Pellacani", "Gualdi", "Manzini",
    "Golinelli", "Cavazzuti", "Tagliazucchi", "Serafini", "Borsari", "Casolari", "Messori",
    "Bulgarelli", "Cuoghi", "Fontana", "Marchetti", "Neri", "Pinelli", "Rossetti", "Sala",
    "Villani", "Zoboli",
]  # fmt: skip
FIRST_NAMES = [
    "Alessandro", "Andrea", "Anna", "Barbara", "Carlo", "Chiara", "Claudia", "Cristina",
    "Daniele", "Davide", "Elena", "Elisa", "Emanuele", "Federica", "Francesca", "Francesco",
    "Gabriele", "Giorgia", "Giovanni", "Giulia", "Ilaria", "Laura", "Lorenzo", "Luca", "Marco",
    "Maria", "Martina", "Massimo", "Matteo", "Michela", "Nicola", "Paola", "Paolo", "Roberta",
    "Roberto", "Sara", "Silvia", "Simone", "Stefano", "Valentina", "Nicolò", "Mattia",
]  # fmt: skip
# Company name patterns by sector: (pattern, legal form decided by size).
NAME_PATTERNS = {
    "services": ["{w} Servizi", "Studio {w}", "{w} Logistica", "{w} Consulting"],
    "metal_mechanical": ["Officine Meccaniche {w}", "{w} Meccanica", "Oleodinamica {w}",
                         "Carpenterie {w}"],
    "ceramic_tiles": ["Ceramiche {w}", "{w} Ceramica", "Gres {w}"],
    "textile": ["Maglificio {w}", "{w} Moda", "Confezioni {w}"],
    "building": ["Costruzioni {w}", "{w} Edilizia", "Impianti Termoidraulici {w}"],
    "ict": ["{w} Informatica", "{w} Software", "{w} Digital"],
    "craft": ["Falegnameria {w}", 'Tipografia "{w}"', "Laboratorio Orafo {w}"],
    "chemicals": ["{w} Chimica", "Vernici {w}", "Smalti {w}"],
}  # fmt: skip
LEGAL_FORM = {"large": "S.p.A.", "medium": "S.p.A.", "small": "S.r.l.", "micro": "S.n.c."}
PEOPLE_PER_SIZE = {"micro": (1, 1), "small": (1, 2), "medium": (1, 3), "large": (2, 3)}
FUNCTIONS = ["ceo", "ehs", "rnd", "communications", "hr", "other"]
FEE_EUR = {"micro": 150, "small": 300, "medium": 600, "large": 1000}
BUDGET_CAP = {"micro": 15000, "small": 50000, "medium": 150000, "large": 250000}
SIZE_WEIGHT = {"large": 4, "medium": 3, "small": 2, "micro": 1}

# --- projects ---------------------------------------------------------------------------
# category -> [(title, description, theme or "", (min budget, max budget) in euros)]
PROJECT_TEMPLATES = {
    "environment": [
        ("Impianto fotovoltaico sul tetto dello stabilimento",
         "Impianto fotovoltaico per l'autoconsumo, con monitoraggio pubblico della produzione.",
         "green_innovation", (40000, 220000)),
        ("Riduzione del rifiuto indifferenziato",
         "Raccolta differenziata in reparto e in mensa, con l'obiettivo di dimezzare "
         "l'indifferenziato.", "", (3000, 20000)),
        ("Riduzione degli imballaggi in plastica",
         "Imballaggi riprogettati con i fornitori per ridurre plastica e volumi.",
         "green_supply_chain", (5000, 40000)),
        ("Software di gestione ambientale",
         "Un software per misurare consumi, rifiuti ed emissioni di ogni reparto.",
         "green_innovation", (8000, 30000)),
        ("Gruppo di acquisto sostenibile",
         "Acquisti comuni di energia verde e carta riciclata tra imprese del laboratorio.",
         "green_supply_chain", (2000, 15000)),
        ("Recupero degli scarti di produzione",
         "Scarti di lavorazione riutilizzati come materia prima seconda, anche da altre imprese.",
         "green_supply_chain", (10000, 60000)),
        ("Illuminazione efficiente a LED",
         "Corpi illuminanti sostituiti con LED e sensori di presenza.",
         "green_innovation", (6000, 45000)),
        ("Verso la certificazione ISO 14001",
         "Percorso di certificazione del sistema di gestione ambientale.",
         "", (8000, 25000)),
        ("Flotta aziendale a basse emissioni",
         "Auto aziendali ibride e colonnine di ricarica aperte anche ai visitatori.",
         "green_innovation", (20000, 90000)),
        ("Risparmio idrico nei processi",
         "Ricircolo delle acque di processo, meno prelievi dalla falda.",
         "green_innovation", (15000, 80000)),
        ("Impronta di carbonio dei prodotti",
         "Calcolo della carbon footprint dei prodotti principali, con i fornitori.",
         "sustainability_accountability", (5000, 20000)),
        ("Criteri ambientali nella scelta dei fornitori",
         "Questionario e punteggio ambientale nella qualifica dei fornitori.",
         "green_supply_chain", (2000, 10000)),
        ("Compostaggio dei rifiuti organici della mensa",
         "Compostiera di comunità per gli scarti della mensa, il compost va agli orti sociali.",
         "local_community", (2000, 9000)),
    ],
    "employees": [
        ("Promozione della sicurezza nel settore termoidraulico",
         "Formazione e campagna sulla sicurezza nei cantieri, con le imprese della filiera.",
         "", (4000, 20000)),
        ("Convenzioni e sconti per i dipendenti",
         "Accordi con negozi e servizi del territorio per sconti ai dipendenti.",
         "", (500, 3000)),
        ("Indagine sulla qualità del lavoro",
         "Questionario anonimo sul clima aziendale, risultati discussi con i lavoratori.",
         "", (2000, 8000)),
        ("Mini-master in responsabilità sociale d'impresa",
         "Percorso formativo sulla RSI per quadri e dipendenti, con attestato finale.",
         "sustainability_accountability", (5000, 18000)),
        ("Inserimento lavorativo di persone con disabilità",
         "Tirocini e assunzioni con il tutoraggio di una cooperativa sociale.",
         "local_community", (5000, 30000)),
        ("Piano di welfare aziendale",
         "Servizi di welfare per i dipendenti e le loro famiglie, scelti con un sondaggio.",
         "", (10000, 60000)),
        ("Corsi di italiano per lavoratori stranieri",
         "Corsi in orario di lavoro, in collaborazione con un centro di formazione.",
         "", (2000, 9000)),
        ("Prevenzione e salute in azienda",
         "Screening gratuiti e incontri su alimentazione e postura.",
         "", (3000, 15000)),
        ("Alternanza scuola-lavoro",
         "Stage in azienda per studenti degli istituti tecnici, con tutor interni.",
         "schools_partnership", (1000, 6000)),
        ("Banca delle ore solidale",
         "Ore di ferie donate dai colleghi a chi ha gravi necessità familiari.",
         "work_life_balance", (0, 2000)),
        ("Percorsi di crescita per i giovani assunti",
         "Mentoring e formazione nei primi due anni di lavoro.",
         "", (4000, 15000)),
    ],
    "work_life_balance": [
        ("Asilo nido aziendale",
         "Nido aziendale aperto anche ai figli dei dipendenti delle imprese vicine.",
         "work_life_balance", (60000, 250000)),
        ("Car pooling casa-lavoro",
         "Piattaforma per condividere l'auto nel tragitto casa-lavoro, con parcheggi riservati.",
         "work_life_balance", (2000, 12000)),
        ("Orario flessibile e part-time reversibile",
         "Fasce di ingresso flessibili e part-time temporaneo per esigenze di cura.",
         "work_life_balance", (0, 5000)),
        ("Telelavoro per i genitori",
         "Postazioni di telelavoro per genitori di bambini sotto i tre anni.",
         "work_life_balance", (3000, 15000)),
        ("Centro estivo per i figli dei dipendenti",
         "Centro estivo convenzionato, con trasporto dall'azienda.",
         "work_life_balance", (5000, 25000)),
        ("Servizio di maggiordomo aziendale",
         "Disbrigo di pratiche e commissioni per i dipendenti durante l'orario di lavoro.",
         "", (3000, 12000)),
        ("Sportello per chi assiste un familiare anziano",
         "Consulenza su servizi e permessi per chi si prende cura di un anziano.",
         "local_community", (2000, 8000)),
        ("Rientro accompagnato dalla maternità",
         "Colloqui, formazione e orario graduale al rientro dal congedo.",
         "work_life_balance", (1000, 6000)),
    ],
    "marketing": [
        ("Etichetta di sostenibilità dei prodotti",
         "Informazioni ambientali e sociali in etichetta, verificate da terzi.",
         "green_supply_chain", (5000, 30000)),
        ("Stand alla fiera della responsabilità sociale",
         "Partecipazione con le altre imprese del laboratorio alla fiera regionale della RSI.",
         "", (2000, 10000)),
        ("Sezione del sito dedicata alla RSI",
         "Pagine web con impegni, risultati e progetti di responsabilità sociale.",
         "sustainability_accountability", (2000, 8000)),
        ("Campagna di comunicazione sulla RSI",
         "Campagna rivolta a clienti e cittadini sui progetti di responsabilità sociale.",
         "", (5000, 35000)),
        ("Marchio collettivo del laboratorio",
         "Uso del marchio del laboratorio su prodotti e materiali delle imprese aderenti.",
         "", (1000, 6000)),
        ("Premio RSI per i fornitori",
         "Riconoscimento annuale ai fornitori con le migliori pratiche sociali e ambientali.",
         "green_supply_chain", (2000, 9000)),
        ("Guida ai prodotti sostenibili per i clienti",
         "Catalogo che indica ai clienti le alternative a minore impatto.",
         "green_supply_chain", (3000, 12000)),
        ("Newsletter della sostenibilità",
         "Notiziario trimestrale per clienti e dipendenti.",
         "", (500, 4000)),
    ],
    "community": [
        ("Sostegno all'emporio solidale",
         "Prodotti e ore di volontariato per l'emporio che serve le famiglie in difficoltà.",
         "local_community", (2000, 15000)),
        ("Riqualificazione del parco di quartiere",
         "Panchine, giochi e piantumazioni nel parco vicino allo stabilimento.",
         "local_community", (8000, 50000)),
        ("Educazione ambientale nelle scuole",
         "Lezioni e visite in azienda su energia, acqua e rifiuti.",
         "schools_partnership", (1500, 8000)),
        ("Volontariato aziendale nelle associazioni",
         "Giornate di volontariato retribuite presso le associazioni del territorio.",
         "local_community", (2000, 12000)),
        ("Sport giovanile per tutti",
         "Quote di iscrizione pagate per i ragazzi di famiglie a basso reddito.",
         "local_community", (3000, 15000)),
        ("Computer ricondizionati per le scuole",
         "PC aziendali dismessi, ricondizionati e donati alle scuole.",
         "schools_partnership", (1000, 7000)),
        ("Orti sociali per anziani",
         "Orti comunali curati da anziani e dipendenti volontari.",
         "local_community", (3000, 12000)),
        ("Doposcuola per ragazzi in difficoltà",
         "Aiuto nei compiti con educatori e dipendenti volontari.",
         "local_community", (4000, 20000)),
        ("Orientamento al lavoro nelle scuole",
         "Incontri con imprenditori e tecnici nelle classi terze e quarte.",
         "schools_partnership", (1000, 5000)),
        ("Raccolta di beni per le famiglie in difficoltà",
         "Raccolta in azienda di alimenti e materiale scolastico.",
         "local_community", (500, 4000)),
        ("Pulizia dei sentieri dell'Appennino",
         "Giornate di manutenzione dei sentieri con le associazioni di montagna.",
         "local_community", (1000, 6000)),
    ],
    "reporting": [
        ("Primo bilancio sociale",
         "Primo bilancio sociale dell'impresa, presentato a dipendenti e comunità.",
         "sustainability_accountability", (8000, 25000)),
        ("Bilancio di sostenibilità {year}",
         "Rendicontazione annuale di risultati economici, sociali e ambientali.",
         "sustainability_accountability", (10000, 35000)),
        ("Bilancio ambientale",
         "Indicatori di consumi, emissioni e rifiuti, confrontati con l'anno precedente.",
         "sustainability_accountability", (6000, 20000)),
    ],
}  # fmt: skip
# Category counts beyond `reporting` (whose projects are scheduled in REPORTING_PLAN).
CATEGORY_COUNTS = {
    "environment": 45,
    "employees": 30,
    "work_life_balance": 22,
    "marketing": 18,
    "community": 25,
}
# year -> reporter numbers (0..5) that publish a report that year.
REPORTING_PLAN = {2009: [0, 1], 2010: [2, 0], 2011: [3, 4, 1], 2012: [5, 2, 0]}
# Cohort each reporter comes from (all of them stay members to the end).
REPORTER_COHORTS = [2009, 2009, 2009, 2010, 2011, 2012]
# How likely a category is to be run in partnership (relative weights).
PARTNERSHIP_WEIGHT = {
    "community": 5,
    "environment": 3,
    "employees": 3,
    "work_life_balance": 2,
    "marketing": 1.5,
    "reporting": 0.5,
}
STATUS_WEIGHTS = {
    2009: {"completed": 18, "stopped": 2},
    2010: {"completed": 16, "stopped": 2, "in_progress": 2},
    2011: {"completed": 10, "in_progress": 8, "stopped": 1},
    2012: {"in_progress": 12, "planned": 7, "idea": 1},
}

# --- meetings ---------------------------------------------------------------------------
MEETING_PLAN = [  # (month, kind)
    (2, "practice_exchange"),
    (3, "context_evaluation"),
    (4, "project_ideas"),
    (5, "thematic_workshop"),
    (6, "training_visit"),
    (9, "thematic_workshop"),
    (10, "co_design"),
    (11, "forum"),
]
WORKSHOP_THEMES = {
    2009: ["work_life_balance", "local_community"],
    2010: ["green_innovation", "sustainability_accountability"],
    2011: ["schools_partnership", "green_supply_chain"],
    2012: ["green_innovation", "work_life_balance"],
}
PRACTICE_TOPICS = {
    2009: "come nasce un progetto di RSI",
    2010: "misurare i risultati dei progetti",
    2011: "lavorare in rete con il terzo settore",
    2012: "coinvolgere i dipendenti",
}
FORUM_TOPICS = {
    2009: "il primo anno del laboratorio",
    2010: "imprese e territorio",
    2011: "partnership per la comunità",
    2012: "quattro anni di responsabilità sociale",
}
ATTENDANCE_SHARE = {
    "practice_exchange": 0.35,
    "context_evaluation": 0.3,
    "project_ideas": 0.4,
    "thematic_workshop": 0.3,
    "training_visit": 0.25,
    "co_design": 0.35,
    "forum": 0.75,
}

# --- savings ----------------------------------------------------------------------------
POLICY_AREA = {
    "environment": "environmental",
    "community": "social",
    "work_life_balance": "social",
    "employees": "labour",
    "marketing": "economic",
    "reporting": "economic",
}
METHODS = {
    "environmental": ["avoided_cost", "avoided_cost", "budget_saving", "in_kind"],
    "social": ["volunteer_time", "volunteer_time", "in_kind", "co_funding"],
    "labour": ["avoided_cost", "co_funding", "other"],
    "economic": ["co_funding", "budget_saving", "other"],
}
AUTHORITY_BY_AREA = {  # index into the three local authorities: region, province, city
    "environmental": [2, 2, 1],
    "social": [2, 2, 2, 1],
    "labour": [1, 1, 2],
    "economic": [0, 1, 2],
}


# --- records ----------------------------------------------------------------------------
@dataclass
class Org:
    org_id: str
    name: str
    kind: str
    sector: str = ""
    size: str = ""
    employees: int | None = None
    municipality: str = ""
    joined_year: int | None = None
    left_year: int | None = None
    short: str = ""

    @property
    def is_member(self) -> bool:
        return self.joined_year is not None

    def active_in(self, year: int) -> bool:
        return (
            self.joined_year is not None
            and self.joined_year <= year
            and (self.left_year is None or year <= self.left_year)
        )

    @property
    def size_group(self) -> str:
        if self.kind == "social_enterprise":
            return "social_enterprise"
        return "large" if self.size == "large" else "sme"


@dataclass
class Project:
    project_id: str
    title: str
    lead: Org
    category: str
    theme: str
    start_year: int
    status: str
    budget_cents: int | None
    description: str


def weighted_choice(rng: random.Random, weights: dict[str, float]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def money(cents: int | None) -> str:
    """Decimal point, no grouping; cents only when there are any."""
    if cents is None:
        return ""
    euros, rest = divmod(cents, 100)
    return f"{euros}" if rest == 0 else f"{euros}.{rest:02d}"


def opt(value: int | None) -> str:
    return "" if value is None else str(value)


# --- organizations ----------------------------------------------------------------------
def member_municipality(rng: random.Random, sector: str) -> str:
    if sector == "ceramic_tiles":
        return rng.choice(CERAMIC_DISTRICT) if rng.random() < 0.85 else "Modena"
    if sector == "textile" and rng.random() < 0.6:
        return "Carpi"
    return "Modena" if rng.random() < 0.55 else rng.choice(TOWNS)


def make_members(rng: random.Random) -> list[Org]:
    words = list(BRAND_WORDS)
    rng.shuffle(words)
    se_words = list(SOCIAL_ENTERPRISE_WORDS)
    members: list[Org] = []
    for year in YEARS:
        cohort: list[Org] = []
        slots = [size for size, n in SIZE_PLAN[year].items() for _ in range(n)]
        rng.shuffle(slots)
        for size in slots:
            sector = weighted_choice(rng, SECTOR_WEIGHTS[size])
            word = words.pop()
            pattern = rng.choice(NAME_PATTERNS[sector])
            name = f"{pattern.format(w=word)} {LEGAL_FORM[size]}"
            cohort.append(Org("", name, "company", sector, size, short=word))
        for sector, size in SOCIAL_ENTERPRISES[year]:
            word = se_words.pop(0)
            prefix = "Società Cooperativa Sociale" if word == "Àncora" else "Cooperativa Sociale"
            cohort.append(
                Org("", f"{prefix} {word}", "social_enterprise", sector, size, short=word)
            )
        for org in cohort:
            low, high = EMPLOYEES[org.size]
            if org.size == "large" and org.sector != "ceramic_tiles":
                high = 800
            org.employees = rng.randint(low, high)
            org.municipality = member_municipality(rng, org.sector)
            org.joined_year = year
        # Leavers: small firms a little more likely to leave early.
        scored = [
            (rng.random() + (0.35 if o.size in ("micro", "small") else 0.0), o) for o in cohort
        ]
        scored.sort(key=lambda pair: -pair[0])
        order = [o for _, o in scored]
        leave_years = [y for y, n in sorted(LEAVE_PLAN[year].items()) for _ in range(n)]
        for org, left in zip(order, leave_years, strict=False):
            org.left_year = left
        members.extend(cohort)
    return members


def make_organizations(rng: random.Random) -> list[Org]:
    members = make_members(rng)
    for number, org in enumerate(members, start=1):
        org.org_id = f"ORG-{number:03d}"
    partners = []
    for number, (name, kind, town) in enumerate(PARTNERS, start=len(members) + 1):
        partners.append(Org(f"ORG-{number:03d}", name, kind, municipality=town))
    return members + partners


# --- people -----------------------------------------------------------------------------
def make_people(rng: random.Random, orgs: list[Org]) -> list[tuple[str, str, str, str]]:
    people = []
    used: list[str] = []
    for org in orgs:
        if not org.is_member:
            continue
        low, high = PEOPLE_PER_SIZE[org.size]
        for index in range(rng.randint(low, high)):
            while True:
                full_name = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
                if full_name not in used:
                    break
            used.append(full_name)
            if index == 0 and org.size in ("micro", "small"):
                function = "ceo"
            else:
                function = rng.choice(FUNCTIONS[1:] if index == 0 else FUNCTIONS)
            people.append((f"PER-{len(people) + 1:03d}", org.org_id, full_name, function))
    return people


# --- projects ---------------------------------------------------------------------------
def pick_reporters(rng: random.Random, members: list[Org]) -> list[Org]:
    reporters: list[Org] = []
    for cohort in REPORTER_COHORTS:
        pool = [
            o
            for o in members
            if o.joined_year == cohort
            and o.left_year is None
            and o.kind == "company"
            and o.size in ("large", "medium")
            and o not in reporters
        ]
        pool.sort(key=lambda o: (o.size != "large", o.org_id))
        reporters.append(pool[rng.randrange(min(3, len(pool)))])
    return reporters


def pick_leads(rng: random.Random, active: list[Org], count: int, led: list[str]) -> list[Org]:
    """Members without a project yet first (those leaving soonest first), then by size."""
    fresh = [o for o in active if o.org_id not in led]
    rng.shuffle(fresh)
    fresh.sort(key=lambda o: o.left_year or 9999)
    leads = fresh[:count]
    others = [o for o in active if o not in leads]
    while len(leads) < count:
        pick = rng.choices(others, weights=[SIZE_WEIGHT[o.size] for o in others])[0]
        others.remove(pick)
        leads.append(pick)
    return leads


def make_projects(rng: random.Random, orgs: list[Org]) -> list[Project]:
    members = [o for o in orgs if o.is_member]
    reporters = pick_reporters(rng, members)
    categories = [c for c, n in CATEGORY_COUNTS.items() for _ in range(n)]
    rng.shuffle(categories)
    templates_of = {c: list(t) for c, t in PROJECT_TEMPLATES.items()}
    for category in templates_of:
        rng.shuffle(templates_of[category])
    turn = {c: 0 for c in templates_of}
    led: list[str] = []
    titles: list[str] = []
    projects: list[Project] = []
    for year in YEARS:
        active = [o for o in members if o.active_in(year)]
        planned = [(reporters[r], "reporting") for r in REPORTING_PLAN[year]]
        n_other = PROJECTS[year] - len(planned)
        year_categories, categories = categories[:n_other], categories[n_other:]
        leads = pick_leads(rng, active, n_other, led)
        planned += list(zip(leads, year_categories, strict=True))
        rng.shuffle(planned)
        for lead, category in planned:
            templates = templates_of[category]
            if category == "reporting":
                # A first report (social or environmental), then a yearly sustainability one.
                again = any(p.lead is lead and p.category == category for p in projects)
                templates = [t for t in templates if ("{year}" in t[0]) == again]
            for _ in range(len(templates)):
                title, description, theme, (low, high) = templates[turn[category] % len(templates)]
                turn[category] += 1
                title = f"{title.format(year=year)} – {lead.short}"
                if title not in titles:
                    break
            assert title not in titles, title
            titles.append(title)
            led.append(lead.org_id)
            high = min(high, BUDGET_CAP[lead.size])
            low = min(low, high // 2)
            budget = None if rng.random() < 0.06 else rng.randint(low // 500, high // 500) * 500
            projects.append(
                Project(
                    project_id="",
                    title=title,
                    lead=lead,
                    category=category,
                    theme=theme if rng.random() < 0.7 else "",
                    start_year=year,
                    status=weighted_choice(rng, STATUS_WEIGHTS[year]),
                    budget_cents=None if budget is None else budget * 100,
                    description=description,
                )
            )
    for number, project in enumerate(projects, start=1):
        project.project_id = f"PRJ-{number:03d}"
    return projects


# --- partnerships -----------------------------------------------------------------------
def partnership_designs(rng: random.Random, project: Project) -> list[str]:
    """Which kinds of partner a project brings in: business / ngo / public."""
    options = {
        "community": [["public", "ngo"], ["ngo"], ["public"], ["public", "school"]],
        "environment": [["public"], ["business"], ["business", "public"], ["ngo"]],
        "employees": [["ngo"], ["school"], ["business"], ["public", "ngo"]],
        "work_life_balance": [["business"], ["public"], ["business", "public"]],
        "marketing": [["association"], ["business"], ["business", "association"]],
        "reporting": [["association"], ["ngo"]],
    }[project.category]
    return rng.choice(options)


def make_partners(
    rng: random.Random, orgs: list[Org], projects: list[Project]
) -> list[tuple[Project, Org, int | None]]:
    members = [o for o in orgs if o.is_member]
    by_kind = {
        kind: [o for o in orgs if o.kind == kind and not o.is_member]
        for kind in ("local_authority", "association", "ngo", "school")
    }
    chosen: list[Project] = []
    for year in YEARS:
        of_year = [p for p in projects if p.start_year == year]
        scored = [(rng.random() * PARTNERSHIP_WEIGHT[p.category], p) for p in of_year]
        scored.sort(key=lambda pair: -pair[0])
        chosen.extend(
            sorted((p for _, p in scored[: IN_PARTNERSHIP[year]]), key=lambda p: p.project_id)
        )
    rows: list[tuple[Project, Org, int | None]] = []
    for project in chosen:
        partners: list[Org] = []
        for design in partnership_designs(rng, project):
            if design == "business":
                # Across sizes: a large lead brings in SMEs or a social enterprise, an SME a
                # large company or a social enterprise.
                pool = [
                    o
                    for o in members
                    if o.active_in(project.start_year)
                    and o is not project.lead
                    and o.size_group != project.lead.size_group
                ]
                partners += rng.sample(pool, 2 if project.lead.size == "large" else 1)
            elif design == "public":
                # region, province, city council: the city is the usual partner
                authorities = by_kind["local_authority"]
                partners.append(rng.choices(authorities, weights=[1, 2, 5])[0])
            elif design == "school":
                partners.append(rng.choice(by_kind["school"]))
            elif design == "association":
                partners.append(rng.choice(by_kind["association"]))
            else:
                partners.append(rng.choice(by_kind["ngo"] + by_kind["association"][-1:]))
        for partner in partners:
            if partner.kind in ("company", "social_enterprise"):
                cents = rng.randint(2, 30) * 50000
            elif partner.kind == "local_authority":
                cents = rng.randint(4, 40) * 50000 if rng.random() < 0.7 else None
            else:
                cents = rng.randint(1, 8) * 25000 if rng.random() < 0.5 else None
            rows.append((project, partner, cents))
    # One same-size business pair too, so business_business is not only "across sizes".
    smes = [p for p in chosen if p.lead.size_group == "sme" and p.start_year == 2011]
    project = smes[0]
    taken = [o for p, o, _ in rows if p is project]
    pool = [
        o
        for o in members
        if o.active_in(2011) and o.size_group == "sme" and o is not project.lead and o not in taken
    ]
    rows.append((project, rng.choice(pool), rng.randint(2, 10) * 50000))
    return rows


# --- meetings and attendance ------------------------------------------------------------
def meeting_date(rng: random.Random, year: int, month: int, kind: str) -> dt.date:
    while True:
        day = dt.date(year, month, rng.randint(3, 27))
        wanted = (4,) if kind == "forum" else (0, 1, 2, 3, 4)  # the forum is on a Friday
        if day.weekday() in wanted:
            return day


def make_meetings(rng: random.Random, orgs: list[Org]) -> list[tuple[str, str, str, str, str]]:
    themes = {code: label for code, label, _ in THEMES}
    meetings = []
    for year in YEARS:
        workshops = list(WORKSHOP_THEMES[year])
        hosts = [o for o in orgs if o.active_in(year) and o.size == "large"]
        for month, kind in MEETING_PLAN:
            theme = ""
            if kind == "practice_exchange":
                title = f"Scambio di buone pratiche: {PRACTICE_TOPICS[year]}"
            elif kind == "context_evaluation":
                title = f"Valutazione del contesto territoriale {year}"
            elif kind == "project_ideas":
                title = f"Idee di progetto per il {year}"
            elif kind == "thematic_workshop":
                theme = workshops.pop(0)
                title = f"Workshop: {themes[theme].lower()}"
            elif kind == "training_visit":
                title = f"Visita formativa presso {rng.choice(hosts).name}"
            elif kind == "co_design":
                title = f"Co-progettazione dei progetti {year + 1}"
            else:
                title = f"Forum RSI {year}: {FORUM_TOPICS[year]}"
            day = meeting_date(rng, year, month, kind)
            meetings.append(("", day.isoformat(), kind, theme, title))
    return [(f"MTG-{n:02d}", *m[1:]) for n, m in enumerate(meetings, start=1)]


def make_attendance(
    rng: random.Random, orgs: list[Org], meetings: list[tuple], people: list[tuple]
) -> list[tuple[str, str, str]]:
    people_of: dict[str, list[str]] = {}
    for person_id, org_id, _, _ in people:
        people_of.setdefault(org_id, []).append(person_id)
    rows = []
    for meeting_id, date, kind, theme, _ in meetings:
        year = int(date[:4])
        for org in orgs:
            if org.is_member:
                if not org.active_in(year) or rng.random() >= ATTENDANCE_SHARE[kind]:
                    continue
                person = rng.choice(people_of[org.org_id]) if org.org_id in people_of else ""
                rows.append((meeting_id, org.org_id, person))
                continue
            share = {
                "local_authority": 0.9 if kind in ("forum", "context_evaluation") else 0.1,
                "association": 0.5 if kind == "forum" else 0.1,
                "ngo": 0.6 if theme == "local_community" or kind == "forum" else 0.05,
                "school": 0.8 if theme == "schools_partnership" else 0.0,
            }[org.kind]
            if rng.random() < share:
                rows.append((meeting_id, org.org_id, ""))
    return rows


# --- savings ----------------------------------------------------------------------------
def saving_amount(rng: random.Random, area: str, method: str) -> tuple[int, str]:
    """(amount in cents, note explaining it)."""
    if method == "avoided_cost" and area == "environmental":
        tonnes_tenths, rate = rng.randint(40, 1800), rng.choice([92, 98, 104, 112])
        tonnes = f"{tonnes_tenths // 10},{tonnes_tenths % 10}"
        note = (
            f"{tonnes} t di rifiuto indifferenziato non smaltite × {rate} €/t, "
            "tariffa comunale di smaltimento"
        )
        return tonnes_tenths * rate * 10, note
    if method == "budget_saving" and area == "environmental":
        kwh, price = rng.randint(40, 900) * 100, rng.choice([14, 16, 17])
        return kwh * price, (
            f"{kwh} kWh in meno negli edifici comunali × 0,{price} €/kWh, bollette a confronto"
        )
    if method == "in_kind" and area == "environmental":
        count, value = rng.randint(10, 120), rng.choice([35, 48, 60])
        return count * value * 100, (
            f"{count} contenitori per la raccolta differenziata donati, {value} € l'uno "
            "a prezzo di listino"
        )
    if method == "volunteer_time":
        hours, rate = rng.randint(40, 900), rng.choice([1850, 2000, 2175])
        return hours * rate, (
            f"{hours} ore di volontariato dei dipendenti × {rate // 100},{rate % 100:02d} €/h, "
            "costo orario "
            "di un operatore dei servizi comunali"
        )
    if method == "in_kind":
        kits, value = rng.randint(20, 300), rng.choice([25, 40, 55])
        return kits * value * 100, (
            f"{kits} kit di beni di prima necessità consegnati ai servizi sociali, {value} € l'uno"
        )
    if method == "avoided_cost":
        people, months, monthly = rng.randint(1, 6), rng.randint(6, 12), rng.choice([350, 420])
        return people * months * monthly * 100, (
            f"{people} persone assunte × {months} mesi × {monthly} € di sussidio "
            "che la Provincia non ha dovuto erogare"
        )
    if method == "co_funding":
        cents = rng.randint(20, 400) * 5000
        what = {
            "social": "servizio di doposcuola",
            "labour": "borse lavoro",
            "economic": "iniziativa di promozione",
        }[area]
        return cents, f"Quota privata del costo di {what}, prevista a carico del bilancio pubblico"
    if method == "budget_saving":
        cents = rng.randint(10, 300) * 10000
        return cents, "Spesa consuntiva inferiore allo stanziamento per lo stesso servizio"
    cents = rng.randint(5, 150) * 10000
    if area == "labour":
        return cents, "Ore di formazione per disoccupati tenute dai tecnici, a tariffa di mercato"
    return cents, "Materiali di comunicazione prodotti dalle imprese per l'ente, a preventivo"


def make_savings(
    rng: random.Random,
    orgs: list[Org],
    projects: list[Project],
    partner_rows: list[tuple[Project, Org, int | None]],
) -> list[tuple]:
    authorities = [o for o in orgs if o.kind == "local_authority"]
    with_authority: dict[str, Org] = {}
    for project, partner, _ in partner_rows:
        if partner.kind == "local_authority" and project.project_id not in with_authority:
            with_authority[project.project_id] = partner
    running = [p for p in projects if p.status in ("completed", "in_progress")]
    candidates = [p for p in running if p.project_id in with_authority]
    extra = [
        p
        for p in running
        if p.project_id not in with_authority
        and p.category in ("environment", "community", "employees")
        and rng.random() < 0.12
    ]
    rows = []
    for project in sorted(candidates + extra, key=lambda p: p.project_id):
        years = list(range(project.start_year, YEARS[-1] + 1))
        count = min(len(years), rng.choice([1, 2, 2, 3]))
        authority = (
            with_authority.get(project.project_id)
            or authorities[rng.choice(AUTHORITY_BY_AREA[POLICY_AREA[project.category]])]
        )
        for year in sorted(rng.sample(years, count)):
            area = POLICY_AREA[project.category] if rng.random() < 0.8 else "economic"
            method = rng.choice(METHODS[area])
            cents, note = saving_amount(rng, area, method)
            verified = rng.random() < 0.55
            note += "; verificato dall'ufficio dell'ente" if verified else "; stima del progetto"
            rows.append(
                (project.project_id, year, authority.org_id, area, cents, method, verified, note)
            )
    return rows


# --- the export ---------------------------------------------------------------------------
def build(rng: random.Random) -> dict[str, list[list[str]]]:
    """Every table as header + rows of strings, file name -> rows."""
    orgs = make_organizations(rng)
    people = make_people(rng, orgs)
    projects = make_projects(rng, orgs)
    partner_rows = make_partners(rng, orgs, projects)
    meetings = make_meetings(rng, orgs)
    attendance = make_attendance(rng, orgs, meetings, people)
    savings = make_savings(rng, orgs, projects, partner_rows)
    check(orgs, projects, partner_rows, meetings, savings)

    partner_rows.sort(key=lambda row: (row[0].project_id, row[1].org_id))
    fees = [
        (org.org_id, year, FEE_EUR[org.size] // (2 if org.kind == "social_enterprise" else 1))
        for org in orgs
        if org.is_member
        for year in YEARS
        if org.active_in(year)
    ]

    def rows(name: str, body) -> list[list[str]]:
        return [COLUMNS[name], *(list(row) for row in body)]

    return {
        "sectors.csv": rows("sectors.csv", SECTORS),
        "categories.csv": rows("categories.csv", CATEGORIES),
        "themes.csv": rows("themes.csv", THEMES),
        "organizations.csv": rows(
            "organizations.csv",
            (
                (o.org_id, o.name, o.kind, o.sector, o.size, opt(o.employees), o.municipality,
                 opt(o.joined_year), opt(o.left_year))
                for o in orgs
            ),
        ),
        "people.csv": rows("people.csv", people),
        "meetings.csv": rows("meetings.csv", meetings),
        "attendance.csv": rows("attendance.csv", attendance),
        "projects.csv": rows(
            "projects.csv",
            (
                (p.project_id, p.title, p.lead.org_id, p.category, p.theme, str(p.start_year),
                 p.status, money(p.budget_cents), p.description)
                for p in projects
            ),
        ),
        "project_partners.csv": rows(
            "project_partners.csv", ((p.project_id, o.org_id, money(c)) for p, o, c in partner_rows)
        ),
        "savings.csv": rows(
            "savings.csv",
            (
                (pid, str(y), a, area, money(c), m, "true" if v else "false", note)
                for pid, y, a, area, c, m, v, note in savings
            ),
        ),
        "fees.csv": rows("fees.csv", ((o, str(y), money(e * 100)) for o, y, e in fees)),
        "export.csv": rows("export.csv", [(NETWORK, EXPORTED_ON, "true", CONTACT)]),
    }  # fmt: skip


def check(
    orgs: list[Org],
    projects: list[Project],
    partner_rows: list[tuple[Project, Org, int | None]],
    meetings: list[tuple],
    savings: list[tuple],
) -> None:
    """Fail loudly when the demo drifts from DEMO.md."""
    members = [o for o in orgs if o.is_member]
    assert len(members) == sum(JOINED.values()) == 100
    for year in YEARS:
        assert sum(o.joined_year == year for o in members) == JOINED[year], year
        assert sum(o.left_year == year for o in members) == LEFT[year], year
        assert sum(o.active_in(year) for o in members) == ACTIVE[year], year
        assert sum(p.start_year == year for p in projects) == PROJECTS[year], year
        in_partnership = {p.project_id for p, _, _ in partner_rows if p.start_year == year}
        assert len(in_partnership) == IN_PARTNERSHIP[year], (year, len(in_partnership))
    first = [o for o in members if o.joined_year == 2009]
    assert sum(o.size in ("medium", "large") for o in first) == 19
    assert sum(o.size == "small" for o in first) == 4
    assert sum(o.size == "micro" for o in first) == 4
    in_modena = sum(o.municipality == "Modena" for o in members)
    assert 40 <= in_modena <= 60, in_modena
    assert sorted({o.sector for o in members}) == sorted(code for code, *_ in SECTORS)
    reporting_leads = {p.lead.org_id for p in projects if p.category == "reporting"}
    assert len(reporting_leads) == REPORTING_LEADS
    for p in projects:
        assert p.lead.active_in(p.start_year), p.project_id
    involved = {p.lead.org_id for p in projects} | {o.org_id for _, o, _ in partner_rows}
    assert all(o.org_id in involved for o in members), "a member with no project"
    pairs = [(p.project_id, o.org_id) for p, o, _ in partner_rows]
    assert len(pairs) == len(set(pairs)), "duplicate partner"
    assert all(p.lead is not o for p, o, _ in partner_rows), "lead as its own partner"
    assert len(meetings) == 32
    assert {m[3] for m in meetings if m[3]} == {code for code, *_ in THEMES}
    assert 40 <= len(savings) <= 70, len(savings)
    for area in ("economic", "environmental", "social", "labour"):
        flags = {row[6] for row in savings if row[3] == area}
        assert flags == {True, False}, (area, flags)
    assert {row[5] for row in savings} == {m for ms in METHODS.values() for m in ms}


def write_demo(outdir: Path) -> None:
    """Write every CSV of the demo export into outdir (created if missing)."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    for name, rows in build(random.Random(SEED)).items():
        with open(outdir / name, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
            writer.writerows(rows)


def main(argv: list[str]) -> int:
    outdir = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[1] / "data"
    write_demo(outdir)
    print(f"demo export written to {outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
