"""Check an export read as text: cells, keys, references between files and the contract's
rules. Values are checked in bulk with pandas; each problem names its file, line and column.
"""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from dashboard.export import contract
from dashboard.export.problems import Problem, problem
from dashboard.export.read import Sheet

# A reference to a row that does not exist, by the table it points at.
UNKNOWN = {
    "organizations": "problem_unknown_organization",
    "projects": "problem_unknown_project",
    "meetings": "problem_unknown_meeting",
    "people": "problem_unknown_person",
}
_MAX_INTEGER_DIGITS = 9  # fits DuckDB's INTEGER
_MAX_DECIMAL_DIGITS = 16  # integer digits of DECIMAL(18,2)


def parse_numbers(values: pd.Series, decimal_comma: bool) -> pd.Series:
    """Numbers as `-1234.56` text; NA where a value is none of the accepted forms.

    `€` and spaces are dropped. In a `;` file a dot followed by exactly three digits groups
    thousands (`1.234` = 1234, so `1234.567` is no number) and a comma is the decimal point.
    """
    spaced = ~values.str.fullmatch(r"[-\d.,]*")  # only these can hold a space or a `€`
    compact = values.mask(spaced, values[spaced].str.replace(r"[\s€]", "", regex=True))
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
        if not mask.any():  # the usual case: no problem, nothing to index
            return []
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
            found += each(empty, name, "problem_empty_required", show_value=False)
        staged = values.where(~empty)
        if column.type in (contract.INTEGER, contract.DECIMAL):
            staged = parse_numbers(values, sheet.decimal_comma).where(~empty)
            digits = staged.str.replace(r"^-|\.\d*$", "", regex=True).str.len()
            if column.type == contract.INTEGER:
                bad = ~empty & ~staged.str.fullmatch(r"-?\d+").fillna(False)
                found += each(bad, name, "problem_bad_integer")
                large = ~bad & (digits > _MAX_INTEGER_DIGITS).fillna(False)
            else:
                bad = ~empty & staged.isna()
                found += each(bad, name, "problem_bad_decimal")
                point = staged.str.find(".")  # staged numbers have one point at most
                decimals = (staged.str.len() - point - 1).where(point >= 0, 0).fillna(0)
                many = ~bad & ~empty & (decimals > 2)
                found += each(many, name, "problem_too_many_decimals")
                bad |= many
                large = ~bad & (digits > _MAX_DECIMAL_DIGITS).fillna(False)
            found += each(large, name, "problem_too_large")
            bad |= large
            staged = staged.where(~bad)
            if column.non_negative:
                negative = ~bad & staged.str.startswith("-").fillna(False)
                negative &= pd.to_numeric(staged.where(negative), errors="coerce") != 0
                found += each(negative, name, "problem_negative")
        elif column.type == contract.DATE:
            staged = parse_dates(values).where(~empty)
            found += each(~empty & staged.isna(), name, "problem_bad_date")
        elif column.type == contract.BOOLEAN:
            staged = parse_booleans(values).where(~empty)
            found += each(~empty & staged.isna(), name, "problem_bad_boolean")
        elif column.codes:
            bad = ~empty & ~_isin(values, pd.Series(column.codes, dtype="str"))
            found += each(bad, name, "problem_bad_code", codes=", ".join(column.codes))
        elif column.type == contract.CODE and not column.code_list:
            bad = ~empty & ~values.str.fullmatch(contract.CODE_PATTERN)
            found += each(bad, name, "problem_bad_code_format")
        sheet.staged[name] = staged
    for extra in sheet.extras:
        sheet.staged[extra] = data[extra].where(data[extra] != "")

    if table.key and not set(table.key) & sheet.missing:
        found += _duplicates(sheet, list(table.key))
    if table.max_rows is not None:
        over = pd.Series(range(len(data))) >= table.max_rows
        found += [
            problem(sheet.file, int(line), None, "problem_too_many_rows")
            for line in sheet.lines[over]
        ]
    return found


def _duplicates(sheet: Sheet, key: list[str]) -> list[Problem]:
    """Each later occurrence of a key, naming the line of the first."""
    keys = sheet.data[key]
    complete = (keys != "").all(axis=1)
    keys = keys[complete]
    later = keys.duplicated(keep="first")
    if not later.any():  # as in every valid export: no need to find the first lines
        return []
    first_line = (
        sheet.lines[complete].groupby([keys[c] for c in key], sort=False).transform("first")
    )
    values = keys[later].apply(", ".join, axis=1)
    return [
        problem(
            sheet.file, int(line), ", ".join(key), "problem_duplicate_key", value, first=int(first)
        )
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
    """`values.isin(keys)` in Arrow, ten times faster than pandas' own on Arrow strings."""
    found = pc.is_in(pa.array(values), value_set=pa.array(keys))
    return pd.Series(found.to_numpy(zero_copy_only=False), index=values.index)


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
                            "problem_missing_reference_file"
                            if column.required
                            else "problem_unchecked_reference",
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
                        problem(sheet.file, int(line), column.name, UNKNOWN[target], value)
                    )
                else:
                    found.append(
                        problem(
                            sheet.file,
                            int(line),
                            column.name,
                            "problem_bad_listed_code",
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
            problem(
                savings.file, int(line), "authority_org_id", "problem_not_authority", value, kind=k
            )
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
            problem(partners.file, int(line), "org_id", "problem_lead_as_partner", value)
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
            problem(orgs.file, int(line), "org_id", "problem_member_without_project", value)
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
        bad = _isin(kind, pd.Series(needing, dtype="str")) & empty
        found += [
            problem(orgs.file, int(line), column, "problem_required_for_kind", kind=k)
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
        problem(orgs.file, int(line), "left_year", "problem_left_without_joined", value)
        for line, value in zip(orgs.lines[alone], left_text[alone], strict=True)
    ]
    before = pd.to_numeric(left, errors="coerce") < pd.to_numeric(joined, errors="coerce")
    found += [
        problem(orgs.file, int(line), "left_year", "problem_left_before_joined", value, joined=j)
        for line, value, j in zip(
            orgs.lines[before], left_text[before], orgs.data["joined_year"][before], strict=True
        )
    ]
    return found
