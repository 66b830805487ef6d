"""Watched feeds in SQL: the feeds the user set, how each check went, every entry seen.

Three tables (migration m0006_feeds): `feeds` (journaled: the user's settings),
`feed_state` (the checks' own record: ETag, last check, last error) and `feed_entries`
(each entry ever seen, claimed in one transaction before its page is fetched, so that
two watchers on one library never fetch and import it twice).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from clipper.store.clippings import chunks
from clipper.store.keys import url_key
from clipper.store.library import Library, LibraryError, now_iso

FEED_FIELDS = ("url", "title", "filter", "tag", "theme", "interval_minutes", "paused")
# A claim not finished within this time was left by a watcher that died: taken again.
STALE_CLAIM = dt.timedelta(minutes=30)


@dataclass
class FeedRow:
    id: int
    url: str
    title: str = ""
    filter: str = ""
    tag: str = ""
    theme: str = ""
    interval_minutes: int = 15
    paused: bool = False
    etag: str | None = None
    last_modified: str | None = None
    last_checked: str | None = None
    last_error: str = ""
    failures: int = 0
    next_due: str | None = None
    unread: int = 0
    imported: int = 0


_SELECT = (
    "SELECT f.id, f.url, f.title, f.filter, f.tag, f.theme, f.interval_minutes, f.paused,"
    " s.etag, s.last_modified, s.last_checked, coalesce(s.last_error, ''),"
    " coalesce(s.failures, 0), s.next_due,"
    " (SELECT count(*) FROM feed_entries e JOIN clippings c ON c.id = e.clipping_id"
    "   WHERE e.feed_id = f.id AND e.unread = 1),"
    " (SELECT count(*) FROM feed_entries e JOIN clippings c ON c.id = e.clipping_id"
    "   WHERE e.feed_id = f.id)"
    " FROM feeds f LEFT JOIN feed_state s ON s.feed_id = f.id"
)


def _row(r: tuple) -> FeedRow:
    return FeedRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]), r[8], r[9], r[10],
                   r[11], r[12], r[13], r[14], r[15])


def all_feeds(library: Library) -> list[FeedRow]:
    return [_row(r) for r in library.db.execute(
        _SELECT + " ORDER BY f.title COLLATE NOCASE, f.url")]


def get_feed(library: Library, feed_id: int) -> FeedRow | None:
    r = library.db.execute(_SELECT + " WHERE f.id = ?", [feed_id]).fetchone()
    return _row(r) if r else None


def feed_by_url(library: Library, url: str) -> FeedRow | None:
    r = library.db.execute(_SELECT + " WHERE f.url = ?", [url]).fetchone()
    return _row(r) if r else None


def insert_feed(db: Database, fields: dict[str, object]) -> int:
    values = {k: v for k, v in fields.items() if k in FEED_FIELDS}
    values["created_at"] = now_iso()
    return int(db["feeds"].insert(values).last_pk)


def update_feed(db: Database, feed_id: int, fields: dict[str, object]) -> None:
    unknown = set(fields) - set(FEED_FIELDS)
    if unknown:
        raise LibraryError(f"cannot edit {', '.join(sorted(unknown))} of a feed")
    db["feeds"].update(feed_id, dict(fields))


def delete_feed(db: Database, feed_id: int) -> None:
    db.execute("DELETE FROM feeds WHERE id = ?", [feed_id])


# ---- the checks' record ---------------------------------------------------------------

def _ensure_state(db: Database, feed_id: int) -> None:
    db.execute("INSERT OR IGNORE INTO feed_state (feed_id) VALUES (?)", [feed_id])


def claim_check(library: Library, feed_id: int, until: dt.datetime,
                now: dt.datetime) -> bool:
    """Mark a feed as being checked until `until`; False if another watcher is at it."""
    with library.transaction() as db:
        _ensure_state(db, feed_id)
        busy = db.execute("SELECT checking_until FROM feed_state WHERE feed_id = ?",
                          [feed_id]).fetchone()[0]
        if busy and busy > now.isoformat(timespec="seconds"):
            return False
        db.execute("UPDATE feed_state SET checking_until = ? WHERE feed_id = ?",
                   [until.isoformat(timespec="seconds"), feed_id])
    return True


def record_check(library: Library, feed_id: int, *, error: str = "",
                 etag: str | None = None, last_modified: str | None = None,
                 keep_validators: bool = False, next_due: dt.datetime | None = None) -> None:
    """The end of a check: when, how it went, the validators for the next conditional GET."""
    with library.transaction() as db:
        _ensure_state(db, feed_id)
        sets = ["last_checked = ?", "last_error = ?", "checking_until = NULL", "next_due = ?",
                "failures = CASE WHEN ? = '' THEN 0 ELSE failures + 1 END"]
        params: list[object] = [now_iso(), error,
                                next_due.isoformat(timespec="seconds") if next_due else None,
                                error]
        if not keep_validators:
            sets += ["etag = ?", "last_modified = ?"]
            params += [etag, last_modified]
        db.execute(f"UPDATE feed_state SET {', '.join(sets)} WHERE feed_id = ?",
                   [*params, feed_id])


# ---- entries -------------------------------------------------------------------------

def known_keys(library: Library, feed_id: int, keys: list[str]) -> set[str]:
    """Which of `keys` this feed has seen (claimed, imported, skipped...)."""
    found: set[str] = set()
    for chunk in chunks(keys):
        marks = ",".join("?" * len(chunk))
        found.update(r[0] for r in library.db.execute(
            f"SELECT entry_key FROM feed_entries WHERE feed_id = ? AND entry_key IN ({marks})",
            [feed_id, *chunk]))
    return found


def has_entries(library: Library, feed_id: int) -> bool:
    return bool(library.db.execute(
        "SELECT 1 FROM feed_entries WHERE feed_id = ? LIMIT 1", [feed_id]).fetchone())


def claim_entries(library: Library, feed_id: int,
                  entries: Iterable[tuple[str, str, str]]) -> list[str]:
    """Claim (key, link, title) entries in one transaction; the keys this watcher won.

    A key another watcher holds is left to it, unless its claim is stale (a watcher
    that died half-way)."""
    won: list[str] = []
    now = dt.datetime.now(dt.UTC)
    stale = (now - STALE_CLAIM).isoformat(timespec="seconds")
    with library.transaction() as db:
        for key, link, title in entries:
            row = db.execute("SELECT status, seen_at FROM feed_entries WHERE feed_id = ? "
                             "AND entry_key = ?", [feed_id, key]).fetchone()
            if row is None:
                db.execute("INSERT INTO feed_entries (feed_id, entry_key, link, title, status,"
                           " seen_at) VALUES (?, ?, ?, ?, 'claimed', ?)",
                           [feed_id, key, link, title, now.isoformat(timespec="seconds")])
            elif row[0] == "claimed" and row[1] < stale:
                db.execute("UPDATE feed_entries SET seen_at = ? WHERE feed_id = ? AND "
                           "entry_key = ?", [now.isoformat(timespec="seconds"), feed_id, key])
            else:
                continue
            won.append(key)
    return won


def skip_entries(library: Library, feed_id: int, entries: Iterable[tuple[str, str, str]],
                 reason: str) -> None:
    """Record entries as seen without fetching them (older than the first check)."""
    now = now_iso()
    with library.transaction() as db:
        db.conn.executemany(
            "INSERT OR IGNORE INTO feed_entries (feed_id, entry_key, link, title, status,"
            " reason, seen_at) VALUES (?, ?, ?, ?, 'skipped', ?, ?)",
            [(feed_id, key, link, title, reason, now) for key, link, title in entries])


def finish_entry(library: Library, feed_id: int, key: str, status: str, reason: str = "",
                 clipping_id: int | None = None) -> None:
    """How a claimed entry ended: imported (unread), duplicate, filtered or failed."""
    with library.transaction() as db:
        db.execute("UPDATE feed_entries SET status = ?, reason = ?, clipping_id = ?,"
                   " unread = ? WHERE feed_id = ? AND entry_key = ?",
                   [status, reason, clipping_id, int(status == "imported"), feed_id, key])


def entries_of(library: Library, feed_id: int, limit: int = 100) -> list[dict[str, object]]:
    """The feed's newest entries with how each ended (for `clipper feed list --entries`)."""
    rows = library.db.execute(
        "SELECT entry_key, link, title, status, reason, clipping_id, unread, seen_at"
        " FROM feed_entries WHERE feed_id = ? ORDER BY seen_at DESC, rowid DESC LIMIT ?",
        [feed_id, limit])
    names = ("key", "link", "title", "status", "reason", "clipping_id", "unread", "seen_at")
    return [dict(zip(names, r, strict=True)) for r in rows]


def feed_clipping_ids(library: Library, feed_id: int) -> list[int]:
    return [r[0] for r in library.db.execute(
        "SELECT clipping_id FROM feed_entries WHERE feed_id = ? AND clipping_id IS NOT NULL",
        [feed_id])]


def mark_read(library: Library, clipping_ids: Iterable[int] | None = None,
              feed_id: int | None = None) -> int:
    """No longer new: these clippings, or every clipping of a feed. How many changed."""
    with library.transaction() as db:
        if feed_id is not None:
            return db.execute("UPDATE feed_entries SET unread = 0 WHERE feed_id = ? AND "
                              "unread = 1", [feed_id]).rowcount
        changed = 0
        for chunk in chunks(list(clipping_ids or [])):
            marks = ",".join("?" * len(chunk))
            changed += db.execute(f"UPDATE feed_entries SET unread = 0 WHERE unread = 1 AND "
                                  f"clipping_id IN ({marks})", chunk).rowcount
        return changed


def stale_claims(library: Library, feed_id: int) -> list[tuple[str, str, str]]:
    """Entries claimed by a watcher that never finished them (it died or was stopped):
    (key, link, title), to be claimed and fetched again."""
    stale = (dt.datetime.now(dt.UTC) - STALE_CLAIM).isoformat(timespec="seconds")
    return [(r[0], r[1], r[2]) for r in library.db.execute(
        "SELECT entry_key, link, title FROM feed_entries WHERE feed_id = ? AND "
        "status = 'claimed' AND seen_at < ? LIMIT 200", [feed_id, stale])]


def clipping_with_url(library: Library, url: str) -> int | None:
    """A clipping already stored from this address: its entry needs no fetch."""
    key = url_key(url)
    row = library.db.execute("SELECT id FROM clippings WHERE url_key = ? LIMIT 1",
                             [key]).fetchone() if key else None
    return row[0] if row else None


def is_unread(library: Library, clipping_id: int) -> bool:
    """Whether a clipping came from a feed and is still marked new."""
    return bool(library.db.execute(
        "SELECT 1 FROM feed_entries WHERE clipping_id = ? AND unread = 1 LIMIT 1",
        [clipping_id]).fetchone())


def unread_among(library: Library, clipping_ids: list[int]) -> set[int]:
    """Those of `clipping_ids` a feed brought that are still marked new."""
    found: set[int] = set()
    for chunk in chunks(list(clipping_ids)):
        marks = ",".join("?" * len(chunk))
        found.update(r[0] for r in library.db.execute(
            f"SELECT clipping_id FROM feed_entries WHERE unread = 1 AND clipping_id IN "
            f"({marks})", chunk))
    return found
