"""Deleting clippings as one undoable step: undo brings each one back whole.

The rows go (with everything hanging on them: blocks, photos, keywords, tags, themes,
highlights, story membership, by cascade) and the journal keeps them. The photo files
and originals stay on disk while a journal entry names them; they are removed when the
last entry holding them is dropped (organise.journal.release_files).
"""

from __future__ import annotations

from collections.abc import Iterable

from clipper.domain import Changes
from clipper.organise.common import existing_ids
from clipper.organise.journal import step
from clipper.store import clippings as rows
from clipper.store.library import Library


def delete_clippings(library: Library, ids: Iterable[int]) -> Changes:
    ids = existing_ids(library, ids)
    if not ids:
        return Changes()
    with step(library, "delete_clippings", f"delete {len(ids)} clipping(s)", count=len(ids)), \
            library.transaction() as db:
        rows.delete(db, ids)
    return Changes(clippings_deleted=ids)
