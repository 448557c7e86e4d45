"""The small-cell rule on hand-made tables: what is hidden, what the totals say, and that
no published figure depends on a hidden value (so none can be worked back out)."""

import itertools

import pandas as pd
import pytest

from dashboard.ui.privacy import Shown, combine, protect, texts


def table(rows: dict[str, list[int]], columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame.from_dict(rows, orient="index", columns=columns)


def shown(counts: pd.DataFrame) -> pd.DataFrame:
    return texts(protect(counts, total="total"), str)


# a: one hidden cell (1) beside 5 and 0; b: one hidden cell (2) beside 3 and 4; c: zeros.
HAND = table({"a": [5, 1, 0], "b": [3, 4, 2], "c": [0, 0, 0]}, ["x", "y", "z"])


def test_cells_of_one_or_two_are_hidden_and_zero_stays_zero():
    out = shown(HAND)
    assert out.loc["a", ["x", "y", "z"]].tolist() == ["5", "<3", "0"]
    assert out.loc["b", ["x", "y", "z"]].tolist() == ["3", "4", "<3"]
    assert out.loc["c"].tolist() == ["0", "0", "0", "0"]


def test_totals_with_a_hidden_cell_are_the_range_the_shown_cells_allow():
    out = shown(HAND)
    # row a: 5 shown + one hidden (1 or 2) = 6 to 7 (the true 6 is not singled out)
    assert out.at["a", "total"] == "6–7"
    # row b: 3 + 4 shown + one hidden = 8 to 9
    assert out.at["b", "total"] == "8–9"
    # column x has no hidden cell: exact
    assert out.at["total", "x"] == "8"
    # column y: 4 shown + one hidden = 5 to 6; column z: only the hidden cell, 1 to 2
    assert out.at["total", "y"] == "5–6"
    assert out.at["total", "z"] == "1–2"
    # grand total: 5 + 3 + 4 shown + two hidden = 14 to 16 (true 15)
    assert out.at["total", "total"] == "14–16"


def test_a_table_without_small_cells_is_exact():
    counts = table({"a": [3, 0], "b": [10, 7]}, ["x", "y"])
    out = shown(counts)
    assert out.loc["a"].tolist() == ["3", "0", "3"]
    assert out.loc["total"].tolist() == ["13", "7", "20"]


@pytest.mark.parametrize(
    "counts",
    [
        HAND,
        # two hidden cells in a row that add up to its total (1 + 1 = 2 with a zero beside)
        table({"a": [1, 1, 0], "b": [6, 3, 9]}, ["x", "y", "z"]),
        # a whole column of small cells, and a row of them
        table({"a": [2, 2], "b": [1, 5], "c": [2, 1]}, ["x", "y"]),
        # one person in all
        table({"a": [0, 1]}, ["x", "y"]),
    ],
    ids=["hand", "pair", "column", "single"],
)
def test_no_published_figure_depends_on_a_hidden_value(counts):
    """Every way of filling the hidden cells with 1 or 2 gives the same page: no total
    minus other figures (nor any other arithmetic on what is shown) can recover them."""
    hidden = [(r, c) for r in counts.index for c in counts.columns if 0 < counts.at[r, c] < 3]
    assert hidden
    published = shown(counts)
    for values in itertools.product((1, 2), repeat=len(hidden)):
        other = counts.copy()
        for (r, c), value in zip(hidden, values, strict=True):
            other.at[r, c] = value
        pd.testing.assert_frame_equal(shown(other), published)


def test_threshold_is_three():
    out = shown(table({"a": [3, 2]}, ["x", "y"]))
    assert out.loc["a"].tolist() == ["3", "<3", "4–5"]


def test_numbers_take_the_given_format():
    out = texts(protect(table({"a": [1234, 1]}, ["x", "y"]), total="total"), "{:,}".format)
    assert out.loc["a"].tolist() == ["1,234", "<3", "1,235–1,236"]


def test_combined_columns_are_summed_from_the_protected_ones():
    """SMEs shown whole are summed from micro, small and medium as protected: a split
    view and a whole view of the same people cannot be subtracted from one another."""
    counts = table({"ceo": [4, 1, 5, 0], "hr": [3, 0, 3, 3]}, ["large", "micro", "small", "medium"])
    whole = combine(protect(counts, total="total"), ["micro", "small", "medium"], "sme")
    assert list(whole.columns) == ["large", "sme", "total"]
    out = texts(whole, str)
    # ceo: micro hidden (1) + small 5 + medium 0 = 6 to 7, never the exact 6
    assert out.at["ceo", "sme"] == "6–7"
    assert out.at["hr", "sme"] == "6"
    assert out.at["total", "sme"] == "12–13"
    assert out.at["total", "total"] == "19–20"
    # and it does not move when the hidden micro CEO count does
    other = counts.copy()
    other.at["ceo", "micro"] = 2
    again = combine(protect(other, total="total"), ["micro", "small", "medium"], "sme")
    pd.testing.assert_frame_equal(texts(again, str), out)


def test_combine_without_the_columns_leaves_the_table_alone():
    protected = protect(table({"a": [4]}, ["large"]), total="total")
    assert combine(protected, ["micro", "small"], "sme").equals(protected)


def test_shown_texts():
    assert Shown(1, 2, hidden=True).text(str) == "<3"
    assert Shown(7, 7).text(str) == "7"
    assert Shown(7, 9).text(str) == "7–9"
