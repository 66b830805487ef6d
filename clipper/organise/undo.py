"""Undo and redo: the journal's newest entry taken back, the next undone one made again.

Both replay the rows the entry recorded, in one transaction: the library is then
exactly as it was before (undo) or after (redo) the step, ids included. Undo moves an
entry to the redo line; a new change ends that line (organise.journal).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from clipper.domain import Changes
from clipper.organise.journal import recording
from clipper.store import journal as store
from clipper.store.library import Library, LibraryError


@dataclass
class HistoryEntry:
    id: int
    label: str
    kind: str
    args: dict
    created_at: str


def undo_last(library: Library) -> tuple[str, Changes]:
    """Take back the newest change; its label and what changed."""
    return _replay(library, undo=True)


def redo_next(library: Library) -> tuple[str, Changes]:
    """Make the change undone last again; its label and what changed."""
    return _replay(library, undo=False)


def undo_history(library: Library) -> list[HistoryEntry]:
    """What can be undone, newest first."""
    return [_history(e) for e in store.entries(library.db, undone=False)]


def redo_history(library: Library) -> list[HistoryEntry]:
    """What can be redone, next first."""
    return [_history(e) for e in store.entries(library.db, undone=True)]


def _history(entry: store.Entry) -> HistoryEntry:
    return HistoryEntry(entry.id, entry.label, entry.kind, entry.args, entry.created_at)


def _replay(library: Library, undo: bool) -> tuple[str, Changes]:
    if recording(library):
        raise LibraryError("cannot undo or redo in the middle of a change")
    db = library.db
    with library.transaction():
        entry = store.newest_done(db) if undo else store.oldest_undone(db)
        if entry is None:
            raise LibraryError("nothing to undo" if undo else "nothing to redo")
        rows = store.row_changes(db, entry.id)
        try:
            store.replay(db, rows, backwards=undo)
            # What refers to something removed since outside the journal cannot come
            # back; the rest does.
            store.drop_dangling(db)
        except sqlite3.IntegrityError as exc:
            verb = "undo" if undo else "redo"
            raise LibraryError(
                f"cannot {verb} “{entry.label}”: the library changed since in a way "
                f"that conflicts ({exc})") from exc
        store.mark(db, entry.id, undone=undo)
    return entry.label, _changes(rows, undo)


def _changes(rows: list[store.RowChange], undo: bool) -> Changes:
    """What the replay changed, in the terms views refresh by."""
    added: set[int] = set()
    deleted: set[int] = set()
    changed: set[int] = set()
    tables: set[str] = set()
    for row in rows:
        tables.add(row.table)
        data = row.new or row.old or {}
        if row.table == "clippings":
            op = row.op
            if undo:  # undo turns an insert into a delete and back
                op = {"insert": "delete", "delete": "insert"}.get(op, op)
            {"insert": added, "delete": deleted}.get(op, changed).add(int(data["id"]))
        elif "clipping_id" in data and row.table not in ("story_signatures", "story_bands"):
            changed.add(int(data["clipping_id"]))
    changed -= added | deleted
    return Changes(
        clippings_added=sorted(added), clippings_deleted=sorted(deleted),
        clippings_changed=sorted(changed),
        tags=bool(tables & {"tags", "clipping_tags"}),
        themes=bool(tables & {"themes", "clipping_themes"}),
        annotations="annotations" in tables,
        saved_searches="saved_searches" in tables,
        stories=bool(tables & {"story_members", "story_decisions"}),
        desk=bool(tables & {"outlets", "outlet_aliases", "outlet_domains",
                            "outlet_categories", "tones", "responses"}),
        releases=bool(tables & {"releases", "release_blocks", "release_photos", "pickups",
                                "photo_pickups", "photo_credits"}),  # issue 18
        # print pages (issue 16): a page deleted or cut from comes back on undo
        print_pages=bool(tables & {"print_pages", "print_words", "clipping_cuts"}),
    )
