"""Each question in `queries/` on a hand-made export whose answers were worked out by hand.

tests/fixtures/small: companies A (services, large, 2010-), B (textile, small, 2010 only),
C (services, social enterprise of size micro, 2011-), D (textile, medium, 2011-); partners
P (local authority) and N (NGO). Projects P1 (A, 2010, partners B and P), P2 (B, 2010),
P3 (C, 2011, partner N), P4 (D, 2011). Savings: P1 1000 verified in 2010 and 500
estimated in 2011, P3 250.50 verified in 2011. Meetings: M1 2010 (A, B), M2 and M3 2011
(C; A).
"""

from pathlib import Path

import pytest

from dashboard.export.load import load_export
from dashboard.store.filters import Filters, sql_params
from dashboard.store.queries import query, sql_text

SMALL = Path(__file__).parent / "fixtures" / "small"
COLUMNS = [
    "year",
    "active_companies",
    "projects",
    "projects_in_partnership",
    "savings_verified",
    "savings_estimated",
    "meetings",
]


@pytest.fixture(scope="module")
def cursor():
    result = load_export(SMALL)
    assert result.ok, result.problems
    assert result.years == (2010, 2011)
    return result.con.cursor()


def rows(cursor, name, filters):
    frame = query(cursor, name, sql_params(filters, (2010, 2011)))
    return [tuple(row) for row in frame.itertuples(index=False)]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(), [(2010, 2, 2, 1, 1000.0, 0.0, 1), (2011, 3, 2, 1, 250.5, 500.0, 2)]),
        # the year before the selection comes along, for the tiles' change
        (
            Filters(years=(2011, 2011)),
            [(2010, 2, 2, 1, 1000.0, 0.0, 1), (2011, 3, 2, 1, 250.5, 500.0, 2)],
        ),
        (Filters(years=(2010, 2010)), [(2010, 2, 2, 1, 1000.0, 0.0, 1)]),
        # meetings with a filter: those the selected organizations attended
        (
            Filters(sectors=("textile",)),
            [(2010, 1, 1, 0, 0.0, 0.0, 1), (2011, 1, 1, 0, 0.0, 0.0, 0)],
        ),
        (
            Filters(sizes=("large",)),
            [(2010, 1, 1, 1, 1000.0, 0.0, 1), (2011, 1, 0, 0, 0.0, 500.0, 1)],
        ),
        (Filters(sizes=("sme",)), [(2010, 1, 1, 0, 0.0, 0.0, 1), (2011, 1, 1, 0, 0.0, 0.0, 0)]),
        # C is micro but a social enterprise: never part of the SMEs
        (Filters(sizes=("micro",)), [(2010, 0, 0, 0, 0.0, 0.0, 0), (2011, 0, 0, 0, 0.0, 0.0, 0)]),
        (
            Filters(sizes=("social_enterprise",)),
            [(2010, 0, 0, 0, 0.0, 0.0, 0), (2011, 1, 1, 1, 250.5, 0.0, 1)],
        ),
        (
            Filters(sectors=("services",), sizes=("large", "medium")),
            [(2010, 1, 1, 1, 1000.0, 0.0, 1), (2011, 1, 0, 0, 0.0, 500.0, 1)],
        ),
    ],
)
def test_overview_by_year(cursor, filters, expected):
    frame = query(cursor, "overview_by_year", sql_params(filters, (2010, 2011)))
    assert list(frame.columns) == COLUMNS
    assert rows(cursor, "overview_by_year", filters) == expected


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(), 4),
        (Filters(years=(2010, 2010)), 2),
        (Filters(years=(2011, 2011)), 3),
        (Filters(sectors=("textile",)), 2),
        (Filters(sizes=("sme",), years=(2011, 2011)), 1),
        (Filters(sizes=("social_enterprise",)), 1),
    ],
)
def test_companies_involved(cursor, filters, expected):
    assert rows(cursor, "companies_involved", filters) == [(expected,)]


def test_code_labels_and_export_info(cursor):
    labels = rows(cursor, "code_labels", Filters())
    assert ("sectors", "textile", "Tessile", "Textile") in labels
    assert ("categories", "reporting", "Rendicontazione", "Reporting") in labels
    assert len(labels) == 5
    info = cursor.execute(sql_text("export_info")).fetchone()
    assert info[0] == "Rete di prova" and str(info[1]) == "2012-01-31" and info[2] is False
