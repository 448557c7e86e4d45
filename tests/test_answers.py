"""The answers kept per export version: asked once, each caller's own copy, and never more
than `answers.CELLS` cells kept."""

import cachetools
import pytest

from dashboard.export.load import load_export
from dashboard.store import queries
from dashboard.ui import answers
from tests.conftest import DEMO

FILES = (str(DEMO), "fingerprint")


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    names = []
    real = queries.query
    monkeypatch.setattr(queries, "query", lambda c, n, p: names.append(n) or real(c, n, p))
    monkeypatch.setattr(answers, "CELLS", 50)
    monkeypatch.setattr(answers, "_KEPT", cachetools.LRUCache(50, answers._cells))
    return names


def test_an_answer_is_asked_once_and_each_caller_gets_a_copy(asked):
    cursor = load_export(DEMO).con.cursor()
    first = answers.answer(cursor, FILES, "export_info", {})
    first.iloc[0, 0] = "changed by its caller"
    again = answers.answer(cursor, FILES, "export_info", {})
    assert asked == ["export_info"]
    assert again.iloc[0, 0] != "changed by its caller"
    answers.answer(cursor, (str(DEMO), "other files"), "export_info", {})
    assert asked == ["export_info", "export_info"]


def test_an_answer_larger_than_the_cap_is_given_and_not_kept(asked):
    cursor = load_export(DEMO).con.cursor()
    labels = answers.answer(cursor, FILES, "code_labels", {})
    assert labels.size > answers.CELLS
    answers.answer(cursor, FILES, "code_labels", {})
    assert asked == ["code_labels", "code_labels"]
