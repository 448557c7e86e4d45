"""One formatter per type: what every table, tile and download shows of counts, money,
shares, dates and missing values, and what is said of an export without export.csv."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

from dashboard.store.catalog import files_date


def _touch(path: Path, when: datetime) -> None:
    path.write_text("a\n", encoding="utf-8")
    os.utime(path, (when.timestamp(), when.timestamp()))


def test_files_date_is_the_newest_csv_files_day(tmp_path):
    _touch(tmp_path / "organizations.csv", datetime(2024, 3, 1, 9, 0))
    _touch(tmp_path / "Projects.CSV", datetime(2024, 3, 12, 18, 30))
    _touch(tmp_path / "README.md", datetime(2025, 1, 1, 12, 0))  # not a CSV: not counted
    assert files_date(tmp_path) == date(2024, 3, 12)


def test_files_date_of_an_empty_or_missing_folder_is_none(tmp_path):
    assert files_date(tmp_path) is None
    assert files_date(tmp_path / "nowhere") is None
