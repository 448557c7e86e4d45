"""The Forum page: the year's results in big type, checked against DEMO.md's table
(the press's figures the demo reproduces) and the CSV files."""

from tests import expected
from tests.conftest import DEMO

FORUM = "views/forum.py"


def tiles(at) -> list[tuple[str, str]]:
    return [(m.label.strip(), m.value) for m in at.metric]


def test_the_last_year_in_big_type_then_the_road_since_the_first(app):
    at = app(FORUM, lang="en")
    assert not at.exception
    assert at.title[0].value == "The results of 2012"
    figures = tiles(at)
    # DEMO.md: 2012, 57 members and 48 projects (10 in partnership); 2009-2012: 100, 150, 50
    assert figures[:3] == [
        ("Member companies", "57"),
        ("New projects", "48"),
        ("In partnership", "10"),
    ]
    assert figures[5:8] == [
        ("Companies involved", "100"),
        ("Projects", "150"),
        ("In partnership", "50"),
    ]


def test_the_years_filter_chooses_the_year(app):
    at = app(FORUM, lang="en", years="2010-2011", sector="ceramic_tiles")
    assert at.title[0].value == "The results of 2011"
    figures = dict(tiles(at)[:2])
    started, _ = expected.projects(DEMO, range(2011, 2012), sectors={"ceramic_tiles"})
    assert figures["New projects"] == str(started)
    members = expected.companies_involved(DEMO, range(2011, 2012), sectors={"ceramic_tiles"})
    assert figures["Member companies"] == str(members)
