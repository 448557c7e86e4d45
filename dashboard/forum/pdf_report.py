"""The forum's PDF report (fpdf2, pure Python): A4 landscape, one page per forum slide with
its title, message, figures, chart and definitions, then the data behind the charts;
selectable text, dated, in the chosen language, with the slides' footer on every page.

The font is DejaVu Sans, embedded: the TTF files matplotlib ships (a pinned requirement),
so the report has `€`, `–` and every accented letter on any machine the Makefile sets up,
without a system font. Streamlit's own Source Sans is a variable WOFF2 that would have to
be converted at run time, from a path inside Streamlit that may move.
"""

from __future__ import annotations

import importlib.util
import io
from datetime import UTC, date, datetime, time
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

from dashboard.forum.render import chart_png, fit
from dashboard.forum.slides import Deck, Slide
from dashboard.words.catalog import t
from dashboard.words.formats import TEXT, cell_text, fmt_date

FONT = "DejaVu"
INK = (17, 17, 17)
ACCENT = (0, 76, 122)
MUTED = (61, 61, 61)
MARGIN = 12  # mm
PAGE_W, PAGE_H = 297, 210  # A4 landscape, mm


def font_files() -> dict[str, Path]:
    """DejaVu Sans regular and bold, from the installed matplotlib (not imported)."""
    spec = importlib.util.find_spec("matplotlib")
    folder = Path(next(iter(spec.submodule_search_locations))) / "mpl-data" / "fonts" / "ttf"
    return {"": folder / "DejaVuSans.ttf", "B": folder / "DejaVuSans-Bold.ttf"}


class _Report(FPDF):
    def __init__(self, deck: Deck, made_on: date):
        super().__init__(orientation="L", unit="mm", format="A4")
        self.deck, self.made_on = deck, made_on
        for style, path in font_files().items():
            self.add_font(FONT, style, str(path))
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=22)
        self.set_title(deck.title)
        self.set_lang({"it": "it-IT", "en": "en-GB"}[deck.lang])
        self.set_creation_date(datetime.combine(made_on, time(), tzinfo=UTC))

    def footer(self) -> None:
        lang = self.deck.lang
        self.set_y(-18)
        self.set_font(FONT, "", 8)
        self.set_text_color(*MUTED)
        made = t("deck_made_on", lang, date=fmt_date(self.made_on, lang))
        self.multi_cell(PAGE_W - 2 * MARGIN - 30, 4, f"{self.deck.footer} · {made}")
        self.set_xy(PAGE_W - MARGIN - 30, -18)
        self.cell(30, 4, f"{self.page_no()} / {{nb}}", align="R")


def build_pdf(deck: Deck, made_on: date | None = None) -> tuple[bytes, int]:
    """The report as PDF bytes, dated `made_on` (today by default), and its pages."""
    pdf = _Report(deck, made_on or date.today())
    pdf.alias_nb_pages()
    for slide in deck.slides:
        _slide_page(pdf, slide)
    _data_pages(pdf, deck)
    out = io.BytesIO()
    pdf.output(out)
    return out.getvalue(), pdf.pages_count


def _slide_page(pdf: _Report, slide: Slide) -> None:
    pdf.add_page()
    width = PAGE_W - 2 * MARGIN
    pdf.set_text_color(*ACCENT)
    pdf.set_font(FONT, "B", 20)
    pdf.multi_cell(width, 9, slide.title)
    pdf.ln(1)
    pdf.set_text_color(*INK)
    pdf.set_font(FONT, "", 13)
    pdf.multi_cell(width, 6.5, slide.message)
    pdf.ln(3)
    top = chart_top = pdf.get_y()
    drawn = chart_png(slide)
    columns = 3 if drawn is None else 1
    figures_width = (width if drawn is None else 95) / columns
    below_figures = top
    for index, figure in enumerate(slide.figures):
        row, col = divmod(index, columns)
        x = MARGIN + col * figures_width
        if col == 0 and row:
            top = below_figures
        pdf.set_xy(x, top)
        _figure(pdf, figure, x, figures_width - 4)
        below_figures = max(below_figures, pdf.get_y())
    bottom = chart_top
    if drawn is not None:
        png, size = drawn
        left = MARGIN + figures_width + 6
        box = (PAGE_W - MARGIN - left, 120)
        w, h = fit(size, box)
        pdf.image(io.BytesIO(png), x=left, y=chart_top, w=w, h=h, alt_text=slide.chart_alt)
        bottom = chart_top + h
    pdf.set_y(max(below_figures, bottom) + 3)
    pdf.set_text_color(*MUTED)
    pdf.set_font(FONT, "B", 9)
    pdf.multi_cell(width, 4.5, t("deck_notes_definitions", pdf.deck.lang))
    pdf.set_font(FONT, "", 9)
    for definition in slide.definitions:
        pdf.multi_cell(width, 4.5, definition)


def _figure(pdf: _Report, figure, x: float, width: float) -> None:
    """A figure's label, its value large, and the line beside it, from `x`."""
    pdf.set_text_color(*MUTED)
    pdf.set_font(FONT, "", 10)
    pdf.multi_cell(width, 5, figure.label, new_x="LEFT")
    pdf.set_text_color(*INK)
    long = len(figure.value) >= 20
    pdf.set_font(FONT, "B", 11 if long else 18)
    pdf.multi_cell(width, 5.5 if long else 8, figure.value, new_x="LEFT")
    if figure.note:
        pdf.set_font(FONT, "", 9)
        pdf.multi_cell(width, 4.5, figure.note, new_x="LEFT")
    pdf.ln(2.5)


def _data_pages(pdf: _Report, deck: Deck) -> None:
    """Each slide's table, typed as on screen (counts grouped, money with cents)."""
    lang = deck.lang
    pdf.add_page()
    pdf.set_text_color(*ACCENT)
    pdf.set_font(FONT, "B", 18)
    pdf.multi_cell(PAGE_W - 2 * MARGIN, 9, t("deck_data", lang))
    for slide in deck.slides:
        frame, kinds = slide.table.frame, slide.table.kinds
        if frame.empty:
            continue
        pdf.ln(3)
        pdf.set_text_color(*INK)
        pdf.set_font(FONT, "B", 12)
        pdf.multi_cell(PAGE_W - 2 * MARGIN, 6, f"{slide.number}. {slide.title}")
        pdf.set_font(FONT, "", 9)
        heading = FontFace(emphasis="BOLD", fill_color=(230, 236, 242))
        with pdf.table(headings_style=heading, line_height=5, text_align="LEFT") as table:
            table.row([str(column) for column in frame.columns])
            for values in frame.itertuples(index=False):
                table.row(
                    [
                        cell_text(kinds.get(column, TEXT), value, lang)
                        for column, value in zip(frame.columns, values, strict=True)
                    ]
                )
