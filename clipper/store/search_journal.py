"""The search journal (`search_dirty`): clippings changed in SQLite but not yet in the
index. (Not the undo journal, which is store/journal.py.)

SQLite triggers (store/migrations.py, m0002_search_journal) fill `search_dirty` in the
same transaction as every write that changes indexed text, so the journal survives any
crash. The index takes entries, commits, then clears exactly the entries it took: an
entry marked again meanwhile has a new `seq` and stays.
"""

from __future__ import annotations

from sqlite_utils import Database

Entry = tuple[int, int]  # (clipping_id, seq)


def pending(db: Database, limit: int | None = None) -> list[Entry]:
    """Entries oldest first (at most `limit`)."""
    sql = "SELECT clipping_id, seq FROM search_dirty ORDER BY seq"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [(row[0], row[1]) for row in db.execute(sql)]


def count(db: Database) -> int:
    """How many clippings wait for the index."""
    return db.execute("SELECT count(*) FROM search_dirty").fetchone()[0]


def clear(db: Database, entries: list[Entry]) -> None:
    """Forget exactly these entries; one marked again since has a new seq and stays."""
    with db.atomic():
        db.conn.executemany(
            "DELETE FROM search_dirty WHERE clipping_id = ? AND seq = ?", entries
        )


def mark_all(db: Database) -> None:
    """Journal every clipping, so a rebuild resumes where it stopped after a crash."""
    with db.atomic():
        db.execute(
            "INSERT INTO search_dirty (clipping_id, seq) "
            "SELECT id, (SELECT coalesce(max(seq), 0) + 1 FROM search_dirty) FROM clippings "
            "WHERE true ON CONFLICT (clipping_id) DO UPDATE SET seq = excluded.seq"
        )


def mark(db: Database, ids: list[int]) -> None:
    """Journal these clippings (again), after any entry already there."""
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO search_dirty (clipping_id, seq) "
            "VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM search_dirty)) "
            "ON CONFLICT (clipping_id) DO UPDATE SET seq = excluded.seq",
            [(i,) for i in ids],
        )
