"""Downloaded chart images say what they show: title, network (or that the export does not
name it), period, filters in words, date of the data, source, synthetic or not; in both
languages, with or without `export.csv`."""

import html
import os
import shutil
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pytest

from dashboard.export.load import load_export
from dashboard.store.catalog import files_date, read_catalog
from dashboard.store.filters import Filters
from dashboard.ui import charts
from dashboard.ui.panels import slide_lines

FIXTURES = Path(__file__).parent / "fixtures"
CHART = pd.DataFrame({"code": ["a", "b"], "label": ["Ambiente", "Rendicontazione"], "n": [3, 1]})


def dated(folder: Path, newest: date) -> None:
    """Every file changed at noon two days before `newest`; projects.csv on `newest`."""
    for path in folder.iterdir():
        stamp = datetime(newest.year, newest.month, newest.day - 2, 12).timestamp()
        os.utime(path, (stamp, stamp))
    stamp = datetime(newest.year, newest.month, newest.day, 12).timestamp()
    os.utime(folder / "projects.csv", (stamp, stamp))


@pytest.fixture
def bare(tmp_path) -> Path:
    """Only the required files: no export.csv, no network name, no date."""
    folder = tmp_path / "bare"
    shutil.copytree(FIXTURES / "bare", folder)
    dated(folder, date(2024, 3, 7))
    return folder


@pytest.fixture
def synthetic(tmp_path) -> Path:
    folder = tmp_path / "synthetic"
    shutil.copytree(FIXTURES / "small", folder)
    (folder / "export.csv").write_text(
        "network,exported_on,synthetic\nRete di prova,2012-01-31,true\n", encoding="utf-8"
    )
    return folder


def image_text(folder: Path, filters: Filters, title: str) -> str:
    """The text of the SVG a download gives, after checking the PNG renders too."""
    result = load_export(folder)
    assert result.ok
    notes = slide_lines(read_catalog(result, folder), filters)
    chart = charts.bars(
        CHART, code="code", label="label", value="n", value_title="n", lang=filters.lang,
        description="d",
    )  # fmt: skip
    slide = charts.for_slides(chart, title, notes)
    subtitle = slide.to_dict()["title"]["subtitle"]
    assert subtitle == notes  # the spec rendered carries every line
    assert charts.to_png(slide).startswith(b"\x89PNG")
    return html.unescape(charts.to_svg(slide).decode("utf-8"))


def test_without_export_csv_italian_filtered(bare):
    text = image_text(
        bare,
        Filters(lang="it", years=(2011, 2011), sectors=("textile",), sizes=("large", "sme")),
        "Progetti per categoria",
    )
    for expected in (
        "Progetti per categoria",
        "Rete: nome non indicato nell'esportazione (manca export.csv)",
        "Periodo: 2011",
        "Settori: Tessile",
        "Dimensioni: Grandi imprese, PMI",
        "Data dei dati non indicata; file più recente dell'esportazione: 7 marzo 2024",
        "Fonte: esportazione dei dati della rete (file CSV)",
    ):
        assert expected in text, expected
    assert "Rete RSI" not in text  # no made-up name
    assert "sintetici" not in text


def test_without_export_csv_english_unfiltered(bare):
    text = image_text(bare, Filters(lang="en"), "Projects by category")
    for expected in (
        "Projects by category",
        "Network: name not given in the export (no export.csv)",
        "Period: 2010–2011",
        "Sectors: all",
        "Sizes: all",
        "Date of the data not given; newest file of the export: 7 March 2024",
        "Source: the network's data export (CSV files)",
    ):
        assert expected in text, expected
    assert "CSR network" not in text


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "it",
            [
                "Rete: Rete di prova",
                "Periodo: 2010–2011",
                "Settori: Servizi, Tessile",
                "Dimensioni: tutte",
                "Dati aggiornati al 31 gennaio 2012",
                "Dati sintetici: inventati a scopo dimostrativo",
            ],
        ),
        (
            "en",
            [
                "Network: Rete di prova",
                "Sectors: Services, Textile",
                "Sizes: all",
                "Data as of 31 January 2012",
                "Synthetic data: made up for demonstration",
            ],
        ),
    ],
)
def test_with_export_csv_synthetic(synthetic, lang, expected):
    text = image_text(synthetic, Filters(lang=lang, sectors=("services", "textile")), "T")
    for line in expected:
        assert line in text, line
    # the export's own date, not a file's
    assert "file più recente" not in text and "newest file" not in text


def test_files_date(tmp_path):
    assert files_date(tmp_path) is None  # no CSV file
    assert files_date(tmp_path / "missing") is None
    (tmp_path / "a.csv").write_text("x\n")
    (tmp_path / "B.CSV").write_text("x\n")
    (tmp_path / "notes.txt").write_text("x\n")
    for name, day in (("a.csv", 3), ("B.CSV", 9), ("notes.txt", 20)):
        stamp = datetime(2023, 5, day, 12).timestamp()
        os.utime(tmp_path / name, (stamp, stamp))
    assert files_date(tmp_path) == date(2023, 5, 9)  # .txt does not count
