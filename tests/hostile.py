"""Hostile text, as an attacker puts it in a link or a spreadsheet, and the export that
carries it in every text field the dashboard shows."""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

SMALL = Path(__file__).parent / "fixtures" / "small"
EVIL = "evil.example"  # a host no page may link to or load from
# each one would create markup if read as markdown; each carries `EVIL` or a marker
MARKUP = (
    f"[sign in again](https://{EVIL}/login)",
    f"![pixel](https://{EVIL}/pixel.png)",
    f"<img src=https://{EVIL}/i.png onerror=alert(1)>",
    "# Heading",
    "**bold** _em_",
    "x` **y** `z",
    ":material/warning: :red[red] :smile: $x^2$",
    f"https://{EVIL}/bare www.{EVIL}",
    f"mail@{EVIL}",
)
# what a spreadsheet would run (OWASP "CSV injection")
FORMULAS = ('=HYPERLINK("https://evil.example","x")', "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR")
# what must never be left in a markdown body once escapes are taken away
_MARKERS = (EVIL, "**bold**", "_em_", "# Heading", ":material/warning:", ":red[red]", ":smile:",
            "$x^2$", "<img", "x`",
            # GFM's bare links, found even through escapes: broken by a word joiner
            "httpsevil", "wwwevil", "mailevil")  # fmt: skip
_ESCAPE = re.compile(r"\\[!-/:-@\[-`{-~]")


def live_markup(body: str) -> list[str]:
    """The markers still active in a markdown `body`: those that survive when every
    backslash escape (which makes a mark literal) is taken away."""
    bare = _ESCAPE.sub("", body)
    return [marker for marker in _MARKERS if marker in bare]


def as_read(body: str) -> str:
    """A markdown `body` as a reader sees it: escapes undone, word joiners dropped."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", body).replace("\u2060", "")


def _rewrite(path: Path, change: dict[str, str], where=lambda row: True) -> None:
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if where(row):
            row.update({k: v.format(row=row) for k, v in change.items()})
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def hostile_export(folder: Path) -> Path:
    """The small fixture with markup and formulas in every text field a page shows."""
    shutil.copytree(SMALL, folder)
    markup = " ".join(MARKUP)
    _rewrite(folder / "export.csv", {"network": MARKUP[0], "contact": MARKUP[8] + " " + MARKUP[1]})
    _rewrite(folder / "organizations.csv", {"name": "{row[org_id]} " + markup})
    _rewrite(
        folder / "organizations.csv", {"municipality": FORMULAS[0]}, lambda r: r["org_id"] == "A"
    )
    _rewrite(folder / "projects.csv", {"title": FORMULAS[1] + " {row[project_id]} " + markup})
    _rewrite(
        folder / "projects.csv",
        {"description": "\n".join(MARKUP) + "\n    indented"},
        lambda row: row["project_id"] == "P1",
    )
    for codes in ("sectors", "categories", "themes"):
        _rewrite(
            folder / f"{codes}.csv",
            {"label_it": "{row[code]} " + markup, "label_en": "{row[code]} " + markup},
        )
    _rewrite(folder / "meetings.csv", {"title": FORMULAS[3] + " " + MARKUP[0]})
    _rewrite(folder / "savings.csv", {"note": FORMULAS[2] + " " + MARKUP[1]})
    return folder
