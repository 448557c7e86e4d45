"""The CSV export contract (shared/DATA_CONTRACT.md) as data.

One source of truth for the loader, the templates and the data dictionary: a rule written
here is checked by the loader and described to users from the same line.
"""

from __future__ import annotations

from dataclasses import dataclass

# Column types, as the contract names them.
TEXT = "text"
CODE = "code"
INTEGER = "integer"
DECIMAL = "decimal"
DATE = "date"
BOOLEAN = "boolean"

ORG_KINDS = (
    "company",
    "social_enterprise",
    "ngo",
    "local_authority",
    "association",
    "school",
    "other",
)
SIZES = ("micro", "small", "medium", "large")
SIZE_GROUPS = ("large", "sme", "social_enterprise")
FUNCTIONS = ("ceo", "ehs", "rnd", "communications", "hr", "other")
MEETING_KINDS = (
    "practice_exchange",
    "context_evaluation",
    "project_ideas",
    "thematic_workshop",
    "training_visit",
    "co_design",
    "forum",
)
STATUSES = ("idea", "planned", "in_progress", "completed", "stopped")
POLICY_AREAS = ("economic", "environmental", "social", "labour")
METHODS = ("budget_saving", "avoided_cost", "in_kind", "co_funding", "volunteer_time", "other")

# Kinds that count as businesses (and need a sector); kinds that need a size.
BUSINESS_KINDS = ("company", "social_enterprise")
SIZED_KINDS = ("company",)
AUTHORITY_KIND = "local_authority"
# a project's kind of partnership, derived from who takes part (queries/derived_project_ptypes)
PTYPES = (
    "business_business_across_sizes",
    "business_business_same_size",
    "business_ngo",
    "business_public",
    "other",
)

BOOLEAN_WORDS = {
    "true": True,
    "yes": True,
    "sì": True,
    "si": True,
    "vero": True,
    "1": True,
    "false": False,
    "no": False,
    "falso": False,
    "0": False,
}

# A code in a code list file: lowercase snake_case.
CODE_PATTERN = r"[a-z][a-z0-9_]*"

# The longest cell an export may hold, in characters (a header cell too): enough for any
# description, and a bound on what one cell costs to read, check and report.
MAX_CELL_CHARS = 100_000
# The most columns a header may name: the widest table has 9, and every extra column is
# kept, checked and staged, so a header of a million names would hold the server for hours.
MAX_COLUMNS = 200


@dataclass(frozen=True)
class Column:
    """One column of an export file and the rules its values follow."""

    name: str
    type: str = TEXT
    required: bool = False
    codes: tuple[str, ...] = ()  # fixed list of allowed codes
    code_list: str | None = None  # table whose `code` column lists the allowed codes
    references: str | None = None  # table whose key this column refers to
    non_negative: bool = False


@dataclass(frozen=True)
class Table:
    """One export file (`<name>.csv`) and the DuckDB table it is staged into."""

    name: str
    required: bool
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ()
    max_rows: int | None = None
    personal: bool = False
    sql_name: str = ""  # DuckDB table name when it differs from `name`

    @property
    def file(self) -> str:
        return f"{self.name}.csv"

    @property
    def table(self) -> str:
        return self.sql_name or self.name

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


def _code_list(name: str, extra: str | None = None) -> Table:
    columns = [
        Column("code", CODE, required=True),
        Column("label_it", required=True),
        Column("label_en", required=True),
    ]
    if extra:
        columns.append(Column(extra))
    return Table(name, required=True, columns=tuple(columns), key=("code",))


TABLES: tuple[Table, ...] = (
    Table(
        "organizations",
        required=True,
        key=("org_id",),
        columns=(
            Column("org_id", required=True),
            Column("name", required=True),
            Column("kind", CODE, required=True, codes=ORG_KINDS),
            Column("sector", CODE, code_list="sectors"),
            Column("size", CODE, codes=SIZES),
            Column("employees", INTEGER, non_negative=True),
            Column("municipality"),
            Column("joined_year", INTEGER),
            Column("left_year", INTEGER),
        ),
    ),
    Table(
        "people",
        required=False,
        personal=True,
        key=("person_id",),
        columns=(
            Column("person_id", required=True),
            Column("org_id", required=True, references="organizations"),
            Column("full_name", required=True),
            Column("function", CODE, required=True, codes=FUNCTIONS),
        ),
    ),
    Table(
        "meetings",
        required=False,
        key=("meeting_id",),
        columns=(
            Column("meeting_id", required=True),
            Column("date", DATE, required=True),
            Column("kind", CODE, required=True, codes=MEETING_KINDS),
            Column("theme", CODE, code_list="themes"),
            Column("title"),
        ),
    ),
    Table(
        "attendance",
        required=False,
        columns=(
            Column("meeting_id", required=True, references="meetings"),
            Column("org_id", required=True, references="organizations"),
            Column("person_id", references="people"),
        ),
    ),
    Table(
        "projects",
        required=True,
        key=("project_id",),
        columns=(
            Column("project_id", required=True),
            Column("title", required=True),
            Column("lead_org_id", required=True, references="organizations"),
            Column("category", CODE, required=True, code_list="categories"),
            Column("theme", CODE, code_list="themes"),
            Column("start_year", INTEGER, required=True),
            Column("status", CODE, required=True, codes=STATUSES),
            Column("budget_eur", DECIMAL, non_negative=True),
            Column("description"),
            Column("highlight", BOOLEAN),  # the coordinator's picks for the forum's slide
        ),
    ),
    Table(
        "project_partners",
        required=False,
        key=("project_id", "org_id"),
        columns=(
            Column("project_id", required=True, references="projects"),
            Column("org_id", required=True, references="organizations"),
            Column("contribution_eur", DECIMAL, non_negative=True),
        ),
    ),
    Table(
        "savings",
        required=False,
        columns=(
            Column("project_id", required=True, references="projects"),
            Column("year", INTEGER, required=True),
            Column("authority_org_id", required=True, references="organizations"),
            Column("policy_area", CODE, required=True, codes=POLICY_AREAS),
            Column("amount_eur", DECIMAL, required=True, non_negative=True),
            Column("method", CODE, required=True, codes=METHODS),
            Column("verified", BOOLEAN, required=True),
            Column("note"),
        ),
    ),
    Table(
        "fees",
        required=False,
        key=("org_id", "year"),
        columns=(
            Column("org_id", required=True, references="organizations"),
            Column("year", INTEGER, required=True),
            Column("amount_eur", DECIMAL, required=True, non_negative=True),
        ),
    ),
    Table(
        "export",
        required=False,
        max_rows=1,
        sql_name="export_info",
        columns=(
            Column("network", required=True),
            Column("exported_on", DATE, required=True),
            Column("synthetic", BOOLEAN),
            Column("contact"),
        ),
    ),
    _code_list("sectors", extra="nace"),
    _code_list("categories", extra="sdgs"),
    _code_list("themes"),
)

TABLE: dict[str, Table] = {t.name: t for t in TABLES}

# Columns the staging adds to a table; an export column of the same name is not kept.
DERIVED_COLUMNS: dict[str, tuple[str, ...]] = {
    "organizations": ("size_group", "is_business"),
    "meetings": ("year",),
}
