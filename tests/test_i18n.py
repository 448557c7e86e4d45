"""Numbers, money and dates in the chosen language, whatever the browser's."""

from datetime import UTC, date, datetime

import pandas as pd
import pytest

from dashboard.ui.tables import csv_bytes
from dashboard.words.catalog import TEXT
from dashboard.words.formats import (
    fmt_date,
    fmt_datetime,
    fmt_eur,
    fmt_int,
    fmt_pct,
    fmt_signed,
    vega_locale,
)


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (lambda: fmt_int(1234567, "it"), "1.234.567"),
        (lambda: fmt_int(1234567, "en"), "1,234,567"),
        (lambda: fmt_int(None, "it"), "–"),
        (lambda: fmt_eur(162317.4, "it"), "162.317\u00a0€"),
        (lambda: fmt_eur(162317.4, "en"), "€162,317"),
        (lambda: fmt_eur(1234.5, "it", cents=True), "1.234,50\u00a0€"),
        (lambda: fmt_eur(1234.5, "en", cents=True), "€1,234.50"),
        (lambda: fmt_eur(float("nan"), "it"), "–"),
        (lambda: fmt_pct(1 / 3, "it"), "33,3%"),
        (lambda: fmt_pct(1 / 3, "en"), "33.3%"),
        (lambda: fmt_signed(4, "it"), "+4"),
        (lambda: fmt_signed(-1500, "it"), "−1.500"),
        (lambda: fmt_signed(-1500.0, "en", fmt_eur), "−€1,500"),
        (lambda: fmt_date(date(2013, 1, 31), "it"), "31 gennaio 2013"),
        (lambda: fmt_date(date(2013, 1, 31), "en"), "31 January 2013"),
        (
            lambda: fmt_datetime(datetime(2026, 11, 26, 20, 4, tzinfo=UTC), "it"),
            "26 nov 2026, 20:04",
        ),
        (
            lambda: fmt_datetime(datetime(2026, 11, 26, 20, 4, tzinfo=UTC), "en"),
            "26 Nov 2026, 20:04",
        ),
    ],
)
def test_formats(call, expected):
    assert call() == expected


def test_every_text_has_both_languages():
    for key, texts in TEXT.items():
        assert set(texts) == {"it", "en"}, key
        for form in texts.values():
            assert form if isinstance(form, str) else form.get("other"), key


def test_vega_locale_months_and_days_start_where_vega_expects():
    it = vega_locale("it")
    assert it["number"]["decimal"] == "," and it["number"]["thousands"] == "."
    assert it["time"]["months"][0] == "gennaio" and it["time"]["shortMonths"][11] == "dic"
    assert it["time"]["days"][0] == "domenica"
    assert vega_locale("en")["time"]["days"][0] == "Sunday"


def test_csv_opens_in_italian_excel():
    frame = pd.DataFrame({"anno": ["2012"], "importo": [1234.5]})
    data = csv_bytes(frame, "it")
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").splitlines() == ["anno;importo", "2012;1234,50"]
    assert csv_bytes(frame, "en").decode("utf-8").splitlines() == ["anno,importo", "2012,1234.50"]


def test_plural_forms_follow_the_language(monkeypatch):
    from dashboard.words import catalog

    word = {
        "it": {"one": "{n} problema", "other": "{n} problemi"},
        "en": {"one": "{n} problem", "other": "{n} problems"},
    }
    monkeypatch.setitem(catalog.TEXT, "_test_problems", word)
    assert catalog.tn("_test_problems", 1, "it") == "1 problema"
    assert catalog.tn("_test_problems", 0, "it") == "0 problemi"
    assert catalog.tn("_test_problems", 2, "en") == "2 problems"
    assert catalog.tn("_test_problems", 1_000_000, "it") == "1.000.000 problemi"  # CLDR "many"
    assert catalog.tn("_test_problems", 1234, "en") == "1,234 problems"
    with pytest.raises(TypeError):
        catalog.t("_test_problems", "it")
