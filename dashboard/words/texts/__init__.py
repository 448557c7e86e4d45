"""The dashboard's words in Italian and English, one module per page.

One module a page lets pages grow side by side; `merged()` refuses a key defined twice, so
two pages never silently share or override a word.
"""

from __future__ import annotations

import importlib
import pkgutil


def merged() -> dict[str, dict[str, str]]:
    text: dict[str, dict[str, str]] = {}
    for module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        for key, words in importlib.import_module(f"{__name__}.{module}").TEXT.items():
            if key in text:
                raise ValueError(f"text key {key!r} is defined twice ({module})")
            text[key] = words
    return text
