"""One formatter per type: what every table, tile and download shows of counts, money,
shares, dates and missing values, and what is said of an export without export.csv."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pytest

from dashboard.store.catalog import files_date
from dashboard.ui.tables import Table, csv_bytes, styled
from dashboard.words.formats import cell_csv, cell_text


def _touch(path: Path, when: datetime) -> None:
    path.write_text("a\n", encoding="utf-8")
    os.utime(path, (when.timestamp(), when.timestamp()))


def test_files_date_is_the_newest_csv_files_day(tmp_path):
    _touch(tmp_path / "organizations.csv", datetime(2024, 3, 1, 9, 0))
    _touch(tmp_path / "Projects.CSV", datetime(2024, 3, 12, 18, 30))
    _touch(tmp_path / "README.md", datetime(2025, 1, 1, 12, 0))  # not a CSV: not counted
    assert files_date(tmp_path) == date(2024, 3, 12)


def test_files_date_of_an_empty_or_missing_folder_is_none(tmp_path):
    assert files_date(tmp_path) is None
    assert files_date(tmp_path / "nowhere") is None


@pytest.mark.parametrize(
    ("kind", "value", "lang", "screen", "download"),
    [
        ("money", 2506.2, "it", "2.506,20\u00a0€", "2506,20"),
        ("money", 2506.2, "en", "€2,506.20", "2506.20"),
        ("money", 1200, "it", "1.200,00\u00a0€", "1200,00"),
        ("count", 1234, "it", "1.234", "1234"),
        ("count", 1234.0, "en", "1,234", "1234"),
        ("share", 0.325, "it", "32,5%", "0,3250"),
        ("share", 0.325, "en", "32.5%", "0.3250"),
        ("date", pd.Timestamp("2022-02-12"), "it", "12 febbraio 2022", "2022-02-12"),
        ("date", date(2022, 2, 12), "en", "12 February 2022", "2022-02-12"),
        ("text", "Nota", "it", "Nota", "Nota"),
        ("text", "=1+1", "en", "=1+1", "'=1+1"),
        ("text", "-5 rows", "en", "-5 rows", "'-5 rows"),
        ("count", "<3", "it", "<3", "<3"),
    ],
)
def test_one_formatter_per_type(kind, value, lang, screen, download):
    assert cell_text(kind, value, lang) == screen
    assert cell_csv(kind, value, lang) == download


@pytest.mark.parametrize("missing", [None, float("nan"), pd.NaT, pd.NA])
@pytest.mark.parametrize("kind", ["count", "money", "share", "date", "number", "text"])
def test_a_missing_value_is_a_dash_on_screen_and_empty_in_csv(kind, missing):
    assert cell_text(kind, missing, "it") == "–"
    assert cell_csv(kind, missing, "en") == ""


def _rows() -> Table:
    frame = pd.DataFrame(
        {
            "Progetto": ["Pannelli", "Asilo"],
            "Importo": [2506.2, 1200.0],
            "Nota": ["Stima del Comune; verificata", None],
            "Data": pd.to_datetime(["2022-02-12", None]),
            "Partner": pd.array([3, None], dtype="Int64"),
            "Quota": [0.5, float("nan")],
        }
    )
    return Table.of(frame, money=("Importo",), shares=("Quota",))


def test_csv_in_italian_excel_has_cents_empty_cells_and_iso_dates():
    data = csv_bytes(_rows(), "it")
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").splitlines() == [
        "Progetto;Importo;Nota;Data;Partner;Quota",
        'Pannelli;2506,20;"Stima del Comune; verificata";2022-02-12;3;0,5000',
        "Asilo;1200,00;;;;",
    ]


def test_csv_in_english():
    assert csv_bytes(_rows(), "en").decode("utf-8").splitlines() == [
        "Progetto,Importo,Nota,Data,Partner,Quota",
        "Pannelli,2506.20,Stima del Comune; verificata,2022-02-12,3,0.5000",
        "Asilo,1200.00,,,,",
    ]


def test_the_screen_shows_the_same_types_and_keeps_the_numbers():
    table = _rows()
    shown = styled(table, "it")
    html = shown.to_html()
    for text in ("2.506,20\u00a0€", "1.200,00\u00a0€", "12 febbraio 2022", "50,0%", "3"):
        assert text in html, text
    assert "None" not in html and "NaT" not in html and "nan" not in html
    assert html.count(">–<") == 4  # note, date, partners and share of the second row
    assert shown.data["Importo"].tolist() == [2506.2, 1200.0]  # still numbers: they sort


# --- every page, every table, every CSV: no raw value a reader should never see ---------

import re  # noqa: E402
import shutil  # noqa: E402

import pytest  # noqa: E402
from pyarrow import ipc  # noqa: E402

from dashboard.routes import PAGES  # noqa: E402
from tests.folds import unfold  # noqa: E402
from tests.hostile import as_read  # noqa: E402

SMALL = Path(__file__).parent / "fixtures" / "small"
# a raw value as Python, pandas or a timestamp prints it, never as a reader writes it
RAW = re.compile(r"(?<![\w<])(None|nan|NaN|NaT)(?!\w)|<NA>|\d\d:\d\d:\d\d")


def shown_texts(at) -> list[tuple[str, str]]:
    """(where, text) for every text an AppTest run put on the page, each table cell as
    the reader sees it (a styled table's display values, not its raw values)."""
    out: list[tuple[str, str]] = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning",
                 "error", "success", "text", "code"):  # fmt: skip
        out += [(kind, str(e.value)) for e in getattr(at, kind)]
    for metric in at.metric:
        out += [("metric", metric.label), ("metric", str(metric.value))]
        out += [("metric help", metric.proto.help)]
    out += [("expander", e.label) for e in at.expander]
    out += [("tab", tab.label) for tab in at.tabs]
    for table in at.dataframe:
        arrow = table.proto.arrow_data
        if arrow.HasField("styler"):
            cells = ipc.open_stream(arrow.styler.display_values).read_all().to_pandas()
        else:
            cells = table.value
        out += [(f"table {table.proto.id[-12:]}", str(v)) for v in cells.to_numpy().ravel()]
        # the browser draws a missing cell itself, as "None" unless the table says otherwise
        if table.value.isna().to_numpy().any():
            out += [("table's missing cells", table.proto.placeholder or "None")]
        out += [("table header", str(c)) for c in cells.columns]
    return out


def raw_values(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(where, text) for where, text in texts if RAW.search(text)]


@pytest.fixture
def sparse(tmp_path) -> Path:
    """The small export without export.csv: empty notes, themes, contributions, budget,
    descriptions and left years, and no network name, date or contact."""
    folder = tmp_path / "sparse"
    shutil.copytree(SMALL, folder)
    (folder / "export.csv").unlink()
    return folder


def visit(app, lang: str, cards: dict[str, str]) -> list[tuple[str, str]]:
    """Every page in `lang`, then each card (`org=`, `project=`): their texts."""
    texts: list[tuple[str, str]] = []
    at = app(lang=lang)
    for page, *_ in PAGES:
        at.switch_page(page).run()
        assert not at.exception, (page, at.exception)
        texts += [(f"{page}: {where}", text) for where, text in shown_texts(unfold(at))]
    for param, value in cards.items():
        at = app(lang=lang, **{param: value})
        page = "views/participation.py" if param == "org" else "views/projects.py"
        at.switch_page(page).run()
        assert not at.exception, (page, at.exception)
        card = [text for kind, text in shown_texts(unfold(at)) if kind == "header"]
        assert any(value in text or "Scheda" in text or "card" in text.lower() for text in card)
        texts += [(f"{page}?{param}={value}: {w}", t) for w, t in shown_texts(at)]
    return texts


@pytest.mark.parametrize("lang", ["it", "en"])
def test_no_raw_value_on_any_page_or_csv_of_the_demo(app, csv_files, lang):
    texts = visit(app, lang, {"org": "ORG-102", "project": "PRJ-005"})
    assert raw_values(texts) == []
    assert len(csv_files) > 30
    bad = [data.decode("utf-8-sig") for data in csv_files if RAW.search(data.decode("utf-8-sig"))]
    assert bad == []


@pytest.mark.parametrize("lang", ["it", "en"])
def test_no_raw_value_on_an_export_with_missing_values(app, data_dir, sparse, csv_files, lang):
    data_dir(sparse)
    texts = visit(app, lang, {"org": "A", "project": "P1"})
    assert raw_values(texts) == []
    assert len(csv_files) > 20
    bad = [data.decode("utf-8-sig") for data in csv_files if RAW.search(data.decode("utf-8-sig"))]
    assert bad == []


# --- an export without export.csv ----------------------------------------------------------


def test_without_export_csv_the_header_says_the_files_date_and_what_is_missing(
    app, data_dir, sparse
):
    when = datetime(2024, 3, 12, 10, 0).timestamp()
    for path in sparse.glob("*.csv"):
        os.utime(path, (when, when))
    data_dir(sparse)
    at = app(lang="it")
    assert not at.exception
    assert (
        "Dati dei file al 12 marzo 2024 (export.csv manca: nome della rete e contatto non "
        "indicati)" in [m.value for m in at.markdown]
    )
    at = app(lang="en")
    english = "Files dated 12 March 2024 (export.csv is missing: no network name or contact given)"
    assert english in [m.value for m in at.markdown]
    at.switch_page("views/accessibility.py").run()
    page = "\n".join(m.value for m in at.markdown)
    assert "This export gives no contact" in page
    assert "the contact shown at the top of every page" not in page


def test_with_export_csv_the_header_and_the_statement_name_the_contact(app, data_dir):
    data_dir(SMALL)
    at = app(lang="it")
    header = [as_read(m.value) for m in at.markdown if "Rete di prova" in m.value]
    assert header == [
        "Rete di prova · Dati aggiornati al 31 gennaio 2012 · Per informazioni sui dati: "
        "rete@example.org"
    ]
    at.switch_page("views/accessibility.py").run()
    assert (
        "**Segnalazioni.** Chi incontra un ostacolo può scrivere a rete@example.org, il "
        "contatto indicato in cima a ogni pagina: risponderemo entro 30 giorni."
    ) in [as_read(m.value) for m in at.markdown]


def test_the_publish_report_says_plainly_what_losing_export_csv_means(sparse):
    from dashboard.export.load import load_export
    from dashboard.publishing import diff

    report = diff.compare(load_export(sparse), load_export(SMALL))
    assert report.export_info_lost
    lines = report.lines("it")
    assert "  export.csv: non più esportato (prima 1 riga)" in lines
    assert (
        "  export.csv non c'è più: dopo la pubblicazione il nome della rete, la data dei dati e "
        "il contatto non saranno più mostrati (resterà la data dei file)."
    ) in lines
    assert "  themes.csv: invariato (1 riga)" in lines
    assert "  organizations.csv: invariato (6 righe)" in lines
    english = report.lines("en")
    assert "  export.csv: no longer exported (before: 1 row)" in english
    assert not any("None" in line for line in lines + english)
    back = diff.compare(load_export(SMALL), load_export(sparse))
    assert not back.export_info_lost
    assert "  export.csv: exported now (1 row)" in back.lines("en")


# --- a headline total with protected small counts ----------------------------------------


def test_the_people_headline_says_at_least_and_the_note_says_why(app):
    at = app("views/participation.py", lang="en")
    value = {m.label: m.value for m in at.metric}["People of the companies"]
    assert re.fullmatch(r"at least \d+", value), value
    low = value.removeprefix("at least ")
    notes = [c.value for c in at.caption if c.value.startswith("At least:")]
    assert len(notes) == 1
    assert "shown as “<3” to protect them" in notes[0]
    assert f"it is between {low} and " in notes[0]


# --- years and counts in sentences --------------------------------------------------------


def test_a_period_reads_as_a_sentence_says_it():
    from dashboard.words.formats import fmt_period

    assert fmt_period(2019, 2019, "it") == "nel 2019"
    assert fmt_period(2019, 2022, "it") == "dal 2019 al 2022"
    assert fmt_period(2019, 2019, "en") == "in 2019"
    assert fmt_period(2019, 2022, "en") == "in 2019–2022"


def test_pages_say_the_years_in_italian_and_count_in_the_right_plural(app, data_dir):
    data_dir(SMALL)
    at = app("views/participation.py", lang="it", years="2011", q="Alfa")
    texts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    assert not [text for text in texts if re.search(r"\bin \d{4}", text)]
    assert any(text.startswith("Chi partecipa alla rete nel 2011:") for text in texts)
    assert "1 impresa su 3." in texts
    at = app("views/savings.py", lang="it")
    assert any(
        m.value.startswith("Quanto gli enti locali non hanno dovuto spendere grazie ai progetti "
                           "della rete, dal 2010 al 2011.")
        for m in at.markdown
    )  # fmt: skip
    at = app("views/projects.py", lang="en", project="P1")
    assert any(m.value.endswith(" Contribution not given for 1 partner.") for m in at.markdown)
