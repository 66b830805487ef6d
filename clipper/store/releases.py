"""Press releases, their pickups and photo pickups in SQLite (issue 18): all the SQL.

A release is stored like a clipping (blocks, photos in the content-addressed media
folder, the original file under originals/), in tables of its own; `pickups` and
`photo_pickups` link releases to the clippings that drew on them.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from clipper.domain import (
    Block,
    Photo,
    PhotoPickup,
    Pickup,
    Release,
    ReleaseDraft,
    ReleaseSummary,
)
from clipper.errors import from_exception
from clipper.store import media
from clipper.store.keys import body_key
from clipper.store.library import Library, now_iso, parse_stored_date

_BATCH = 500  # ids per IN (...): well under SQLite's variable limit
EDITABLE = ("title", "issued", "department", "contact")


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    ids = list(ids)
    for start in range(0, len(ids), _BATCH):
        yield ids[start:start + _BATCH]


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


# ---- adding ------------------------------------------------------------------------------

def find_duplicate(db: Database, draft: ReleaseDraft) -> int | None:
    """The id of a stored release with the same normalised body."""
    row = db.execute("SELECT id FROM releases WHERE body_key = ? LIMIT 1",
                     [body_key(draft.body_text())]).fetchone()
    return int(row[0]) if row else None


def add_release(library: Library, draft: ReleaseDraft, *, signature: bytes,
                phashes: Sequence[str | None] = (), original: bytes | None = None,
                original_suffix: str = "") -> tuple[int, list[str]]:
    """Store a release as one transaction; its id and warnings about its photos.

    Files are written first (content-addressed) and removed again if the transaction
    fails, as `Library.add` does for clippings."""
    warnings: list[str] = []
    created: list[Path] = []
    photo_rows: list[dict[str, Any]] = []
    try:
        for position, photo in enumerate(draft.photos):
            row: dict[str, Any] = {
                "position": position, "caption": photo.caption, "credit": photo.credit,
                "image": None, "width": None, "height": None,
                "after_block": photo.after_block,
                "phash": phashes[position] if position < len(phashes) else None,
            }
            if photo.data is not None:
                try:
                    stored = media.store_image(library.root, photo.data)
                except media.MediaError as exc:
                    warnings.append(f"photo {position + 1}: {exc}")
                else:
                    if stored.created:
                        created.append(library.root / stored.path)
                    row.update(image=stored.path, width=stored.width, height=stored.height)
            photo_rows.append(row)
        original_rel = None
        if original is not None:
            import hashlib

            digest = hashlib.sha256(original).hexdigest()
            suffix = "".join(c for c in original_suffix.lower() if c.isalnum() or c == ".")[:8]
            original_rel = f"originals/{digest[:2]}/{digest}{suffix}"
            target = library.root / original_rel
            if not target.exists():
                media.write_atomically(target, original)
                created.append(target)
        with library.transaction() as db:
            now = now_iso()
            release_id = db["releases"].insert({
                "title": draft.title, "issued": _iso(draft.issued),
                "department": draft.department, "contact": draft.contact,
                "source_kind": draft.source_kind, "source_name": draft.source_name,
                "original": original_rel, "body_key": body_key(draft.body_text()),
                "signature": signature, "imported_at": now, "updated_at": now,
            }).last_pk
            write_blocks(db, int(release_id), draft.body)
            for row in photo_rows:
                db["release_photos"].insert({"release_id": release_id, **row})
    except BaseException as exc:
        for path in created:
            path.unlink(missing_ok=True)
        if isinstance(exc, (sqlite3.Error, OSError)):
            raise from_exception(exc, library.root) from exc
        raise
    return int(release_id), warnings


def write_blocks(db: Database, release_id: int, blocks: Iterable[Block]) -> None:
    db.execute("DELETE FROM release_blocks WHERE release_id = ?", [release_id])
    db["release_blocks"].insert_all(
        {"release_id": release_id, "position": i, "kind": b.kind, "text": b.text}
        for i, b in enumerate(blocks))


# ---- changing ----------------------------------------------------------------------------

def update_release(db: Database, release_id: int, fields: dict[str, Any]) -> None:
    """Set head fields (EDITABLE); `issued` as a date or None."""
    values = {k: (_iso(v) if k == "issued" else v) for k, v in fields.items()}
    values["updated_at"] = now_iso()
    db["releases"].update(release_id, values)


def set_body(db: Database, release_id: int, blocks: list[Block], signature: bytes) -> None:
    write_blocks(db, release_id, blocks)
    db.execute("UPDATE releases SET body_key = ?, signature = ?, updated_at = ? WHERE id = ?",
               [body_key("\n".join(b.text for b in blocks)), signature, now_iso(),
                release_id])


def delete_release(db: Database, release_id: int) -> None:
    """Delete a release; its blocks, photos rows, pickups go with it (cascade)."""
    db.execute("DELETE FROM releases WHERE id = ?", [release_id])


def release_media(db: Database, release_ids: Sequence[int]) -> list[str]:
    """The photo files and originals of these releases (to release after a delete)."""
    found: list[str] = []
    for chunk in _chunks(release_ids):
        marks = ",".join("?" * len(chunk))
        found += [r[0] for r in db.execute(
            f"SELECT image FROM release_photos WHERE release_id IN ({marks}) "
            f"AND image IS NOT NULL UNION SELECT original FROM releases "
            f"WHERE id IN ({marks}) AND original IS NOT NULL", [*chunk, *chunk])]
    return found


# ---- reading -----------------------------------------------------------------------------

def exists(db: Database, release_id: int) -> bool:
    return db.execute("SELECT 1 FROM releases WHERE id = ?", [release_id]).fetchone() is not None


def count(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM releases").fetchone()[0])


def release_ids(db: Database, since: dt.date | None = None, until: dt.date | None = None
                ) -> list[int]:
    """Releases issued in [since, until] (each end optional), newest first; releases
    without a date only when no period is asked for."""
    where, params = _period("issued", since, until)
    return [r[0] for r in db.execute(
        f"SELECT id FROM releases WHERE {where} "
        "ORDER BY issued IS NULL, issued DESC, id DESC", params)]


def _period(column: str, since: dt.date | None, until: dt.date | None
            ) -> tuple[str, list[Any]]:
    where, params = ["1"], []
    if since:
        where.append(f"{column} >= ?")
        params.append(since.isoformat())
    if until:
        where.append(f"{column} <= ?")
        params.append(until.isoformat())
    return " AND ".join(where), params


def get_release(db: Database, release_id: int) -> Release | None:
    row = db.execute(
        "SELECT id, title, issued, department, contact, source_name, imported_at, "
        "source_kind FROM releases WHERE id = ?", [release_id]).fetchone()
    if row is None:
        return None
    blocks = [Block(kind, text) for kind, text in db.execute(
        "SELECT kind, text FROM release_blocks WHERE release_id = ? ORDER BY position",
        [release_id])]
    photos = [Photo(caption, credit, image, None, width, height, position, after_block)
              for position, caption, credit, image, width, height, after_block in db.execute(
                  "SELECT position, caption, credit, image, width, height, after_block "
                  "FROM release_photos WHERE release_id = ? ORDER BY position",
                  [release_id])]
    return Release(row[0], row[1], parse_stored_date(row[2]), row[3], row[4], blocks,
                   photos, row[5], row[6], row[7])


def release_blocks(db: Database, release_ids: Sequence[int]) -> dict[int, list[Block]]:
    out: dict[int, list[Block]] = {i: [] for i in release_ids}
    for chunk in _chunks(release_ids):
        marks = ",".join("?" * len(chunk))
        for rid, kind, text in db.execute(
                f"SELECT release_id, kind, text FROM release_blocks WHERE release_id IN "
                f"({marks}) ORDER BY release_id, position", chunk):
            out[rid].append(Block(kind, text))
    return out


def release_dates(db: Database) -> dict[int, dt.date | None]:
    return {rid: parse_stored_date(issued)
            for rid, issued in db.execute("SELECT id, issued FROM releases")}


def summaries(db: Database, ids: Sequence[int]) -> list[ReleaseSummary]:
    """Rows of the release list, in the order of `ids`."""
    found: dict[int, ReleaseSummary] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for row in db.execute(
            f"""
            SELECT r.id, r.title, r.issued, r.department,
                   count(p.clipping_id), count(DISTINCT c.outlet),
                   sum(p.kind = 'near-verbatim'),
                   (SELECT count(DISTINCT clipping_id) FROM photo_pickups pp
                     WHERE pp.release_id = r.id),
                   min(coalesce(c.published, substr(c.imported_at, 1, 10))),
                   max(coalesce(c.published, substr(c.imported_at, 1, 10)))
            FROM releases r
            LEFT JOIN pickups p ON p.release_id = r.id
            LEFT JOIN clippings c ON c.id = p.clipping_id
            WHERE r.id IN ({marks}) GROUP BY r.id
            """, chunk):
            found[row[0]] = ReleaseSummary(
                row[0], row[1], parse_stored_date(row[2]), row[3], row[4], row[5],
                int(row[6] or 0), int(row[7] or 0), row[8], row[9])
    return [found[i] for i in ids if i in found]


def search_texts(db: Database) -> dict[int, str]:
    """Each release's title, department, contact and text, as one string."""
    out = {rid: " ".join((title, department, contact)) for rid, title, department, contact
           in db.execute("SELECT id, title, department, contact FROM releases")}
    for rid, text in db.execute("SELECT release_id, group_concat(text, ' ') FROM "
                                "release_blocks GROUP BY release_id"):
        out[rid] = f"{out.get(rid, '')} {text}"
    return out


# ---- the matcher's index -------------------------------------------------------------------

def signatures(db: Database) -> list[tuple[int, dt.date | None, bytes]]:
    """(release id, issued, signature) for every release (signature b"" if none)."""
    return [(rid, parse_stored_date(issued), bytes(sig or b""))
            for rid, issued, sig in db.execute(
                "SELECT id, issued, signature FROM releases ORDER BY id")]


def state(db: Database) -> tuple[int, str, int]:
    """Changes whenever a release is added, edited or deleted (or undone): the key of
    the matcher's in-memory index."""
    row = db.execute(
        "SELECT count(*), coalesce(max(updated_at), ''), coalesce(sum(id), 0) "
        "FROM releases").fetchone()
    return int(row[0]), str(row[1]), int(row[2])


@dataclass
class ClippingText:
    """What the matcher reads of a clipping."""

    id: int
    title: str
    outlet: str
    published: dt.date | None
    imported_at: str
    blocks: list[Block]
    photos: list[tuple[int, str, str, str | None]]  # position, caption, credit, image


def clipping_texts(db: Database, ids: Sequence[int]) -> list[ClippingText]:
    out: dict[int, ClippingText] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for cid, title, outlet, published, imported in db.execute(
                f"SELECT id, title, outlet, published, imported_at FROM clippings "
                f"WHERE id IN ({marks})", chunk):
            out[cid] = ClippingText(cid, title, outlet, parse_stored_date(published),
                                    imported, [], [])
        for cid, kind, text in db.execute(
                f"SELECT clipping_id, kind, text FROM blocks WHERE clipping_id IN ({marks}) "
                "ORDER BY clipping_id, position", chunk):
            out[cid].blocks.append(Block(kind, text))
        for cid, position, caption, credit, image in db.execute(
                f"SELECT clipping_id, position, caption, credit, image FROM photos "
                f"WHERE clipping_id IN ({marks}) ORDER BY clipping_id, position", chunk):
            out[cid].photos.append((position, caption, credit, image))
    return [out[i] for i in ids if i in out]


def clippings_from(db: Database, day: dt.date | None) -> list[int]:
    """Clippings published on or after `day`, and those with no date (all if None)."""
    if day is None:
        return [r[0] for r in db.execute("SELECT id FROM clippings ORDER BY id")]
    return [r[0] for r in db.execute(
        "SELECT id FROM clippings WHERE published IS NULL OR published >= ? ORDER BY id",
        [day.isoformat()])]


# What a clipping is matched on: its text, its date, its photos' credits and captions.
_MATCH_KEY = (
    "c.body_key || '|' || coalesce(c.published, '') || '|' || (SELECT count(*) || ':' || "
    "total(length(p.credit) + length(p.caption)) || ':' || count(p.image) FROM photos p "
    "WHERE p.clipping_id = c.id)")


def stale_for_matching(db: Database, clipping_ids: Sequence[int]) -> list[int]:
    """Those of these clippings whose text, date or photos changed since they were last
    matched (or that never were)."""
    out: list[int] = []
    for chunk in _chunks(clipping_ids):
        marks = ",".join("?" * len(chunk))
        out += [r[0] for r in db.execute(
            f"SELECT c.id FROM clippings c LEFT JOIN pickup_checked k ON k.clipping_id = c.id "
            f"WHERE c.id IN ({marks}) AND (k.match_key IS NULL OR k.match_key != {_MATCH_KEY})",
            chunk)]
    return out


def mark_matched(db: Database, clipping_ids: Sequence[int]) -> None:
    for chunk in _chunks(clipping_ids):
        marks = ",".join("?" * len(chunk))
        db.execute(f"INSERT OR REPLACE INTO pickup_checked (clipping_id, match_key) "
                   f"SELECT c.id, {_MATCH_KEY} FROM clippings c WHERE c.id IN ({marks})", chunk)


# ---- pickups ---------------------------------------------------------------------------------

@dataclass
class PickupRecord:
    """A pickup as the matcher found it, before it is stored."""

    release_id: int
    clipping_id: int
    share: float
    coverage: float
    kind: str
    passages: int


def replace_pickups_of_clippings(db: Database, clipping_ids: Sequence[int],
                                 pickups: Iterable[PickupRecord],
                                 photos: Iterable[PhotoPickup]) -> None:
    """What the matcher found for these clippings replaces what was stored."""
    mark_matched(db, clipping_ids)
    for chunk in _chunks(clipping_ids):
        marks = ",".join("?" * len(chunk))
        db.execute(f"DELETE FROM pickups WHERE clipping_id IN ({marks})", chunk)
        db.execute(f"DELETE FROM photo_pickups WHERE clipping_id IN ({marks})", chunk)
    _insert(db, pickups, photos)


def replace_pickups_of_releases(db: Database, release_ids: Sequence[int],
                                pickups: Iterable[PickupRecord],
                                photos: Iterable[PhotoPickup]) -> None:
    for chunk in _chunks(release_ids):
        marks = ",".join("?" * len(chunk))
        db.execute(f"DELETE FROM pickups WHERE release_id IN ({marks})", chunk)
        db.execute(f"DELETE FROM photo_pickups WHERE release_id IN ({marks})", chunk)
    _insert(db, pickups, photos)


def _insert(db: Database, pickups: Iterable[PickupRecord],
            photos: Iterable[PhotoPickup]) -> None:
    now = now_iso()
    db.conn.executemany(
        "INSERT OR REPLACE INTO pickups (release_id, clipping_id, share, coverage, kind, "
        "passages, matched_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(p.release_id, p.clipping_id, p.share, p.coverage, p.kind, p.passages, now)
         for p in pickups])
    db.conn.executemany(
        "INSERT OR REPLACE INTO photo_pickups (release_id, clipping_id, position, how, "
        "distance) VALUES (?, ?, ?, ?, ?)",
        [(p.release_id, p.clipping_id, p.position, p.how, p.distance) for p in photos])


def pickups_of_clippings(db: Database, clipping_ids: Sequence[int]) -> int:
    """How many pickups and photo pickups these clippings have."""
    total = 0
    for chunk in _chunks(clipping_ids):
        marks = ",".join("?" * len(chunk))
        total += db.execute(
            f"SELECT (SELECT count(*) FROM pickups WHERE clipping_id IN ({marks})) + "
            f"(SELECT count(*) FROM photo_pickups WHERE clipping_id IN ({marks}))",
            [*chunk, *chunk]).fetchone()[0]
    return int(total)


def release_ids_of_clippings(db: Database, clipping_ids: Sequence[int]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for chunk in _chunks(clipping_ids):
        marks = ",".join("?" * len(chunk))
        for cid, rid in db.execute(
                f"SELECT clipping_id, release_id FROM pickups WHERE clipping_id IN ({marks}) "
                "ORDER BY clipping_id, release_id", chunk):
            out.setdefault(cid, []).append(rid)
    return out


def clippings_with_photo_pickups(db: Database) -> list[int]:
    """Clippings with a text pickup or a photo pickup, that have photos."""
    return [r[0] for r in db.execute(
        "SELECT DISTINCT clipping_id FROM (SELECT clipping_id FROM pickups UNION "
        "SELECT clipping_id FROM photo_pickups) WHERE clipping_id IN "
        "(SELECT clipping_id FROM photos) ORDER BY clipping_id")]


def replace_photo_pickups_of_clippings(db: Database, clipping_ids: Sequence[int],
                                       photos: Iterable[PhotoPickup]) -> None:
    for chunk in _chunks(clipping_ids):
        marks = ",".join("?" * len(chunk))
        db.execute(f"DELETE FROM photo_pickups WHERE clipping_id IN ({marks})", chunk)
    _insert(db, [], photos)


def pickups(db: Database, release_id: int | None = None, clipping_id: int | None = None,
            since: dt.date | None = None, until: dt.date | None = None) -> list[Pickup]:
    """Pickups, by release then publication date; `since`/`until` bound the release's
    issue date (the period a table reports on)."""
    where, params = _period("r.issued", since, until)
    if release_id is not None:
        where += " AND p.release_id = ?"
        params.append(release_id)
    if clipping_id is not None:
        where += " AND p.clipping_id = ?"
        params.append(clipping_id)
    rows = db.execute(
        f"""
        SELECT p.release_id, p.clipping_id, c.outlet, o.category, c.published,
               c.imported_at, p.share, p.coverage, p.kind,
               (SELECT count(*) FROM photo_pickups pp WHERE pp.release_id = p.release_id
                  AND pp.clipping_id = p.clipping_id), c.title
        FROM pickups p
        JOIN releases r ON r.id = p.release_id
        JOIN clippings c ON c.id = p.clipping_id
        LEFT JOIN outlets o ON o.name = c.outlet
        WHERE {where}
        ORDER BY r.issued DESC, p.release_id DESC, c.published IS NULL, c.published,
                 c.imported_at, p.clipping_id
        """, params).fetchall()
    return [Pickup(r[0], r[1], r[2], r[3], parse_stored_date(r[4]), r[5], r[6], r[7], r[8],
                   int(r[9]), r[10]) for r in rows]


def photo_pickups(db: Database, release_id: int | None = None,
                  clipping_id: int | None = None) -> list[PhotoPickup]:
    where, params = ["1"], []
    if release_id is not None:
        where.append("release_id = ?")
        params.append(release_id)
    if clipping_id is not None:
        where.append("clipping_id = ?")
        params.append(clipping_id)
    return [PhotoPickup(*row) for row in db.execute(
        "SELECT release_id, clipping_id, position, how, distance FROM photo_pickups "
        f"WHERE {' AND '.join(where)} ORDER BY release_id, clipping_id, position", params)]


# ---- photos: credits and perceptual hashes ------------------------------------------------------

def photo_credits(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT credit FROM photo_credits ORDER BY position")]


def set_photo_credits(db: Database, credits: Sequence[str]) -> None:
    db.execute("DELETE FROM photo_credits")
    db.conn.executemany("INSERT INTO photo_credits (position, credit) VALUES (?, ?)",
                        list(enumerate(credits)))


def release_photo_hashes(db: Database) -> list[tuple[int, int, str]]:
    """(release id, position, hash) of every release photo with a hash."""
    return [(r[0], r[1], r[2]) for r in db.execute(
        "SELECT release_id, position, phash FROM release_photos WHERE phash IS NOT NULL")]


def cached_hashes(db: Database, images: Sequence[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for start in range(0, len(images), _BATCH):
        chunk = list(images[start:start + _BATCH])
        marks = ",".join("?" * len(chunk))
        out.update(db.execute(
            f"SELECT image, phash FROM photo_hashes WHERE image IN ({marks})", chunk))
    return out


def cache_hashes(db: Database, hashes: dict[str, str]) -> None:
    db.conn.executemany("INSERT OR REPLACE INTO photo_hashes (image, phash) VALUES (?, ?)",
                        list(hashes.items()))
