"""Which clippings to export: a theme, a tag, a saved search, a query or given ids.

Themes, tags and saved searches are read through the store's row modules, so export does
not depend on the organise code. A search query
needs the search index, so the caller passes a `search_ids` function for it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from clipper.domain import MEMBER_STATES, Theme
from clipper.store import saved_searches as saved_rows
from clipper.store import tags as tag_rows
from clipper.store import themes as theme_rows
from clipper.store.library import Library, LibraryError, parse_stored_date


@dataclass
class ExportSet:
    """The clippings to export and what they are (for the report's cover)."""

    ids: list[int]
    kind: str  # "theme", "tag", "saved", "query" or "ids"
    label: str  # the theme/tag/saved search name or the query; "" for ids
    theme: Theme | None = None


def theme_info(library: Library, name: str) -> Theme:
    row = theme_rows.theme_row(library.db, name)
    if row is None:
        known = [r["name"] for r in theme_rows.all_rows(library.db)]
        hint = f"; themes: {', '.join(known)}" if known else "; the library has no themes"
        raise LibraryError(f"no theme named {name!r}{hint}")
    try:
        messages = json.loads(row["key_messages"] or "[]")
    except ValueError:
        messages = []
    if not isinstance(messages, list):
        messages = [str(messages)]
    return Theme(
        id=row["id"], name=row["name"], description=row["description"] or "",
        colour=row["colour"] or "#4a7bd0",
        date_from=parse_stored_date(row["date_from"]), date_to=parse_stored_date(row["date_to"]),
        key_messages=[str(m) for m in messages if str(m).strip()],
    )


def theme_colours(library: Library) -> dict[str, str]:
    return theme_rows.colours(library.db)


def ids_for_theme(library: Library, name: str) -> ExportSet:
    info = theme_info(library, name)
    ids = theme_rows.members_oldest_first(library.db, info.name, MEMBER_STATES)
    return ExportSet(ids, "theme", info.name, info)


def ids_for_tag(library: Library, name: str) -> ExportSet:
    """Clippings tagged `name` or a tag below it (`trip` takes in `trip/US`)."""
    name = name.strip().strip("/")
    if not tag_rows.exists_with_children(library.db, name):
        raise LibraryError(f"no tag named {name!r}")
    return ExportSet(tag_rows.ids_with_children(library.db, name), "tag", name)


def saved_search_query(library: Library, name: str) -> str:
    """The query of a saved search."""
    found = saved_rows.get(library.db, name)
    if found is None:
        known = [s.name for s in saved_rows.all_saved(library.db)]
        hint = f"; saved searches: {', '.join(known)}" if known else ""
        raise LibraryError(f"no saved search named {name!r}{hint}")
    return found.query


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
