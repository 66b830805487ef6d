"""What the search index reads about clippings: their heading fields and every other
indexed value, in bulk. (The journal of clippings waiting for the index is
store/search_journal.py.)

Plain queries for search/documents.py and search/indexer.py; each takes at most a
few hundred ids, well under SQLite's limit on `?` parameters.
"""

from __future__ import annotations

from sqlite_utils import Database

# Indexed values other than the heading fields: (clipping id, value) rows in the order
# they are indexed, by the name of the field they go in (search/analysis.TEXT_FIELDS).
_VALUES = {
    "body": "SELECT clipping_id, text FROM blocks WHERE clipping_id IN ({marks}) "
            "ORDER BY clipping_id, position",
    # A photo's caption and credit are one value: the credit reads as part of it.
    "caption": "SELECT clipping_id, trim(caption || ' ' || credit) FROM photos "
               "WHERE clipping_id IN ({marks}) ORDER BY clipping_id, position",
    "keyword": "SELECT clipping_id, keyword FROM source_keywords WHERE clipping_id IN ({marks}) "
               "ORDER BY clipping_id, position",
    "tag": "SELECT ct.clipping_id, t.name FROM clipping_tags ct JOIN tags t ON t.id = ct.tag_id "
           "WHERE ct.clipping_id IN ({marks}) ORDER BY ct.clipping_id, t.name",
    # Only manual and accepted assignments are membership; suggestions are not.
    "theme": "SELECT ct.clipping_id, t.name FROM clipping_themes ct "
             "JOIN themes t ON t.id = ct.theme_id WHERE ct.clipping_id IN ({marks}) "
             "AND ct.state IN ('manual', 'accepted') ORDER BY ct.clipping_id, t.name",
    "note": "SELECT clipping_id, note FROM annotations WHERE clipping_id IN ({marks}) "
            "ORDER BY clipping_id, id",
}


def heads(db: Database, ids: list[int]) -> list[tuple[int, str, str, str, str | None]]:
    """(id, title, outlet, byline, published) of those of `ids` that exist."""
    marks = ",".join("?" * len(ids))
    return [(r[0], r[1], r[2], r[3], r[4]) for r in db.execute(
        f"SELECT id, title, outlet, byline, published FROM clippings WHERE id IN ({marks})",
        ids)]


def values(db: Database, ids: list[int]) -> dict[str, list[tuple[int, str | None]]]:
    """Every other indexed value of these clippings: field -> [(clipping id, value)]."""
    marks = ",".join("?" * len(ids))
    return {name: [(r[0], r[1]) for r in db.execute(sql.format(marks=marks), ids)]
            for name, sql in _VALUES.items()}


def titles(db: Database, ids: list[int]) -> dict[int, tuple[str, str]]:
    """(title, outlet) by id, for search hits."""
    if not ids:
        return {}
    return {r[0]: (r[1], r[2]) for r in db.execute(
        f"SELECT id, title, outlet FROM clippings WHERE id IN ({','.join('?' * len(ids))})",
        ids)}
