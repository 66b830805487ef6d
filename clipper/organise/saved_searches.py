"""Saved searches: named queries that behave like live collections (calibre's virtual
libraries, Zotero's saved searches). Only the query is stored; what it finds is always
the search's answer now."""

from __future__ import annotations

from clipper.domain import Changes, SavedSearch
from clipper.organise.common import Search
from clipper.store.library import Library, LibraryError, now_iso


def _clean(name: str) -> str:
    clean = " ".join(str(name).split())
    if not clean:
        raise LibraryError("a saved search needs a name")
    return clean


def add_saved_search(library: Library, name: str, query: str,
                     replace: bool = False) -> tuple[SavedSearch, Changes]:
    name, query = _clean(name), query.strip()
    if not query:
        raise LibraryError(f"saved search {name!r} needs a query")
    existing = library.db.execute(
        "SELECT id FROM saved_searches WHERE name = ?", [name]).fetchone()
    with library.transaction() as db:
        if existing and not replace:
            raise LibraryError(f"a saved search named {name!r} exists already")
        if existing:
            db.execute("UPDATE saved_searches SET name = ?, query = ? WHERE id = ?",
                       [name, query, existing[0]])
        else:
            db.execute("INSERT INTO saved_searches (name, query, created_at) VALUES (?, ?, ?)",
                       [name, query, now_iso()])
    return get_saved_search(library, name), Changes(saved_searches=True)


def get_saved_search(library: Library, name: str) -> SavedSearch:
    row = library.db.execute(
        "SELECT id, name, query, created_at FROM saved_searches WHERE name = ?", [_clean(name)]
    ).fetchone()
    if row is None:
        raise LibraryError(f"no saved search named {name!r}")
    return SavedSearch(*row)


def list_saved_searches(library: Library, search: Search | None = None) -> list[SavedSearch]:
    """All saved searches by name; with `search`, each with its current count."""
    found = [SavedSearch(*r) for r in library.db.execute(
        "SELECT id, name, query, created_at FROM saved_searches ORDER BY name COLLATE NOCASE")]
    if search is not None:
        for saved in found:
            saved.count = len(search(saved.query))
    return found


def rename_saved_search(library: Library, name: str, new_name: str) -> Changes:
    saved, new_name = get_saved_search(library, name), _clean(new_name)
    clash = library.db.execute(
        "SELECT id FROM saved_searches WHERE name = ?", [new_name]).fetchone()
    if clash and clash[0] != saved.id:
        raise LibraryError(f"a saved search named {new_name!r} exists already")
    with library.transaction() as db:
        db.execute("UPDATE saved_searches SET name = ? WHERE id = ?", [new_name, saved.id])
    return Changes(saved_searches=True)


def delete_saved_search(library: Library, name: str) -> Changes:
    saved = get_saved_search(library, name)
    with library.transaction() as db:
        db.execute("DELETE FROM saved_searches WHERE id = ?", [saved.id])
    return Changes(saved_searches=True)


def run_saved_search(library: Library, name: str, search: Search) -> list[int]:
    return search(get_saved_search(library, name).query)
