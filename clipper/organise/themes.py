"""Campaign themes: named, coloured, dated sets of clippings with key messages and an
optional rule (a search query).

Membership has four states per (clipping, theme): `manual` (the user put it there),
`accepted` (a rule suggested it and the user agreed), `suggested` (a rule match waiting
for review) and `rejected` (the user said no). Members are manual + accepted. A rule
only ever adds suggestions for clippings with no state yet, so a manual assignment or a
rejection is never overridden.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable

from sqlite_utils import Database

from clipper.domain import Changes, Theme
from clipper.organise.common import Search, chunks, existing_ids, parse_colour, parse_date
from clipper.organise.journal import UndoRecord, record
from clipper.store.library import Library, LibraryError, now_iso

DEFAULT_COLOUR = "#4a7bd0"
MEMBER_STATES = ("manual", "accepted")
_ORDER = "c.published IS NULL, c.published DESC, c.id DESC"


def _clean_name(name: str) -> str:
    clean = " ".join(str(name).split())
    if not clean:
        raise LibraryError("a theme needs a name")
    return clean


def _messages(key_messages: Iterable[str]) -> list[str]:
    return [m.strip() for m in key_messages if m and m.strip()]


def _check_range(date_from: dt.date | None, date_to: dt.date | None) -> None:
    if date_from and date_to and date_from > date_to:
        raise LibraryError(f"the theme's period ends ({date_to}) before it starts ({date_from})")


def _theme_row(db: Database, name: str) -> dict:
    cursor = db.execute("SELECT * FROM themes WHERE name = ?", [_clean_name(name)])
    row = cursor.fetchone()
    if row is None:
        raise LibraryError(f"no theme named {name!r}")
    return dict(zip([d[0] for d in cursor.description], row, strict=True))


def _theme(db: Database, row: dict) -> Theme:
    counts = dict(db.execute(
        "SELECT state, count(*) FROM clipping_themes WHERE theme_id = ? GROUP BY state",
        [row["id"]],
    ).fetchall())
    return Theme(
        id=row["id"], name=row["name"], description=row["description"], colour=row["colour"],
        date_from=parse_date(row["date_from"]), date_to=parse_date(row["date_to"]),
        key_messages=json.loads(row["key_messages"] or "[]"), rule=row["rule"],
        created_at=row["created_at"],
        member_count=sum(counts.get(s, 0) for s in MEMBER_STATES),
        suggested_count=counts.get("suggested", 0),
    )


# ---- the theme itself ---------------------------------------------------------------------

def create_theme(
    library: Library,
    name: str,
    *,
    description: str = "",
    colour: str | None = None,
    date_from: dt.date | str | None = None,
    date_to: dt.date | str | None = None,
    key_messages: Iterable[str] = (),
    rule: str = "",
) -> tuple[Theme, Changes]:
    name = _clean_name(name)
    start, end = parse_date(date_from), parse_date(date_to)
    _check_range(start, end)
    if library.db.execute("SELECT 1 FROM themes WHERE name = ?", [name]).fetchone():
        raise LibraryError(f"a theme named {name!r} exists already")
    with library.transaction() as db:
        db.execute(
            "INSERT INTO themes (name, description, colour, date_from, date_to, key_messages, "
            "rule, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [name, description.strip(), parse_colour(colour, DEFAULT_COLOUR),
             start.isoformat() if start else None, end.isoformat() if end else None,
             json.dumps(_messages(key_messages), ensure_ascii=False), rule.strip(), now_iso()],
        )
    return get_theme(library, name), Changes(themes=True)


def edit_theme(library: Library, name: str, /, **fields: object) -> Changes:
    """Change any of: name, description, colour, date_from, date_to, key_messages, rule."""
    row = _theme_row(library.db, name)
    allowed = {"name", "description", "colour", "date_from", "date_to", "key_messages", "rule"}
    unknown = set(fields) - allowed
    if unknown:
        raise LibraryError(f"cannot edit a theme's {', '.join(sorted(unknown))}")
    values: dict[str, object] = {}
    if "name" in fields:
        new_name = _clean_name(str(fields["name"]))
        clash = library.db.execute("SELECT id FROM themes WHERE name = ?", [new_name]).fetchone()
        if clash and clash[0] != row["id"]:
            raise LibraryError(f"a theme named {new_name!r} exists already")
        values["name"] = new_name
    if "description" in fields:
        values["description"] = str(fields["description"] or "").strip()
    if "colour" in fields:
        values["colour"] = parse_colour(str(fields["colour"] or ""), DEFAULT_COLOUR)
    start = parse_date(fields["date_from"]) if "date_from" in fields else parse_date(
        row["date_from"])
    end = parse_date(fields["date_to"]) if "date_to" in fields else parse_date(row["date_to"])
    _check_range(start, end)
    if "date_from" in fields:
        values["date_from"] = start.isoformat() if start else None
    if "date_to" in fields:
        values["date_to"] = end.isoformat() if end else None
    if "key_messages" in fields:
        messages = fields["key_messages"] or []
        assert isinstance(messages, Iterable)
        values["key_messages"] = json.dumps(_messages(messages), ensure_ascii=False)
    if "rule" in fields:
        values["rule"] = str(fields["rule"] or "").strip()
    if not values:
        return Changes()
    with library.transaction() as db:
        db["themes"].update(row["id"], values)
    renamed = "name" in values and values["name"] != row["name"]
    # A new name changes what `theme:` finds, so members are re-indexed.
    return Changes(themes=True,
                   clippings_changed=theme_members(library, str(values["name"])) if renamed else [])


def delete_theme(library: Library, name: str) -> Changes:
    row = _theme_row(library.db, name)
    members = theme_members(library, row["name"])
    with library.transaction() as db:
        db.execute("DELETE FROM themes WHERE id = ?", [row["id"]])  # cascades its states
    return Changes(themes=True, clippings_changed=members)


def get_theme(library: Library, name: str) -> Theme:
    return _theme(library.db, _theme_row(library.db, name))


def list_themes(library: Library) -> list[Theme]:
    cursor = library.db.execute("SELECT * FROM themes ORDER BY name COLLATE NOCASE")
    cols = [d[0] for d in cursor.description]
    return [_theme(library.db, dict(zip(cols, r, strict=True))) for r in cursor.fetchall()]


# ---- membership ---------------------------------------------------------------------------

def theme_members(library: Library, name: str,
                  states: Iterable[str] = MEMBER_STATES) -> list[int]:
    """Ids in these states, newest first."""
    row = _theme_row(library.db, name)
    wanted = list(states)
    marks = ",".join("?" * len(wanted))
    return [r[0] for r in library.db.execute(
        f"SELECT c.id FROM clipping_themes ct JOIN clippings c ON c.id = ct.clipping_id "
        f"WHERE ct.theme_id = ? AND ct.state IN ({marks}) ORDER BY {_ORDER}",
        [row["id"], *wanted],
    )]


def theme_states(library: Library, name: str) -> dict[int, str]:
    row = _theme_row(library.db, name)
    return dict(library.db.execute(
        "SELECT clipping_id, state FROM clipping_themes WHERE theme_id = ?", [row["id"]]
    ).fetchall())


def _set_states(library: Library, name: str, ids: list[int], state: str | None, label: str,
                only_from: set[str | None] | None = None) -> Changes:
    """Set `state` for `ids` (those whose current state is in `only_from`, if given);
    None forgets the clippings' state (no decision, as if never seen)."""
    row = _theme_row(library.db, name)
    before = theme_states(library, row["name"])
    entry = UndoRecord(label=label)
    membership_changed: list[int] = []
    with library.transaction() as db:
        for clipping_id in ids:
            old = before.get(clipping_id)
            if old == state or (only_from is not None and old not in only_from):
                continue
            if state is None:
                db.execute("DELETE FROM clipping_themes WHERE clipping_id = ? AND theme_id = ?",
                           [clipping_id, row["id"]])
            else:
                db.execute(
                    "INSERT INTO clipping_themes (clipping_id, theme_id, state) VALUES (?, ?, ?) "
                    "ON CONFLICT (clipping_id, theme_id) DO UPDATE SET state = excluded.state",
                    [clipping_id, row["id"], state],
                )
            entry.themes.append((clipping_id, row["id"], old))
            if (old in MEMBER_STATES) != (state in MEMBER_STATES):
                membership_changed.append(clipping_id)
        record(db, entry)
    if entry.empty:
        return Changes()
    return Changes(themes=True, clippings_changed=membership_changed)


def assign(library: Library, name: str, ids: Iterable[int]) -> Changes:
    """Put clippings in a theme by hand (whatever a rule or the user said before)."""
    theme = _theme_row(library.db, name)["name"]
    ids = existing_ids(library, ids)
    return _set_states(library, theme, ids, "manual",
                       f"assign {len(ids)} clipping(s) to theme {theme}")


def unassign(library: Library, name: str, ids: Iterable[int], reject: bool = True) -> Changes:
    """Take clippings out of a theme. With `reject` (the default) they are remembered as
    rejected, so the theme's rule does not suggest them again; without, their state is
    forgotten (e.g. to take back an assignment made by mistake)."""
    theme = _theme_row(library.db, name)["name"]
    ids = existing_ids(library, ids)
    return _set_states(library, theme, ids, "rejected" if reject else None,
                       f"remove {len(ids)} clipping(s) from theme {theme}")


def review(library: Library, name: str, accept: Iterable[int] = (),
           reject: Iterable[int] = ()) -> Changes:
    """Accept rule suggestions into the theme, or reject them (and keep them out)."""
    theme = _theme_row(library.db, name)["name"]
    accept, reject = existing_ids(library, accept), existing_ids(library, reject)
    states = theme_states(library, theme)
    not_pending = [i for i in accept if states.get(i) != "suggested"]
    if not_pending:
        raise LibraryError(
            f"clipping {', '.join(map(str, not_pending))} is not awaiting review in theme "
            f"{theme!r} (use `theme assign` to add it by hand)"
        )
    changes = Changes()
    if accept:
        changes = changes.merge(_set_states(
            library, theme, accept, "accepted", f"accept {len(accept)} suggestion(s) for {theme}",
            only_from={"suggested"}))
    if reject:
        changes = changes.merge(_set_states(
            library, theme, reject, "rejected", f"reject {len(reject)} clipping(s) for {theme}"))
    return changes


def pending_review(library: Library) -> dict[str, list[int]]:
    """Rule suggestions awaiting review, by theme name (the GUI's Inbox)."""
    pending: dict[str, list[int]] = {}
    for theme_name, clipping_id in library.db.execute(
        "SELECT t.name, ct.clipping_id FROM clipping_themes ct JOIN themes t "
        "ON t.id = ct.theme_id JOIN clippings c ON c.id = ct.clipping_id "
        f"WHERE ct.state = 'suggested' ORDER BY t.name COLLATE NOCASE, {_ORDER}"
    ):
        pending.setdefault(theme_name, []).append(clipping_id)
    return pending


# ---- rules ----------------------------------------------------------------------------------

def apply_rule(library: Library, name: str, search: Search,
               only_ids: Iterable[int] | None = None) -> tuple[list[int], Changes]:
    """Run the theme's rule and suggest the matches that have no state yet.

    The theme's period, when set, bounds the matches by publication date (undated
    clippings are still suggested: the user decides). On a full run (`only_ids` None),
    suggestions the rule no longer makes are withdrawn; with `only_ids` (new imports)
    only those clippings are considered. Returns the newly suggested ids.
    """
    row = _theme_row(library.db, name)
    if not row["rule"]:
        raise LibraryError(f"theme {row['name']!r} has no rule")
    matches = set(search(row["rule"]))
    scope = None if only_ids is None else set(only_ids)
    if scope is not None:
        matches &= scope
    matches = _within_period(library, matches, parse_date(row["date_from"]),
                             parse_date(row["date_to"]))
    states = theme_states(library, row["name"])
    new = sorted(i for i in matches if i not in states)
    stale = [] if scope is not None else sorted(
        i for i, s in states.items() if s == "suggested" and i not in matches)
    if not new and not stale:
        return [], Changes()
    with library.transaction() as db:
        db.conn.executemany(
            "INSERT OR IGNORE INTO clipping_themes (clipping_id, theme_id, state) "
            "VALUES (?, ?, 'suggested')",
            [(i, row["id"]) for i in new],
        )
        db.conn.executemany(
            "DELETE FROM clipping_themes WHERE clipping_id = ? AND theme_id = ? "
            "AND state = 'suggested'",
            [(i, row["id"]) for i in stale],
        )
    # Suggestions are not membership, so no clipping's indexed themes changed.
    return new, Changes(themes=True)


def themes_with_rules(library: Library) -> list[str]:
    return [r[0] for r in library.db.execute(
        "SELECT name FROM themes WHERE rule != '' ORDER BY name COLLATE NOCASE")]


def _within_period(library: Library, ids: set[int], start: dt.date | None,
                   end: dt.date | None) -> set[int]:
    if not ids or (start is None and end is None):
        return ids
    kept: set[int] = set()
    for chunk in chunks(sorted(ids)):
        marks = ",".join("?" * len(chunk))
        for clipping_id, published in library.db.execute(
            f"SELECT id, published FROM clippings WHERE id IN ({marks})", chunk
        ):
            try:
                date = dt.date.fromisoformat(published[:10]) if published else None
            except ValueError:
                date = None
            if date is None or ((start is None or date >= start) and (end is None or date <= end)):
                kept.add(clipping_id)
    return kept
