"""Read one export file as text: its encoding, delimiter, header and physical lines.

Files are decoded in Python, since DuckDB reads no Windows-1252. The rows are parsed by
DuckDB when the file is plain (one row per physical line, so a row's line is its number),
and by Python's csv module otherwise; both give the same cells, and every cell stays text
here, for `check` to judge and `stage` to cast.
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd

from dashboard.export import contract
from dashboard.export.contract import Table
from dashboard.export.problems import Problem, problem

# Bytes that no text export holds: C0 controls but tab, line feed, carriage return; DEL.
# `bytes.translate` deleting every other byte finds them ten times faster than a pattern.
_CONTROL_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
# C1 controls (U+0080-U+009F) as UTF-8 writes them; Windows-1252 decodes to none of them.
_C1_CONTROLS_UTF8 = re.compile(b"\xc2[\x80-\x9f]")
# The csv module raises on a cell over 131,072 characters; the contract's own, lower limit
# (contract.MAX_CELL_CHARS) is checked on the cells read, so it shows as a problem instead.
csv.field_size_limit(2**31 - 1)


class ExportUnreadable(Exception):
    """The export folder itself cannot be read (missing, not a folder, no permission)."""


@dataclass
class Sheet:
    """One export file read as text: cells stripped, "" when empty."""

    table: Table
    file: str  # the file's name as found in the folder
    header_line: int
    data: pd.DataFrame  # kept columns: the contract's present ones, then extras
    lines: pd.Series  # physical line where each row starts
    decimal_comma: bool  # `;` files may write 1.234,56
    missing: frozenset[str]  # contract columns absent from the header
    extras: tuple[str, ...]
    staged: dict[str, pd.Series] = field(default_factory=dict)  # values as stg_*.sql reads them


def export_fingerprint(folder: Path) -> str:
    """Changes whenever a file of the folder is added, removed or rewritten."""
    entries = []
    for entry in scan(folder):
        stat = entry.stat()
        entries.append((entry.name, stat.st_size, stat.st_mtime_ns))
    return hashlib.sha256(repr(sorted(entries)).encode()).hexdigest()[:16]


def scan(folder: Path) -> list[os.DirEntry]:
    try:
        with os.scandir(folder) as entries:
            return [e for e in entries if e.is_file()]
    except OSError as error:
        raise ExportUnreadable(f"{folder}: {error.strerror or error}") from error


def decode(raw: bytes) -> str | None:
    """The file's text from UTF-8 (with or without BOM) or Windows-1252; None if neither,
    or if it holds a control character."""
    if raw.translate(None, _NOT_CONTROL_BYTES):
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            return None
    return None if _C1_CONTROLS_UTF8.search(raw) else text


def detect_delimiter(header: str, table: Table) -> str:
    """`,` or `;`: the one that splits the header into more of the contract's columns."""

    def score(delimiter: str) -> tuple[int, int]:
        cells = next(csv.reader([header], delimiter=delimiter))
        known = {c.strip().lower() for c in cells} & set(table.column_names)
        return len(known), len(cells)

    return max((",", ";"), key=score)


# A line and its ending (CRLF, LF or a bare CR), as `io.StringIO(text, newline="")` splits
# them; the last line may have none.
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def physical_lines(text: str) -> Iterator[str]:
    """The text's lines with their endings, one at a time: a StringIO of the whole text
    would hold a copy of it at four bytes a character."""
    return (match.group() for match in _LINE.finditer(text))


def read_rows(text: str, delimiter: str) -> Iterator[tuple[list[str], int]]:
    """Rows with a non-blank cell, trailing blank cells dropped, and the physical line each
    starts on (1-based). One row at a time: a line of a million delimiters is one short row."""
    reader = csv.reader(physical_lines(text), delimiter=delimiter)
    previous_end = 0
    for cells in reader:
        start, previous_end = previous_end + 1, reader.line_num
        while cells and not cells[-1].strip():
            cells.pop()
        if cells:
            yield cells, start


def read_sheet(
    path: Path, table: Table, con: duckdb.DuckDBPyConnection
) -> tuple[Sheet | None, list[Problem]]:
    """Read one file as text (`con` parses a plain one); None with a whole-file problem
    when it cannot be."""
    name = path.name
    try:
        raw = path.read_bytes()
    except OSError as error:
        return None, [problem(name, None, None, "problem_unreadable_file", reason=error.strerror)]
    text = decode(raw)
    del raw  # the text alone is kept: an export is read whole, once
    if text is None:
        return None, [problem(name, None, None, "problem_unreadable_encoding")]
    header_text = next((line for line in physical_lines(text) if line.strip(" \t\r\n,;")), None)
    if header_text is None:
        return None, [problem(name, None, None, "problem_no_header")]
    delimiter = detect_delimiter(header_text, table)
    reader = read_rows(text, delimiter)
    first = next(reader, None)
    if first is None:
        return None, [problem(name, None, None, "problem_no_header")]
    header, header_line = [cell.strip() for cell in first[0]], first[1]
    named = sum(1 for cell in header if cell)
    if named > contract.MAX_COLUMNS:
        too_many = problem(
            name,
            header_line,
            None,
            "problem_too_many_columns",
            count=named,
            limit=contract.MAX_COLUMNS,
        )
        return None, [too_many]

    found = []
    kept: dict[str, int] = {}  # normalized column name -> cell position
    extras = []
    for position, cell in enumerate(header):
        column = cell.lower()
        if len(column) > contract.MAX_CELL_CHARS:
            found.append(_too_long(name, header_line, None, len(column)))
            continue
        if not column:
            continue
        if column in kept:
            found.append(problem(name, header_line, cell, "problem_duplicate_column"))
        elif column in contract.DERIVED_COLUMNS.get(table.name, ()):
            found.append(problem(name, header_line, cell, "problem_reserved_column"))
        else:
            kept[column] = position
            if column not in table.column_names:
                extras.append(column)
                found.append(problem(name, header_line, cell, "problem_extra_column"))
    missing = frozenset(c for c in table.column_names if c not in kept)
    for column in table.columns:
        if column.required and column.name in missing:
            found.append(problem(name, header_line, column.name, "problem_missing_column"))

    width = len(header)
    parsed = None
    if len(text) >= DUCKDB_FROM_CHARS:
        parsed = _parse_in_duckdb(con, text, delimiter, header_text, header_line, width)
    if parsed is None:
        cells, lines, extra_cells = _parse_in_python(reader, width, name)
        found += extra_cells
    else:
        cells, lines = parsed
    data = pd.DataFrame({column: cells[position] for column, position in kept.items()})[
        [c for c in table.column_names if c in kept] + extras
    ]
    line_of_row = pd.Series(lines, dtype="int64")
    for column in data.columns:
        lengths = data[column].str.len()
        over = lengths > contract.MAX_CELL_CHARS
        found += [
            _too_long(name, int(line), column, int(length))
            for line, length in zip(line_of_row[over], lengths[over], strict=True)
        ]
    if table.required and data.empty:
        found.append(problem(name, None, None, "problem_no_rows"))
    sheet = Sheet(
        table=table,
        file=name,
        header_line=header_line,
        data=data,
        lines=line_of_row,
        decimal_comma=delimiter == ";",
        missing=missing,
        extras=tuple(extras),
    )
    return sheet, found


def _parse_in_python(
    reader: Iterator[tuple[list[str], int]], width: int, file: str
) -> tuple[list[pd.Series], list[int], list[Problem]]:
    """Every row after the header: its cells by position (stripped, "" when absent), its
    physical line, and a problem for each row with cells beyond the header's width."""
    rows, lines, found = [], [], []
    for cells, line in reader:
        if len(cells) > width:  # its last cell is not blank: read_rows dropped blank ones
            position = next(p for p in range(width, len(cells)) if cells[p].strip())
            found.append(
                problem(file, line, None, "problem_extra_cells", position=position + 1, width=width)
            )
            del cells[width:]
        rows.append(cells)
        lines.append(line)
    columns = [
        pd.Series([cells[position] if position < len(cells) else "" for cells in rows], dtype="str")
        .str.replace("\r\n", "\n", regex=False)
        .str.strip()
        for position in range(width)
    ]
    return columns, lines, found


# Below this many characters the csv module reads a file sooner than DuckDB is handed it
# (a temporary file and a query cost about 10 ms; measured even at about 200 KB)
DUCKDB_FROM_CHARS = 1 << 17
_CHUNK = 1 << 24  # characters written at a time for DuckDB: no whole copy of the text
# Where DuckDB and the csv module could read a cell differently: a quote after blanks at
# the start of a cell (DuckDB drops the blanks and the quotes, csv keeps both).
_BLANKS_BEFORE_QUOTE = {d: re.compile(rf'(?:^|[\n{d}])[ \t]+"') for d in (",", ";")}


def _parse_in_duckdb(
    con: duckdb.DuckDBPyConnection,
    text: str,
    delimiter: str,
    header_text: str,
    header_line: int,
    width: int,
) -> tuple[list[pd.Series], range] | None:
    """The rows as `_parse_in_python` reads them, parsed by DuckDB; None when the file is
    not plain enough for both to agree with certainty: the header not alone on line 1 or
    of more than `MAX_COLUMNS` cells, a row spread over several lines or one with no cell
    (so a row's line is no longer its number), a bare carriage return, a quote after
    blanks, a cell beyond the header's width (a problem the csv module's reading reports),
    or anything DuckDB refuses. `tests/test_read.py` checks that both parses agree."""
    if header_line != 1 or '"' in header_text:
        return None
    if (' "' in text or '\t"' in text) and _BLANKS_BEFORE_QUOTE[delimiter].search(text):
        return None  # `in` first: it finds text far faster than a pattern with no prefix
    end = len(text)  # the text less its trailing line breaks, by index: no copy of it
    while end and text[end - 1] in "\r\n":
        end -= 1
    if text.count("\r", 0, end) != text.count("\r\n", 0, end):
        return None
    fields = len(next(csv.reader([header_text.rstrip("\r\n")], delimiter=delimiter)))
    if fields > contract.MAX_COLUMNS:  # blank header cells DuckDB would make columns of
        return None
    try:  # a full or missing temporary folder only costs the faster parse
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "export.csv"
            with path.open("w", encoding="utf-8", newline="") as utf8:
                for start in range(0, end, _CHUNK):
                    utf8.write(text[start : min(start + _CHUNK, end)])
            frame = con.read_csv(
                str(path),
                header=False,
                skiprows=1,
                sep=delimiter,
                quotechar='"',
                escapechar='"',
                columns={f"c{i}": "VARCHAR" for i in range(fields)},
                auto_detect=False,
                strict_mode=True,
                null_padding=True,
            ).to_arrow_table()  # far faster than .df(); each column then made a Series
    except (OSError, duckdb.Error):
        return None
    if frame.num_rows != text.count("\n", 0, end):  # rows after the header, one per line
        return None
    columns = [pd.Series(cells, dtype="str").fillna("").str.strip() for cells in frame.columns]
    blank = [c == "" for c in columns]
    if any((~b).any() for b in blank[width:]) or pd.concat(blank, axis=1).all(axis=1).any():
        return None
    return columns[:width], range(header_line + 1, header_line + 1 + frame.num_rows)


def _too_long(file: str, line: int, column: str | None, length: int) -> Problem:
    return problem(
        file, line, column, "problem_cell_too_long", length=length, limit=contract.MAX_CELL_CHARS
    )
