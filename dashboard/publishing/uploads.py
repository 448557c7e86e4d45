"""Safe intake of uploaded files: `.csv` files, or a `.zip` of them, into a staging folder.

Uploads are treated as hostile. Only `.csv` and `.zip` names are taken, of at most
`MAX_NAME` characters and with no control character (a zip's entries follow the same
rules); every file and the upload as a whole are capped (`CSR_MAX_FILE_MB`, default 20;
`CSR_MAX_UPLOAD_MB`, default 50), on the sizes the uploader declares before any file is
read; a zip entry with a path that leaves the folder (`../`, absolute, a drive) or that is a
symlink refuses the whole zip; a zip's sizes are checked as declared and again byte by byte
while it is read, so a zip bomb stops at the cap. A zip holds the files, or one folder that
holds them. What is in the files (encoding included) is
the loader's business: the bytes are written as they came, never re-encoded. An intake that
fails while writing removes what it wrote.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import stat
import unicodedata
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path, PurePosixPath
from typing import Protocol

from dashboard import settings
from dashboard.publishing import home
from dashboard.words.catalog import t

MAX_ENTRIES = 200  # entries in one zip
MAX_NAME = 100  # characters in a file name (the contract's longest is 20)
_SHOWN = 60  # characters of a refused name shown in its message
_CHUNK = 1 << 16
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class UploadProblem:
    """`file: what is wrong`, as the loader reports a whole file."""

    file: str
    code: str
    params: tuple[tuple[str, str], ...] = ()

    def text(self, lang: str = "it") -> str:
        return f"{self.file}: {t(self.code, lang, **dict(self.params))}"


def _problem(file: str, code: str, **params: object) -> UploadProblem:
    return UploadProblem(file, code, tuple((k, str(v)) for k, v in params.items()))


@dataclass
class Intake:
    folder: Path | None  # the staging folder holding the .csv files; None when refused
    problems: list[UploadProblem]

    @property
    def ok(self) -> bool:
        return self.folder is not None

    def report(self, lang: str = "it") -> list[str]:
        return [p.text(lang) for p in self.problems]


def _mb(limit: int) -> str:
    return f"{round(limit / 1024 / 1024, 3):g}"


def _plain_name(name: str) -> bool:
    """A name of one part, with no control or formatting character (a terminal escape, a
    right-to-left override that turns `cod.exe.csv` round)."""
    return (
        name not in ("", ".", "..")
        and "/" not in name
        and "\\" not in name
        and not any(unicodedata.category(c) in ("Cc", "Cf") for c in name)
    )


def _shown(name: str) -> str:
    """A refused name as its message shows it: controls escaped, cut when long."""
    text = "".join(
        c.encode("unicode_escape").decode() if unicodedata.category(c) in ("Cc", "Cf") else c
        for c in name
    )
    return text if len(text) <= _SHOWN else text[:_SHOWN] + "…"


class _Refused(Exception):
    def __init__(self, problem: UploadProblem):
        self.problem = problem


def _zip_members(name: str, data: bytes, max_file: int, room: int) -> list[tuple[str, bytes]]:
    """The .csv files of a zip as (name, bytes); raises `_Refused` on anything unsafe."""
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError) as err:
        raise _Refused(_problem(name, "upload_bad_zip")) from err
    if len(infos) > MAX_ENTRIES:
        raise _Refused(_problem(name, "upload_too_many_entries", count=MAX_ENTRIES))

    chosen = []
    for info in infos:
        entry = info.filename
        path = entry.replace("\\", "/")
        parts = PurePosixPath(path).parts
        if path.startswith("/") or _DRIVE.match(path) or ".." in parts:
            raise _Refused(_problem(name, "upload_unsafe_path", entry=_shown(entry)))
        if stat.S_ISLNK(info.external_attr >> 16):
            raise _Refused(_problem(name, "upload_symlink", entry=entry))
        if info.is_dir():
            continue
        if info.flag_bits & 0x1:
            raise _Refused(_problem(name, "upload_encrypted", entry=entry))
        if parts[0] == "__MACOSX" or parts[-1].startswith("._"):
            continue  # macOS Finder's resource forks, never data
        if not parts[-1].lower().endswith(".csv"):
            continue  # a README or anything else beside the files: not read
        if not all(_plain_name(part) for part in parts):
            raise _Refused(_problem(name, "upload_bad_entry_name", entry=_shown(entry)))
        if any(len(part) > MAX_NAME for part in parts):
            raise _Refused(
                _problem(name, "upload_entry_name_too_long", count=MAX_NAME, entry=_shown(entry))
            )
        if info.file_size > max_file:
            raise _Refused(_problem(entry, "upload_file_too_large", mb=_mb(max_file)))
        chosen.append((info, parts))

    declared = sum(info.file_size for info, _ in chosen)
    if declared > room:
        raise _Refused(_problem(name, "upload_too_large", mb=_mb(settings.max_upload_bytes())))
    folders = {parts[:-1] for _, parts in chosen}
    if len(folders) > 1 or any(len(f) > 1 for f in folders):
        raise _Refused(_problem(name, "upload_zip_layout"))
    if not chosen:
        raise _Refused(_problem(name, "upload_no_csv"))

    members = []
    for info, parts in chosen:
        members.append((parts[-1], _read_capped(archive, info, name, max_file, room)))
        room -= len(members[-1][1])
    return members


def _read_capped(archive, info, name: str, max_file: int, room: int) -> bytes:
    """An entry's bytes, counted as they come: the declared size may lie."""
    out = bytearray()
    try:
        with archive.open(info) as handle:
            while block := handle.read(_CHUNK):
                out += block
                if len(out) > max_file:
                    raise _Refused(
                        _problem(info.filename, "upload_file_too_large", mb=_mb(max_file))
                    )
                if len(out) > room:
                    raise _Refused(
                        _problem(name, "upload_too_large", mb=_mb(settings.max_upload_bytes()))
                    )
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError) as err:
        raise _Refused(_problem(name, "upload_bad_zip")) from err
    return bytes(out)


def screen(declared: list[tuple[str, int]]) -> list[UploadProblem]:
    """What refuses an upload by its files' names and sizes (name, bytes) alone, so that it
    can be refused before anything is read."""
    if not declared:
        return [_problem("-", "upload_nothing")]
    max_file, max_upload = settings.max_file_bytes(), settings.max_upload_bytes()
    problems = []
    for name, size in declared:
        base = str(name).replace("\\", "/").rsplit("/", 1)[-1]
        if not _plain_name(str(name)):
            problems.append(_problem(_shown(base) or "-", "upload_bad_name"))
        elif len(name) > MAX_NAME:
            problems.append(_problem(_shown(name), "upload_name_too_long", count=MAX_NAME))
        elif not name.lower().endswith((".csv", ".zip")):
            problems.append(_problem(name, "upload_bad_type"))
        elif size > max_file and name.lower().endswith(".csv"):
            problems.append(_problem(name, "upload_file_too_large", mb=_mb(max_file)))
    if sum(size for _, size in declared) > max_upload:
        problems.append(_problem("-", "upload_too_large", mb=_mb(max_upload)))
    return problems


class Uploaded(Protocol):
    """A file as Streamlit's uploader gives it: its size is known before it is read."""

    name: str
    size: int

    def getvalue(self) -> bytes: ...


def intake_uploaded(files: Sequence[Uploaded]) -> Intake:
    """`intake` of the uploader's files, refused on their declared sizes before any is read."""
    if problems := screen([(f.name, f.size) for f in files]):
        return Intake(None, problems)
    return intake([(f.name, f.getvalue()) for f in files])


def intake(files: list[tuple[str, bytes]]) -> Intake:
    """Build a staging folder (under `CSR_HOME/tmp/upload-*`) from uploaded (name, bytes).

    Returns the folder, ready for `load_export`, or the problems that refused the upload
    (nothing is kept then). Discard the folder with `discard` once done with it.
    """
    if problems := screen([(name, len(data)) for name, data in files]):
        return Intake(None, problems)
    max_file, max_upload = settings.max_file_bytes(), settings.max_upload_bytes()
    problems = []
    members: list[tuple[str, bytes]] = []
    room = max_upload
    for name, data in files:
        if name.lower().endswith(".zip"):
            try:
                found = _zip_members(name, data, max_file, room)
            except _Refused as refused:
                return Intake(None, [refused.problem])
        else:
            found = [(name, data)]
        members += found
        room -= sum(len(d) for _, d in found)

    seen = set()
    for name, _ in members:
        if name in seen:
            problems.append(_problem(name, "upload_twice"))
        seen.add(name)
    if problems:
        return Intake(None, problems)

    folder = home.tmp_dir() / f"upload-{secrets.token_hex(8)}"
    try:
        folder.mkdir(mode=0o700)
        os.chmod(folder, 0o700)  # the umask may have taken bits off, never added them
        for name, data in members:
            fd = os.open(folder / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as handle:
                os.fchmod(fd, 0o600)
                handle.write(data)
    except OSError as error:  # a full disk, a quota, a name the file system refuses
        shutil.rmtree(folder, ignore_errors=True)
        return Intake(None, [_problem("-", "upload_not_saved", reason=error.strerror or error)])
    return Intake(folder, [])


def discard(folder: Path | None) -> None:
    """Remove a staging folder made by `intake` (only those: never anything else)."""
    if folder is None:
        return
    folder = Path(folder)
    if folder.parent == home.tmp_dir() and folder.name.startswith("upload-"):
        shutil.rmtree(folder, ignore_errors=True)
