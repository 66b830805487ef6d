"""Tone (논조): each clipping carries at most one of the office's tone classes.

The classes are the library's own list (default: 긍정, 단순(중립), 건전비판, 악의적비판,
오보), each with a key 1-9 for the app and a group (positive / neutral / negative) that
charts pool them by; renamed, added and deleted by the user. Every change is one
undoable step."""

from __future__ import annotations

import re
from collections.abc import Iterable

from clipper.domain import TONE_GROUPS, Changes, Tone
from clipper.organise.common import existing_ids
from clipper.organise.journal import step
from clipper.store import tones as rows
from clipper.store.library import Library, LibraryError

MAX_TONE_NAME = 40
_SPACES = re.compile(r"\s+")


def normalise_tone_name(name: str) -> str:
    clean = _SPACES.sub(" ", str(name)).strip()
    if not clean:
        raise LibraryError(f"not a tone name: {name!r}")
    if len(clean) > MAX_TONE_NAME:
        raise LibraryError(f"tone name longer than {MAX_TONE_NAME} characters: {clean[:20]}...")
    return clean


def find_tone(library: Library, name_or_key: str | int) -> Tone:
    """A tone by its name or its key ("3" or 3); LibraryError naming the choices."""
    tones = rows.all_tones(library.db)
    text = str(name_or_key).strip()
    for tone in tones:
        if tone.name == text or (text.isdigit() and tone.key == int(text)):
            return tone
    choices = ", ".join(f"{t.key} {t.name}" for t in tones)
    raise LibraryError(f"no tone {text!r} (choose from {choices})")


def set_tone(library: Library, ids: Iterable[int], tone: str | int | None) -> Changes:
    """Give every clipping in `ids` the tone (name or key); None clears it. One step."""
    ids = existing_ids(library, ids)
    target = None if tone is None else find_tone(library, tone)
    target_id = target.id if target else None
    before = rows.tones_of(library.db, ids)
    changing = [i for i in ids if before.get(i) != target_id]
    if not changing:
        return Changes()
    label = (f"set tone {target.name} on {len(changing)} clipping(s)" if target
             else f"clear tone of {len(changing)} clipping(s)")
    kind = "set_tone" if target else "clear_tone"
    with step(library, kind, label, **({"tone": target.name} if target else {}),
              count=len(changing)), library.transaction() as db:
        rows.set_tone(db, changing, target_id)
    return Changes(clippings_changed=sorted(changing))


def add_tone(library: Library, name: str, group: str, key: int | None = None) -> Changes:
    name = normalise_tone_name(name)
    group = _group(group)
    tones = rows.all_tones(library.db)
    if any(t.name == name for t in tones):
        raise LibraryError(f"there is already a tone named {name!r}")
    key = _free_key(tones, key)
    with step(library, "add_tone", f"add tone {name}", name=name), \
            library.transaction() as db:
        rows.insert(db, name, group, key)
    return Changes(desk=True)


def edit_tone(library: Library, name: str, *, new_name: str | None = None,
              group: str | None = None, key: int | None = None) -> Changes:
    """Rename a tone, regroup it or give it another key; clippings keep carrying it."""
    tone = find_tone(library, name)
    values: dict[str, object] = {}
    others = [t for t in rows.all_tones(library.db) if t.id != tone.id]
    if new_name is not None:
        new_name = normalise_tone_name(new_name)
        if any(t.name == new_name for t in others):
            raise LibraryError(f"there is already a tone named {new_name!r}")
        values["name"] = new_name
    if group is not None:
        values["group"] = _group(group)
    if key is not None:
        values["key"] = _free_key(others, key)
    values = {k: v for k, v in values.items() if v != getattr(tone, k)}
    if not values:
        return Changes()
    carrying = rows.carrying(library.db, tone.id)
    with step(library, "edit_tone", f"edit tone {tone.name}", tone=tone.name, **values), \
            library.transaction() as db:
        rows.update(db, tone.id, **values)
    return Changes(clippings_changed=carrying if "name" in values else [], desk=True)


def delete_tone(library: Library, name: str, clear: bool = False) -> Changes:
    """Delete a tone. Clippings carrying it lose their tone, but only when `clear` says
    so: otherwise LibraryError says how many carry it (the app asks, then clears)."""
    tone = find_tone(library, name)
    carrying = rows.carrying(library.db, tone.id)
    if carrying and not clear:
        raise LibraryError(
            f"tone {tone.name!r} is on {len(carrying)} clipping(s); clear it from them "
            "to delete it (--clear)")
    with step(library, "delete_tone", f"delete tone {tone.name}", tone=tone.name,
              count=len(carrying)), library.transaction() as db:
        rows.set_tone(db, carrying, None)
        rows.delete(db, tone.id)
    return Changes(clippings_changed=carrying, desk=True)


def tone_counts(library: Library) -> dict[str, int]:
    """How many clippings carry each tone, by name (every tone listed, 0 included)."""
    counts = rows.counts(library.db)
    return {t.name: counts.get(t.id, 0) for t in rows.all_tones(library.db)}


def _group(group: str) -> str:
    value = str(group).strip().lower()
    if value not in TONE_GROUPS:
        raise LibraryError(f"not a tone group: {group!r} (use {', '.join(TONE_GROUPS)})")
    return value


def _free_key(tones: list[Tone], key: int | None) -> int:
    used = {t.key for t in tones}
    if key is None:
        free = [k for k in range(1, 10) if k not in used]
        if not free:
            raise LibraryError("every key 1-9 is taken by a tone; give one up first")
        return free[0]
    if not 1 <= int(key) <= 9:
        raise LibraryError(f"a tone's key is 1-9, not {key}")
    if int(key) in used:
        raise LibraryError(f"key {key} is taken by another tone")
    return int(key)
