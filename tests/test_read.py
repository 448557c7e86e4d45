"""The two ways an export file's rows are parsed: DuckDB for a plain file, Python's csv
module for anything else. They must give the same cells and lines wherever DuckDB is used."""

from __future__ import annotations

import io
import random
import shutil
import tempfile
from pathlib import Path

import duckdb
import pytest

from dashboard.export import contract, read
from dashboard.export.load import load_export
from tests.test_load import BASIC, contract_rows

DEMO = Path(__file__).parents[1] / "data"

# Cells as spreadsheets and hand edits write them: quoted delimiters, doubled quotes,
# blanks around and before quotes, stray quotes, a quoted line break, non-breaking spaces.
TOKENS = (
    "a", "1,5", '"x,y"', '"q""r"', '" s "', " t ", "", '"', 'x"y', '""', '"a\nb"',
    "é€", "\xa0", '"z";', ' "w"', '"v" ', "1.234,56", "\t", "x\ry",
)  # fmt: skip


def parse_both(con, text: str, delimiter: str):
    """(DuckDB's parse or None, the csv module's parse) of one file's text."""
    header_text = next(line for line in io.StringIO(text, newline="") if line.strip(" ,;\r\n"))
    rows = read.read_rows(text, delimiter)
    header, header_line = next(rows)
    fast = read._parse_in_duckdb(con, text, delimiter, header_text, header_line, len(header))
    return fast, read._parse_in_python(rows, len(header), "f.csv")


def random_file(chance: random.Random) -> tuple[str, str]:
    delimiter = chance.choice(",;")
    width = chance.randint(1, 4)
    rows = [
        delimiter.join(chance.choice(TOKENS) for _ in range(chance.randint(0, width + 1)))
        for _ in range(chance.randint(0, 5))
    ]
    header = delimiter.join(f"c{i}" for i in range(width))
    ending = chance.choice(["", "\n", "\n\n"])
    return header + "\n" + chance.choice(["\n", "\r\n"]).join(rows) + ending, delimiter


def test_duckdb_parses_exactly_as_the_csv_module_wherever_it_is_used():
    """600 seeded random files: wherever DuckDB's parse is used it equals the csv module's,
    cell for cell and line for line; both kinds of file occur."""
    chance = random.Random(20261202)
    used = 0
    con = duckdb.connect()
    for _ in range(600):
        text, delimiter = random_file(chance)
        fast, (cells, lines, problems) = parse_both(con, text, delimiter)
        if fast is None:
            continue
        used += 1
        assert problems == [], text
        assert [list(c) for c in fast[0]] == [list(c) for c in cells], text
        assert list(fast[1]) == lines, text
    assert 100 < used < 500


@pytest.mark.parametrize(
    "text",
    [
        "a,b\n1,2\n\n3,4\n",  # an empty line: rows no longer match lines
        "a,b\n1,2\n,\n3,4\n",  # a line of bare delimiters
        'a,b\n1,"two\nlines"\n3,4\n',  # a quoted line break
        'a,b\n1, "2"\n',  # a quote after a blank
        "a,b\n1,2,3\n",  # a cell beyond the header
        "a,b\n1,2\r3,4\n",  # a bare carriage return
        '"a",b\n1,2\n',  # a quoted header
        "\na,b\n1,2\n",  # the header not on line 1
    ],
)
def test_files_that_are_not_plain_are_left_to_the_csv_module(text):
    fast, _ = parse_both(duckdb.connect(), text, ",")
    assert fast is None


def refused(*args):
    raise AssertionError("the csv module parsed a plain file")


@pytest.fixture
def duckdb_for_all(monkeypatch) -> None:
    """DuckDB offered every file, however small (a small one goes to the csv module)."""
    monkeypatch.setattr(read, "DUCKDB_FROM_CHARS", 0)


def test_the_demo_is_parsed_by_duckdb_alone(monkeypatch, duckdb_for_all):
    monkeypatch.setattr(read, "_parse_in_python", refused)
    assert load_export(DEMO).ok


def test_a_small_file_is_left_to_the_csv_module(by_python):
    assert load_export(BASIC).ok
    assert len(by_python) == len(list(BASIC.glob("*.csv")))


@pytest.fixture
def by_python(monkeypatch) -> list[str]:
    """The files the csv module parses, as they are parsed (it still parses them)."""
    parsed: list[str] = []
    parse_in_python = read._parse_in_python

    def spy(rows, width, file):
        parsed.append(file)
        return parse_in_python(rows, width, file)

    monkeypatch.setattr(read, "_parse_in_python", spy)
    return parsed


def test_an_export_staged_from_either_parse_is_the_same(
    tmp_path, monkeypatch, by_python, duckdb_for_all
):
    """The basic fixture in Windows-1252 and CRLF with a trailing empty line, staged through
    DuckDB's parse (every file but projects.csv, which has a quoted line break) and through
    the csv module's alone, gives the same tables."""
    folder = tmp_path / "export"
    shutil.copytree(BASIC, folder)
    for path in folder.iterdir():
        text = path.read_text(encoding="utf-8")
        path.write_bytes((text.replace("\n", "\r\n") + "\r\n").encode("cp1252"))
    fast = load_export(folder)
    assert by_python == ["projects.csv"]
    monkeypatch.setattr(read, "_parse_in_duckdb", lambda *args: None)
    slow = load_export(folder)
    assert fast.ok and slow.ok
    for table in contract.TABLES:
        assert contract_rows(fast.con, table) == contract_rows(slow.con, table), table.name


def test_an_export_still_loads_when_no_temporary_file_can_be_written(
    tmp_path, monkeypatch, by_python, duckdb_for_all
):
    """DuckDB reads a copy of the text from a temporary folder; without one, the csv module
    reads every file, and the export is staged all the same."""
    fast = load_export(DEMO)
    by_python.clear()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "nowhere"))
    slow = load_export(DEMO)
    assert slow.ok and len(by_python) == len(slow.exported)
    for table in contract.TABLES:
        assert contract_rows(slow.con, table) == contract_rows(fast.con, table), table.name


def test_physical_lines_are_split_as_a_stringio_splits_them():
    """The lines the csv module is given (and the line numbers it counts) are those of
    `io.StringIO(text, newline="")`, on 3,000 seeded random texts of line endings, blanks,
    quotes and separators StringIO does not split on (U+2028, NEL, form feed)."""
    chance = random.Random(7)
    pieces = ["a", " ", '"', ",", "\n", "\r", "\r\n", "\n\r", "\u2028", "\x85", "\x0c", "é"]
    for _ in range(3000):
        text = "".join(chance.choice(pieces) for _ in range(chance.randint(0, 12)))
        assert list(read.physical_lines(text)) == list(io.StringIO(text, newline="")), text
