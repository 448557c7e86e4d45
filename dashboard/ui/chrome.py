"""Streamlit's own English interface text, said in the page's language.

Streamlit 1.67 writes some words itself, with no parameter to change them: the skip link,
the uploader's button, screen-reader names such as "Help for …", "… — start", "Clear all",
"Show password". One script, sent with every page, watches the page (a MutationObserver,
installed once per browser tab) and puts the catalog's words in their place whenever
Streamlit draws or redraws them, in the language of `<html lang>`; switching back to
English gives Streamlit's words back. Chart internals (inside `<svg>`) are left alone.

The English of every `chrome_*` word is Streamlit's string verbatim, `{x}` standing for
the part Streamlit fills in: that is how the script finds what to replace
(tests/test_chrome.py checks each one is still in Streamlit's frontend).
"""

from __future__ import annotations

import json
import re
from functools import cache

from dashboard.words.catalog import LANGS, t

# visible text: a text node that is exactly one of these
TEXT_KEYS = (
    "chrome_skip_link",
    "chrome_upload",
    "chrome_drop_files",
    "chrome_drop_file",
    "chrome_no_results",
    "chrome_file_too_big",
    "chrome_type_refused",
    "chrome_error",
)
# aria-label, title, placeholder, aria-roledescription: an attribute that is one of these
ATTRIBUTE_KEYS = (
    "chrome_help",
    "chrome_help_for",
    "chrome_range_start",
    "chrome_range_end",
    "chrome_show_password",
    "chrome_hide_password",
    "chrome_clear_entry",
    "chrome_clear_all",
    "chrome_open",
    "chrome_selected_values",
    "chrome_remove",
    "chrome_add_files",
    "chrome_copy",
    "chrome_heading_link",
    "chrome_sidebar",
    "chrome_collapse_sidebar",
    "chrome_expand_sidebar",
    "chrome_pages",
    "chrome_main_menu",
    "chrome_fullscreen",
    "chrome_close_fullscreen",
    "chrome_search",
    "chrome_show_data",
    "chrome_columns",
    "chrome_download_csv",
    "chrome_download_png",
    "chrome_copy_spec",
    "chrome_dismiss",
    "chrome_close",
    "chrome_visualization",
)


def _pattern(english: str) -> str:
    """Streamlit's string as a JavaScript regular expression, `{x}` captured."""
    parts = [re.escape(part).replace("/", r"\/") for part in english.split("{x}")]
    return "^" + "(.+)".join(parts) + "$"


def _table(keys: tuple[str, ...], lang: str) -> list[list[str]]:
    """[pattern, replacement] pairs; `$1` in a replacement is the filled-in part."""
    return [
        [_pattern(t(key, "en", x="{x}")), t(key, lang, x="{x}").replace("{x}", "$1")]
        for key in keys
        if t(key, lang, x="{x}") != t(key, "en", x="{x}")
    ]


_SCRIPT = """<script>
(() => {
  const WORDS = %s;
  const ATTRS = ["aria-label", "title", "placeholder", "aria-roledescription"];
  const compiled = {};
  for (const [lang, kinds] of Object.entries(WORDS)) {
    compiled[lang] = {};
    for (const [kind, pairs] of Object.entries(kinds))
      compiled[lang][kind] = pairs.map(([p, r]) => [new RegExp(p), r]);
  }
  const say = (source, kind) => {
    const table = (compiled[document.documentElement.lang] || {})[kind] || [];
    for (const [pattern, replacement] of table)
      if (pattern.test(source)) return source.replace(pattern, replacement);
    return source;
  };
  // what Streamlit wrote is kept on the node, so a change of language can go back to it
  const fixAttr = (el, attr) => {
    const value = el.getAttribute(attr);
    if (value === null) return;
    const memo = el.__csrChrome || (el.__csrChrome = {});
    const source = memo[attr] && memo[attr].set === value ? memo[attr].source : value;
    const wanted = say(source, "attr");
    memo[attr] = {source, set: wanted};
    if (wanted !== value) el.setAttribute(attr, wanted);
  };
  const fixText = (node) => {
    if (node.parentElement && node.parentElement.closest("svg, style, script")) return;
    const value = node.nodeValue;
    const memo = node.__csrChrome;
    const source = memo && memo.set === value ? memo.source : value;
    if (!memo && !source.trim()) return;
    const wanted = say(source, "text");
    node.__csrChrome = {source, set: wanted};
    if (wanted !== value) node.nodeValue = wanted;
  };
  const SELECTOR = ATTRS.map((a) => `[${a}]:not(svg *)`).join(",");
  const scan = (root) => {
    if (root.nodeType === Node.TEXT_NODE) return fixText(root);
    if (root.nodeType !== Node.ELEMENT_NODE || root.closest("svg")) return;
    for (const attr of ATTRS) if (root.hasAttribute(attr)) fixAttr(root, attr);
    for (const el of root.querySelectorAll(SELECTOR))
      for (const attr of ATTRS) fixAttr(el, attr);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) fixText(node);
  };
  window.__csrChromeScan = () => scan(document.body);
  if (window.__csrChromeObserver) return window.__csrChromeScan();
  window.__csrChromeObserver = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === "attributes") {
        if (r.target === document.documentElement) scan(document.body);
        else if (!r.target.closest("svg")) fixAttr(r.target, r.attributeName);
      } else if (r.type === "characterData") fixText(r.target);
      else for (const node of r.addedNodes) scan(node);
    }
  });
  window.__csrChromeObserver.observe(document.documentElement, {
    subtree: true, childList: true, characterData: true,
    attributes: true, attributeFilter: [...ATTRS, "lang"],
  });
  scan(document.body);
})();
</script>"""


@cache
def script() -> str:
    """The page script, the same for every language (it reads `<html lang>`); sent with
    every run (`shell.head`), installed once per browser tab."""
    words = {
        lang: {"text": _table(TEXT_KEYS, lang), "attr": _table(ATTRIBUTE_KEYS, lang)}
        for lang in LANGS
    }
    return _SCRIPT % json.dumps(words, ensure_ascii=False)
