"""dashboard.load: dialects, the validation report, staging and the derived views.

Every expected figure and message below is written by hand from the fixture files.
"""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from dashboard.export import contract
from dashboard.export.load import load_export
from dashboard.export.problems import format_report
from dashboard.export.read import ExportUnreadable, export_fingerprint
from dashboard.publishing.home import default_data_dir
from tests.test_queries import SMALL

BASIC = Path(__file__).parent / "fixtures" / "basic"


def make_export(folder: Path, files: dict[str, str | bytes | None] | None = None) -> Path:
    """The basic fixture copied to `folder`, with files replaced (text is UTF-8) or removed."""
    shutil.copytree(BASIC, folder)
    for name, content in (files or {}).items():
        path = folder / name
        if content is None:
            path.unlink()
        elif isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
    return folder


def report(folder: Path, lang: str = "en") -> list[str]:
    result = load_export(folder)
    assert result.con is None
    return format_report(result.problems, lang)


# The basic export written with `;`, BOM, Italian numbers and dates, upper-case headers with
# spaces, shuffled columns, trailing delimiters, empty and blank lines and an extra column.
SEMICOLON = {
    "organizations.csv": (
        " NAME ; ORG_ID ;Kind;SECTOR;Size;Employees;Municipality;Joined_Year;LEFT_YEAR;"
        "Note interne;\r\n"
        "Alfa Meccanica;ORG-1;company;manufacturing;large;1.250;Modena;2009;;fondatore;\r\n"
        "\r\n"
        "Beta Software;ORG-2;company;ict;small;25;Carpi;2010;2011;;\r\n"
        ";;;;;;;;;;\r\n"
        "Società Cooperativa Sociale Àncora;ORG-3;social_enterprise;social_services;small;"
        "40;Modena;2.009;;;\r\n"
        "Comune di Modena;ORG-4;local_authority;;;;Modena;;;;\r\n"
        "Legambiente Modena;ORG-5;ngo;;;;Modena;;;;\r\n"
        "Istituto Tecnico Corni;ORG-6;school;;;;Modena;;;;\r\n"
        "Gamma Foods;ORG-7;company;food;micro;6;Sassuolo;2011;;;\r\n"
        "Fondazione Delta;ORG-8;other;;;;Modena;;;;\r\n"
        "Epsilon Srl;ORG-9;company;manufacturing;medium;120;Mirandola;2012;;;\r\n"
    ),
    "projects.csv": (
        "PROJECT_ID;LEAD_ORG_ID;TITLE;CATEGORY;THEME;START_YEAR;STATUS;BUDGET_EUR;DESCRIPTION;\r\n"
        "P-1;ORG-1;Mensa verde;environment;green_innovation;2009;completed;12.500,50 €;"
        '"Menu a km 0 – “filiera corta”, 12 € a pasto";\r\n'
        'P-2;ORG-3;Bilancio sociale;reporting;;2010;completed;3.000;"Il primo ""bilancio"" '
        'della cooperativa";\r\n'
        'P-3;ORG-2;Scuola-lavoro;community;schools;2011;in_progress;1.234.567,89 €;"Due righe\r\n'
        'di descrizione";\r\n'
        "\r\n"
        "P-4;ORG-7;Idea solitaria;community;;2012;idea;;;\r\n"
        "P-5;ORG-9;Fondazione e impresa;environment;;2012;planned;0 €;;\r\n"
        "P-6;ORG-5;Parco pubblico;community;;2012;planned;;;\r\n"
        "P-7;ORG-7;Filiera corta;environment;;2012;in_progress;250,75;;\r\n"
    ),
    "project_partners.csv": (
        "Org_Id;Project_Id;Contribution_EUR\r\n"
        "ORG-2;P-1;1.000\r\n"
        "ORG-5;P-1;\r\n"
        "ORG-4;P-1;2.500,25 €\r\n"
        "ORG-7;P-2;300,00\r\n"
        "ORG-6;P-3;\r\n"
        "ORG-8;P-5;\r\n"
        "ORG-4;P-6;5 000\r\n"
        "ORG-2;P-7;\r\n"
    ),
    "savings.csv": (
        "project_id;year;authority_org_id;policy_area;amount_eur;method;verified;note\r\n"
        'P-1;2010;ORG-4;environmental;1.500,00 €;avoided_cost;Sì;"Smaltimento evitato, '
        'stima del Comune"\r\n'
        "P-3;2012;ORG-4;social;800,5;volunteer_time;NO;\r\n"
    ),
    "fees.csv": (
        "ORG_ID;YEAR;AMOUNT_EUR\r\nORG-1;2009;500 €\r\nORG-1;2010;500,00\r\nORG-2;2010;250\r\n"
    ),
    "meetings.csv": (
        "meeting_id;date;kind;theme;title\r\n"
        "M-1;12/02/2009;practice_exchange;;Scambio di pratiche\r\n"
        "M-2;03/06/2010;thematic_workshop;green_innovation;Innovazione verde\r\n"
    ),
    "attendance.csv": (
        "meeting_id;org_id;person_id\r\nM-1;ORG-1;PER-1\r\nM-1;ORG-3;\r\nM-2;ORG-2;PER-2\r\n"
    ),
    "people.csv": (
        "person_id;org_id;full_name;function\r\n"
        "PER-1;ORG-1;Mario Rossi;ceo\r\n"
        "PER-2;ORG-2;Giulia Bianchi;hr\r\n"
    ),
    "export.csv": (
        "network;exported_on;synthetic;contact\r\n"
        "Laboratorio RSI Modena;15/01/2013;VERO;info@example.org\r\n"
    ),
    "sectors.csv": (
        "code;label_it;label_en;nace\r\n"
        "manufacturing;Manifattura;Manufacturing;C\r\n"
        "ict;Informatica;ICT;J\r\n"
        "social_services;Servizi sociali;Social services;Q\r\n"
        "food;Alimentare;Food;C10\r\n"
    ),
    "categories.csv": (
        "code;label_it;label_en;sdgs\r\n"
        "environment;Ambiente;Environment;7|12|13\r\n"
        "reporting;Rendicontazione;Reporting;12\r\n"
        "community;Comunità;Community;11\r\n"
    ),
    "themes.csv": (
        "code;label_it;label_en\r\n"
        "green_innovation;Innovazione verde;Green innovation\r\n"
        "schools;Partnership con le scuole;Partnership with schools\r\n"
    ),
}


def contract_rows(con, table: contract.Table) -> list[tuple]:
    return sorted(con.table(table.table).project(*table.column_names).fetchall(), key=repr)


@pytest.fixture(scope="module")
def basic():
    result = load_export(BASIC)
    assert result.ok, format_report(result.problems, "en")
    return result


def test_basic_export_is_staged_with_its_types(basic):
    con = basic.con
    assert basic.warnings == []
    assert basic.years == (2009, 2012)
    assert basic.exported == frozenset(t.name for t in contract.TABLES)
    assert basic.row_counts == {
        "organizations": 9,
        "people": 2,
        "meetings": 2,
        "attendance": 3,
        "projects": 7,
        "project_partners": 8,
        "savings": 2,
        "fees": 3,
        "export": 1,
        "sectors": 4,
        "categories": 3,
        "themes": 2,
    }
    org = con.execute(
        "select name, kind, sector, size, size_group, employees, joined_year, left_year "
        "from organizations where org_id = 'ORG-3'"
    ).fetchall()
    assert org == [
        (
            "Società Cooperativa Sociale Àncora",
            "social_enterprise",
            "social_services",
            "small",
            "social_enterprise",
            40,
            2009,
            None,
        )
    ]
    groups = con.execute("select org_id, size_group from organizations order by org_id").fetchall()
    assert dict(groups) == {
        "ORG-1": "large",
        "ORG-2": "sme",
        "ORG-3": "social_enterprise",
        "ORG-4": None,
        "ORG-5": None,
        "ORG-6": None,
        "ORG-7": "sme",
        "ORG-8": None,
        "ORG-9": "sme",
    }
    budgets = con.execute("select project_id, budget_eur from projects order by 1").fetchall()
    assert budgets == [
        ("P-1", Decimal("12500.50")),
        ("P-2", Decimal("3000.00")),
        ("P-3", Decimal("1234567.89")),
        ("P-4", None),
        ("P-5", Decimal("0.00")),
        ("P-6", None),
        ("P-7", Decimal("250.75")),
    ]
    descriptions = con.execute(
        "select description from projects where project_id in ('P-1', 'P-3')"
    )
    assert sorted(descriptions.fetchall()) == [
        ("Due righe\ndi descrizione",),
        ("Menu a km 0 – “filiera corta”, 12 € a pasto",),
    ]
    assert con.execute("select * from export_info").fetchall() == [
        ("Laboratorio RSI Modena", date(2013, 1, 15), True, "info@example.org")
    ]
    assert con.execute("select meeting_id, date, year from meetings order by 1").fetchall() == [
        ("M-1", date(2009, 2, 12), 2009),
        ("M-2", date(2010, 6, 3), 2010),
    ]
    assert con.execute("select verified, amount_eur from savings order by year").fetchall() == [
        (True, Decimal("1500.00")),
        (False, Decimal("800.50")),
    ]


def test_codes_are_enums_from_the_contract_and_the_export(basic):
    types = dict(
        basic.con.execute(
            "select column_name, data_type from information_schema.columns "
            "where table_name = 'organizations'"
        ).fetchall()
    )
    assert types["kind"].startswith("ENUM('company', 'social_enterprise'")
    assert types["sector"] == "ENUM('manufacturing', 'ict', 'social_services', 'food')"
    assert types["size_group"] == "ENUM('large', 'sme', 'social_enterprise')"
    assert types["employees"] == "INTEGER"
    category = basic.con.execute("select enum_range(null::category)").fetchall()
    assert category == [(["environment", "reporting", "community"],)]


@pytest.mark.parametrize("dialect", ["semicolon_bom", "windows_1252", "utf8_crlf"])
def test_every_dialect_gives_the_same_tables(tmp_path, basic, dialect):
    folder = tmp_path / "export"
    if dialect == "semicolon_bom":
        make_export(folder, {n: "\ufeff" + text for n, text in SEMICOLON.items()})
    else:
        make_export(folder)
        for path in folder.iterdir():
            text = path.read_text(encoding="utf-8")
            if dialect == "windows_1252":
                path.write_bytes(text.encode("cp1252"))
            else:
                path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    result = load_export(folder)
    assert result.ok, format_report(result.problems, "en")
    assert result.years == (2009, 2012)
    for table in contract.TABLES:
        assert contract_rows(result.con, table) == contract_rows(basic.con, table), table.name
    if dialect == "semicolon_bom":
        assert format_report(result.warnings, "en") == [
            "organizations.csv:1: Note interne: unknown column, kept as text"
        ]
        notes = result.con.execute(
            'select org_id, "note interne" from organizations where "note interne" is not null'
        ).fetchall()
        assert notes == [("ORG-1", "fondatore")]


def test_windows_1252_keeps_accents_euro_dash_and_curly_quotes(tmp_path):
    folder = make_export(tmp_path / "export")
    for name in ("organizations.csv", "projects.csv"):
        path = folder / name
        path.write_bytes(path.read_text(encoding="utf-8").encode("cp1252"))
    assert b"\x80" in (folder / "projects.csv").read_bytes()  # `€` in Windows-1252
    result = load_export(folder)
    name = result.con.execute("select name from organizations where org_id = 'ORG-3'").fetchall()
    assert name == [("Società Cooperativa Sociale Àncora",)]
    text = result.con.execute("select description from projects where project_id = 'P-1'")
    assert text.fetchall() == [("Menu a km 0 – “filiera corta”, 12 € a pasto",)]


def test_missing_optional_files_give_empty_tables_of_the_same_schema(tmp_path, basic):
    optional = [t for t in contract.TABLES if not t.required]
    folder = make_export(tmp_path / "export", {t.file: None for t in optional})
    (folder / "people.csv").write_text("person_id,org_id,full_name,function\n")
    result = load_export(folder)
    assert result.ok, format_report(result.problems, "en")
    assert result.exported == frozenset(
        {"organizations", "projects", "sectors", "categories", "themes", "people"}
    )
    assert result.years == (2009, 2012)  # joined_year, left_year and start_year alone
    for table in optional:
        staged, expected = result.con.table(table.table), basic.con.table(table.table)
        assert (staged.columns, staged.types) == (expected.columns, expected.types)
        assert staged.fetchall() == []
    assert result.con.table("project_partnership_types").fetchall() == []
    # Without project_partners.csv no member has a partnership, only the projects it leads.
    assert result.warnings == []


def test_file_names_are_matched_without_case_and_other_csv_files_are_warnings(tmp_path):
    folder = make_export(tmp_path / "export")
    (folder / "organizations.csv").rename(folder / "Organizations.CSV")
    (folder / "notes.csv").write_text("a,b\n1,2\n")
    (folder / "README.txt").write_text("not a csv")
    result = load_export(folder)
    assert result.ok
    assert result.row_counts["organizations"] == 9
    assert format_report(result.warnings, "en") == ["notes.csv: not part of the export, ignored"]


def test_extra_columns_named_like_computed_ones_are_not_kept(tmp_path):
    meetings = "meeting_id,date,kind,Year\nM-1,2009-02-12,forum,2010\nM-2,2010-06-03,forum,\n"
    result = load_export(make_export(tmp_path / "export", {"meetings.csv": meetings}))
    assert result.ok
    assert format_report(result.warnings, "en") == [
        "meetings.csv:1: Year: unknown column named like a computed column, ignored"
    ]
    assert result.con.execute("select year from meetings order by 1").fetchall() == [
        (2009,),
        (2010,),
    ]


# The report


BAD_FILES = {
    "organizations.csv": (
        "org_id,name,kind,sector,size,employees,municipality,joined_year,left_year\n"
        "ORG-1,Alfa Meccanica,company,manufacturing,large,1250,Modena,2009,\n"
        "ORG-2,Beta Software,company,ict,small,25,Carpi,2010,2011\n"
        "ORG-3,Società Cooperativa Sociale Àncora,social_enterprise,social_services,small,"
        "40,Modena,2009,\n"
        "ORG-4,Comune di Modena,local_authority,,,,Modena,,\n"
        "ORG-5,Legambiente Modena,ngo,,,,Modena,,\n"
        "ORG-6,Istituto Tecnico Corni,school,,,,Modena,,\n"
        "ORG-7,Gamma Foods,company,food,micro,6,Sassuolo,2011,\n"
        "ORG-8,Fondazione Delta,other,,,,Modena,,\n"
        "ORG-9,Epsilon Srl,company,manufacturing,medium,120,Mirandola,2012,\n"
        "ORG-1,Doppione,ngo,,,,Modena,,\n"
        "ORG-10,,Company,,,-3,Modena,2012,2010\n"
        "ORG-11,Zeta,company,,,12.5,Modena,,2011\n"
        "ORG-12,Eta,social_enterprise,mining,small,10,Modena,20x9,\n"
    ),
    "projects.csv": (
        "project_id,title,lead_org_id,category,theme,start_year,status,budget_eur,description\n"
        'P-1,Mensa verde,ORG-1,environment,green_innovation,2009,completed,12500.50,"Menu\n'
        'su due righe"\n'
        "\n"
        "P-2,Bilancio sociale,ORG-999,reporting,,2010,completed,3000,\n"
        'P-3,Scuola-lavoro,ORG-2,sport,beach,2011,done,12.345,"a\n'
        "b\n"
        'c"\n'
        ",,,,,,,,\n"
        "P-2,Copia,ORG-3,reporting,,2010x,idea,-5,\n"
        'P-4,Idea,ORG-7,community,,2012,idea,"1,5",\n'
    ),
    "project_partners.csv": (
        "project_id,org_id,contribution_eur\n"
        "P-1,ORG-2,1000\n"
        "P-1,ORG-1,\n"
        "P-1,ORG-2,5\n"
        "P-9,ORG-5,\n"
        'P-3,ORG-6,"1.234,5"\n'
    ),
    "savings.csv": (
        "project_id,year,authority_org_id,policy_area,amount_eur,method,verified,note\n"
        "P-1,2010,ORG-5,environmental,1500.00,avoided_cost,forse,\n"
        "P-3,2012,ORG-4,health,,gift,true,\n"
    ),
    "fees.csv": "org_id,year,amount_eur\nORG-1,2009,500\nORG-1,2009,400\nORG-77,2010,250\n",
    "meetings.csv": (
        "meeting_id,date,kind,theme,title\n"
        "M-1,31/02/2009,practice_exchange,,x\n"
        "M-2,2010-06-03,workshop,green_innovation,y\n"
    ),
    "attendance.csv": "meeting_id,org_id,person_id\nM-1,ORG-1,PER-9\nM-3,ORG-1,\n",
    "people.csv": "person_id,org_id,full_name,function\nPER-1,ORG-1,Mario Rossi,boss\n",
    "export.csv": "network,exported_on,synthetic,contact\nRete,,true,\nAltra rete,2013-01-15,,\n",
    "sectors.csv": (
        "code,label_it,label_en,nace\n"
        "manufacturing,Manifattura,Manufacturing,C\n"
        "ict,Informatica,ICT,J\n"
        "social_services,Servizi sociali,Social services,Q\n"
        "food,Alimentare,Food,C10\n"
        "Food Service,Ristorazione,Food service,I\n"
    ),
    "themes.csv": "code,label_it,colour\ngreen_innovation,Innovazione verde,green\n",
}

BAD_REPORT = [
    "organizations.csv:11: org_id: duplicate of line 2 (ORG-1)",
    "organizations.csv:12: name: required, empty",
    "organizations.csv:12: kind: unknown code, allowed: company, social_enterprise, ngo, "
    "local_authority, association, school, other (Company)",
    "organizations.csv:12: employees: negative (-3)",
    "organizations.csv:12: left_year: before joined_year 2012 (2010)",
    "organizations.csv:13: sector: required for kind company",
    "organizations.csv:13: size: required for kind company",
    "organizations.csv:13: employees: not a whole number (12.5)",
    "organizations.csv:13: left_year: set without joined_year (2011)",
    "organizations.csv:14: sector: code not in sectors.csv (mining)",
    "organizations.csv:14: joined_year: not a whole number (20x9)",
    "people.csv:2: function: unknown code, allowed: ceo, ehs, rnd, communications, hr, "
    "other (boss)",
    "meetings.csv:2: date: not a date (YYYY-MM-DD or DD/MM/YYYY) (31/02/2009)",
    "meetings.csv:3: kind: unknown code, allowed: practice_exchange, context_evaluation, "
    "project_ideas, thematic_workshop, training_visit, co_design, forum (workshop)",
    "attendance.csv:2: person_id: unknown person (PER-9)",
    "attendance.csv:3: meeting_id: unknown meeting (M-3)",
    "projects.csv:5: lead_org_id: unknown organization (ORG-999)",
    "projects.csv:6: category: code not in categories.csv (sport)",
    "projects.csv:6: theme: code not in themes.csv (beach)",
    "projects.csv:6: status: unknown code, allowed: idea, planned, in_progress, completed, "
    "stopped (done)",
    "projects.csv:6: budget_eur: more than two decimals (12.345)",
    "projects.csv:10: project_id: duplicate of line 5 (P-2)",
    "projects.csv:10: start_year: not a whole number (2010x)",
    "projects.csv:10: budget_eur: negative (-5)",
    "projects.csv:11: budget_eur: not a number (1,5)",
    "project_partners.csv:3: org_id: is the project's lead, not a partner (ORG-1)",
    "project_partners.csv:4: project_id, org_id: duplicate of line 2 (P-1, ORG-2)",
    "project_partners.csv:5: project_id: unknown project (P-9)",
    "project_partners.csv:6: contribution_eur: not a number (1.234,5)",
    "savings.csv:2: authority_org_id: not a local authority, kind ngo (ORG-5)",
    "savings.csv:2: verified: not a yes/no value (true/false, yes/no, sì/no, 1/0) (forse)",
    "savings.csv:3: policy_area: unknown code, allowed: economic, environmental, social, "
    "labour (health)",
    "savings.csv:3: amount_eur: required, empty",
    "savings.csv:3: method: unknown code, allowed: budget_saving, avoided_cost, in_kind, "
    "co_funding, volunteer_time, other (gift)",
    "fees.csv:3: org_id, year: duplicate of line 2 (ORG-1, 2009)",
    "fees.csv:4: org_id: unknown organization (ORG-77)",
    "export.csv:2: exported_on: required, empty",
    "export.csv:3: only one row is allowed",
    "sectors.csv:6: code: a code must be lowercase letters, digits and _ (Food Service)",
    "themes.csv:1: label_en: missing",
]


def test_every_kind_of_row_problem_is_reported_in_file_and_line_order(tmp_path):
    folder = make_export(tmp_path / "export", BAD_FILES)
    result = load_export(folder)
    assert not result.ok
    assert result.con is None and result.years is None
    assert format_report(result.problems, "en") == BAD_REPORT
    assert format_report(result.warnings, "en") == [
        "organizations.csv:10: org_id: member with no project (neither lead nor partner) (ORG-9)",
        "organizations.csv:12: org_id: member with no project (neither lead nor partner) (ORG-10)",
        "organizations.csv:14: org_id: member with no project (neither lead nor partner) (ORG-12)",
        "themes.csv:1: colour: unknown column, kept as text",
    ]


def test_the_report_reads_in_italian_by_default(tmp_path):
    folder = make_export(tmp_path / "export", BAD_FILES)
    lines = format_report(load_export(folder).problems)
    assert lines[0] == "organizations.csv:11: org_id: ripete la riga 2 (ORG-1)"
    assert lines[1] == "organizations.csv:12: name: obbligatorio, vuoto"
    assert "projects.csv:5: lead_org_id: organizzazione sconosciuta (ORG-999)" in lines
    assert "organizations.csv:12: left_year: precede joined_year 2012 (2010)" in lines
    assert "themes.csv:1: label_en: mancante" in lines


def test_whole_file_problems_come_first_and_references_into_them_are_not_repeated(tmp_path):
    folder = make_export(
        tmp_path / "export",
        {
            "projects.csv": None,
            "meetings.csv": None,
            "organizations.csv": b"org_id,name,kind\nORG-1,Alfa\x00,company\n",
            "categories.csv": "code,label_it,label_en,sdgs\n\n",
            "fees.csv": "org_id,year,amount_eur\nORG-1,2009,5.5.5\n",
        },
    )
    assert report(folder) == [
        "organizations.csv: unreadable encoding (UTF-8 and Windows-1252 are accepted)",
        "attendance.csv: meeting_id: refers to meetings.csv, which is not exported",
        "projects.csv: required file missing",
        "categories.csv: no rows",
        "fees.csv:2: amount_eur: not a number (5.5.5)",
    ]


@pytest.mark.parametrize(
    "content",
    [
        "org_id,name\nORG-1,Alfa\n".encode("utf-16"),  # UTF-16 with BOM: holds NUL bytes
        b"org_id,name\nORG-1,Alfa\x81\n",  # 0x81: invalid UTF-8, undefined in Windows-1252
        b"org_id,name\nORG-1,Alfa\x1b\n",  # a control byte
        b"org_id,name\nORG-1,Alfa\x7f\n",  # DEL
        "org_id,name\nORG-1,Alfa\x85\n".encode(),  # a C1 control, in valid UTF-8
    ],
)
def test_unreadable_encodings(tmp_path, content):
    folder = make_export(tmp_path / "export", {"people.csv": content})
    assert report(folder) == [
        "people.csv: unreadable encoding (UTF-8 and Windows-1252 are accepted)"
    ]


def test_line_numbers_follow_physical_lines_with_crlf_and_quoted_line_breaks(tmp_path):
    people = (
        "\r\n"
        "person_id,org_id,full_name,function\r\n"
        'PER-1,ORG-1,"Mario\r\nRossi",ceo\r\n'
        "\r\n"
        ",,,\r\n"
        'PER-2,ORG-2,"Giulia ""Giuly""\r\n\r\nBianchi",chef\r\n'
        "PER-3,ORG-404,Anna Verdi,hr,,\r\n"
        "PER-4,ORG-1,Luca Neri,hr,extra\r\n"
    )
    folder = make_export(tmp_path / "export", {"people.csv": people})
    assert report(folder) == [
        "people.csv:7: function: unknown code, allowed: ceo, ehs, rnd, communications, hr, "
        "other (chef)",
        "people.csv:10: org_id: unknown organization (ORG-404)",
        "people.csv:11: non-empty cell in column 5, beyond the header's last column (4)",
    ]


def test_missing_and_repeated_columns_are_reported_on_the_header_line(tmp_path):
    folder = make_export(
        tmp_path / "export",
        {"fees.csv": "org_id,Amount_EUR,amount_eur\nORG-1,5,6\n"},
    )
    assert report(folder) == [
        "fees.csv:1: year: missing",
        "fees.csv:1: amount_eur: column appears twice",
    ]


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("1.234", "1234.00"),
        ("1.234,5", "1234.50"),
        ("1234,56", "1234.56"),
        ("1234.56", "1234.56"),
        ("1.234.567 €", "1234567.00"),
        ("€ 12", "12.00"),
        ("1234.567", None),
        ("1,234.56", None),
        ("1.23,45", None),
        ("12,345", None),
        ("abc", None),
    ],
)
def test_amounts_in_semicolon_files(tmp_path, value, ok):
    fees = f"org_id;year;amount_eur\nORG-1;2009;{value}\n"
    folder = make_export(tmp_path / "export", {"fees.csv": fees})
    result = load_export(folder)
    if ok is None:
        assert len(result.problems) == 1
        assert result.problems[0].text("en").startswith("fees.csv:2: amount_eur: ")
        assert result.problems[0].value == value
    else:
        assert result.ok, format_report(result.problems, "en")
        assert result.con.execute("select amount_eur from fees").fetchall() == [(Decimal(ok),)]


@pytest.mark.parametrize(
    ("value", "ok"),
    [("sì", True), ("Si", True), ("YES", True), ("1", True), ("Falso", False), ("0", False)],
)
def test_booleans(tmp_path, value, ok):
    export = f"network,exported_on,synthetic\nRete,31/12/2012,{value}\n"
    result = load_export(make_export(tmp_path / "export", {"export.csv": export}))
    assert result.con.execute("select synthetic, exported_on from export_info").fetchall() == [
        (ok, date(2012, 12, 31))
    ]


def test_a_long_report_is_capped_with_a_count_of_the_rest(tmp_path):
    rows = "".join(f"ORG-{n},Org {n},firm\n" for n in range(1, 151))
    folder = make_export(tmp_path / "export", {"organizations.csv": "org_id,name,kind\n" + rows})
    result = load_export(folder)
    assert len(result.problems) == 150
    lines = format_report(result.problems, "en")
    assert len(lines) == 101
    assert lines[0].startswith("organizations.csv:2: kind: unknown code, allowed: ")
    assert lines[99].startswith("organizations.csv:101: kind: ")
    assert lines[100] == "… and 50 more problems"
    assert format_report(result.problems, "it")[100] == "… e altri 50 problemi"
    assert len(format_report(result.problems, "en", cap=200)) == 150


def test_a_required_file_with_no_header_is_a_problem(tmp_path):
    folder = make_export(tmp_path / "export", {"themes.csv": "\n\n;;\n"})
    assert report(folder) == ["themes.csv: empty file, no header"]


# Limits: rows wider than the header, cells longer than the contract allows

PROJECTS = (BASIC / "projects.csv").read_text(encoding="utf-8")
P4 = "P-4,Idea solitaria,ORG-7,community,,2012,idea,,"  # line 6, nine cells (two empty)


def projects_with(old: str, new: str) -> dict[str, str]:
    assert old in PROJECTS
    return {"projects.csv": PROJECTS.replace(old, new)}


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        # a million trailing delimiters: empty cells, dropped, never padded to
        (projects_with(P4, P4 + "," * 1_000_000), []),
        (projects_with(P4, P4 + ", ,  ,\t,"), []),  # blank cells are empty ones
        (projects_with("description\n", "description" + "," * 1_000_000 + "\n"), []),
        # the row is still checked; its last cell is the 1,000,009th (9 + a million)
        (
            projects_with(P4, P4.replace("idea", "done") + "," * 1_000_000 + "x"),
            [
                "projects.csv:6: status: unknown code, allowed: idea, planned, in_progress, "
                "completed, stopped (done)",
                "projects.csv:6: non-empty cell in column 1000009, beyond the header's last "
                "column (9)",
            ],
        ),
        # the first non-empty cell past the ninth is named (10th empty, 11th not), never shown
        (
            projects_with(P4, P4 + ",," + "z" * 200_000 + ",,x"),
            ["projects.csv:6: non-empty cell in column 11, beyond the header's last column (9)"],
        ),
    ],
)
def test_rows_wider_than_the_header(tmp_path, payload, expected):
    result = load_export(make_export(tmp_path / "export", payload))
    assert format_report(result.problems, "en") == expected
    if not expected:
        assert result.row_counts["projects"] == 7
        assert result.con.execute(
            "select status, budget_eur, description from projects where project_id = 'P-4'"
        ).fetchall() == [("idea", None, None)]


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        (projects_with(P4, P4 + "d" * 100_000), []),  # at the limit: fine
        (
            projects_with(P4, P4 + "d" * 100_001),
            ["projects.csv:6: description: cell too long: 100001 characters, at most 100000"],
        ),
        # past the csv module's own limit (131,072), in a code: its value is shown cut
        (
            projects_with("P-4,Idea solitaria,ORG-7,community", "P-4,x,ORG-7," + "c" * 200_000),
            [
                "projects.csv:6: category: cell too long: 200000 characters, at most 100000",
                "projects.csv:6: category: code not in categories.csv (" + "c" * 100 + "…)",
            ],
        ),
        # a quoted cell over two lines: the row's first line, and the next rows' lines hold
        (
            projects_with("Due righe\ndi descrizione", "a" * 75_000 + "\n" + "b" * 75_000),
            ["projects.csv:4: description: cell too long: 150001 characters, at most 100000"],
        ),
        (
            projects_with(P4, P4.replace("idea", "done") + '"' + "e" * 150_000 + '"'),
            [
                "projects.csv:6: status: unknown code, allowed: idea, planned, in_progress, "
                "completed, stopped (done)",
                "projects.csv:6: description: cell too long: 150000 characters, at most 100000",
            ],
        ),
        # a header cell: reported on the header line, not kept as a column
        (
            projects_with("description\n", "description," + "h" * 131_073 + "\n"),
            ["projects.csv:1: cell too long: 131073 characters, at most 100000"],
        ),
    ],
)
def test_cells_longer_than_the_limit(tmp_path, payload, expected):
    result = load_export(make_export(tmp_path / "export", payload))
    assert format_report(result.problems, "en") == expected
    assert result.warnings == []
    assert result.ok == (not expected)


def extra_columns(count: int) -> dict[str, str]:
    return projects_with(
        "description\n", "description" + "".join(f",c{n}" for n in range(count)) + "\n"
    )


def test_a_header_of_more_than_200_columns_is_a_problem_of_the_whole_file(tmp_path):
    # 9 of the contract and 191 extra columns: every one kept, a warning each
    wide = load_export(make_export(tmp_path / "wide", extra_columns(191)))
    assert wide.ok and len(wide.warnings) == 191
    for count, named in ((192, 201), (150_000, 150_009)):
        result = load_export(make_export(tmp_path / str(count), extra_columns(count)))
        assert format_report(result.problems, "en") == [
            f"projects.csv:1: too many columns in the header: {named}, at most 200"
        ]  # and the files that refer to projects.csv are not checked against it
        assert result.warnings == []
    # empty header cells name nothing: trailing or not, they do not count
    empty = projects_with("description\n", "description" + ",," * 300 + "c\n")
    assert load_export(make_export(tmp_path / "empty", empty)).ok


def test_limits_read_in_italian(tmp_path):
    payload = projects_with(P4, P4 + "d" * 100_001 + ",,x")
    assert format_report(load_export(make_export(tmp_path / "export", payload)).problems) == [
        "projects.csv:6: description: cella troppo lunga: 100001 caratteri, al massimo 100000",
        "projects.csv:6: cella non vuota nella colonna 11, oltre l'ultima colonna "
        "dell'intestazione (9)",
    ]
    folder = make_export(tmp_path / "wide", extra_columns(192))
    assert format_report(load_export(folder).problems) == [
        "projects.csv:1: intestazione con troppe colonne: 201, al massimo 200"
    ]


# Derived views


def test_partnership_types(basic):
    rows = basic.con.execute("select * from project_partnership_types order by all").fetchall()
    assert rows == [
        ("P-1", "business_business"),  # ORG-1 + ORG-2 companies, with an NGO and the city
        ("P-1", "business_ngo"),
        ("P-1", "business_public"),
        ("P-2", "business_business"),  # a social enterprise and a company
        ("P-3", "business_public"),  # a company and a school
        ("P-5", "other"),  # a company and an organization of kind other
        ("P-6", "other"),  # an NGO and the city: no business
        ("P-7", "business_business"),
    ]


def test_projects_in_partnership(basic):
    rows = basic.con.execute("select * from projects_in_partnership order by all").fetchall()
    assert rows == [
        ("P-1", 3, True),  # large + sme
        ("P-2", 1, True),  # social enterprise + sme
        ("P-3", 1, False),
        ("P-5", 1, False),
        ("P-6", 1, False),
        ("P-7", 1, False),  # micro + small: both sme
    ]


def test_member_years_and_export_years(basic):
    assert basic.con.execute("select year from export_years order by 1").fetchall() == [
        (2009,),
        (2010,),
        (2011,),
        (2012,),
    ]
    rows = basic.con.execute(
        "select org_id, list(year order by year) from member_years group by 1 order by 1"
    ).fetchall()
    assert rows == [
        ("ORG-1", [2009, 2010, 2011, 2012]),
        ("ORG-2", [2010, 2011]),  # left_year 2011 is its last year
        ("ORG-3", [2009, 2010, 2011, 2012]),
        ("ORG-7", [2011, 2012]),
        ("ORG-9", [2012]),
    ]


# Folder and fingerprint


def test_an_unreadable_folder_raises(tmp_path):
    with pytest.raises(ExportUnreadable):
        load_export(tmp_path / "nowhere")
    (tmp_path / "file.csv").write_text("x")
    with pytest.raises(ExportUnreadable):
        load_export(tmp_path / "file.csv")


def test_fingerprint_changes_when_a_file_changes(tmp_path):
    folder = make_export(tmp_path / "export")
    before = export_fingerprint(folder)
    assert export_fingerprint(folder) == before
    (folder / "fees.csv").write_text("org_id,year,amount_eur\nORG-1,2009,501\n")
    changed = export_fingerprint(folder)
    assert changed != before
    (folder / "fees.csv").unlink()
    assert export_fingerprint(folder) not in (before, changed)


def test_default_data_dir(monkeypatch):
    monkeypatch.setenv("CSR_DATA_DIR", "/somewhere/export")
    assert default_data_dir() == Path("/somewhere/export")
    monkeypatch.delenv("CSR_DATA_DIR")
    assert default_data_dir() == Path(__file__).resolve().parent.parent / "data"


def test_optional_reference_into_a_file_not_exported_is_a_warning(tmp_path):
    """people.csv may be left out for privacy; attendance's person_id then goes unchecked,
    while meeting_id, a required link, still needs meetings.csv."""
    folder = tmp_path / "export"
    shutil.copytree(Path(__file__).parent / "fixtures" / "small", folder)
    (folder / "attendance.csv").write_text("meeting_id,org_id,person_id\nM1,A,PERS-1\n")
    result = load_export(folder)
    assert result.ok, result.problems
    assert [w.text("en") for w in result.warnings if w.code == "problem_unchecked_reference"] == [
        "attendance.csv: person_id: refers to people.csv, which is not exported: values not checked"
    ]
    (folder / "meetings.csv").unlink()
    assert [p.text("en") for p in load_export(folder).problems] == [
        "attendance.csv: meeting_id: refers to meetings.csv, which is not exported"
    ]


def test_duckdb_works_within_the_configured_memory_and_threads(monkeypatch):
    monkeypatch.setenv("CSR_DUCKDB_MEMORY_MB", "300")
    monkeypatch.setenv("CSR_DUCKDB_THREADS", "1")
    con = load_export(SMALL).con
    memory, threads = con.execute(
        "SELECT current_setting('memory_limit'), current_setting('threads')"
    ).fetchone()
    assert (memory, threads) == ("300.0 MiB", 1)
    monkeypatch.setenv("CSR_DUCKDB_MEMORY_MB", "lots")  # a bad value: the default
    monkeypatch.delenv("CSR_DUCKDB_THREADS")
    con = load_export(SMALL).con
    assert con.execute("SELECT current_setting('threads')").fetchone() == (2,)
    assert con.execute("SELECT current_setting('memory_limit')").fetchone() == ("1.0 GiB",)
