"""Theme rows and each clipping's state in a theme (see domain.THEME_STATES).

Plain queries for organise/themes.py and export (selection, bundles), run inside the
caller's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from clipper.domain import SUGGESTED, ThemeState

NEWEST_FIRST = "c.published IS NULL, c.published DESC, c.id DESC"


def _dicts(cursor) -> list[dict[str, Any]]:
    cols = [d[0] for d in cursor.description]
    return [dict(zip(cols, r, strict=True)) for r in cursor.fetchall()]


def theme_row(db: Database, name: str) -> dict[str, Any] | None:
    found = _dicts(db.execute("SELECT * FROM themes WHERE name = ?", [name]))
    return found[0] if found else None


def theme_id(db: Database, name: str) -> int | None:
    row = db.execute("SELECT id FROM themes WHERE name = ?", [name]).fetchone()
    return row[0] if row else None


def all_rows(db: Database) -> list[dict[str, Any]]:
    return _dicts(db.execute("SELECT * FROM themes ORDER BY name COLLATE NOCASE"))


def insert(db: Database, values: dict[str, Any]) -> int:
    return int(db["themes"].insert(values).last_pk)


def update(db: Database, tid: int, values: dict[str, Any]) -> None:
    db["themes"].update(tid, values)


def delete(db: Database, tid: int) -> None:
    """Delete a theme; its clippings' states go with it (ON DELETE CASCADE)."""
    db.execute("DELETE FROM themes WHERE id = ?", [tid])


def state_counts(db: Database, tid: int) -> dict[str, int]:
    return dict(db.execute(
        "SELECT state, count(*) FROM clipping_themes WHERE theme_id = ? GROUP BY state", [tid]
    ).fetchall())


def members(db: Database, tid: int, states: Iterable[str]) -> list[int]:
    """Ids in these states, newest first."""
    wanted = list(states)
    marks = ",".join("?" * len(wanted))
    return [r[0] for r in db.execute(
        f"SELECT c.id FROM clipping_themes ct JOIN clippings c ON c.id = ct.clipping_id "
        f"WHERE ct.theme_id = ? AND ct.state IN ({marks}) ORDER BY {NEWEST_FIRST}",
        [tid, *wanted],
    )]


def states(db: Database, tid: int) -> dict[int, str]:
    return dict(db.execute(
        "SELECT clipping_id, state FROM clipping_themes WHERE theme_id = ?", [tid]
    ).fetchall())


def set_state(db: Database, clipping_id: int, tid: int, state: ThemeState | None) -> None:
    """Set a clipping's state in a theme; None forgets it (as if never seen)."""
    if state is None:
        db.execute("DELETE FROM clipping_themes WHERE clipping_id = ? AND theme_id = ?",
                   [clipping_id, tid])
    else:
        db.execute(
            "INSERT INTO clipping_themes (clipping_id, theme_id, state) VALUES (?, ?, ?) "
            "ON CONFLICT (clipping_id, theme_id) DO UPDATE SET state = excluded.state",
            [clipping_id, tid, state],
        )


def suggest(db: Database, tid: int, ids: Iterable[int]) -> None:
    """Suggest clippings that have no state in the theme yet."""
    db.conn.executemany(
        "INSERT OR IGNORE INTO clipping_themes (clipping_id, theme_id, state) VALUES (?, ?, ?)",
        [(i, tid, SUGGESTED) for i in ids],
    )


def withdraw(db: Database, tid: int, ids: Iterable[int]) -> None:
    """Forget suggestions (only those still awaiting review)."""
    db.conn.executemany(
        "DELETE FROM clipping_themes WHERE clipping_id = ? AND theme_id = ? AND state = ?",
        [(i, tid, SUGGESTED) for i in ids],
    )


def pending(db: Database) -> list[tuple[str, int]]:
    """(theme name, clipping id) of every suggestion awaiting review."""
    return [(r[0], r[1]) for r in db.execute(
        "SELECT t.name, ct.clipping_id FROM clipping_themes ct JOIN themes t "
        "ON t.id = ct.theme_id JOIN clippings c ON c.id = ct.clipping_id "
        f"WHERE ct.state = ? ORDER BY t.name COLLATE NOCASE, {NEWEST_FIRST}", [SUGGESTED])]


def names_with_rules(db: Database) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT name FROM themes WHERE rule != '' ORDER BY name COLLATE NOCASE")]


def published(db: Database, ids: list[int]) -> list[tuple[int, str | None]]:
    """(id, published) of these clippings (at most 900)."""
    marks = ",".join("?" * len(ids))
    return [(r[0], r[1]) for r in db.execute(
        f"SELECT id, published FROM clippings WHERE id IN ({marks})", ids)]


def colours(db: Database) -> dict[str, str]:
    """Each theme's colour by name."""
    return {r[0]: r[1] for r in db.execute("SELECT name, colour FROM themes")}


def members_oldest_first(db: Database, name: str, states: Iterable[str]) -> list[int]:
    """Ids in these states of the theme called `name` (ASCII case ignored), earliest
    published first and undated last: the order a report lists them in."""
    wanted = list(states)
    marks = ",".join("?" * len(wanted))
    return [r[0] for r in db.execute(
        f"SELECT ct.clipping_id FROM clipping_themes ct JOIN themes t ON t.id = ct.theme_id "
        f"JOIN clippings c ON c.id = ct.clipping_id "
        f"WHERE t.name = ? COLLATE NOCASE AND ct.state IN ({marks}) "
        f"ORDER BY c.published IS NULL, c.published, c.id",
        [name, *wanted],
    )]


def states_of(db: Database, clipping_id: int) -> list[tuple[str, str]]:
    """(theme name, state) of every theme that has a state for this clipping."""
    return [(r[0], r[1]) for r in db.execute(
        "SELECT t.name, ct.state FROM clipping_themes ct JOIN themes t ON t.id = ct.theme_id "
        "WHERE ct.clipping_id = ? ORDER BY t.name COLLATE NOCASE",
        [clipping_id],
    )]


def add_state_if_new(db: Database, clipping_id: int, tid: int, state: str) -> None:
    """Set a state only where the clipping has none in the theme yet."""
    db.execute("INSERT OR IGNORE INTO clipping_themes (clipping_id, theme_id, state) "
               "VALUES (?, ?, ?)", [clipping_id, tid, state])
