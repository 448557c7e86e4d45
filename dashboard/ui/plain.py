"""Text from a link or an export, made literal for Streamlit's markdown.

Every Streamlit element that shows words (messages, captions, headers, labels) reads them
as markdown, with Streamlit's extras: `:emoji:` and `:material/icon:` shortcodes, `:red[...]`
colours and `$...$` maths. A project title or a link's value is data, so it goes through
`plain` before it meets any of them: every ASCII punctuation mark is escaped (CommonMark
allows a backslash before each), which leaves no link, image, heading, list, emphasis, HTML
or maths; and a word joiner (U+2060, invisible and unread by screen readers) after each
shortcode's opening colon breaks it, since Streamlit looks for shortcodes after the escapes
are undone. GFM finds bare links after the escapes too, so a word joiner also follows a
link's scheme, `www` and `@`.
"""

from __future__ import annotations

import re

_PUNCTUATION = re.compile(r"""([!"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])""")
_WORD_JOINER = "\u2060"
# where Streamlit or GFM would start something after the escapes are undone: a shortcode
# (`:smile:`, `:100:`, `:material/x:`), a directive (`:red[`), a bare link (`https:`,
# `www.`), an address (`@`); a word joiner goes right after the opening mark. A colon
# between a file and its line (`projects.csv:5:`) is left alone: no emoji is all digits
# but `:100:` and `:1234:`.
_ACTIVE = re.compile(
    r"""\\:(?=(?:[\w+\\-]*[A-Za-z+\\-][\w+\\-]*|100|1234)\\:)"""  # :name:
    r"""|\\:(?=material\\/|[a-z\\-]+\\\[)"""  # :material/icon: and :colour[text]
    r"""|(?<![\w])(?:https?|mailto|xmpp|ftp)\\:"""  # a link's scheme
    r"""|(?<![\w])www(?=\\\.)"""  # a bare www. link
    r"""|\\@""",  # an address
    re.IGNORECASE,
)
_BREAK = re.compile(r"[ \t]*\n\s*")
_LINE_START = re.compile(r"^[ \t]+", re.MULTILINE)  # four spaces would open a code block


def plain(value: object, *, breaks: bool = False) -> str:
    """`value` as text that renders exactly as written. Line breaks become spaces, or hard
    line breaks with `breaks` (a description keeps its lines, as plain text)."""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    text = _PUNCTUATION.sub(r"\\\1", text)
    text = _ACTIVE.sub(lambda found: found.group(0) + _WORD_JOINER, text)
    if not breaks:
        return _BREAK.sub(" ", text)
    lines = _LINE_START.sub("", text).split("\n")
    return "  \n".join(line.rstrip() or "\u00a0" for line in lines)
