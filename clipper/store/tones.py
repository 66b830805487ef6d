"""Tone (논조) rows: the office's tone classes and which clippings carry which."""

from __future__ import annotations

from sqlite_utils import Database

from clipper.domain import Tone
from clipper.store.clippings import chunks


def all_tones(db: Database) -> list[Tone]:
    """The tone classes by key (1 first)."""
    return [Tone(id=r[0], name=r[1], group=r[2], key=r[3]) for r in db.execute(
        "SELECT id, name, grp, key FROM tones ORDER BY key, id")]


def tone_id(db: Database, name: str) -> int | None:
    row = db.execute("SELECT id FROM tones WHERE name = ?", [name]).fetchone()
    return row[0] if row else None


def tones_of(db: Database, ids: list[int]) -> dict[int, int | None]:
    """Each existing clipping's tone id (None: no tone)."""
    found: dict[int, int | None] = {}
    for chunk in chunks(ids):
        marks = ",".join("?" * len(chunk))
        found.update((r[0], r[1]) for r in db.execute(
            f"SELECT id, tone_id FROM clippings WHERE id IN ({marks})", chunk))
    return found


def set_tone(db: Database, ids: list[int], tone: int | None) -> None:
    for chunk in chunks(ids):
        marks = ",".join("?" * len(chunk))
        db.execute(f"UPDATE clippings SET tone_id = ? WHERE id IN ({marks})", [tone, *chunk])


def carrying(db: Database, tone: int) -> list[int]:
    return [r[0] for r in db.execute("SELECT id FROM clippings WHERE tone_id = ? ORDER BY id",
                                     [tone])]


def labelled(db: Database) -> list[tuple[int, int]]:
    """(clipping id, tone id) of every clipping with a tone: the office's own labels."""
    return [(r[0], r[1]) for r in db.execute(
        "SELECT id, tone_id FROM clippings WHERE tone_id IS NOT NULL ORDER BY id")]


def labelled_with_times(db: Database) -> list[tuple[int, int, str]]:
    return [(r[0], r[1], r[2]) for r in db.execute(
        "SELECT id, tone_id, updated_at FROM clippings WHERE tone_id IS NOT NULL ORDER BY id")]


def unlabelled(db: Database, ids: list[int]) -> list[int]:
    return [i for i, t in tones_of(db, ids).items() if t is None]


def insert(db: Database, name: str, group: str, key: int) -> int:
    return int(db.execute("INSERT INTO tones (name, grp, key) VALUES (?, ?, ?)",
                          [name, group, key]).lastrowid)


def update(db: Database, tone: int, **values: object) -> None:
    columns = {"name": "name", "group": "grp", "key": "key"}
    sets = ", ".join(f"{columns[c]} = ?" for c in values)
    db.execute(f"UPDATE tones SET {sets} WHERE id = ?", [*values.values(), tone])


def delete(db: Database, tone: int) -> None:
    db.execute("DELETE FROM tones WHERE id = ?", [tone])


def counts(db: Database) -> dict[int, int]:
    return {r[0]: r[1] for r in db.execute(
        "SELECT tone_id, count(*) FROM clippings WHERE tone_id IS NOT NULL GROUP BY tone_id")}
