"""Which clippings to export: a theme, a tag, a saved search, a query or given ids.

Themes, tags and saved searches are read straight from their tables (schema m0001 and the
organise migrations), so export does not depend on the organise code. A search query
needs the search index, so the caller passes a `search_ids` function for it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from clipper.domain import MEMBER_STATES, Theme
from clipper.store.library import Library, LibraryError, parse_stored_date


@dataclass
class ExportSet:
    """The clippings to export and what they are (for the report's cover)."""

    ids: list[int]
    kind: str  # "theme", "tag", "saved", "query" or "ids"
    label: str  # the theme/tag/saved search name or the query; "" for ids
    theme: Theme | None = None


def json_ids(ids: Sequence[int]) -> str:
    """Ids as a JSON array, for `IN (SELECT value FROM json_each(?))` with no variable limit."""
    return json.dumps([int(i) for i in ids])


def theme_info(library: Library, name: str) -> Theme:
    row = library.db.execute(
        "SELECT name, description, colour, date_from, date_to, key_messages, id FROM themes "
        "WHERE name = ? COLLATE NOCASE",
        [name],
    ).fetchone()
    if row is None:
        known = [r[0] for r in library.db.execute("SELECT name FROM themes ORDER BY name")]
        hint = f"; themes: {', '.join(known)}" if known else "; the library has no themes"
        raise LibraryError(f"no theme named {name!r}{hint}")
    try:
        messages = json.loads(row[5] or "[]")
    except ValueError:
        messages = []
    if not isinstance(messages, list):
        messages = [str(messages)]
    return Theme(
        id=row[6], name=row[0], description=row[1] or "", colour=row[2] or "#4a7bd0",
        date_from=parse_stored_date(row[3]), date_to=parse_stored_date(row[4]),
        key_messages=[str(m) for m in messages if str(m).strip()],
    )


def theme_colours(library: Library) -> dict[str, str]:
    return {r[0]: r[1] for r in library.db.execute("SELECT name, colour FROM themes")}


def ids_for_theme(library: Library, name: str) -> ExportSet:
    info = theme_info(library, name)
    marks = ",".join("?" * len(MEMBER_STATES))
    ids = [
        r[0]
        for r in library.db.execute(
            f"SELECT ct.clipping_id FROM clipping_themes ct JOIN themes t ON t.id = ct.theme_id "
            f"JOIN clippings c ON c.id = ct.clipping_id "
            f"WHERE t.name = ? COLLATE NOCASE AND ct.state IN ({marks}) "
            f"ORDER BY c.published IS NULL, c.published, c.id",
            [info.name, *MEMBER_STATES],
        )
    ]
    return ExportSet(ids, "theme", info.name, info)


def ids_for_tag(library: Library, name: str) -> ExportSet:
    """Clippings tagged `name` or a tag below it (`trip` takes in `trip/US`)."""
    name = name.strip().strip("/")
    found = library.db.execute(
        "SELECT 1 FROM tags WHERE name = ? COLLATE NOCASE OR name LIKE ? ESCAPE '\\' LIMIT 1",
        [name, _like_prefix(name)],
    ).fetchone()
    if not found:
        raise LibraryError(f"no tag named {name!r}")
    ids = [
        r[0]
        for r in library.db.execute(
            "SELECT DISTINCT c.id FROM clippings c JOIN clipping_tags ct ON ct.clipping_id = c.id "
            "JOIN tags t ON t.id = ct.tag_id "
            "WHERE t.name = ? COLLATE NOCASE OR t.name LIKE ? ESCAPE '\\' "
            "ORDER BY c.published IS NULL, c.published, c.id",
            [name, _like_prefix(name)],
        )
    ]
    return ExportSet(ids, "tag", name)


def saved_search_query(library: Library, name: str) -> str:
    """The query of a saved search; the organise migrations add the table."""
    tables = set(library.db.table_names())
    table = next((t for t in ("saved_searches", "saved_search") if t in tables), None)
    if table is None:
        raise LibraryError("this library has no saved searches yet")
    columns = {c.name for c in library.db[table].columns}
    query_col = next((c for c in ("query", "q", "search") if c in columns), None)
    if query_col is None or "name" not in columns:
        raise LibraryError(f"cannot read saved searches (table {table} has {sorted(columns)})")
    row = library.db.execute(
        f"SELECT {query_col} FROM {table} WHERE name = ? COLLATE NOCASE", [name]
    ).fetchone()
    if row is None:
        known = [r[0] for r in library.db.execute(f"SELECT name FROM {table} ORDER BY name")]
        hint = f"; saved searches: {', '.join(known)}" if known else ""
        raise LibraryError(f"no saved search named {name!r}{hint}")
    return str(row[0])


def ids_for_query(
    query: str, search_ids: Callable[[str], list[int]] | None, kind: str = "query",
    label: str | None = None,
) -> ExportSet:
    if search_ids is None:
        raise LibraryError("search is not available in this version of Clipper")
    return ExportSet(list(search_ids(query)), kind, label if label is not None else query)


def ids_given(library: Library, ids: Sequence[int]) -> ExportSet:
    missing = [i for i in ids if not library.exists(i)]
    if missing:
        raise LibraryError(f"no clipping with id {', '.join(map(str, missing))}")
    unique = list(dict.fromkeys(ids))
    return ExportSet(unique, "ids", "")


def _like_prefix(name: str) -> str:
    escaped = name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "/%"
