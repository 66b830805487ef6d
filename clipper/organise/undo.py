"""Undo the newest journalled change (tags or theme membership)."""

from __future__ import annotations

from clipper.domain import Changes
from clipper.organise import journal
from clipper.organise.tags import ensure_tag, link, tag_id, tagged_ids, unlink
from clipper.store.library import Library, LibraryError


def undo_last(library: Library) -> tuple[str, Changes]:
    """Reverse the newest journalled change; return its label and what changed.

    Things deleted since (a clipping, a theme) are skipped, not errors: undo restores
    what can still be restored.
    """
    found = journal.latest(library)
    if found is None:
        raise LibraryError("nothing to undo")
    entry_id, entry = found
    changed: set[int] = set()
    with library.transaction() as db:
        alive = _alive(library, entry)
        # Newest state first: drop what was added (post-change names), then give tags
        # their old names back, then put back what was removed (pre-change names).
        for clipping_id, name in entry.tags_added:
            tid = tag_id(db, name)
            if tid is not None:
                unlink(db, [(clipping_id, tid)])
                changed.add(clipping_id)
        for old, new in reversed(entry.tag_renames):
            tid = tag_id(db, new)
            if tid is None:
                continue
            clash = tag_id(db, old)
            if clash is None or clash == tid:
                db.execute("UPDATE tags SET name = ? WHERE id = ?", [old, tid])
            else:  # `old` was made again meanwhile: fold the renamed tag back into it
                members = tagged_ids(db, tid)
                link(db, ((i, clash) for i in members))
                db.execute("DELETE FROM tags WHERE id = ?", [tid])
            changed.update(tagged_ids(db, clash if clash not in (None, tid) else tid))
        for name in entry.tags_deleted:
            ensure_tag(db, name)
        for clipping_id, name in entry.tags_removed:
            if clipping_id in alive:
                tid, _ = ensure_tag(db, name)
                link(db, [(clipping_id, tid)])
                changed.add(clipping_id)
        for name in entry.tags_created:
            tid = tag_id(db, name)
            if tid is not None and not tagged_ids(db, tid):
                db.execute("DELETE FROM tags WHERE id = ?", [tid])
        themes_changed = False
        for clipping_id, theme_id, state in reversed(entry.themes):
            if clipping_id not in alive or not db.execute(
                "SELECT 1 FROM themes WHERE id = ?", [theme_id]
            ).fetchone():
                continue
            themes_changed = True
            changed.add(clipping_id)
            if state is None:
                db.execute("DELETE FROM clipping_themes WHERE clipping_id = ? AND theme_id = ?",
                           [clipping_id, theme_id])
            else:
                db.execute(
                    "INSERT INTO clipping_themes (clipping_id, theme_id, state) VALUES (?, ?, ?) "
                    "ON CONFLICT (clipping_id, theme_id) DO UPDATE SET state = excluded.state",
                    [clipping_id, theme_id, state],
                )
        db.execute("DELETE FROM undo_journal WHERE id = ?", [entry_id])
    tags_changed = bool(entry.tags_added or entry.tags_removed or entry.tag_renames
                        or entry.tags_created or entry.tags_deleted)
    return entry.label, Changes(clippings_changed=sorted(changed & alive), tags=tags_changed,
                                themes=themes_changed)


def _alive(library: Library, entry: journal.UndoRecord) -> set[int]:
    ids = {c for c, _ in entry.tags_added} | {c for c, _ in entry.tags_removed}
    ids |= {c for c, _, _ in entry.themes}
    for tid_name in entry.tag_renames:
        tid = tag_id(library.db, tid_name[1])
        if tid is not None:
            ids |= tagged_ids(library.db, tid)
    if not ids:
        return set()
    found: set[int] = set()
    wanted = sorted(ids)
    for start in range(0, len(wanted), 900):
        chunk = wanted[start:start + 900]
        marks = ",".join("?" * len(chunk))
        found.update(r[0] for r in library.db.execute(
            f"SELECT id FROM clippings WHERE id IN ({marks})", chunk))
    return found
