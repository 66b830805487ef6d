"""Saved search rows (name, query). Plain queries for organise/saved_searches.py."""

from __future__ import annotations

from sqlite_utils import Database

from clipper.domain import SavedSearch
from clipper.store.library import now_iso

_COLUMNS = "SELECT id, name, query, created_at FROM saved_searches "


def find_id(db: Database, name: str) -> int | None:
    row = db.execute("SELECT id FROM saved_searches WHERE name = ?", [name]).fetchone()
    return row[0] if row else None


def get(db: Database, name: str) -> SavedSearch | None:
    row = db.execute(_COLUMNS + "WHERE name = ?", [name]).fetchone()
    return SavedSearch(*row) if row else None


def all_saved(db: Database) -> list[SavedSearch]:
    return [SavedSearch(*r) for r in db.execute(_COLUMNS + "ORDER BY name COLLATE NOCASE")]


def insert(db: Database, name: str, query: str) -> None:
    db.execute("INSERT INTO saved_searches (name, query, created_at) VALUES (?, ?, ?)",
               [name, query, now_iso()])


def update(db: Database, saved_id: int, name: str, query: str | None = None) -> None:
    if query is None:
        db.execute("UPDATE saved_searches SET name = ? WHERE id = ?", [name, saved_id])
    else:
        db.execute("UPDATE saved_searches SET name = ?, query = ? WHERE id = ?",
                   [name, query, saved_id])


def delete(db: Database, saved_id: int) -> None:
    db.execute("DELETE FROM saved_searches WHERE id = ?", [saved_id])
