"""Errors a user can act on, and the one place that words them for the CLI and the GUI.

Low-level failures (sqlite3 errors, OSError) are translated by `from_exception` into a
`LibraryError` whose message names the library and says what to do; the CLI prints
`user_message(exc)` on one line and the app shows the same text in a dialog.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path


class LibraryError(Exception):
    """A library operation that cannot be done, with a message for the user."""


class LibraryUnusable(LibraryError):
    """The library cannot be opened at all (not a folder, cannot be created...)."""


class DamagedLibrary(LibraryUnusable):
    """clipper.sqlite is not a readable database: only a backup brings it back."""


class NewerLibrary(LibraryUnusable):
    """The library was made by a newer Clipper (a migration this version does not know)."""


class ReadOnlyLibrary(LibraryError):
    """A change was asked of a library this process may only read."""


class DiskFull(LibraryError):
    """No space left where the library (or an export) is written."""


class LibraryBusy(LibraryError):
    """Another process kept the library locked for longer than we wait."""


def from_exception(exc: BaseException, root: Path | str | None) -> LibraryError:
    """`exc` as a LibraryError naming the library `root` and what to do about it."""
    if isinstance(exc, LibraryError):
        return exc
    where = f"library {root}" if root else "the library"
    if isinstance(exc, sqlite3.Error):
        if root and disk_nearly_full(Path(root)) and (_io_error(exc) or _read_only(exc)):
            # SQLite cannot even grow its -shm file: "disk I/O error", or the
            # read-only fallback the library was opened with (Library.__init__).
            return DiskFull(f"{where}: the disk is full; free some space and try again")
        return _from_sqlite(exc, where)
    if isinstance(exc, OSError):
        return _from_os_error(exc, where)
    if isinstance(exc, OverflowError):
        return LibraryError(f"a number is too large ({exc})")
    return LibraryError(f"{where}: {type(exc).__name__}: {exc}")


def _from_sqlite(exc: sqlite3.Error, where: str) -> LibraryError:
    text = str(exc)
    lowered = text.lower()
    if "disk is full" in lowered or _full(exc):
        return DiskFull(f"{where}: the disk is full; free some space and try again")
    if "readonly" in lowered or "read-only" in lowered:
        return ReadOnlyLibrary(
            f"{where} is read-only: this command changes it and needs write access "
            "(reading, listing and searching work)"
        )
    if "locked" in lowered or "busy" in lowered:
        return LibraryBusy(
            f"{where} is busy: another Clipper window or command kept it locked too "
            "long; try again when it has finished"
        )
    if ("not a database" in lowered or "malformed" in lowered or "corrupt" in lowered
            or "no such table" in lowered):
        return DamagedLibrary(
            f"{where}: clipper.sqlite is damaged ({text}); restore it from a backup"
        )
    if "unable to open" in lowered:
        return LibraryUnusable(
            f"{where}: cannot open clipper.sqlite ({text}); check that the folder exists "
            "and that you may write to it"
        )
    return LibraryError(f"{where}: database error ({text})")


def _full(exc: BaseException) -> bool:
    return getattr(exc, "sqlite_errorcode", None) == 13  # SQLITE_FULL


def _io_error(exc: BaseException) -> bool:
    return (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF == 10  # SQLITE_IOERR_*


def _read_only(exc: BaseException) -> bool:
    return (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF == 8  # SQLITE_READONLY_*


# Below this much free space SQLite fails in odd ways (it cannot make its 32 KB
# shared-memory file): we call the disk full.
NEARLY_FULL_BYTES = 256 * 1024


def disk_nearly_full(path: Path) -> bool:
    """Whether the file system holding `path` has (almost) no space left."""
    for candidate in (path, *path.parents):
        try:
            return shutil.disk_usage(candidate).free < NEARLY_FULL_BYTES
        except OSError:
            continue
    return False


def is_io_error(exc: BaseException) -> bool:
    """An SQLite I/O error (what a full disk often looks like to SQLite)."""
    return isinstance(exc, sqlite3.Error) and _io_error(exc)


def _from_os_error(exc: OSError, where: str) -> LibraryError:
    name = f" {exc.filename}" if exc.filename else ""
    reason = exc.strerror or str(exc)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DiskFull(f"{where}: no space left writing{name}; free some space and try again")
    if exc.errno == errno.EROFS:
        return ReadOnlyLibrary(
            f"{where}: cannot write{name} (read-only file system); this needs write access"
        )
    if exc.errno in (errno.EACCES, errno.EPERM):
        return ReadOnlyLibrary(f"{where}: permission denied for{name}; this needs write access")
    return LibraryError(f"{where}: cannot use{name}: {reason}")


def user_message(exc: BaseException, root: Path | str | None = None) -> str:
    """The one line shown to the user for `exc` (CLI stderr, GUI dialog)."""
    return str(from_exception(exc, root))
