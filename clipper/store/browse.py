"""Read-only queries behind the browsing sidebar: outlets, tags, themes, the inbox.

Each returns ids in one of the library's orders, so a list model can page through
them; counts are cheap GROUP BYs over indexed columns.
"""

from __future__ import annotations

from clipper.store.clippings import chunks
from clipper.store.library import Library, LibraryError, _order_sql, ids_by_page

# "Inbox" = clippings still to be reviewed: filed nowhere yet (no tag, no theme) or
# holding a theme a rule suggested and the user has not accepted or rejected.
_INBOX_WHERE = (
    "(NOT EXISTS (SELECT 1 FROM clipping_tags ct WHERE ct.clipping_id = clippings.id)"
    " AND NOT EXISTS (SELECT 1 FROM clipping_themes cth WHERE cth.clipping_id = clippings.id"
    "   AND cth.state IN ('manual', 'accepted')))"
    " OR EXISTS (SELECT 1 FROM clipping_themes cs WHERE cs.clipping_id = clippings.id"
    "   AND cs.state = 'suggested')"
    # Issue 17: what a watched feed brought stays in the Inbox, marked new, until read.
    " OR EXISTS (SELECT 1 FROM feed_entries fe WHERE fe.clipping_id = clippings.id"
    "   AND fe.unread = 1)"
)


def outlet_counts(library: Library) -> list[tuple[str, int]]:
    rows = library.db.execute(
        "SELECT outlet, count(*) FROM clippings GROUP BY outlet "
        "ORDER BY count(*) DESC, outlet COLLATE NOCASE"
    )
    return [(r[0], r[1]) for r in rows]


def tag_counts(library: Library) -> list[tuple[str, int]]:
    rows = library.db.execute(
        "SELECT t.name, count(ct.clipping_id) FROM tags t "
        "LEFT JOIN clipping_tags ct ON ct.tag_id = t.id GROUP BY t.id "
        "ORDER BY t.name COLLATE NOCASE"
    )
    return [(r[0], r[1]) for r in rows]


def theme_counts(library: Library) -> list[tuple[str, str, int]]:
    """(name, colour, clippings in it) for every theme."""
    rows = library.db.execute(
        "SELECT t.name, t.colour, count(ct.clipping_id) FROM themes t "
        "LEFT JOIN clipping_themes ct ON ct.theme_id = t.id "
        "  AND ct.state IN ('manual', 'accepted') "
        "GROUP BY t.id ORDER BY t.name COLLATE NOCASE"
    )
    return [(r[0], r[1], r[2]) for r in rows]


def inbox_count(library: Library) -> int:
    return library.db.execute(f"SELECT count(*) FROM clippings WHERE {_INBOX_WHERE}").fetchone()[0]


def ids(library: Library, kind: str, value: str = "", order: str = "published") -> list[int]:
    """Clipping ids of one sidebar entry: all, inbox, outlet, tag (with sub-tags), theme,
    feed."""
    where, params = _where(kind, value)
    if order == "page":
        return ids_by_page(library.db, where, params)
    sql = f"SELECT id FROM clippings WHERE {where} ORDER BY {_order_sql(order)}"
    return [r[0] for r in library.db.execute(sql, params)]


def _where(kind: str, value: str) -> tuple[str, list[str]]:
    if kind == "all":
        return "1", []
    if kind == "inbox":
        return _INBOX_WHERE, []
    if kind == "outlet":
        return "outlet = ?", [value]
    if kind == "responses":  # the desk's open responses (issue 15)
        return "id IN (SELECT clipping_id FROM responses WHERE closed = 0)", []
    if kind == "tone":
        return "tone_id = (SELECT id FROM tones WHERE name = ?)", [value]
    if kind == "tag":
        # A tag `a` also holds what is tagged `a/b`: tags are a tree by their names.
        return (
            "id IN (SELECT ct.clipping_id FROM clipping_tags ct JOIN tags t ON t.id = ct.tag_id"
            " WHERE t.name = ? COLLATE NOCASE OR t.name LIKE ? ESCAPE '\\')",
            [value, _like_prefix(value) + "/%"],
        )
    if kind == "feed":  # issue 17: what one watched feed brought, by feed number
        return ("id IN (SELECT clipping_id FROM feed_entries WHERE feed_id = ?)", [value])
    if kind == "theme":
        return (
            "id IN (SELECT ct.clipping_id FROM clipping_themes ct JOIN themes t"
            " ON t.id = ct.theme_id WHERE t.name = ? COLLATE NOCASE"
            " AND ct.state IN ('manual', 'accepted'))",
            [value],
        )
    raise LibraryError(f"unknown list {kind!r}")


def _like_prefix(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def themes_for(library: Library, clipping_ids: list[int]) -> dict[int, list[str]]:
    """The themes (manual or accepted) of each of `clipping_ids`, for a page of the list."""
    return _theme_names(library, clipping_ids, ("manual", "accepted"))


def suggested_themes(library: Library, clipping_id: int) -> list[str]:
    """Themes a rule suggested for the clipping, awaiting the user's review."""
    return [
        r[0]
        for r in library.db.execute(
            "SELECT t.name FROM clipping_themes ct JOIN themes t ON t.id = ct.theme_id"
            " WHERE ct.clipping_id = ? AND ct.state = 'suggested'"
            " ORDER BY t.name COLLATE NOCASE",
            [clipping_id],
        )
    ]


def suggestions_for(library: Library, clipping_ids: list[int]) -> dict[int, list[str]]:
    """Themes a rule suggested (awaiting review) for each of `clipping_ids` that has any:
    a page of the Inbox says "Suggested: …" for these and "Untagged" for the rest."""
    return _theme_names(library, clipping_ids, ("suggested",))


def _theme_names(library: Library, clipping_ids: list[int],
                 states: tuple[str, ...]) -> dict[int, list[str]]:
    """Theme names by clipping, for those of `clipping_ids` in a theme in `states`."""
    found: dict[int, list[str]] = {}
    states_sql = ", ".join(f"'{state}'" for state in states)  # our own constants
    for chunk in chunks(list(clipping_ids)):
        marks = ",".join("?" * len(chunk))
        for cid, name in library.db.execute(
            f"SELECT ct.clipping_id, t.name FROM clipping_themes ct JOIN themes t"
            f" ON t.id = ct.theme_id WHERE ct.clipping_id IN ({marks})"
            f" AND ct.state IN ({states_sql}) ORDER BY t.name COLLATE NOCASE",
            chunk,
        ):
            found.setdefault(cid, []).append(name)
    return found


def review_counts(library: Library) -> dict[str, int]:
    """Suggestions awaiting review, by theme name (themes with none are left out)."""
    rows = library.db.execute(
        "SELECT t.name, count(*) FROM clipping_themes ct JOIN themes t ON t.id = ct.theme_id"
        " WHERE ct.state = 'suggested' GROUP BY t.id"
    )
    return {r[0]: r[1] for r in rows}
