"""Clipping rows for the organise layer: which ids exist, deleting some, correcting
photo captions and credits. (Adding and reading whole clippings is store/library.py.)"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlite_utils import Database

from clipper.store.library import now_iso


def chunks(values: list[int], size: int = 900) -> Iterator[list[int]]:
    """Slices small enough for SQLite's limit on `?` parameters."""
    for start in range(0, len(values), size):
        yield values[start : start + size]


def existing(db: Database, ids: Iterable[int]) -> set[int]:
    wanted = list(ids)
    found: set[int] = set()
    for chunk in chunks(wanted):
        marks = ",".join("?" * len(chunk))
        found.update(r[0] for r in db.execute(
            f"SELECT id FROM clippings WHERE id IN ({marks})", chunk))
    return found


def delete(db: Database, ids: list[int]) -> None:
    """Delete clippings and (by cascade) all that hangs on them; files are not touched."""
    for chunk in chunks(ids):
        marks = ",".join("?" * len(chunk))
        db.execute(f"DELETE FROM clippings WHERE id IN ({marks})", chunk)


def photo_text(db: Database, clipping_id: int, position: int) -> tuple[str, str] | None:
    """(caption, credit) of one photo, or None when there is no such photo."""
    row = db.execute("SELECT caption, credit FROM photos WHERE clipping_id = ? AND position = ?",
                     [clipping_id, position]).fetchone()
    return (row[0], row[1]) if row else None


def set_photo_text(db: Database, clipping_id: int, position: int, caption: str,
                   credit: str) -> None:
    db.execute("UPDATE photos SET caption = ?, credit = ? WHERE clipping_id = ? AND position = ?",
               [caption, credit, clipping_id, position])
    touch(db, clipping_id)


def set_photo_place(db: Database, clipping_id: int, position: int,
                    after_block: int | None) -> None:
    db.execute("UPDATE photos SET after_block = ? WHERE clipping_id = ? AND position = ?",
               [after_block, clipping_id, position])


def touch(db: Database, clipping_id: int) -> None:
    db.execute("UPDATE clippings SET updated_at = ? WHERE id = ?", [now_iso(), clipping_id])


def all_ids(db: Database) -> list[int]:
    """Every clipping's id, smallest first."""
    return [r[0] for r in db.execute("SELECT id FROM clippings ORDER BY id")]


def original_and_updated(db: Database, clipping_id: int) -> tuple[str | None, str]:
    """The stored original's path (relative to the library) and when it last changed."""
    row = db.execute("SELECT original, updated_at FROM clippings WHERE id = ?",
                     [clipping_id]).fetchone()
    return row[0], row[1]


def set_times(db: Database, clipping_id: int, imported_at: str, updated_at: str) -> None:
    """Carry over when a clipping was imported and last changed (a bundle's record)."""
    db.execute("UPDATE clippings SET imported_at = ?, updated_at = ? WHERE id = ?",
               [imported_at, updated_at, clipping_id])
