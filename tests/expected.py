"""Figures of an export worked out straight from its CSV files, independently of the app.

Plain `csv` and the counting rules of DATA_CONTRACT.md; only for clean exports written
as the demo is (UTF-8, `,`, ISO dates).
"""

from __future__ import annotations

import csv
from pathlib import Path

BUSINESS = {"company", "social_enterprise"}


def rows(folder: Path, table: str) -> list[dict[str, str]]:
    with open(folder / f"{table}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def size_group(org: dict[str, str]) -> str | None:
    if org["kind"] == "social_enterprise":
        return "social_enterprise"
    if org["kind"] == "company":
        return "large" if org["size"] == "large" else "sme"
    return None


def selected(org: dict[str, str], sectors=(), sizes=()) -> bool:
    if sectors and org["sector"] not in sectors:
        return False
    if not sizes:
        return True
    group = size_group(org)
    return group in sizes or (group == "sme" and org["size"] in sizes)


def active(org: dict[str, str], year: int) -> bool:
    if not org["joined_year"]:
        return False
    left = int(org["left_year"]) if org["left_year"] else 9999
    return int(org["joined_year"]) <= year <= left


def companies_involved(folder: Path, years: range, sectors=(), sizes=()) -> int:
    return sum(
        1
        for org in rows(folder, "organizations")
        if org["kind"] in BUSINESS
        and selected(org, sectors, sizes)
        and any(active(org, year) for year in years)
    )


def projects(folder: Path, years: range, sectors=(), sizes=()) -> tuple[int, int]:
    """(projects started, of which in partnership) led by the selected organizations."""
    orgs = {org["org_id"]: org for org in rows(folder, "organizations")}
    partnered = {row["project_id"] for row in rows(folder, "project_partners")}
    chosen = [
        p
        for p in rows(folder, "projects")
        if int(p["start_year"]) in years and selected(orgs[p["lead_org_id"]], sectors, sizes)
    ]
    return len(chosen), sum(1 for p in chosen if p["project_id"] in partnered)


def savings(folder: Path, years: range, verified: bool, sectors=(), sizes=()) -> float:
    """Savings of the years, verified or estimated, of projects led by the selected
    organizations."""
    orgs = {org["org_id"]: org for org in rows(folder, "organizations")}
    leads = {p["project_id"]: orgs[p["lead_org_id"]] for p in rows(folder, "projects")}
    return sum(
        float(row["amount_eur"])
        for row in rows(folder, "savings")
        if int(row["year"]) in years
        and (row["verified"].lower() in ("true", "sì", "si", "yes", "1")) == verified
        and selected(leads[row["project_id"]], sectors, sizes)
    )


def top_verified_projects(folder: Path, years: range, n: int = 3) -> list[str]:
    """Titles of the `n` projects with the largest verified savings in the years."""
    titles = {p["project_id"]: p["title"] for p in rows(folder, "projects")}
    amounts: dict[str, float] = {}
    for row in rows(folder, "savings"):
        if int(row["year"]) in years and row["verified"].lower() == "true":
            amounts[row["project_id"]] = amounts.get(row["project_id"], 0) + float(
                row["amount_eur"]
            )
    ranked = sorted(amounts, key=lambda project: -amounts[project])
    return [titles[project] for project in ranked[:n]]
