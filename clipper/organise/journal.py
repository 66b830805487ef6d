"""The undo journal: each undoable change leaves one row saying how to put things back.

It lives in the library (not in memory) so that `clipper tag undo` in a new process can
undo what the previous command did; the GUI's Ctrl+Z uses the same rows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from clipper.store.library import Library, now_iso

KEEP = 50  # older entries are dropped; undo goes back this far at most


@dataclass
class UndoRecord:
    """What one operation did, in terms undo can reverse.

    Tag pairs are (clipping id, tag name) because an undone merge or delete needs a tag
    back by name; theme rows are (clipping id, theme id, state before or None).
    """

    label: str
    tags_added: list[tuple[int, str]] = field(default_factory=list)
    tags_removed: list[tuple[int, str]] = field(default_factory=list)
    tag_renames: list[tuple[str, str]] = field(default_factory=list)
    tags_created: list[str] = field(default_factory=list)
    tags_deleted: list[str] = field(default_factory=list)
    themes: list[tuple[int, int, str | None]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.tags_added or self.tags_removed or self.tag_renames
                    or self.tags_created or self.tags_deleted or self.themes)

    def to_payload(self) -> str:
        return json.dumps({
            "tags_added": self.tags_added, "tags_removed": self.tags_removed,
            "tag_renames": self.tag_renames, "tags_created": self.tags_created,
            "tags_deleted": self.tags_deleted, "themes": self.themes,
        }, ensure_ascii=False)

    @classmethod
    def from_row(cls, label: str, payload: str) -> UndoRecord:
        data: dict[str, Any] = json.loads(payload)
        return cls(
            label=label,
            tags_added=[(int(c), str(n)) for c, n in data.get("tags_added", [])],
            tags_removed=[(int(c), str(n)) for c, n in data.get("tags_removed", [])],
            tag_renames=[(str(a), str(b)) for a, b in data.get("tag_renames", [])],
            tags_created=[str(n) for n in data.get("tags_created", [])],
            tags_deleted=[str(n) for n in data.get("tags_deleted", [])],
            themes=[(int(c), int(t), s) for c, t, s in data.get("themes", [])],
        )


def record(db: Database, entry: UndoRecord) -> None:
    """Write `entry` (inside the caller's transaction) and forget the oldest ones."""
    if entry.empty:
        return
    db.execute(
        "INSERT INTO undo_journal (label, payload, created_at) VALUES (?, ?, ?)",
        [entry.label, entry.to_payload(), now_iso()],
    )
    db.execute(
        "DELETE FROM undo_journal WHERE id NOT IN "
        "(SELECT id FROM undo_journal ORDER BY id DESC LIMIT ?)",
        [KEEP],
    )


def latest(library: Library) -> tuple[int, UndoRecord] | None:
    row = library.db.execute(
        "SELECT id, label, payload FROM undo_journal ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    return row[0], UndoRecord.from_row(row[1], row[2])


def history(library: Library) -> list[tuple[int, str, str]]:
    """(id, label, created_at) of what can be undone, newest first."""
    return [tuple(r) for r in library.db.execute(
        "SELECT id, label, created_at FROM undo_journal ORDER BY id DESC"
    )]
