"""URL parameters ⇄ filters ⇄ SQL parameters, as a table of cases."""

import pytest

from dashboard.store.filters import Filters, parse, sql_params, to_params

SECTORS = ("services", "ceramic_tiles", "textile")
YEARS = (2009, 2012)


@pytest.mark.parametrize(
    ("params", "expected", "ignored"),
    [
        ({}, Filters(), []),
        ({"lang": "en"}, Filters(lang="en"), []),
        ({"lang": "fr"}, Filters(), [("lang", "fr", 1)]),
        ({"years": "2010-2012"}, Filters(years=(2010, 2012)), []),
        ({"years": "2011"}, Filters(years=(2011, 2011)), []),
        ({"years": "2009-2012"}, Filters(), []),
        ({"years": "2012-2010"}, Filters(), [("years", "2012-2010", 1)]),
        ({"years": "2008-2012"}, Filters(), [("years", "2008-2012", 1)]),
        ({"years": "recent"}, Filters(), [("years", "recent", 1)]),
        ({"sector": "ceramic_tiles"}, Filters(sectors=("ceramic_tiles",)), []),
        # codes keep the code list's order, whatever the URL's
        ({"sector": "textile,services"}, Filters(sectors=("services", "textile")), []),
        ({"sector": "textile,mining"}, Filters(sectors=("textile",)), [("sector", "mining", 1)]),
        ({"size": "sme,large"}, Filters(sizes=("large", "sme")), []),
        ({"size": "micro,huge"}, Filters(sizes=("micro",)), [("size", "huge", 1)]),
        (
            {"lang": "en", "sector": "ceramic_tiles", "years": "2010-2011", "size": "large"},
            Filters(lang="en", years=(2010, 2011), sectors=("ceramic_tiles",), sizes=("large",)),
            [],
        ),
    ],
)
def test_parse(params, expected, ignored):
    assert parse(params, SECTORS, YEARS) == (expected, ignored)


@pytest.mark.parametrize(
    ("raw", "sectors", "ignored"),
    [
        # 20,000 values: the first 20 read, one notice that counts every ignored value
        (",".join(["x"] * 20_000), (), [("sector", "x", 20_000)]),
        # 25 values, the last five valid: they are past the 20 read, so ignored too
        (",".join(["mining"] * 20 + ["textile"] * 5), (), [("sector", "mining", 25)]),
        (",".join(["textile"] * 20 + ["services"]), ("textile",), [("sector", "services", 1)]),
        ("textile," + "x" * 5_000, ("textile",), [("sector", "x" * 200, 1)]),
    ],
    ids=["20000-values", "25-values", "21st-value", "long-value"],
)
def test_a_long_link_is_read_only_in_part_and_said_once(raw, sectors, ignored):
    """At most 20 values of a parameter, 200 characters each, and one notice with a count."""
    filters, found = parse({"sector": raw}, SECTORS, YEARS)
    assert filters.sectors == sectors
    assert found == ignored


def test_a_long_value_of_the_language_or_the_years_is_cut():
    _, found = parse({"lang": "x" * 1_000, "years": "9" * 1_000}, SECTORS, YEARS)
    assert found == [("lang", "x" * 200, 1), ("years", "9" * 200, 1)]


@pytest.mark.parametrize(
    ("filters", "params"),
    [
        (Filters(), {}),
        (Filters(lang="en"), {"lang": "en"}),
        (Filters(years=(2011, 2011)), {"years": "2011"}),
        (
            Filters(years=(2010, 2012), sectors=("services", "textile"), sizes=("sme",)),
            {"years": "2010-2012", "sector": "services,textile", "size": "sme"},
        ),
    ],
)
def test_to_params_round_trips(filters, params):
    assert to_params(filters) == params
    assert parse(params, SECTORS, YEARS) == (filters, [])


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (
            Filters(),
            {
                "year_from": 2009,
                "year_to": 2012,
                "sectors": None,
                "size_groups": None,
                "sme_sizes": None,
            },
        ),
        (
            Filters(years=(2010, 2011), sectors=("textile",), sizes=("large", "micro", "small")),
            {
                "year_from": 2010,
                "year_to": 2011,
                "sectors": ["textile"],
                "size_groups": ["large"],
                "sme_sizes": ["micro", "small"],
            },
        ),
    ],
)
def test_sql_params(filters, expected):
    assert sql_params(filters, YEARS) == expected
