"""Text from a link or an export, made literal for Streamlit's markdown.

Every Streamlit element that shows words (messages, captions, headers, labels) reads them
as markdown, with Streamlit's extras: `:emoji:` and `:material/icon:` shortcodes, `:red[...]`
colours and `$...$` maths. A project title or a link's value is data, so it goes through
`plain` before it meets any of them: every ASCII punctuation mark is escaped (CommonMark
allows a backslash before each), which leaves no link, image, heading, list, emphasis, HTML
or maths; and a word joiner (U+2060, invisible and unread by screen readers) after each
colon breaks the shortcodes, which Streamlit looks for after the escapes are undone. GFM
finds bare links after the escapes too, so a word joiner also follows `http:`, `@` and
`www`, where it would start one.
"""

from __future__ import annotations

import re

_PUNCTUATION = re.compile(r"""([!"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])""")
_WORD_JOINER = "\u2060"
_WWW = re.compile(r"(www)(?=\\\.)", re.IGNORECASE)
_BREAK = re.compile(r"[ \t]*\n\s*")
_LINE_START = re.compile(r"^[ \t]+", re.MULTILINE)  # four spaces would open a code block


def plain(value: object, *, breaks: bool = False) -> str:
    """`value` as text that renders exactly as written. Line breaks become spaces, or hard
    line breaks with `breaks` (a description keeps its lines, as plain text)."""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    text = _PUNCTUATION.sub(r"\\\1", text)
    text = text.replace(":", ":" + _WORD_JOINER).replace("@", "@" + _WORD_JOINER)
    text = _WWW.sub("\\1" + _WORD_JOINER, text)
    if not breaks:
        return _BREAK.sub(" ", text)
    lines = _LINE_START.sub("", text).split("\n")
    return "  \n".join(line.rstrip() or "\u00a0" for line in lines)
