"""Saved searches: named queries that behave like live collections (calibre's virtual
libraries, Zotero's saved searches). Only the query is stored; what it finds is always
the search's answer now."""

from __future__ import annotations

from clipper.domain import Changes, SavedSearch
from clipper.organise.common import Search
from clipper.organise.journal import step
from clipper.store import saved_searches as rows
from clipper.store.library import Library, LibraryError


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
    existing = rows.find_id(library.db, name)
    if existing is not None and not replace:
        raise LibraryError(f"a saved search named {name!r} exists already")
    with step(library, "save_search", f"save search {name}", name=name), \
            library.transaction() as db:
        if existing is not None:
            rows.update(db, existing, name, query)
        else:
            rows.insert(db, name, query)
    return get_saved_search(library, name), Changes(saved_searches=True)


def get_saved_search(library: Library, name: str) -> SavedSearch:
    saved = rows.get(library.db, _clean(name))
    if saved is None:
        raise LibraryError(f"no saved search named {name!r}")
    return saved


def list_saved_searches(library: Library, search: Search | None = None) -> list[SavedSearch]:
    """All saved searches by name; with `search`, each with its current count."""
    found = rows.all_saved(library.db)
    if search is not None:
        for saved in found:
            saved.count = len(search(saved.query))
    return found


def rename_saved_search(library: Library, name: str, new_name: str) -> Changes:
    saved, new_name = get_saved_search(library, name), _clean(new_name)
    clash = rows.find_id(library.db, new_name)
    if clash is not None and clash != saved.id:
        raise LibraryError(f"a saved search named {new_name!r} exists already")
    with step(library, "rename_saved_search", f"rename saved search {saved.name} -> {new_name}",
              name=saved.name, new=new_name), library.transaction() as db:
        rows.update(db, saved.id, new_name)
    return Changes(saved_searches=True)


def delete_saved_search(library: Library, name: str) -> Changes:
    saved = get_saved_search(library, name)
    with step(library, "delete_saved_search", f"delete saved search {saved.name}",
              name=saved.name), library.transaction() as db:
        rows.delete(db, saved.id)
    return Changes(saved_searches=True)


def run_saved_search(library: Library, name: str, search: Search) -> list[int]:
    return search(get_saved_search(library, name).query)
