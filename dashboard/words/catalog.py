"""The dashboard's words in its two languages, looked up by literal key."""

from __future__ import annotations

from dashboard.words import texts

LANGS = ("it", "en")
DEFAULT_LANG = "it"

TEXT: dict[str, dict[str, str]] = texts.merged()


def t(key: str, lang: str, **params: object) -> str:
    """The text for `key` in `lang`, with `{params}` filled in."""
    text = TEXT[key][lang]
    return text.format(**params) if params else text
