"""The undo journal's storage: entries, the row changes each one made, and replaying them.

While a journal step is open on a connection, TEMP triggers on every user-data table
copy each changed row (before and after, as JSON) into `undo_rows`, in the same
transaction as the change itself, whoever makes it: an operation, a cascade, a
follow-up such as re-anchoring highlights. Undo writes the "before" images back in
reverse order; redo writes the "after" images in order. Because whole rows are kept,
undo gives back exactly what was there, ids included (the SQLite "automatic undo/redo
with triggers" pattern).

TEMP triggers exist only on the connection that made them, so other connections (the
GUI's reader, an import in another process) pay nothing and record nothing; the
triggers fire only while `clipper_undo_entry()` (a Python function on the connection)
names an open entry.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from clipper.store.library import now_iso
from clipper.store.media import FILE_COLUMNS, is_referenced

# Every table holding what the user made or decided. Derived tables the search index
# keeps (search_dirty) and the journal's own tables are not journaled. A table added
# by a later migration must be listed here or in UNJOURNALED (a test checks).
JOURNALED = (
    "clippings", "blocks", "photos", "source_keywords", "tags", "clipping_tags",
    "themes", "clipping_themes", "annotations", "saved_searches",
    "story_signatures", "story_bands", "story_members", "story_decisions",
    "feeds",  # issue 17: adding, editing, removing a feed is undoable
    # the morning desk (m0007_desk)
    "outlet_categories", "outlets", "outlet_aliases", "outlet_domains", "tones", "responses",
    # the daily report's presets (m0008_report_presets)
    "report_presets",
    # press releases and their pickup (m0010_releases, issue 18)
    "releases", "release_blocks", "release_photos", "pickups", "photo_pickups",
    "photo_credits",
    # print (m0009_print): deleting pages and cutting clippings are undoable
    "print_pages", "print_words", "clipping_cuts",
)
UNJOURNALED = ("search_dirty", "undo_journal", "undo_rows", "_sqlite_migrations",
               "feed_state", "feed_entries",  # a feed's checks: not the user's edits
               "photo_hashes", "pickup_checked")  # issue 18: caches of the matcher
# Caches computed from a clipping's body: something outside the journal (a detection
# run) may have made them again meanwhile, so a replayed row replaces what is there.
DERIVED = ("story_signatures", "story_bands",
           "pickups", "photo_pickups")  # issue 18: the matcher may have run meanwhile

_FUNCTION = "clipper_undo_entry"


@dataclass
class Entry:
    id: int
    label: str
    kind: str
    args: dict[str, Any]
    created_at: str
    undone: bool


@dataclass
class RowChange:
    table: str
    op: str  # insert, update, delete
    old: dict[str, Any] | None
    new: dict[str, Any] | None


# ---- recording ------------------------------------------------------------------------

class Recorder:
    """The open entry of one connection (None when no step is open)."""

    def __init__(self) -> None:
        self.entry_id: int | None = None
        self.step: Any = None  # the operations layer's record of the open step

    def current(self) -> int | None:
        return self.entry_id


def recorder(db: Database) -> Recorder:
    """The connection's recorder, installing its function and triggers on first use."""
    rec = getattr(db, "_clipper_undo_recorder", None)
    if rec is not None:
        return rec
    rec = Recorder()
    db.conn.create_function(_FUNCTION, 0, rec.current, deterministic=False)
    for table in JOURNALED:
        for statement in _trigger_sql(db, table):
            db.execute(statement)
    db._clipper_undo_recorder = rec  # type: ignore[attr-defined]  # one per connection
    return rec


def _columns(db: Database, table: str) -> list[str]:
    return [r[1] for r in db.execute(f"PRAGMA table_info({table})")]


def primary_key(db: Database, table: str) -> list[str]:
    rows = sorted((r[5], r[1]) for r in db.execute(f"PRAGMA table_info({table})") if r[5])
    return [name for _, name in rows]


def _json_row(prefix: str, columns: list[str]) -> str:
    # JSON cannot hold a BLOB: one is written as {"$b": hex} and decoded on replay.
    parts = []
    for col in columns:
        value = f'{prefix}."{col}"'
        parts.append(f"'{col}', CASE WHEN typeof({value}) = 'blob' "
                     f"THEN json_object('$b', hex({value})) ELSE {value} END")
    return f"json_object({', '.join(parts)})"


def _trigger_sql(db: Database, table: str) -> list[str]:
    columns = _columns(db, table)
    when = f"{_FUNCTION}() IS NOT NULL"
    changed = " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in columns)
    insert = ("INSERT INTO undo_rows (entry_id, tbl, op, old, new) "
              f"VALUES ({_FUNCTION}(), '{table}', ")
    old, new = _json_row("OLD", columns), _json_row("NEW", columns)
    return [
        f"CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_insert AFTER INSERT ON main.{table} "
        f"WHEN {when} BEGIN {insert}'insert', NULL, {new}); END",
        f"CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_update AFTER UPDATE ON main.{table} "
        f"WHEN {when} AND ({changed}) BEGIN {insert}'update', {old}, {new}); END",
        f"CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_delete AFTER DELETE ON main.{table} "
        f"WHEN {when} BEGIN {insert}'delete', {old}, NULL); END",
    ]


# ---- entries ----------------------------------------------------------------------------

def open_entry(db: Database, label: str, kind: str, args: dict[str, Any]) -> int:
    """A new entry (not yet undoable: it has no rows); its id for the recorder."""
    with db.atomic():
        cursor = db.execute(
            "INSERT INTO undo_journal (label, payload, created_at) VALUES (?, ?, ?)",
            [label, _payload(kind, args), now_iso()],
        )
    return int(cursor.lastrowid)


def _payload(kind: str, args: dict[str, Any]) -> str:
    return json.dumps({"kind": kind, "args": args}, ensure_ascii=False)


def name_entry(db: Database, entry_id: int, label: str, kind: str,
               args: dict[str, Any]) -> None:
    with db.atomic():
        db.execute("UPDATE undo_journal SET label = ?, payload = ? WHERE id = ?",
                   [label, _payload(kind, args), entry_id])


def has_rows(db: Database, entry_id: int) -> bool:
    return db.execute("SELECT 1 FROM undo_rows WHERE entry_id = ? LIMIT 1",
                      [entry_id]).fetchone() is not None


def close_entry(db: Database, entry_id: int, label: str, kind: str, args: dict[str, Any],
                keep: int) -> list[str]:
    """Finish an entry: drop it if it recorded nothing; else give it its label, forget
    what could be redone (a new change ends the redo line) and keep the newest `keep`.

    Returns the media paths the dropped entries held (for `release_files`)."""
    with db.atomic():
        if not has_rows(db, entry_id):
            db.execute("DELETE FROM undo_journal WHERE id = ?", [entry_id])
            return []
        db.execute("UPDATE undo_journal SET label = ?, payload = ? WHERE id = ?",
                   [label, _payload(kind, args), entry_id])
        dropped = [r[0] for r in db.execute(
            "SELECT id FROM undo_journal WHERE (undone = 1 AND id < ?) OR id NOT IN "
            "(SELECT id FROM undo_journal WHERE undone = 0 ORDER BY id DESC LIMIT ?)",
            [entry_id, keep])]
        return drop_entries(db, dropped)


def drop_entries(db: Database, ids: list[int]) -> list[str]:
    """Delete entries (inside the caller's transaction); the media paths they held."""
    if not ids:
        return []
    held: set[str] = set()
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        held |= _paths(db, f"entry_id IN ({marks})", chunk)
        db.execute(f"DELETE FROM undo_rows WHERE entry_id IN ({marks})", chunk)
        db.execute(f"DELETE FROM undo_journal WHERE id IN ({marks})", chunk)
    return sorted(held)


def _paths(db: Database, where: str, params: list[Any]) -> set[str]:
    """Photo files and originals named by journaled rows."""
    found: set[str] = set()
    for side in ("old", "new"):
        for table, key in FILE_COLUMNS:
            found.update(r[0] for r in db.execute(
                f"SELECT json_extract({side}, '$.{key}') FROM undo_rows "
                f"WHERE tbl = '{table}' AND {where} AND json_extract({side}, '$.{key}') "
                "IS NOT NULL", params))
    return found


def paths_in_use(db: Database, paths: Iterable[str]) -> set[str]:
    """Which of `paths` a clipping, a photo or a journal entry still names."""
    wanted = set(paths)
    if not wanted:
        return set()
    used = _paths(db, "1", []) & wanted
    for path in wanted - used:
        if is_referenced(db, path):
            used.add(path)
    return used


def media_of(db: Database, clipping_ids: list[int]) -> set[str]:
    """The photo files and originals of these clippings."""
    found: set[str] = set()
    for chunk in _chunks(clipping_ids):
        marks = ",".join("?" * len(chunk))
        found.update(r[0] for r in db.execute(
            f"SELECT image FROM photos WHERE clipping_id IN ({marks}) AND image IS NOT NULL "
            f"UNION SELECT original FROM clippings WHERE id IN ({marks}) "
            "AND original IS NOT NULL "
            f"UNION SELECT image FROM clipping_cuts WHERE clipping_id IN ({marks})",
            [*chunk, *chunk, *chunk]))
    return found


def forget_unfinished(db: Database) -> None:
    """Entries left without rows (a step that crashed before its first change)."""
    with db.atomic():
        db.execute("DELETE FROM undo_journal WHERE NOT EXISTS "
                   "(SELECT 1 FROM undo_rows r WHERE r.entry_id = undo_journal.id)")


def _entry(row: tuple) -> Entry:
    data = json.loads(row[2] or "{}")
    return Entry(id=row[0], label=row[1], kind=str(data.get("kind") or ""),
                 args=dict(data.get("args") or {}), created_at=row[3], undone=bool(row[4]))


_SELECT = "SELECT id, label, payload, created_at, undone FROM undo_journal j "
_HAS_ROWS = "EXISTS (SELECT 1 FROM undo_rows r WHERE r.entry_id = j.id)"


def newest_done(db: Database) -> Entry | None:
    row = db.execute(_SELECT + f"WHERE undone = 0 AND {_HAS_ROWS} ORDER BY id DESC LIMIT 1"
                     ).fetchone()
    return _entry(row) if row else None


def oldest_undone(db: Database) -> Entry | None:
    row = db.execute(_SELECT + f"WHERE undone = 1 AND {_HAS_ROWS} ORDER BY id LIMIT 1"
                     ).fetchone()
    return _entry(row) if row else None


def entries(db: Database, undone: bool) -> list[Entry]:
    """What can be undone (newest first) or redone (next first)."""
    order = "id" if undone else "id DESC"
    return [_entry(r) for r in db.execute(
        _SELECT + f"WHERE undone = ? AND {_HAS_ROWS} ORDER BY {order}", [int(undone)])]


def mark(db: Database, entry_id: int, undone: bool) -> None:
    db.execute("UPDATE undo_journal SET undone = ? WHERE id = ?", [int(undone), entry_id])


def row_changes(db: Database, entry_id: int) -> list[RowChange]:
    """The entry's row changes in the order they were made."""
    return [RowChange(t, op, _decode(old), _decode(new)) for t, op, old, new in db.execute(
        "SELECT tbl, op, old, new FROM undo_rows WHERE entry_id = ? ORDER BY seq",
        [entry_id])]


def _decode(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    row = json.loads(text)
    return {k: bytes.fromhex(v["$b"]) if isinstance(v, dict) and "$b" in v else v
            for k, v in row.items()}


# ---- replaying --------------------------------------------------------------------------

def replay(db: Database, changes: list[RowChange], backwards: bool) -> None:
    """Write back the before images (`backwards`, undo) or the after images (redo), inside
    the caller's transaction; sqlite3.IntegrityError when the library changed since in a
    way that conflicts (e.g. a tag of the same name made outside the journal)."""
    keys = {t: primary_key(db, t) for t in {c.table for c in changes}}
    # A clipping comes back before or after its photos, in whatever order the cascade
    # removed them: foreign keys are checked at commit.
    db.execute("PRAGMA defer_foreign_keys = ON")
    # Runs of the same statement (a bulk tag's thousands of links) go as one
    # executemany, in order.
    batch_sql: str | None = None
    batch: list[list[Any]] = []
    for change in (reversed(changes) if backwards else changes):
        sql, params = _statement(change, keys[change.table], backwards)
        if sql != batch_sql and batch:
            db.conn.executemany(batch_sql, batch)
            batch = []
        batch_sql = sql
        batch.append(params)
    if batch:
        db.conn.executemany(batch_sql, batch)


def _statement(change: RowChange, pk: list[str], backwards: bool) -> tuple[str, list[Any]]:
    table = change.table
    op = change.op
    if backwards:
        op = {"insert": "delete", "delete": "insert"}.get(op, op)
        before, after = change.new, change.old
    else:
        before, after = change.old, change.new
    if op == "insert":
        assert after is not None
        cols = list(after)
        names = ", ".join(f'"{c}"' for c in cols)
        verb = "INSERT OR REPLACE" if table in DERIVED else "INSERT"
        return (f"{verb} INTO {table} ({names}) VALUES ({','.join('?' * len(cols))})",
                [after[c] for c in cols])
    row = before if before is not None else after
    assert row is not None
    where = " AND ".join(f'"{c}" = ?' for c in pk)
    keys = [row[c] for c in pk]
    if op == "update":
        assert after is not None
        sets = ", ".join(f'"{c}" = ?' for c in after)
        return f"UPDATE {table} SET {sets} WHERE {where}", [*after.values(), *keys]
    return f"DELETE FROM {table} WHERE {where}", keys


def drop_dangling(db: Database) -> int:
    """Delete rows whose parent is gone (inside the caller's transaction): what undo put
    back for a clipping or a tag that was removed outside the journal since. Returns how
    many rows went."""
    gone = 0
    for table in sorted({r[0] for r in db.execute("PRAGMA foreign_key_check")}):
        for fk in db.execute(f"PRAGMA foreign_key_list({table})").fetchall():
            parent, child_col, parent_col = fk[2], fk[3], fk[4] or "rowid"
            gone += db.execute(
                f'DELETE FROM {table} WHERE "{child_col}" IS NOT NULL AND "{child_col}" '
                f'NOT IN (SELECT "{parent_col}" FROM {parent})').rowcount
    return gone


def _chunks(values: list[int], size: int = 900) -> Iterator[list[int]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]
