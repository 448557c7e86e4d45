"""The app under AppTest: figures checked against the CSV files, counted independently."""

import shutil
from pathlib import Path

import pytest

from tests import expected
from tests.conftest import DEMO
from tests.folds import unfold
from tests.hostile import as_read

SMALL = Path(__file__).parent / "fixtures" / "small"
ALL_YEARS = range(2009, 2013)


def tiles(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_overview_on_the_demo(app):
    at = app()
    assert not at.exception
    figures = tiles(at)
    assert figures["Imprese coinvolte"] == "100"
    assert figures["Progetti"] == "150"
    assert figures["In partnership"] == "50"
    assert "33,3% dei progetti" in [c.value for c in at.caption]
    # it says the data is made up, and the chart is there
    assert "Dati dimostrativi" in at.warning[0].value
    assert at.get("vega_lite_chart")


def test_overview_deltas_speak_of_the_last_year(app):
    deltas = {m.label: m.proto.delta for m in app().metric}
    # DEMO.md: 57 active members in 2012, 52 in 2011; 48 projects in 2012, 44 in 2011
    assert deltas["Imprese coinvolte"] == "2012: 57, +5 sul 2011"
    assert deltas["Progetti"] == "2012: 48, +4 sul 2011"


@pytest.mark.parametrize("sector", ["ceramic_tiles", "textile", "community_care"])
def test_sector_filter(app, sector):
    at = app(sector=sector)
    figures = tiles(at)
    companies = expected.companies_involved(DEMO, ALL_YEARS, sectors={sector})
    started, partnered = expected.projects(DEMO, ALL_YEARS, sectors={sector})
    assert figures["Imprese coinvolte"] == str(companies)
    assert figures["Progetti"] == str(started)
    assert figures["In partnership"] == str(partnered)
    assert at.multiselect(key="f_sector").value == [sector]


def test_size_and_years_filter(app):
    at = app(size="large,social_enterprise", years="2011-2012")
    years = range(2011, 2013)
    sizes = {"large", "social_enterprise"}
    figures = tiles(at)
    assert figures["Imprese coinvolte"] == str(
        expected.companies_involved(DEMO, years, sizes=sizes)
    )
    assert figures["Progetti"] == str(expected.projects(DEMO, years, sizes=sizes)[0])


def test_sidebar_change_goes_into_the_url(app):
    at = app()
    at.multiselect(key="f_sector").set_value(["textile"]).run()
    assert at.query_params["sector"] == "textile"
    assert tiles(at)["Imprese coinvolte"] == str(
        expected.companies_involved(DEMO, ALL_YEARS, sectors={"textile"})
    )
    at.segmented_control(key="f_lang").set_value("en").run()
    assert at.query_params["lang"] == "en"
    # the sector survives the change of language
    assert at.query_params["sector"] == "textile"
    assert at.multiselect(key="f_sector").value == ["textile"]


def test_overview_in_english(app):
    at = app(lang="en")
    figures = tiles(at)
    assert figures["Companies involved"] == "100"
    assert figures["Projects"] == "150"
    assert figures["Verified savings"].startswith("€")
    assert "Demonstration data" in at.warning[0].value
    assert at.title[0].value == "Overview"


def test_unknown_url_values_are_ignored_with_a_notice(app):
    at = app(sector="mining", years="1990")
    assert not at.exception
    assert tiles(at)["Imprese coinvolte"] == "100"
    notices = " ".join(i.value for i in at.info)
    assert "sector=mining" in notices and "years=1990" in notices


def test_a_link_with_thousands_of_values_gives_one_notice_with_a_count(app):
    at = app(lang="en", sector=",".join(["textile"] + ["x"] * 19_999))
    assert not at.exception
    notices = [as_read(i.value) for i in at.info]
    assert notices == ["Ignored 19,999 values of the address's parameter “sector”, among them “x”"]
    textile = expected.companies_involved(DEMO, ALL_YEARS, sectors={"textile"})
    assert tiles(at)["Companies involved"] == str(textile)


def test_invalid_export_shows_the_report(app, data_dir, tmp_path):
    broken = tmp_path / "broken"
    shutil.copytree(SMALL, broken)
    text = (broken / "projects.csv").read_text(encoding="utf-8")
    (broken / "projects.csv").write_text(text.replace("P4,Meno rifiuti,D", "P4,Meno rifiuti,ZZ"))
    data_dir(broken)
    at = app(lang="en")
    assert not at.exception
    assert at.title[0].value == "The data export is not valid"
    assert "projects.csv:5: lead_org_id: unknown organization (ZZ)" in at.code[0].value
    assert not at.metric


def test_missing_optional_files_say_not_exported(app, data_dir, tmp_path):
    partial = tmp_path / "partial"
    shutil.copytree(SMALL, partial)
    for name in ("project_partners.csv", "savings.csv", "meetings.csv", "attendance.csv"):
        (partial / name).unlink()
    data_dir(partial)
    at = app(lang="en")
    assert not at.exception
    figures = tiles(at)
    assert figures["Companies involved"] == "4"
    assert figures["In partnership"] == figures["Verified savings"] == "–"
    notes = [c.value for c in at.caption]
    assert "project_partners.csv has not been exported yet." in notes
    assert "savings.csv has not been exported yet." in notes
    assert "meetings.csv has not been exported yet." in notes


def test_small_export_figures(app, data_dir):
    """The hand-made export: every number known (see tests/test_queries.py)."""
    data_dir(SMALL)
    at = app(lang="en")
    figures = tiles(at)
    assert figures == {
        "Companies involved": "4",
        "Projects": "4",
        "In partnership": "2",
        "Verified savings": "€1,250",
        "Meetings held": "3",
    }
    captions = [c.value for c in at.caption]
    assert "50.0% of projects" in captions
    assert "plus €500 estimated (71.4% of the total verified)" in captions


def test_a_new_export_with_other_years_resets_the_years_filter(app, data_dir):
    """A session that chose 2009-2010 on the demo, then the export in use changes to one
    covering 2010-2011: the page still runs, on the years the new export has."""
    at = app(years="2009-2010", sector="textile")
    assert at.select_slider(key="f_years").value == (2009, 2010)
    data_dir(SMALL)
    at.run()
    assert not at.exception
    assert at.select_slider(key="f_years").value == (2010, 2011)
    assert "years" not in at.query_params
    assert at.query_params["sector"] == "textile"
    assert tiles(at)["Imprese coinvolte"] == "2"  # B and D, the small export's textile firms


def test_overview_shows_the_records_behind_its_figures(app):
    at = app(lang="en", sector="textile")
    assert not at.dataframe  # folded away until asked for
    tables = {tuple(df.value.columns)[:2]: df.value for df in unfold(at).dataframe}
    companies = expected.companies_involved(DEMO, ALL_YEARS, sectors={"textile"})
    started, partnered = expected.projects(DEMO, ALL_YEARS, sectors={"textile"})
    assert len(tables[("Company", "Sector")]) == companies
    assert set(tables[("Company", "Sector")]["Sector"]) == {"Textiles and clothing"}
    projects = tables[("Project", "Lead")]
    assert len(projects) == started
    assert (projects["Partners"] > 0).sum() == partnered
    tabs = [t.label for t in at.tabs]
    assert tabs[:2] == [f"Companies involved ({companies})", f"Projects ({started})"]


@pytest.mark.parametrize(
    ("page", "key"),
    [("views/projects.py", "proj_search"), ("views/participation.py", "part_search")],
)
def test_a_search_lives_in_the_url(app, page, key):
    at = app(page, lang="en")
    at.text_input(key=key).input("ceram").run()
    assert at.query_params["q"] == "ceram"
    shared = app(lang="en", q="ceram")  # the link opened by someone else
    shared.switch_page(page).run()
    assert shared.text_input(key=key).value == "ceram"
    at.text_input(key=key).input("").run()
    assert "q" not in at.query_params


def test_a_folder_that_cannot_be_read_is_said_plainly(app, data_dir, tmp_path):
    data_dir(tmp_path / "missing")
    at = app(lang="en")
    assert not at.exception
    assert at.title[0].value == "The data folder cannot be read"
    assert "missing" in at.error[0].value
    assert not at.metric


def test_a_rerun_asks_the_export_nothing_again_and_new_files_get_their_own_answers(
    app, data_dir, monkeypatch
):
    import cachetools

    from dashboard.store import queries
    from dashboard.ui import answers

    asked = []
    real = queries.query
    monkeypatch.setattr(
        queries,
        "query",
        lambda cursor, name, params: asked.append(name) or real(cursor, name, params),
    )
    monkeypatch.setattr(answers, "_KEPT", cachetools.LRUCache(answers.CELLS, answers._cells))
    at = app("views/savings.py", lang="en")
    first = len(asked)
    assert first > 5
    at.run()  # a rerun: a fold opened, a click
    assert len(asked) == first and not at.exception
    data_dir(SMALL)  # other files: their own answers
    small = app("views/savings.py", lang="en")
    assert len(asked) > first
    assert tiles(small) != tiles(at)
