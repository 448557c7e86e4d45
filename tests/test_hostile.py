"""Hostile input, tried as an attacker would: text from a link or an export is shown as
text on every page (never a link, an image, a heading or emphasis), and every download
keeps formulas from running."""

from __future__ import annotations

import csv
import io

import pytest

from dashboard.routes import PAGES
from tests.folds import unfold
from tests.hostile import EVIL, MARKUP, as_read, hostile_export, live_markup

PUBLIC = [file for file, *_ in PAGES if file != "views/data.py"]


def markdown_bodies(at) -> list[tuple[str, str]]:
    """(where, body) for every text on the page that Streamlit reads as markdown."""
    out: list[tuple[str, str]] = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning",
                 "error", "success"):  # fmt: skip
        out += [(kind, str(e.value)) for e in getattr(at, kind)]
    for metric in at.metric:
        out += [("metric", metric.label), ("metric help", metric.proto.help)]
        out += [("metric value", metric.value), ("metric delta", metric.proto.delta)]
    out += [("expander", e.label) for e in at.expander]
    out += [("tab", tab.label) for tab in at.tabs]
    for kind in ("button", "download_button", "selectbox", "multiselect", "text_input"):
        out += [(kind, e.proto.label) for e in at.get(kind)]
        out += [(f"{kind} help", e.proto.help) for e in at.get(kind)]
    return out


def live(at) -> list[tuple[str, str, list[str]]]:
    return [
        (kind, body, found) for kind, body in markdown_bodies(at) if (found := live_markup(body))
    ]


@pytest.fixture
def hostile(data_dir, tmp_path):
    return data_dir(hostile_export(tmp_path / "hostile"))


@pytest.mark.parametrize("page", PUBLIC)
def test_export_text_is_shown_as_text_on_every_page(app, hostile, page):
    at = unfold(app(page, lang="en"))
    assert not at.exception, at.exception
    assert live(at) == []
    shown = " ".join(as_read(body) for _, body in markdown_bodies(at))
    assert MARKUP[0] in shown  # the network's name is still there, as written


@pytest.mark.parametrize(
    ("page", "params"),
    [("views/participation.py", {"org": "A"}), ("views/projects.py", {"project": "P1"})],
)
def test_a_card_shows_names_titles_and_descriptions_as_text(app, hostile, page, params):
    at = unfold(app(page, lang="it", **params))
    assert not at.exception, at.exception
    assert live(at) == []
    shown = [as_read(body) for _, body in markdown_bodies(at)]
    assert any(MARKUP[3] in text for text in shown)  # "# Heading", as written
    if "project" in params:  # the description keeps its lines, as plain text
        [description] = [text for text in shown if text.endswith("indented")]
        assert description.split("  \n") == [*MARKUP, "indented"]


@pytest.mark.parametrize("slide", [str(n) for n in range(1, 9)])
def test_the_forum_slides_show_export_text_as_text(app, hostile, slide):
    at = app("views/forum.py", present="1", slide=slide, lang="en")
    assert not at.exception, at.exception
    assert live(at) == []
    assert MARKUP[0] in as_read(at.markdown[-1].value)  # the footer names the network


LINK_PAYLOADS = [
    "`[x](https://evil.example)` ![i](https://evil.example/i.png)",
    "# Heading\n**bold**",
    ":material/warning: :red[red] $x^2$ <img src=https://evil.example/i.png>",
]


@pytest.mark.parametrize("payload", LINK_PAYLOADS)
@pytest.mark.parametrize(
    ("page", "names"),
    [
        ("views/participation.py", ("org", "sector", "size", "years", "lang", "q")),
        ("views/projects.py", ("project", "category", "status", "q")),
        ("views/savings.py", ("policy_area", "method", "years")),
        ("views/partnerships.py", ("ptype", "org_size", "bogus")),
        (None, ("sector", "years", "lang")),
        ("views/forum.py", ("present", "slide", "auto", "years", "size")),
    ],
)
def test_text_from_a_link_is_shown_as_text(app, page, names, payload):
    at = app(page, **{name: payload for name in names})
    assert not at.exception, at.exception
    assert live(at) == []
    assert EVIL not in "".join(as_read(body) for _, body in markdown_bodies(at) if "](" in body)


def _is_number(cell: str, lang: str) -> bool:
    try:
        float(cell.replace(",", ".") if lang == "it" else cell)
    except ValueError:
        return False
    return True


@pytest.mark.parametrize("lang", ["it", "en"])
def test_no_download_carries_a_live_formula(app, hostile, csv_files, lang):
    for page in PUBLIC:
        assert not unfold(app(page, lang=lang)).exception
    for page, params in (
        ("views/participation.py", {"org": "A"}),
        ("views/projects.py", {"project": "P1"}),
    ):
        assert not unfold(app(page, lang=lang, **params)).exception
    assert len(csv_files) > 20
    cells = []
    for data in csv_files:
        text = data.decode("utf-8-sig")
        cells += [
            c
            for row in csv.reader(io.StringIO(text), delimiter=";" if lang == "it" else ",")
            for c in row
        ]
    live = [
        c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r") and not _is_number(c, lang)
    ]
    assert live == []
    shown = "\n".join(cells)
    for formula in ('=HYPERLINK("https://evil.example","x")', "+1+1 P1", "@SUM(A1)", "-2+3"):
        assert "'" + formula in shown, formula  # kept, as text a spreadsheet shows


@pytest.mark.parametrize("payload", LINK_PAYLOADS)
def test_a_slide_link_with_markup_in_its_parameters_shows_the_first_slide(app, payload):
    params = {name: payload for name in ("slide", "auto", "years", "sector", "size")}
    at = app("views/forum.py", present="1", lang="en", **params)
    assert not at.exception, at.exception
    assert live(at) == []
    assert at.title[0].value == "2012 in figures"
