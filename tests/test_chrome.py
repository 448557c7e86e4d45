"""The words that stand in for Streamlit's English: each still matches Streamlit's frontend,
and the page script carries both languages."""

import re
from pathlib import Path

import streamlit

from dashboard.ui import chrome
from dashboard.words.catalog import t

BUNDLE = Path(streamlit.__file__).parent / "static" / "static" / "js"


def frontend() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in BUNDLE.glob("*.js"))


# the slider writes `${label} — ${i===0?`start`:`end`}`: its parts as the bundle has them
SPLIT = {"{x} — start": ["} — ${", "`start`"], "{x} — end": ["} — ${", "`end`"]}


def test_every_english_word_is_streamlits_own():
    """A Streamlit upgrade that rewords a string would leave it in English: found here."""
    code = frontend()
    missing = []
    for key in chrome.TEXT_KEYS + chrome.ATTRIBUTE_KEYS:
        english = t(key, "en", x="{x}")
        # `{x}` is a `${...}` in the bundle; the fixed parts must be there as written
        parts = SPLIT.get(english) or [p.strip() for p in english.split("{x}") if p.strip()]
        if not all(part in code for part in parts):
            missing.append(english)
    assert missing == []


def test_the_script_carries_both_languages():
    script = chrome.script()
    assert "Aiuto su $1" in script and "Vai al contenuto principale" in script
    # English is Streamlit's own: nothing to replace
    assert '"en": {"text": [], "attr": []}' in script


def test_patterns_match_what_streamlit_writes():
    patterns = dict(
        (english, it)
        for english, it in chrome._table(chrome.ATTRIBUTE_KEYS, "it")
        if "(.+)" in english
    )
    said = {}
    for pattern, italian in patterns.items():
        for sample in ("Help for Progetti", "Anni — start", "Anni — end", "Remove Ceramica"):
            if match := re.match(pattern.replace(r"\/", "/"), sample):
                said[sample] = italian.replace("$1", match.group(1))
    assert said == {
        "Help for Progetti": "Aiuto su Progetti",
        "Anni — start": "Anni — inizio",
        "Anni — end": "Anni — fine",
        "Remove Ceramica": "Togli Ceramica",
    }
