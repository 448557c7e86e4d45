"""The forum's deck and report from the demo export: the slides python-pptx reads back,
their figures against a count made from the CSV files, their images, notes and link, and
the PDF's pages and text. Each file is built once for the module (the charts are drawn
offline, the dearest step)."""

from __future__ import annotations

import functools
import io
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pptx import Presentation
from pptx.util import Pt
from pypdf import PdfReader

from dashboard.export.load import load_export
from dashboard.forum.pdf_report import build_pdf
from dashboard.forum.pptx_deck import build_pptx
from dashboard.forum.slides import KEYS, build_deck
from dashboard.store.catalog import read_catalog
from dashboard.store.filters import Filters
from dashboard.store.queries import query
from dashboard.words.catalog import t
from dashboard.words.formats import fmt_eur, fmt_int
from tests import expected

DEMO = Path(__file__).resolve().parent.parent / "data"
YEAR = 2012
PUBLIC = "https://rete.example.org"


@pytest.fixture(scope="module")
def demo():
    result = load_export(DEMO)
    return result, read_catalog(result, DEMO)


def deck_of(demo, lang: str, **filters):
    result, catalog = demo
    chosen = Filters(lang=lang, years=(YEAR, YEAR), **filters)
    return build_deck(
        functools.partial(query, result.con.cursor()), chosen, catalog, result.exported
    )


@pytest.fixture(scope="module")
def italian(demo):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CSR_PUBLIC_URL", PUBLIC + "/")
        deck = deck_of(demo, "it")
        return deck, Presentation(io.BytesIO(build_pptx(deck)))


@pytest.fixture(scope="module")
def report(demo):
    deck = deck_of(demo, "en")
    data, pages = build_pdf(deck, made_on=date(2012, 11, 20))
    return deck, data, pages


def texts(slide) -> str:
    return "\n".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)


def test_the_deck_has_the_eight_slides_in_16_9(italian):
    deck, prs = italian
    assert [s.key for s in deck.slides] == list(KEYS)
    assert len(prs.slides) == 8
    assert prs.slide_width * 9 == prs.slide_height * 16
    titles = [texts(slide).splitlines()[0] for slide in prs.slides]
    assert titles == [s.title for s in deck.slides]
    assert titles[0] == "Il 2012 in cifre"
    assert titles[-1] == "Il cammino dal 2009 al 2012"


def test_the_headline_holds_the_years_figures_counted_from_the_csv(italian):
    _, prs = italian
    year = range(YEAR, YEAR + 1)
    companies = expected.companies_involved(DEMO, year)
    projects, partnered = expected.projects(DEMO, year)
    verified = expected.savings(DEMO, year, verified=True)
    assert (companies, projects, partnered) == (57, 48, 10)  # DEMO.md's table
    text = texts(prs.slides[0])
    last_year = range(YEAR - 1, YEAR)
    lines = text.splitlines()
    for label, value, before in (
        ("Imprese socie", companies, expected.companies_involved(DEMO, last_year)),
        ("Nuovi progetti", projects, expected.projects(DEMO, last_year)[0]),
        ("In partnership", partnered, expected.projects(DEMO, last_year)[1]),
    ):
        at = lines.index(label)
        change = value - before
        sign = "+" if change >= 0 else "−"
        assert lines[at + 1 : at + 3] == [
            fmt_int(value, "it"),
            f"{sign}{fmt_int(abs(change), 'it')} sul {YEAR - 1}",
        ]
    assert fmt_eur(verified, "it") in lines  # Italian grouping: 82.151 €
    assert "82.151\u00a0€" in lines
    assert f"Nel {YEAR} la rete conta {companies} imprese socie" in text


def test_the_road_slide_counts_since_the_first_year(italian):
    _, prs = italian
    years = range(2009, YEAR + 1)
    text = texts(prs.slides[7]).splitlines()
    assert text[text.index("Imprese coinvolte") + 1] == "100"
    projects, partnered = expected.projects(DEMO, years)
    assert text[text.index("Progetti") + 1] == fmt_int(projects, "it") == "150"
    assert text[text.index("In partnership") + 1] == "50" == str(partnered)


def test_without_a_highlight_column_the_three_largest_verified_savings(italian):
    deck, prs = italian
    top = expected.top_verified_projects(DEMO, range(YEAR, YEAR + 1))
    assert [f.label for f in deck.slides[6].figures] == top
    text = texts(prs.slides[6])
    assert all(title in text for title in top)


def test_every_chart_is_an_image_that_opens_at_presentation_resolution(italian):
    deck, prs = italian
    pictures = [shape for slide in prs.slides for shape in slide.shapes if shape.shape_type == 13]
    assert len(pictures) == sum(s.chart is not None for s in deck.slides) == 7
    for picture in pictures:
        with Image.open(io.BytesIO(picture.image.blob)) as image:
            image.load()
            assert image.width >= 1600
        assert picture._element.nvPicPr.cNvPr.get("descr")  # alternative text


def test_no_text_is_smaller_than_a_hall_can_read(italian):
    _, prs = italian
    sizes = [
        run.font.size
        for slide in prs.slides
        for shape in slide.shapes
        if shape.has_text_frame
        for paragraph in shape.text_frame.paragraphs
        for run in paragraph.runs
    ]
    assert sizes and min(sizes) >= Pt(14)  # 28 px at 1920 across
    body = [size for size in sizes if size != Pt(14)]
    assert min(body) >= Pt(18)


def test_every_slide_has_the_footer(italian):
    deck, prs = italian
    assert "Laboratorio RSI Modena (demo)" in deck.footer
    assert "31 gennaio 2013" in deck.footer
    assert "Dati sintetici" in deck.footer
    for slide in prs.slides:
        assert deck.footer in texts(slide)


def test_the_notes_hold_the_numbers_definitions_and_link(italian):
    deck, prs = italian
    for number, slide in enumerate(prs.slides, start=1):
        notes = slide.notes_slide.notes_text_frame.text
        link = f"{PUBLIC}/forum?present=1&slide={number}&years={YEAR}&lang=it"
        assert link in notes
        for definition in deck.slides[number - 1].definitions:
            assert definition in notes
    savings = prs.slides[5].notes_slide.notes_text_frame.text
    assert t("deck_def_savings", "it") in savings
    assert "Risparmi verificati: 82.151\u00a0€" in savings


def test_the_link_is_path_and_query_without_a_public_url(demo, monkeypatch):
    monkeypatch.delenv("CSR_PUBLIC_URL", raising=False)
    deck = deck_of(demo, "en", sectors=("ceramic_tiles",), sizes=("sme",))
    assert deck.link(2) == (
        f"/forum?present=1&slide=2&years={YEAR}&sector=ceramic_tiles&size=sme&lang=en"
    )
    assert "Sectors: " in deck.footer and "Sizes: SMEs" in deck.footer


def test_the_report_has_a_page_a_slide_then_the_data(report):
    deck, data, pages = report
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == pages
    assert pages > len(deck.slides)
    page_texts = [page.extract_text() for page in reader.pages]
    for slide, text in zip(deck.slides, page_texts, strict=False):
        assert text.startswith(slide.title)
    assert "€82,151" in page_texts[0]
    assert "Made on 20 November 2012" in " ".join(page_texts[0].split())
    assert f"1 / {pages}" in page_texts[0]
    assert page_texts[len(deck.slides)].startswith("The slides' data")
    box = reader.pages[0].mediabox
    assert round(float(box.width)) == 842 and round(float(box.height)) == 595  # A4 landscape
