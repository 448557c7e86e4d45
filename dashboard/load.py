"""Read an export folder, validate it as a whole, and stage it into DuckDB.

Files are read as text in Python (DuckDB reads neither Windows-1252 nor Italian numbers
safely, and cannot give the physical line of a row); values are checked in bulk with pandas
and handed to DuckDB as plain text, which the `queries/stg_*.sql` files cast. Nothing is
staged from an export with any problem.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
from dataclasses import dataclass, field
from itertools import zip_longest
from pathlib import Path

import duckdb
import pandas as pd

from dashboard import contract
from dashboard.contract import Table
from dashboard.problems import WARNING_CODES, Problem, format_report, problem

__all__ = [
    "ExportUnreadable",
    "LoadResult",
    "Problem",
    "default_data_dir",
    "export_fingerprint",
    "format_report",
    "load_export",
]

REPO = Path(__file__).resolve().parent.parent
QUERIES = REPO / "queries"
# Derived views and the filter macros, in creation order (each needs the ones before).
DERIVED_VIEWS = (
    "export_years",
    "member_years",
    "project_partnership_types",
    "projects_in_partnership",
    "project_ptypes",
    "selected_orgs",
    "selected_projects",
    "partnered_projects",
    "partnered_orgs",
    "selected_savings",
    "savings_amounts",
    "drilled_orgs",
    "member_companies",
)

# Bytes that no text export holds: C0 controls but tab, line feed, carriage return; DEL.
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_C1_CONTROLS = re.compile("[\x80-\x9f]")
_MAX_INTEGER_DIGITS = 9  # fits DuckDB's INTEGER
_MAX_DECIMAL_DIGITS = 16  # integer digits of DECIMAL(18,2)


class ExportUnreadable(Exception):
    """The export folder itself cannot be read (missing, not a folder, no permission)."""


@dataclass
class LoadResult:
    problems: list[Problem]
    warnings: list[Problem]
    con: duckdb.DuckDBPyConnection | None  # None when there are problems
    row_counts: dict[str, int]  # per table name (file stem)
    exported: frozenset[str]  # table names whose file was present
    years: tuple[int, int] | None  # first and last year of the export

    @property
    def ok(self) -> bool:
        return not self.problems


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


def default_data_dir() -> Path:
    """The export in use: `CSR_DATA_DIR` when set, else the current version published in
    `CSR_HOME`, else the demo export in the repository."""
    if os.environ.get("CSR_DATA_DIR"):
        return Path(os.environ["CSR_DATA_DIR"])
    from dashboard import home  # home imports this module

    return home.current_version_dir() or REPO / "data"


def export_fingerprint(folder: Path) -> str:
    """Changes whenever a file of the folder is added, removed or rewritten."""
    entries = []
    for entry in _scan(folder):
        stat = entry.stat()
        entries.append((entry.name, stat.st_size, stat.st_mtime_ns))
    return hashlib.sha256(repr(sorted(entries)).encode()).hexdigest()[:16]


def _scan(folder: Path) -> list[os.DirEntry]:
    try:
        with os.scandir(folder) as entries:
            return [e for e in entries if e.is_file()]
    except OSError as error:
        raise ExportUnreadable(f"{folder}: {error.strerror or error}") from error


def load_export(folder: Path) -> LoadResult:
    """Validate the whole export; stage it into an in-memory DuckDB only when it is valid."""
    files = {}
    found: list[Problem] = []
    for entry in sorted(_scan(Path(folder)), key=lambda e: e.name):
        stem = entry.name.lower().removesuffix(".csv")
        if stem in contract.TABLE and entry.name.lower().endswith(".csv"):
            files.setdefault(stem, []).append(Path(entry.path))
        elif entry.name.lower().endswith(".csv"):
            found.append(problem(entry.name, None, None, "other_file"))

    sheets: dict[str, Sheet] = {}
    for table in contract.TABLES:
        paths = files.get(table.name, [])
        if not paths:
            if table.required:
                found.append(problem(table.file, None, None, "missing_file"))
            continue
        if len(paths) > 1:
            others = ", ".join(p.name for p in paths[1:])
            found.append(problem(paths[0].name, None, None, "duplicate_file", others=others))
        sheet, read_problems = read_sheet(paths[0], table)
        found += read_problems
        if sheet is not None:
            found += check_cells(sheet)
            sheets[table.name] = sheet
    found += check_references(sheets, exported=set(files))
    found += check_rules(sheets)

    found.sort(key=_report_order)
    problems = [p for p in found if p.code not in WARNING_CODES]
    warnings = [p for p in found if p.code in WARNING_CODES]
    row_counts = {
        t.name: len(sheets[t.name].data) if t.name in sheets else 0 for t in contract.TABLES
    }
    result = LoadResult(problems, warnings, None, row_counts, frozenset(files), None)
    if not problems:
        result.con = stage(sheets)
        [(first, last)] = result.con.execute(
            "select min(year), max(year) from export_years"
        ).fetchall()
        result.years = None if first is None else (first, last)
    return result


def _report_order(p: Problem) -> tuple:
    """Whole-file problems first, then by file in contract order, line and column."""
    names = [t.name for t in contract.TABLES]
    stem = p.file.lower().removesuffix(".csv")
    file_rank = names.index(stem) if stem in names else len(names)
    columns = contract.TABLE[stem].column_names if stem in names else ()
    column_rank = columns.index(p.column) if p.column in columns else len(columns)
    return (p.line is not None, file_rank, p.line or 0, column_rank)


# Reading


def decode(raw: bytes) -> str | None:
    """The file's text from UTF-8 (with or without BOM) or Windows-1252; None if neither."""
    if _CONTROL_BYTES.search(raw):
        return None
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        return None if _C1_CONTROLS.search(text) else text
    return None


def detect_delimiter(header: str, table: Table) -> str:
    """`,` or `;`: the one that splits the header into more of the contract's columns."""

    def score(delimiter: str) -> tuple[int, int]:
        cells = next(csv.reader([header], delimiter=delimiter))
        known = {c.strip().lower() for c in cells} & set(table.column_names)
        return len(known), len(cells)

    return max((",", ";"), key=score)


def read_rows(text: str, delimiter: str) -> tuple[list[list[str]], list[int]]:
    """Rows with a non-blank cell, and the physical line each starts on (1-based)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows, lines = [], []
    previous_end = 0
    for cells in reader:
        start, previous_end = previous_end + 1, reader.line_num
        if "".join(cells).strip():
            rows.append(cells)
            lines.append(start)
    return rows, lines


def read_sheet(path: Path, table: Table) -> tuple[Sheet | None, list[Problem]]:
    """Read one file as text; None with a whole-file problem when it cannot be."""
    name = path.name
    try:
        raw = path.read_bytes()
    except OSError as error:
        return None, [problem(name, None, None, "unreadable_file", reason=error.strerror)]
    text = decode(raw)
    if text is None:
        return None, [problem(name, None, None, "unreadable_encoding")]
    header_text = next(
        (line for line in io.StringIO(text, newline="") if line.strip(" \t\r\n,;")), None
    )
    if header_text is None:
        return None, [problem(name, None, None, "no_header")]
    delimiter = detect_delimiter(header_text, table)
    rows, lines = read_rows(text, delimiter)
    header, header_line = [cell.strip() for cell in rows[0]], lines[0]
    rows, lines = rows[1:], lines[1:]

    found = []
    kept: dict[str, int] = {}  # normalized column name -> cell position
    extras = []
    for position, cell in enumerate(header):
        column = cell.lower()
        if not column:
            continue
        if column in kept:
            found.append(problem(name, header_line, cell, "duplicate_column"))
        elif column in contract.DERIVED_COLUMNS.get(table.name, ()):
            found.append(problem(name, header_line, cell, "reserved_column"))
        else:
            kept[column] = position
            if column not in table.column_names:
                extras.append(column)
                found.append(problem(name, header_line, cell, "extra_column"))
    missing = frozenset(c for c in table.column_names if c not in kept)
    for column in table.columns:
        if column.required and column.name in missing:
            found.append(problem(name, header_line, column.name, "missing_column"))

    width = len(header)
    for cells, line in zip(rows, lines, strict=True):
        if len(cells) > width and "".join(cells[width:]).strip():
            found.append(problem(name, line, None, "extra_cells", count=len(cells)))
    by_position = list(zip_longest(*rows, fillvalue=""))  # short rows padded with ""
    data = pd.DataFrame(
        {
            column: pd.Series(by_position[position] if by_position else [], dtype="str")
            .str.replace("\r\n", "\n", regex=False)
            .str.strip()
            for column, position in kept.items()
        }
    )[[c for c in table.column_names if c in kept] + extras]
    if table.required and not rows:
        found.append(problem(name, None, None, "no_rows"))
    sheet = Sheet(
        table=table,
        file=name,
        header_line=header_line,
        data=data,
        lines=pd.Series(lines, dtype="int64"),
        decimal_comma=delimiter == ";",
        missing=missing,
        extras=tuple(extras),
    )
    return sheet, found


# Values


def parse_numbers(values: pd.Series, decimal_comma: bool) -> pd.Series:
    """Numbers as `-1234.56` text; NA where a value is none of the accepted forms.

    `€` and spaces are dropped. In a `;` file a dot followed by exactly three digits groups
    thousands (`1.234` = 1234, so `1234.567` is no number) and a comma is the decimal point.
    """
    compact = values.str.replace(r"[\s€]", "", regex=True)
    plain = compact.str.fullmatch(r"-?\d+(\.\d+)?")
    if not decimal_comma:
        return compact.where(plain)
    grouped = compact.str.fullmatch(r"-?\d{1,3}(\.\d{3})+(,\d+)?")
    comma = compact.str.fullmatch(r"-?\d+,\d+")
    dot_before_three = compact.str.fullmatch(r"-?\d+\.\d{3}")
    result = compact.where(plain & ~dot_before_three)
    result = result.mask(comma, compact.str.replace(",", ".", regex=False))
    ungrouped = compact.str.replace(".", "", regex=False).str.replace(",", ".", regex=False)
    return result.mask(grouped, ungrouped)


def parse_dates(values: pd.Series) -> pd.Series:
    """Real dates as `YYYY-MM-DD` text, from `YYYY-MM-DD` or `DD/MM/YYYY`; NA otherwise."""
    iso = values.where(values.str.fullmatch(r"\d{4}-\d{2}-\d{2}"))
    dmy = values.where(values.str.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}"))
    dates = pd.to_datetime(iso, format="%Y-%m-%d", errors="coerce").fillna(
        pd.to_datetime(dmy, format="%d/%m/%Y", errors="coerce")
    )
    return dates.dt.strftime("%Y-%m-%d").astype("str")


def parse_booleans(values: pd.Series) -> pd.Series:
    """`true`/`false` text from any accepted word, any case; NA otherwise."""
    words = {word: "true" if truth else "false" for word, truth in contract.BOOLEAN_WORDS.items()}
    return values.str.lower().map(words).astype("str")


def check_cells(sheet: Sheet) -> list[Problem]:
    """Required cells, types, fixed codes, signs, keys and row limits of one file.

    Fills `sheet.staged` with each value as the staging SQL reads it.
    """
    found = []
    table, data = sheet.table, sheet.data

    def each(mask: pd.Series, column: str, code: str, show_value: bool = True, **params):
        values = data[column][mask] if show_value else [None] * int(mask.sum())
        lines = sheet.lines[mask]
        return [
            problem(sheet.file, int(line), column, code, value, **params)
            for line, value in zip(lines, values, strict=True)
        ]

    for column in table.columns:
        name = column.name
        if name in sheet.missing:
            sheet.staged[name] = pd.Series([pd.NA] * len(data), dtype="str")
            continue
        values = data[name]
        empty = values == ""
        if column.required:
            found += each(empty, name, "empty_required", show_value=False)
        staged = values.where(~empty)
        if column.type in (contract.INTEGER, contract.DECIMAL):
            staged = parse_numbers(values, sheet.decimal_comma).where(~empty)
            digits = staged.str.replace(r"^-|\.\d*$", "", regex=True).str.len()
            if column.type == contract.INTEGER:
                bad = ~empty & ~staged.str.fullmatch(r"-?\d+").fillna(False)
                found += each(bad, name, "bad_integer")
                large = ~bad & (digits > _MAX_INTEGER_DIGITS).fillna(False)
            else:
                bad = ~empty & staged.isna()
                found += each(bad, name, "bad_decimal")
                decimals = staged.str.extract(r"\.(\d*)$")[0].str.len().fillna(0)
                many = ~bad & ~empty & (decimals > 2)
                found += each(many, name, "too_many_decimals")
                bad |= many
                large = ~bad & (digits > _MAX_DECIMAL_DIGITS).fillna(False)
            found += each(large, name, "too_large")
            bad |= large
            staged = staged.where(~bad)
            if column.non_negative:
                negative = ~bad & staged.str.startswith("-").fillna(False)
                negative &= pd.to_numeric(staged.where(negative), errors="coerce") != 0
                found += each(negative, name, "negative")
        elif column.type == contract.DATE:
            staged = parse_dates(values).where(~empty)
            found += each(~empty & staged.isna(), name, "bad_date")
        elif column.type == contract.BOOLEAN:
            staged = parse_booleans(values).where(~empty)
            found += each(~empty & staged.isna(), name, "bad_boolean")
        elif column.codes:
            bad = ~empty & ~values.isin(column.codes)
            found += each(bad, name, "bad_code", codes=", ".join(column.codes))
        elif column.type == contract.CODE and not column.code_list:
            bad = ~empty & ~values.str.fullmatch(contract.CODE_PATTERN)
            found += each(bad, name, "bad_code_format")
        sheet.staged[name] = staged
    for extra in sheet.extras:
        sheet.staged[extra] = data[extra].where(data[extra] != "")

    if table.key and not set(table.key) & sheet.missing:
        found += _duplicates(sheet, list(table.key))
    if table.max_rows is not None:
        over = pd.Series(range(len(data))) >= table.max_rows
        found += [
            problem(sheet.file, int(line), None, "too_many_rows") for line in sheet.lines[over]
        ]
    return found


def _duplicates(sheet: Sheet, key: list[str]) -> list[Problem]:
    """Each later occurrence of a key, naming the line of the first."""
    keys = sheet.data[key]
    complete = (keys != "").all(axis=1)
    keys = keys[complete]
    first_line = (
        sheet.lines[complete].groupby([keys[c] for c in key], sort=False).transform("first")
    )
    later = keys.duplicated(keep="first")
    values = keys[later].apply(", ".join, axis=1) if later.any() else []
    return [
        problem(sheet.file, int(line), ", ".join(key), "duplicate_key", value, first=int(first))
        for line, first, value in zip(
            sheet.lines[complete][later], first_line[later], values, strict=True
        )
    ]


# Across files


def _keys(sheets: dict[str, Sheet], table: str, column: str) -> pd.Series | None:
    """Non-empty values of a column of another file; None when that file cannot tell."""
    sheet = sheets.get(table)
    if sheet is None or column in sheet.missing:
        return None
    values = sheet.data[column]
    return values[values != ""]


def _isin(values: pd.Series, keys: pd.Series) -> pd.Series:
    """`values.isin(keys)` by hashing: pandas' Arrow strings compare value by value."""
    return values.astype(object).isin(keys.astype(object))


def _lookup(sheet: Sheet, key: str, value: str) -> pd.Series:
    """`value` by `key` (the last row wins on a duplicate key, itself a problem)."""
    rows = sheet.data[[key, value]].drop_duplicates(key, keep="last")
    return rows.set_index(key)[value]


def check_references(sheets: dict[str, Sheet], exported: set[str]) -> list[Problem]:
    """References to other files' keys and codes from the export's own code lists."""
    found = []
    for sheet in sheets.values():
        for column in sheet.table.columns:
            target = column.references or column.code_list
            if not target or column.name in sheet.missing:
                continue
            values = sheet.data[column.name]
            filled = values != ""
            if target not in exported:
                if not contract.TABLE[target].required and filled.any():
                    found.append(
                        problem(
                            sheet.file,
                            None,
                            column.name,
                            # a required link is meaningless without its file; an optional
                            # one (person_id without people.csv, kept private) just goes
                            # unchecked
                            "missing_reference_file" if column.required else "unchecked_reference",
                            target_file=contract.TABLE[target].file,
                        )
                    )
                continue
            target_key = contract.TABLE[target].key[0]
            keys = _keys(sheets, target, target_key)
            if keys is None:
                continue  # the target file's own problem says why
            bad = filled & ~_isin(values, keys)
            for line, value in zip(sheet.lines[bad], values[bad], strict=True):
                if column.references:
                    found.append(
                        problem(
                            sheet.file, int(line), column.name, "unknown_ref", value, target=target
                        )
                    )
                else:
                    found.append(
                        problem(
                            sheet.file,
                            int(line),
                            column.name,
                            "bad_listed_code",
                            value,
                            list=sheets[target].file,
                        )
                    )
    return found


def check_rules(sheets: dict[str, Sheet]) -> list[Problem]:
    """The contract's rules between columns and files, and the member-with-no-project warning."""
    found = []
    orgs = sheets.get("organizations")
    kinds = None
    if orgs is not None and not {"org_id", "kind"} & orgs.missing:
        kinds = _lookup(orgs, "org_id", "kind")
        found += _organization_rules(orgs)
    savings = sheets.get("savings")
    if kinds is not None and savings is not None and "authority_org_id" not in savings.missing:
        authority = savings.data["authority_org_id"]
        kind = authority.map(kinds)
        bad = kind.isin(contract.ORG_KINDS) & (kind != contract.AUTHORITY_KIND)
        found += [
            problem(savings.file, int(line), "authority_org_id", "not_authority", value, kind=k)
            for line, value, k in zip(savings.lines[bad], authority[bad], kind[bad], strict=True)
        ]
    projects, partners = sheets.get("projects"), sheets.get("project_partners")
    leads = None
    if projects is not None and not {"project_id", "lead_org_id"} & projects.missing:
        leads = _lookup(projects, "project_id", "lead_org_id")
    has_partners = partners is not None and not {"project_id", "org_id"} & partners.missing
    if leads is not None and has_partners:
        org = partners.data["org_id"]
        bad = (org != "") & (partners.data["project_id"].map(leads) == org)
        found += [
            problem(partners.file, int(line), "org_id", "lead_as_partner", value)
            for line, value in zip(partners.lines[bad], org[bad], strict=True)
        ]
    if leads is not None and orgs is not None and not {"org_id", "joined_year"} & orgs.missing:
        involved = [projects.data["lead_org_id"]]
        if partners is not None and "org_id" not in partners.missing:
            involved.append(partners.data["org_id"])
        involved = pd.concat(involved)
        org_id = orgs.data["org_id"]
        idle = (orgs.data["joined_year"] != "") & (org_id != "") & ~_isin(org_id, involved)
        found += [
            problem(orgs.file, int(line), "org_id", "member_without_project", value)
            for line, value in zip(orgs.lines[idle], org_id[idle], strict=True)
        ]
    return found


def _organization_rules(orgs: Sheet) -> list[Problem]:
    """Sector and size by kind; left_year only after a joined_year, never before it."""
    found = []
    kind = orgs.data["kind"]
    for column, needing in (
        ("sector", contract.BUSINESS_KINDS),
        ("size", contract.SIZED_KINDS),
    ):
        if column in orgs.missing:
            empty = pd.Series(True, index=kind.index)
        else:
            empty = orgs.data[column] == ""
        bad = kind.isin(needing) & empty
        found += [
            problem(orgs.file, int(line), column, "required_for_kind", kind=k)
            for line, k in zip(orgs.lines[bad], kind[bad], strict=True)
        ]
    if "left_year" in orgs.missing:
        return found
    left_text = orgs.data["left_year"]
    joined = orgs.staged["joined_year"]
    left = orgs.staged["left_year"]
    alone = (left_text != "") & (
        orgs.data["joined_year"] == "" if "joined_year" not in orgs.missing else True
    )
    found += [
        problem(orgs.file, int(line), "left_year", "left_without_joined", value)
        for line, value in zip(orgs.lines[alone], left_text[alone], strict=True)
    ]
    before = pd.to_numeric(left, errors="coerce") < pd.to_numeric(joined, errors="coerce")
    found += [
        problem(orgs.file, int(line), "left_year", "left_before_joined", value, joined=j)
        for line, value, j in zip(
            orgs.lines[before], left_text[before], orgs.data["joined_year"][before], strict=True
        )
    ]
    return found


# Staging


def stage(sheets: dict[str, Sheet]) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with every contract table (empty when not exported) and view."""
    con = duckdb.connect(":memory:")
    code_lists = [(t.name, c.name, c.codes) for t in contract.TABLES for c in t.columns]
    code_lists.append(("organizations", "size_group", contract.SIZE_GROUPS))
    codes = [
        (table, column, code, position)
        for table, column, values in code_lists
        for position, code in enumerate(values)
    ]
    contract_codes = pd.DataFrame(
        codes, columns=["table_name", "column_name", "code", "position"]
    ).astype({"table_name": "str", "column_name": "str", "code": "str"})
    con.register("contract_codes", contract_codes)
    raw_names = []
    for table in contract.TABLES:
        raw = f"raw_{table.name}"
        con.register(raw, _raw_frame(table, sheets.get(table.name)))
        raw_names.append(raw)
    con.execute(_sql("stg_types"))
    for table in contract.TABLES:
        con.execute(_sql(f"stg_{table.name}"))
    for view in DERIVED_VIEWS:
        con.execute(_sql(f"derived_{view}"))
    for name in ["contract_codes", *raw_names]:
        con.unregister(name)
    return con


def _raw_frame(table: Table, sheet: Sheet | None) -> pd.DataFrame:
    """The staged text of a file, every contract column present; no rows when not exported."""
    if sheet is None:
        return pd.DataFrame({c: pd.Series([], dtype="str") for c in table.column_names})
    return pd.DataFrame(
        {c: sheet.staged[c].reset_index(drop=True) for c in [*table.column_names, *sheet.extras]}
    ).astype("str")


def _sql(name: str) -> str:
    return (QUERIES / f"{name}.sql").read_text(encoding="utf-8")
