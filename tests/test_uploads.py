"""Uploads: hostile and broken ones refused with their message, good ones staged."""

from __future__ import annotations

import io
import resource
import signal
import stat
import tomllib
import zipfile
from pathlib import Path

import pytest

from dashboard import settings
from dashboard.export.load import load_export
from dashboard.export.problems import format_report
from dashboard.publishing import home, uploads

SMALL = Path(__file__).parent / "fixtures" / "small"
CONFIG = settings.REPO / ".streamlit" / "config.toml"


@pytest.fixture(autouse=True)
def csr_home(monkeypatch, tmp_path) -> Path:
    monkeypatch.delenv("CSR_DATA_DIR", raising=False)
    monkeypatch.delenv("CSR_MAX_FILE_MB", raising=False)
    monkeypatch.delenv("CSR_MAX_UPLOAD_MB", raising=False)
    monkeypatch.setenv("CSR_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def small_files() -> list[tuple[str, bytes]]:
    return [(p.name, p.read_bytes()) for p in sorted(SMALL.iterdir())]


def make_zip(entries: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return out.getvalue()


def refused(files, lang="en") -> list[str]:
    result = uploads.intake(files)
    assert not result.ok
    assert result.folder is None
    return result.report(lang)


def staged_names(csr_home: Path) -> list[str]:
    tmp = csr_home / "tmp"
    return sorted(p.name for p in tmp.iterdir()) if tmp.exists() else []


# Accepted


def test_csv_files_are_staged_as_they_came(csr_home):
    result = uploads.intake(small_files())
    assert result.ok, result.report("en")
    assert result.folder.parent == csr_home / "tmp"
    assert result.folder.name.startswith("upload-")
    assert {p.name: p.read_bytes() for p in result.folder.iterdir()} == dict(small_files())
    assert load_export(result.folder).ok
    uploads.discard(result.folder)
    assert staged_names(csr_home) == []


def test_a_zip_of_the_files_or_of_one_folder_is_accepted(csr_home):
    flat = uploads.intake([("export.zip", make_zip(small_files()))])
    assert flat.ok and load_export(flat.folder).ok
    nested = [(f"rete_2012/{name}", data) for name, data in small_files()]
    nested += [("rete_2012/", b""), ("rete_2012/LEGGIMI.txt", b"note"), ("__MACOSX/._x.csv", b"")]
    folder = uploads.intake([("Export.ZIP", make_zip(nested))])
    assert folder.ok, folder.report("en")
    assert sorted(p.name for p in folder.folder.iterdir()) == sorted(n for n, _ in small_files())
    assert load_export(folder.folder).ok


def test_names_are_matched_without_regard_to_case(csr_home):
    files = [(name.upper().replace(".CSV", ".Csv"), data) for name, data in small_files()]
    result = uploads.intake([("EXPORT.ZIP", make_zip(files))])
    assert result.ok
    loaded = load_export(result.folder)
    assert loaded.ok, format_report(loaded.problems, "en")
    assert loaded.row_counts["organizations"] == 6


def test_a_bad_encoding_is_left_for_the_loader_to_report(csr_home):
    files = dict(small_files())
    files["fees.csv"] = "org_id,year,amount_eur\n".encode("utf-16")
    result = uploads.intake(list(files.items()))
    assert result.ok
    assert (result.folder / "fees.csv").read_bytes() == files["fees.csv"]  # never re-encoded
    assert format_report(load_export(result.folder).problems, "en") == [
        "fees.csv: unreadable encoding (UTF-8 and Windows-1252 are accepted)"
    ]


# Refused


def test_paths_that_leave_the_folder_are_refused(csr_home):
    assert refused([("export.zip", make_zip([("../evil.csv", b"x")]))]) == [
        "export.zip: the archive holds a path that is not allowed (../evil.csv)"
    ]
    assert refused([("export.zip", make_zip([("/abs.csv", b"x")]))]) == [
        "export.zip: the archive holds a path that is not allowed (/abs.csv)"
    ]
    assert refused([("export.zip", make_zip([("a/../../b.csv", b"x")]))]) == [
        "export.zip: the archive holds a path that is not allowed (a/../../b.csv)"
    ]
    assert refused([("export.zip", make_zip([("C:\\evil.csv", b"x")]))]) == [
        "export.zip: the archive holds a path that is not allowed (C:\\evil.csv)"
    ]
    assert refused([("../evil.csv", b"x")]) == ["evil.csv: invalid file name"]
    assert refused([("/abs.csv", b"x")]) == ["abs.csv: invalid file name"]
    assert staged_names(csr_home) == []


LONG = "a" * 296 + ".csv"  # 300 characters: more than a file system takes (255 bytes)


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("organizations\x1b[31m.csv", "an invalid file name (organizations\\x1b[31m.csv)"),
        ("organizations\n.csv", "an invalid file name (organizations\\n.csv)"),
        ("x\x7f.csv", "an invalid file name (x\\x7f.csv)"),  # DEL
        ("x\x85.csv", "an invalid file name (x\\x85.csv)"),  # a C1 control, next line
        ("\u202evsc.csv", "an invalid file name (\\u202evsc.csv)"),  # right-to-left override
        ("rete\x07/organizations.csv", "an invalid file name (rete\\x07/organizations.csv)"),
        (LONG, "a file name of more than 100 characters (" + "a" * 60 + "…)"),
        ("f" * 300 + "/organizations.csv", "a file name of more than 100 characters ("),
    ],
)
def test_zip_entries_follow_the_rules_of_plain_names(csr_home, entry, expected):
    files = [*small_files(), (entry, b"org_id\n")]
    [line] = refused([("export.zip", make_zip(files))])
    assert line.startswith("export.zip: the archive holds " + expected)
    assert staged_names(csr_home) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("organizations\x1b[2J.csv", "organizations\\x1b[2J.csv: invalid file name"),
        ("\u202evsc.zip", "\\u202evsc.zip: invalid file name"),
        (LONG, "a" * 60 + "…: file name too long (more than 100 characters)"),
    ],
)
def test_plain_names_with_controls_or_too_long_are_refused(csr_home, name, expected):
    assert refused([*small_files(), (name, b"org_id\n")]) == [expected]
    assert staged_names(csr_home) == []


def test_names_of_a_hundred_characters_are_taken(csr_home):
    name = "n" * 96 + ".csv"
    for files in ([(name, b"x\n")], [("e.zip", make_zip([(f"rete/{name}", b"x\n")]))]):
        result = uploads.intake([*small_files(), *files])
        assert result.ok, result.report("en")
        assert (result.folder / name).read_bytes() == b"x\n"
    assert refused([(LONG, b"x")], "it") == [
        "a" * 60 + "…: nome di file troppo lungo (più di 100 caratteri)"
    ]


def test_an_intake_that_fails_while_writing_removes_what_it_wrote(csr_home):
    # a real write error: files may not grow past 200 bytes (the first few are smaller)
    ignored = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (200, hard))
    try:
        result = uploads.intake(small_files())
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, ignored)
    assert result.folder is None
    assert result.report("en") == [
        "-: the upload could not be saved, nothing was kept: File too large"
    ]
    assert staged_names(csr_home) == []


def test_a_symlink_entry_is_refused(csr_home):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in small_files():
            archive.writestr(name, data)
        link = zipfile.ZipInfo("organizations_link.csv")
        link.create_system = 3
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
    assert refused([("export.zip", out.getvalue())], "it") == [
        "export.zip: l'archivio contiene un collegamento simbolico (organizations_link.csv)"
    ]


def test_a_zip_bomb_is_refused_by_its_declared_size(csr_home, monkeypatch):
    monkeypatch.setenv("CSR_MAX_FILE_MB", "5")
    monkeypatch.setenv("CSR_MAX_UPLOAD_MB", "10")
    bomb = make_zip([("organizations.csv", bytes(60 * 1024 * 1024))])
    assert len(bomb) < 200_000
    assert refused([("export.zip", bomb)]) == ["organizations.csv: file too large (more than 5 MB)"]
    many = make_zip([(f"{name}.csv", bytes(4 * 1024 * 1024)) for name in "abc"])
    assert refused([("export.zip", many)]) == [
        "export.zip: upload too large (more than 10 MB in all)"
    ]


def test_a_zip_that_lies_about_its_sizes_is_stopped_while_reading(csr_home, monkeypatch):
    monkeypatch.setenv("CSR_MAX_FILE_MB", "1")
    data = bytearray(make_zip([("organizations.csv", bytes(3 * 1024 * 1024))]))
    declared = (3 * 1024 * 1024).to_bytes(4, "little")
    small = (1000).to_bytes(4, "little")
    # the uncompressed size, in the local header and in the central directory
    assert data.count(declared) == 2
    data = data.replace(declared, small)
    # zipfile stops at the declared size, and the checksum then fails
    assert refused([("export.zip", bytes(data))]) == [
        "export.zip: unreadable or damaged zip archive"
    ]
    assert staged_names(csr_home) == []


def test_bytes_are_counted_while_reading_whatever_was_declared(monkeypatch):
    class Archive:  # a reader that yields more than any header said
        def open(self, info):
            return io.BytesIO(bytes(3 * 1024 * 1024))

    info = zipfile.ZipInfo("organizations.csv")
    with pytest.raises(uploads._Refused) as too_big:
        uploads._read_capped(Archive(), info, "export.zip", 1024 * 1024, 10 * 1024 * 1024)
    assert too_big.value.problem.text("en") == (
        "organizations.csv: file too large (more than 1 MB)"
    )
    with pytest.raises(uploads._Refused) as no_room:
        uploads._read_capped(Archive(), info, "export.zip", 10 * 1024 * 1024, 2 * 1024 * 1024)
    assert no_room.value.problem.text("en").startswith("export.zip: upload too large")


def test_other_types_oversized_files_and_broken_zips_are_refused(csr_home, monkeypatch):
    assert refused([("setup.exe", b"MZ")]) == [
        "setup.exe: file type not accepted (only .csv and .zip)"
    ]
    assert refused([("organizations.csv.exe", b"MZ")], "it") == [
        "organizations.csv.exe: tipo di file non accettato (solo .csv e .zip)"
    ]
    monkeypatch.setenv("CSR_MAX_FILE_MB", "0.001")  # 1048 bytes
    assert refused([("projects.csv", b"x" * 2000)]) == [
        "projects.csv: file too large (more than 0.001 MB)"
    ]
    monkeypatch.setenv("CSR_MAX_FILE_MB", "1")
    monkeypatch.setenv("CSR_MAX_UPLOAD_MB", "0.01")
    assert refused([("a.csv", b"x" * 6000), ("b.csv", b"x" * 6000)]) == [
        "-: upload too large (more than 0.01 MB in all)"
    ]
    monkeypatch.delenv("CSR_MAX_UPLOAD_MB")
    assert refused([("export.zip", b"PK\x03\x04 not really")]) == [
        "export.zip: unreadable or damaged zip archive"
    ]
    assert refused([]) == ["-: no file uploaded"]


def test_a_zip_must_hold_the_files_or_one_folder(csr_home):
    two_folders = make_zip([("a/organizations.csv", b"x"), ("b/projects.csv", b"y")])
    assert refused([("export.zip", two_folders)]) == [
        "export.zip: the archive must hold the .csv files, or one folder that holds them"
    ]
    deep = make_zip([("a/b/organizations.csv", b"x")])
    assert refused([("export.zip", deep)])[0].endswith("one folder that holds them")
    assert refused([("export.zip", make_zip([("readme.txt", b"x")]))]) == [
        "export.zip: no .csv file"
    ]
    twice = [("organizations.csv", b"x"), ("e.zip", make_zip([("organizations.csv", b"y")]))]
    assert refused(twice) == ["organizations.csv: file given twice in the upload"]


def test_discard_removes_only_upload_folders(csr_home, tmp_path):
    other = tmp_path / "keep"
    other.mkdir()
    uploads.discard(other)
    assert other.exists()
    result = uploads.intake(small_files())
    uploads.discard(result.folder)
    assert not result.folder.exists()
    assert home.tmp_dir() == csr_home / "tmp"


# Streamlit's uploaded files: refused on their declared sizes, before they are read


class Uploaded:
    """An uploaded file as Streamlit gives it; it records whether it was read."""

    def __init__(self, name: str, data: bytes, size: int | None = None):
        self.name, self.data = name, data
        self.size = len(data) if size is None else size
        self.read = False

    def getvalue(self) -> bytes:
        self.read = True
        return self.data


def test_a_file_over_the_file_cap_is_refused_by_its_declared_size_unread(monkeypatch):
    monkeypatch.setenv("CSR_MAX_FILE_MB", "1")
    big = Uploaded("projects.csv", b"", size=1024 * 1024 + 1)
    fine = Uploaded("organizations.csv", b"org_id\n")
    result = uploads.intake_uploaded([fine, big])
    assert result.report("en") == ["projects.csv: file too large (more than 1 MB)"]
    assert result.report("it") == ["projects.csv: file troppo grande (più di 1 MB)"]
    assert not big.read and not fine.read


def test_files_over_the_upload_cap_together_are_refused_unread(monkeypatch):
    monkeypatch.setenv("CSR_MAX_UPLOAD_MB", "2")
    files = [Uploaded(name, b"", size=1024 * 1024) for name in ("a.csv", "b.csv")]
    files.append(Uploaded("export.zip", b"", size=1))  # one byte too many
    assert uploads.intake_uploaded(files).report("en") == [
        "-: upload too large (more than 2 MB in all)"
    ]
    assert not any(f.read for f in files)
    at_the_cap = uploads.intake_uploaded(files[:2])  # allowed through, then read
    assert at_the_cap.ok and files[0].read and files[1].read


def test_other_types_are_refused_unread():
    exe = Uploaded("setup.exe", b"MZ")
    assert uploads.intake_uploaded([exe]).report("en") == [
        "setup.exe: file type not accepted (only .csv and .zip)"
    ]
    assert not exe.read
    assert uploads.intake_uploaded([]).report("en") == ["-: no file uploaded"]


def test_files_within_the_caps_are_read_and_staged(csr_home):
    files = [Uploaded(name, data) for name, data in small_files()]
    result = uploads.intake_uploaded(files)
    assert result.ok, result.report("en")
    assert all(f.read for f in files)
    assert {p.name: p.read_bytes() for p in result.folder.iterdir()} == dict(small_files())


# The server's cap


@pytest.mark.parametrize(
    ("setting", "whole_mb"), [(None, 50), ("10", 10), ("10.2", 11), ("0.5", 1), ("x", 50)]
)
def test_the_server_cap_is_the_upload_cap_in_whole_mb_rounded_up(monkeypatch, setting, whole_mb):
    if setting is not None:
        monkeypatch.setenv("CSR_MAX_UPLOAD_MB", setting)
    assert settings.max_upload_mb() == whole_mb


def test_config_toml_starts_the_server_at_the_default_upload_cap():
    server = tomllib.loads(CONFIG.read_text(encoding="utf-8"))["server"]
    assert server["maxUploadSize"] == settings.max_upload_mb() == 50
