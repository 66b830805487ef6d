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
from typing import Any

from clipper.domain import (
    ACCEPTED,
    MANUAL,
    MEMBER_STATES,
    REJECTED,
    SUGGESTED,
    Changes,
    Theme,
    ThemeState,
)
from clipper.organise.common import Search, chunks, existing_ids, parse_colour, parse_date
from clipper.organise.journal import step
from clipper.store import themes as rows
from clipper.store.library import Library, LibraryError, now_iso

DEFAULT_COLOUR = "#4a7bd0"


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


def _theme_row(library: Library, name: str) -> dict[str, Any]:
    row = rows.theme_row(library.db, _clean_name(name))
    if row is None:
        raise LibraryError(f"no theme named {name!r}")
    return row


def _theme(library: Library, row: dict[str, Any]) -> Theme:
    counts = rows.state_counts(library.db, row["id"])
    return Theme(
        id=row["id"], name=row["name"], description=row["description"], colour=row["colour"],
        date_from=parse_date(row["date_from"]), date_to=parse_date(row["date_to"]),
        key_messages=json.loads(row["key_messages"] or "[]"), rule=row["rule"],
        created_at=row["created_at"],
        member_count=sum(counts.get(s, 0) for s in MEMBER_STATES),
        suggested_count=counts.get(SUGGESTED, 0),
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
    if rows.theme_id(library.db, name) is not None:
        raise LibraryError(f"a theme named {name!r} exists already")
    with step(library, "create_theme", f"create theme {name}", name=name), \
            library.transaction() as db:
        rows.insert(db, {
            "name": name, "description": description.strip(),
            "colour": parse_colour(colour, DEFAULT_COLOUR),
            "date_from": start.isoformat() if start else None,
            "date_to": end.isoformat() if end else None,
            "key_messages": json.dumps(_messages(key_messages), ensure_ascii=False),
            "rule": rule.strip(), "created_at": now_iso(),
        })
    return get_theme(library, name), Changes(themes=True)


def edit_theme(library: Library, name: str, /, **fields: object) -> Changes:
    """Change any of: name, description, colour, date_from, date_to, key_messages, rule."""
    row = _theme_row(library, name)
    allowed = {"name", "description", "colour", "date_from", "date_to", "key_messages", "rule"}
    unknown = set(fields) - allowed
    if unknown:
        raise LibraryError(f"cannot edit a theme's {', '.join(sorted(unknown))}")
    values: dict[str, object] = {}
    if "name" in fields:
        new_name = _clean_name(str(fields["name"]))
        clash = rows.theme_id(library.db, new_name)
        if clash is not None and clash != row["id"]:
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
    with step(library, "edit_theme", f"edit theme {row['name']}", name=row["name"]), \
            library.transaction() as db:
        rows.update(db, row["id"], values)
    renamed = "name" in values and values["name"] != row["name"]
    # A new name changes what `theme:` finds, so members are re-indexed.
    return Changes(themes=True,
                   clippings_changed=theme_members(library, str(values["name"])) if renamed else [])


def delete_theme(library: Library, name: str) -> Changes:
    row = _theme_row(library, name)
    members = theme_members(library, row["name"])
    with step(library, "delete_theme", f"delete theme {row['name']}", name=row["name"]), \
            library.transaction() as db:
        rows.delete(db, row["id"])  # cascades its states
    return Changes(themes=True, clippings_changed=members)


def get_theme(library: Library, name: str) -> Theme:
    return _theme(library, _theme_row(library, name))


def list_themes(library: Library) -> list[Theme]:
    return [_theme(library, row) for row in rows.all_rows(library.db)]


# ---- membership ---------------------------------------------------------------------------

def theme_members(library: Library, name: str,
                  states: Iterable[str] = MEMBER_STATES) -> list[int]:
    """Ids in these states, newest first."""
    return rows.members(library.db, _theme_row(library, name)["id"], states)


def theme_states(library: Library, name: str) -> dict[int, str]:
    return rows.states(library.db, _theme_row(library, name)["id"])


def _set_states(library: Library, name: str, ids: list[int], state: ThemeState | None,
                only_from: set[str | None] | None = None) -> Changes:
    """Set `state` for `ids` (those whose current state is in `only_from`, if given);
    None forgets the clippings' state (no decision, as if never seen)."""
    row = _theme_row(library, name)
    before = rows.states(library.db, row["id"])
    touched = False
    membership_changed: list[int] = []
    with library.transaction() as db:
        for clipping_id in ids:
            old = before.get(clipping_id)
            if old == state or (only_from is not None and old not in only_from):
                continue
            rows.set_state(db, clipping_id, row["id"], state)
            touched = True
            if (old in MEMBER_STATES) != (state in MEMBER_STATES):
                membership_changed.append(clipping_id)
    if not touched:
        return Changes()
    return Changes(themes=True, clippings_changed=membership_changed)


def assign(library: Library, name: str, ids: Iterable[int]) -> Changes:
    """Put clippings in a theme by hand (whatever a rule or the user said before)."""
    theme = _theme_row(library, name)["name"]
    ids = existing_ids(library, ids)
    with step(library, "assign_theme", f"assign {len(ids)} clipping(s) to theme {theme}",
              name=theme, count=len(ids)):
        return _set_states(library, theme, ids, MANUAL)


def unassign(library: Library, name: str, ids: Iterable[int], reject: bool = True) -> Changes:
    """Take clippings out of a theme. With `reject` (the default) they are remembered as
    rejected, so the theme's rule does not suggest them again; without, their state is
    forgotten (e.g. to take back an assignment made by mistake)."""
    theme = _theme_row(library, name)["name"]
    ids = existing_ids(library, ids)
    with step(library, "unassign_theme", f"remove {len(ids)} clipping(s) from theme {theme}",
              name=theme, count=len(ids)):
        return _set_states(library, theme, ids, REJECTED if reject else None)


def review(library: Library, name: str, accept: Iterable[int] = (),
           reject: Iterable[int] = ()) -> Changes:
    """Accept rule suggestions into the theme, or reject them (and keep them out)."""
    theme = _theme_row(library, name)["name"]
    accept, reject = existing_ids(library, accept), existing_ids(library, reject)
    states = theme_states(library, theme)
    not_pending = [i for i in accept if states.get(i) != SUGGESTED]
    if not_pending:
        raise LibraryError(
            f"clipping {', '.join(map(str, not_pending))} is not awaiting review in theme "
            f"{theme!r} (use `theme assign` to add it by hand)"
        )
    if accept and not reject:
        kind, label = "accept_suggestions", f"accept {len(accept)} suggestion(s) for {theme}"
    elif reject and not accept:
        kind, label = "reject_suggestions", f"reject {len(reject)} clipping(s) for {theme}"
    else:
        kind, label = "review_theme", f"review {len(accept) + len(reject)} clipping(s) for {theme}"
    changes = Changes()
    with step(library, kind, label, name=theme, count=len(accept) + len(reject)):
        if accept:
            changes = changes.merge(_set_states(library, theme, accept, ACCEPTED,
                                                only_from={SUGGESTED}))
        if reject:
            changes = changes.merge(_set_states(library, theme, reject, REJECTED))
    return changes


def pending_review(library: Library) -> dict[str, list[int]]:
    """Rule suggestions awaiting review, by theme name (the GUI's Inbox)."""
    pending: dict[str, list[int]] = {}
    for theme_name, clipping_id in rows.pending(library.db):
        pending.setdefault(theme_name, []).append(clipping_id)
    return pending


# ---- rules ----------------------------------------------------------------------------------

def apply_rule(library: Library, name: str, search: Search,
               only_ids: Iterable[int] | None = None) -> tuple[list[int], Changes]:
    """Run the theme's rule and suggest the matches that have no state yet.

    The theme's period, when set, bounds the matches by publication date (undated
    clippings are still suggested: the user decides). On a full run (`only_ids` None),
    suggestions the rule no longer makes are withdrawn; with `only_ids` (new imports)
    only those clippings are considered. Returns the newly suggested ids. (Not a step
    of its own: a rule run the user asked for is journaled by the service.)
    """
    row = _theme_row(library, name)
    if not row["rule"]:
        raise LibraryError(f"theme {row['name']!r} has no rule")
    matches = set(search(row["rule"]))
    scope = None if only_ids is None else set(only_ids)
    if scope is not None:
        matches &= scope
    matches = _within_period(library, matches, parse_date(row["date_from"]),
                             parse_date(row["date_to"]))
    states = rows.states(library.db, row["id"])
    new = sorted(i for i in matches if i not in states)
    stale = [] if scope is not None else sorted(
        i for i, s in states.items() if s == SUGGESTED and i not in matches)
    if not new and not stale:
        return [], Changes()
    with library.transaction() as db:
        rows.suggest(db, row["id"], new)
        rows.withdraw(db, row["id"], stale)
    # Suggestions are not membership, so no clipping's indexed themes changed.
    return new, Changes(themes=True)


def themes_with_rules(library: Library) -> list[str]:
    return rows.names_with_rules(library.db)


def _within_period(library: Library, ids: set[int], start: dt.date | None,
                   end: dt.date | None) -> set[int]:
    if not ids or (start is None and end is None):
        return ids
    kept: set[int] = set()
    for chunk in chunks(sorted(ids)):
        for clipping_id, published in rows.published(library.db, chunk):
            try:
                date = dt.date.fromisoformat(published[:10]) if published else None
            except ValueError:
                date = None
            if date is None or ((start is None or date >= start) and (end is None or date <= end)):
                kept.add(clipping_id)
    return kept
