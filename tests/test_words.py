"""One catalog of words: every key used exists in both languages, every key is used, keys
are literal, and every code has one label per language."""

import ast
import re
from pathlib import Path

import pytest

from dashboard.export import contract
from dashboard.words.catalog import TEXT
from dashboard.words.codes import CODE_LABELS, CODE_NOTES, code_label

ROOT = Path(__file__).resolve().parent.parent
WORDS = ROOT / "dashboard" / "words"
SOURCES = [p for p in (ROOT / "dashboard").rglob("*.py") if WORDS not in p.parents]
LOOKUPS = {"t", "tn"}  # t(key, lang), ctx.t(key), tn(key, n, lang), ctx.tn(key, n)


def _calls():
    """(file, line, first argument) of every catalog look-up in the code."""
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = (
                node.func.attr
                if isinstance(node.func, ast.Attribute)
                else getattr(node.func, "id", None)
            )
            if name in LOOKUPS:
                yield path.relative_to(ROOT), node.lineno, node.args[0]


def _literals() -> set[str]:
    """Every string constant in the code (keys are passed around as literals)."""
    found = set()
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    return found


def test_keys_are_literal_never_built():
    def literal(arg) -> bool:
        if isinstance(arg, ast.IfExp):  # t("a" if x else "b")
            return literal(arg.body) and literal(arg.orelse)
        return isinstance(arg, ast.Constant | ast.Name | ast.Attribute | ast.Subscript)

    built = [f"{file}:{line}" for file, line, arg in _calls() if not literal(arg)]
    assert built == []


def test_every_key_used_exists_in_both_languages():
    missing = [
        f"{file}:{line}: {arg.value}"
        for file, line, arg in _calls()
        if isinstance(arg, ast.Constant) and arg.value not in TEXT
    ]
    assert missing == []
    for key, words in TEXT.items():
        assert set(words) == {"it", "en"}, key


def test_every_key_is_used():
    literals = _literals()
    assert sorted(key for key in TEXT if key not in literals) == []


def test_the_checks_above_see_a_built_key(tmp_path):
    """The scanner itself: an f-string key is caught (so the tests above can fail)."""
    tree = ast.parse('ctx.t(f"size_{code}")')
    call = next(n for n in ast.walk(tree) if isinstance(n, ast.Call))
    assert isinstance(call.args[0], ast.JoinedStr)


CONTRACT_LISTS = {
    "kind": contract.ORG_KINDS,
    "size": contract.SIZES,
    "size_group": contract.SIZE_GROUPS,
    "function": contract.FUNCTIONS,
    "meeting_kind": contract.MEETING_KINDS,
    "status": contract.STATUSES,
    "policy_area": contract.POLICY_AREAS,
    "method": contract.METHODS,
}


@pytest.mark.parametrize("code_list", sorted(CONTRACT_LISTS))
def test_each_contract_code_has_one_label_per_language(code_list):
    assert tuple(CODE_LABELS[code_list]) == CONTRACT_LISTS[code_list]
    for words in CODE_LABELS[code_list].values():
        assert set(words) == {"it", "en"} and all(words.values())


def test_no_code_is_labelled_a_second_time_in_the_catalog():
    """A label for a code lives in `codes.py` only: a catalog key named after a code list's
    code (e.g. `sav_method_budget_saving`) would be a second label for it."""
    codes = {code for labels in CODE_LABELS.values() for code in labels}
    pattern = re.compile(
        r"_(" + "|".join(sorted(CODE_LABELS)) + r")_(" + "|".join(sorted(codes)) + r")$"
    )
    assert sorted(key for key in TEXT if pattern.search(key)) == []


def test_code_labels_in_use():
    assert code_label("method", "budget_saving", "it") == "Risparmio di bilancio"
    assert code_label("method", "budget_saving", "en") == "Budget saving"
    assert code_label("kind", None, "it") is None
    assert code_label("kind", "unknown_code", "en") == "unknown_code"
    assert set(CODE_NOTES["method"]) == set(contract.METHODS)


@pytest.mark.parametrize("dtype", [object, "category"])
def test_a_column_of_codes_gets_the_label_each_code_gets(dtype):
    import pandas as pd

    from dashboard.words.codes import code_labels_of

    codes = pd.Series(["social", None, "not_a_method", "social", float("nan"), "economic"])
    codes = codes.astype(dtype).set_axis([5, 4, 3, 2, 1, 0])
    shown = code_labels_of("policy_area", codes, "it")
    assert shown.index.tolist() == [5, 4, 3, 2, 1, 0]
    assert shown.tolist() == [code_label("policy_area", c, "it") for c in codes]
    assert shown.tolist() == ["Sociale", None, "not_a_method", "Sociale", None, "Economico"]
