"""The undo journal: every change the user makes is one step that undo can take back.

The journal lives in the library (not in memory), so that `clipper undo` in a new
process undoes what the app did and Ctrl+Z in the app undoes what the CLI did. A step
records whole rows (store/journal.py), so an operation only has to say where it starts
and ends and what it is called:

    with journal.step(library, "add_tags", f"add tag {name} to 3 clipping(s)", ...):
        ...writes...

Steps nest: an operation made of others (a theme created with its rule run, a review
that accepts and rejects) is one step, named by the outermost step that has a name.
Everything written on the connection while the step is open belongs to it, follow-ups
too (highlights re-anchored after a body edit, story groups pruned after a delete).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from clipper.store import journal as store
from clipper.store.library import Library

KEEP = 50  # older entries are dropped (and the files only they held); undo goes this far


class _Open:
    """The step being recorded on one library connection."""

    def __init__(self, entry_id: int, label: str, kind: str, args: dict[str, Any]):
        self.entry_id, self.label, self.kind, self.args = entry_id, label, kind, args


@contextmanager
def step(library: Library, kind: str = "", label: str = "", **args: Any) -> Iterator[None]:
    """Record what happens inside as one undoable entry (or as part of the open one)."""
    rec = store.recorder(library.db)
    current: _Open | None = rec.step
    if current is not None:
        if label and not current.label:
            current.label, current.kind, current.args = label, kind, args
            # Named at once, so that a reader (the window's Undo) never shows a
            # placeholder while the rest of the step runs.
            store.name_entry(library.db, current.entry_id, label, kind, args)
        yield
        return
    entry_id = store.open_entry(library.db, label or "change", kind, args)
    opened = _Open(entry_id, label, kind, args)
    rec.step = opened
    rec.entry_id = entry_id
    try:
        yield
    finally:
        rec.entry_id = None
        rec.step = None
        # Whatever committed inside is recorded, also when the step failed half-way.
        released = store.close_entry(library.db, entry_id, opened.label or "change",
                                     opened.kind, opened.args, KEEP)
        release_files(library, released)


def recording(library: Library) -> bool:
    """Whether a step is open on this library's connection."""
    return store.recorder(library.db).step is not None


def release_files(library: Library, paths: list[str]) -> None:
    """Remove media files nothing names any more: no clipping, no photo, no entry.

    Called after the commit that dropped their last user, so a crash in between
    leaves an orphan file, never a clipping (or an undo) whose photo is missing."""
    if not paths:
        return
    used = store.paths_in_use(library.db, paths)
    for rel in paths:
        if rel not in used:
            path = (library.root / rel).resolve()
            if path.is_relative_to(library.root):
                path.unlink(missing_ok=True)
