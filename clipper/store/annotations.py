"""Annotation rows and the texts their offsets count in (a body, a photo's caption).

Plain queries for organise/annotations.py and bundles, run inside the caller's
transaction.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from clipper.store.library import now_iso


def body_text(db: Database, clipping_id: int) -> str:
    """The body's blocks joined with "\\n" (what body offsets count in)."""
    return "\n".join(r[0] for r in db.execute(
        "SELECT text FROM blocks WHERE clipping_id = ? ORDER BY position", [clipping_id]))


def caption(db: Database, clipping_id: int, position: int) -> str | None:
    row = db.execute("SELECT caption FROM photos WHERE clipping_id = ? AND position = ?",
                     [clipping_id, position]).fetchone()
    return row[0] if row else None


def insert(db: Database, clipping_id: int, target: str, start: int, end: int, quote: str,
           prefix: str, suffix: str, colour: str, note: str) -> int:
    return int(db.execute(
        'INSERT INTO annotations (clipping_id, target, start, "end", quote, prefix, suffix, '
        "colour, note, orphaned, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
        [clipping_id, target, start, end, quote, prefix, suffix, colour, note, now_iso()],
    ).lastrowid)


def clipping_of(db: Database, annotation_id: int) -> int | None:
    row = db.execute("SELECT clipping_id FROM annotations WHERE id = ?",
                     [annotation_id]).fetchone()
    return row[0] if row else None


def update(db: Database, annotation_id: int, values: dict[str, str]) -> None:
    db["annotations"].update(annotation_id, values)


def delete(db: Database, annotation_id: int) -> None:
    db.execute("DELETE FROM annotations WHERE id = ?", [annotation_id])


def annotated(db: Database, ids: list[int]) -> list[int]:
    """Which of these clippings (at most 900) have annotations."""
    marks = ",".join("?" * len(ids))
    return [r[0] for r in db.execute(
        f"SELECT DISTINCT clipping_id FROM annotations WHERE clipping_id IN ({marks})", ids)]


def move(db: Database, anchors: Iterable[tuple[int, int, str, str, str, int, int]]) -> None:
    """(start, end, quote, prefix, suffix, orphaned, id) for each annotation found again."""
    db.conn.executemany(
        'UPDATE annotations SET start = ?, "end" = ?, quote = ?, prefix = ?, '
        "suffix = ?, orphaned = ? WHERE id = ?",
        list(anchors),
    )


def captions(db: Database, clipping_id: int) -> dict[int, str]:
    """Each photo's caption by position (what `photo:N` offsets count in)."""
    return {r[0]: r[1] for r in db.execute(
        "SELECT position, caption FROM photos WHERE clipping_id = ?", [clipping_id])}


def keys(db: Database, clipping_id: int) -> set[tuple[str, str, str]]:
    """(target, quote, note) of a clipping's annotations: what makes two the same one."""
    return {(r[0], r[1], r[2]) for r in db.execute(
        "SELECT target, quote, note FROM annotations WHERE clipping_id = ?", [clipping_id])}


def insert_row(db: Database, values: dict[str, object]) -> None:
    """An annotation with every column given (one carried over from a bundle)."""
    db["annotations"].insert(values)
