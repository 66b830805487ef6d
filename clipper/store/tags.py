"""Tag rows: names (unique, ASCII case ignored) and which clippings carry them.

Plain queries for organise/tags.py and export (selection, bundles), run inside the
caller's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database


def tag_id(db: Database, name: str) -> int | None:
    row = db.execute("SELECT id FROM tags WHERE name = ?", [name]).fetchone()
    return row[0] if row else None


def tag_name(db: Database, tid: int) -> str:
    return db.execute("SELECT name FROM tags WHERE id = ?", [tid]).fetchone()[0]


def ensure_tag(db: Database, name: str) -> tuple[int, bool]:
    """The id of tag `name`, creating it; and whether it was created."""
    existing = tag_id(db, name)
    if existing is not None:
        return existing, False
    return int(db.execute("INSERT INTO tags (name) VALUES (?)", [name]).lastrowid), True


def rename(db: Database, tid: int, name: str) -> None:
    db.execute("UPDATE tags SET name = ? WHERE id = ?", [name, tid])


def delete(db: Database, tid: int) -> None:
    """Delete a tag; its links go with it (ON DELETE CASCADE)."""
    db.execute("DELETE FROM tags WHERE id = ?", [tid])


def tagged_ids(db: Database, tid: int) -> set[int]:
    return {r[0] for r in db.execute(
        "SELECT clipping_id FROM clipping_tags WHERE tag_id = ?", [tid])}


def link(db: Database, pairs: Iterable[tuple[int, int]]) -> None:
    """(clipping id, tag id) pairs; pairs already there are kept."""
    db.conn.executemany(
        "INSERT OR IGNORE INTO clipping_tags (clipping_id, tag_id) VALUES (?, ?)", list(pairs)
    )


def link_one(db: Database, clipping_id: int, tid: int) -> bool:
    """Whether the link was new."""
    return bool(db.execute(
        "INSERT OR IGNORE INTO clipping_tags (clipping_id, tag_id) VALUES (?, ?)",
        [clipping_id, tid]).rowcount)


def unlink(db: Database, pairs: Iterable[tuple[int, int]]) -> None:
    db.conn.executemany(
        "DELETE FROM clipping_tags WHERE clipping_id = ? AND tag_id = ?", list(pairs)
    )


def all_tags(db: Database) -> list[tuple[int, str]]:
    return [(r[0], r[1]) for r in db.execute("SELECT id, name FROM tags")]


def counts(db: Database) -> list[tuple[int, str, int]]:
    """(id, name, clippings carrying exactly this tag) for every tag."""
    return [(r[0], r[1], r[2]) for r in db.execute(
        "SELECT t.id, t.name, count(ct.clipping_id) FROM tags t "
        "LEFT JOIN clipping_tags ct ON ct.tag_id = t.id GROUP BY t.id")]


def distinct_count(db: Database, tids: list[int]) -> int:
    """How many clippings carry any of these tags."""
    marks = ",".join("?" * len(tids))
    return db.execute(
        f"SELECT count(DISTINCT clipping_id) FROM clipping_tags WHERE tag_id IN ({marks})",
        tids).fetchone()[0]


def clippings_with(db: Database, tids: list[int]) -> list[int]:
    marks = ",".join("?" * len(tids))
    return [r[0] for r in db.execute(
        f"SELECT DISTINCT clipping_id FROM clipping_tags WHERE tag_id IN ({marks}) "
        "ORDER BY clipping_id", tids)]


def source_keywords(db: Database, ids: list[int]) -> list[tuple[int, str]]:
    """(clipping id, keyword) of these clippings (at most 900), in their order."""
    marks = ",".join("?" * len(ids))
    return [(r[0], r[1]) for r in db.execute(
        f"SELECT clipping_id, keyword FROM source_keywords WHERE clipping_id IN ({marks}) "
        "ORDER BY clipping_id, position", ids)]


def _like_below(name: str) -> str:
    """A LIKE pattern for the tags below `name` (`trip` -> `trip/%`), wildcards escaped."""
    escaped = name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "/%"


def exists_with_children(db: Database, name: str) -> bool:
    """Whether there is a tag `name` or a tag below it (ASCII case ignored)."""
    return db.execute(
        "SELECT 1 FROM tags WHERE name = ? COLLATE NOCASE OR name LIKE ? ESCAPE '\\' LIMIT 1",
        [name, _like_below(name)],
    ).fetchone() is not None


def ids_with_children(db: Database, name: str) -> list[int]:
    """Clippings tagged `name` or a tag below it, earliest published first, undated last."""
    return [r[0] for r in db.execute(
        "SELECT DISTINCT c.id FROM clippings c JOIN clipping_tags ct ON ct.clipping_id = c.id "
        "JOIN tags t ON t.id = ct.tag_id "
        "WHERE t.name = ? COLLATE NOCASE OR t.name LIKE ? ESCAPE '\\' "
        "ORDER BY c.published IS NULL, c.published, c.id",
        [name, _like_below(name)],
    )]
