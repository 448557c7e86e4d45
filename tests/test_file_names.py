"""Every download is named in the page's language, with the years and the data's date."""

import re
from datetime import date
from types import SimpleNamespace

import pytest
import streamlit as st

from dashboard.routes import PAGES
from dashboard.store.catalog import Catalog
from dashboard.store.filters import Filters
from dashboard.ui.shell import PageContext
from dashboard.words.formats import file_slug


def _ctx(lang: str, exported_on: date | None, files_on: date | None = None) -> PageContext:
    catalog = Catalog(
        years=(2009, 2012),
        labels={"sectors": {}, "categories": {}, "themes": {}},
        network=None,
        exported_on=exported_on,
        synthetic=False,
        contact=None,
        files_on=files_on,
    )
    return PageContext(SimpleNamespace(catalog=catalog), Filters(lang=lang), [], None)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Progetti per categoria", "progetti-per-categoria"),
        ("Attività è più: sì!", "attivita-e-piu-si"),
        ("  Le imprese socie  ", "le-imprese-socie"),
    ],
)
def test_file_slug(text, slug):
    assert file_slug(text) == slug


def test_a_file_name_says_what_which_years_and_as_of_when():
    exported = date(2013, 1, 31)
    assert (
        _ctx("it", exported).file_name("Progetti per categoria", "csv")
        == "progetti-per-categoria_2009-2012_dati-al-2013-01-31.csv"
    )
    assert (
        _ctx("en", exported).file_name("Projects by category", "png")
        == "projects-by-category_2009-2012_data-as-of-2013-01-31.png"
    )
    assert (
        _ctx("it", None, date(2024, 3, 12)).file_name("Risparmi", "csv")
        == "risparmi_2009-2012_file-del-2024-03-12.csv"
    )
    assert _ctx("it", None).file_name("Risparmi", "svg") == "risparmi_2009-2012.svg"


ENGLISH = re.compile(
    r"\b(records|data|savings|project|projects|people|report|templates|members|table|by|"
    r"year|years|partners)\b"
)


def test_every_download_of_the_italian_pages_has_an_italian_name(app, monkeypatch):
    names: list[str] = []
    real = st.download_button

    def recording(*args, **kwargs):
        names.append(kwargs["file_name"])
        return real(*args, **kwargs)

    monkeypatch.setattr(st, "download_button", recording)
    at = app(lang="it", org="ORG-001")
    for page, *_ in PAGES:
        at.switch_page(page).run()
        assert not at.exception, page
    at.query_params["project"] = "PRJ-001"
    at.switch_page("views/projects.py").run()
    assert len(names) > 40
    for name in names:
        words = re.split(r"[-_.]", name)
        assert not ENGLISH.search(" ".join(words)), name
        assert "2009-2012" in name or name.endswith((".zip", ".txt")), name
