"""The dashboard's words in its two languages, looked up by literal key.

A word is `{"it": "...", "en": "..."}`; a word that counts something gives each language
its plural forms, `{"it": {"one": "{n} problema", "other": "{n} problemi"}, ...}`, chosen
by the language's own rules (Babel's CLDR data), so no page writes "1 problemi".
Keys are literal strings at every call, so a test can find each one used.
"""

from __future__ import annotations

from functools import cache

from babel import Locale

from dashboard.words import texts
from dashboard.words.formats import fmt_int

LANGS = ("it", "en")
DEFAULT_LANG = "it"

TEXT: dict[str, dict[str, str | dict[str, str]]] = texts.merged()


@cache
def _locale(lang: str) -> Locale:
    return Locale.parse(lang)


def t(key: str, lang: str, /, **params: object) -> str:
    """The text for `key` in `lang`, with `{params}` filled in."""
    text = TEXT[key][lang]
    if not isinstance(text, str):
        raise TypeError(f"{key!r} has plural forms: use tn()")
    return text.format(**params) if params else text


def tn(key: str, n: int, lang: str, /, **params: object) -> str:
    """The form of `key` that agrees with the count `n` in `lang` ("1 problema", "2
    problemi"), with `{n}` (the count, grouped as the language writes it) and `{params}`."""
    forms = TEXT[key][lang]
    if isinstance(forms, str):
        raise TypeError(f"{key!r} has no plural forms: use t()")
    category = _locale(lang).plural_form(abs(n))
    text = forms.get(category, forms["other"])
    return text.format(n=fmt_int(n, lang), **params)
