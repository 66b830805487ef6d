"""What a crash can leave behind, found and removed: `clipper check` and `check --fix`.

A kill between a photo's write and the commit leaves a media file nothing refers to;
a kill inside `media.write_atomically` (or an export) leaves its temporary file. Both
are harmless to the library but waste space. Temporary names carry the writing
process's id (`media.temp_prefix`): one whose process is gone is a leftover, one whose
process runs is being written and is left alone.
"""

from __future__ import annotations

import os
import re
import secrets
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from clipper.store.library import DB_NAME, Library
from clipper.store.media import FILE_COLUMNS, temp_prefix

CONTENT_FOLDERS = ("media", "originals")  # what rows refer to (thumbs/ is rebuilt)
LIBRARY_TEMP_PREFIXES = (".tmp-", f".{DB_NAME}.new-")
EXPORT_TEMP_PREFIXES = (".export-", ".report-", ".bundle-")
# A temporary file younger than this is never a leftover: its writer may run on another
# computer sharing the folder, whose process ids we cannot see.
MIN_AGE = 60.0
# Older than this, a temporary file is a leftover whoever wrote it.
MAX_AGE = 24 * 3600.0
_PID = re.compile(r"^(\d+)-")


@dataclass
class Leftovers:
    orphans: list[str] = field(default_factory=list)  # library-relative, forward slashes
    temporary: list[str] = field(default_factory=list)
    removed: bool = False

    @property
    def empty(self) -> bool:
        return not (self.orphans or self.temporary)

    def to_json(self) -> dict[str, object]:
        return {"orphan_files": self.orphans, "temporary_files": self.temporary,
                "removed": self.removed}


def find_leftovers(library: Library) -> Leftovers:
    """Media and original files no clipping refers to, and stale temporary files."""
    root = library.root
    found = Leftovers()
    referenced = _referenced(library)
    for path in _files(root, CONTENT_FOLDERS):
        rel = path.relative_to(root).as_posix()
        if is_stale_temp(path, LIBRARY_TEMP_PREFIXES):
            found.temporary.append(rel)
        elif not path.name.startswith(".") and rel not in referenced:
            found.orphans.append(rel)
    for path in root.iterdir():
        if path.is_file() and is_stale_temp(path, LIBRARY_TEMP_PREFIXES):
            found.temporary.append(path.relative_to(root).as_posix())
    found.orphans.sort()
    found.temporary.sort()
    return found


def remove_leftovers(library: Library, leftovers: Leftovers) -> Leftovers:
    """Remove what `find_leftovers` found; orphans are checked again under the write
    lock, so a clipping committed meanwhile keeps its file."""
    library.require_writable()
    library.remove_unused_files(leftovers.orphans)
    for rel in leftovers.temporary:
        path = library.root / rel
        if is_stale_temp(path, LIBRARY_TEMP_PREFIXES):
            path.unlink(missing_ok=True)
    leftovers.removed = True
    return leftovers


def clean_export_leftovers(folder: Path) -> list[Path]:
    """Remove the temporary files a killed export left in `folder` (its target's
    folder); called by each export before it writes."""
    removed = []
    try:
        candidates = list(folder.iterdir())
    except OSError:
        return removed
    for path in candidates:
        if path.is_file() and is_stale_temp(path, EXPORT_TEMP_PREFIXES):
            try:
                path.unlink()
            except OSError:
                continue
            removed.append(path)
    return removed


def export_temp(folder: Path, kind: str, suffix: str) -> tuple[int, str]:
    """A new hidden temporary file for an export into `folder` (os.mkstemp's fd and
    path), named for this process; what killed exports left there goes first."""
    clean_export_leftovers(folder)
    # Not tempfile.mkstemp: its files are 0600 whatever the umask, and an export renamed
    # over its target kept that mode (a report for colleagues readable by its author
    # only). Made like any file the user saves: 0666 less the umask, exclusively.
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _attempt in range(100):
        name = str(folder / f"{temp_prefix(kind)}{secrets.token_hex(6)}{suffix}")
        try:
            return os.open(name, flags, 0o666), name
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {folder}")


def is_stale_temp(path: Path, prefixes: Iterable[str], now: float | None = None) -> bool:
    """A temporary file of ours whose writer is gone (or that is very old)."""
    name = path.name
    prefix = next((p for p in prefixes if name.startswith(p)), None)
    if prefix is None:
        return False
    try:
        age = (now or time.time()) - path.stat().st_mtime
    except OSError:
        return False
    if age < MIN_AGE:
        return False
    if age > MAX_AGE:
        return True
    match = _PID.match(name[len(prefix):])
    if match is None:  # written by a version that did not name its process
        return True
    return not _running(int(match.group(1)))


def _running(pid: int) -> bool:
    if os.name != "posix":
        return True  # no safe liveness test: MAX_AGE decides
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    return True


def _referenced(library: Library) -> set[str]:
    rows: list[tuple[str]] = []
    for table, column in FILE_COLUMNS:
        rows += library.db.execute(
            f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL").fetchall()
    return {row[0] for row in rows}


def _files(root: Path, folders: Iterable[str]) -> Iterable[Path]:
    for name in folders:
        folder = root / name
        if folder.is_dir():
            yield from (p for p in folder.rglob("*") if p.is_file())
