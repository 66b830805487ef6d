"""Story rows: each clipping's MinHash signature and LSH bands, the groups of
near-duplicates (`story_members`) and the user's splits (`story_decisions`).

Plain queries for organise/duplicates.py, which owns the maths and the grouping rules;
writes run inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from clipper.store.clippings import chunks

# ---- signatures ---------------------------------------------------------------------------


def bodies(db: Database, ids: list[int]) -> dict[int, tuple[str, str]]:
    """(body_key, body text with blocks joined by "\\n") per id that exists."""
    found: dict[int, tuple[str, list[str]]] = {}
    for chunk in chunks(ids):
        marks = ",".join("?" * len(chunk))
        for cid, key in db.execute(
            f"SELECT id, body_key FROM clippings WHERE id IN ({marks})", chunk
        ):
            found[cid] = (key, [])
        for cid, text in db.execute(
            f"SELECT clipping_id, text FROM blocks WHERE clipping_id IN ({marks}) "
            "ORDER BY clipping_id, position", chunk
        ):
            found[cid][1].append(text)
    return {cid: (key, "\n".join(parts)) for cid, (key, parts) in found.items()}


def stale_ids(db: Database, ids: list[int] | None) -> list[int]:
    """Clippings (of `ids`, or all) whose signature is missing or older than their body."""
    # The parentheses matter: `AND c.id IN (...)` must restrict both cases (issue 14).
    sql = ("SELECT c.id FROM clippings c LEFT JOIN story_signatures s ON s.clipping_id = c.id "
           "WHERE (s.clipping_id IS NULL OR s.body_key != c.body_key)")
    if ids is None:
        return [r[0] for r in db.execute(sql + " ORDER BY c.id")]
    stale: list[int] = []
    for chunk in chunks(ids):
        marks = ",".join("?" * len(chunk))
        stale += [r[0] for r in db.execute(f"{sql} AND c.id IN ({marks})", chunk)]
    return stale


def save_signature(db: Database, clipping_id: int, body_key: str, signature: bytes | None,
                   shingles: int, bands: list[int]) -> None:
    """Replace a clipping's signature and its band keys (none for a text too short)."""
    db.execute("DELETE FROM story_bands WHERE clipping_id = ?", [clipping_id])
    db.execute(
        "INSERT OR REPLACE INTO story_signatures (clipping_id, body_key, signature, "
        "shingles) VALUES (?, ?, ?, ?)",
        [clipping_id, body_key, signature, shingles],
    )
    if bands:
        db.conn.executemany(
            "INSERT OR IGNORE INTO story_bands (band_key, clipping_id) VALUES (?, ?)",
            [(k, clipping_id) for k in bands],
        )


def signature(db: Database, clipping_id: int) -> bytes | None:
    """The stored signature (little-endian uint32s), or None when missing or too short."""
    row = db.execute(
        "SELECT signature FROM story_signatures WHERE clipping_id = ?", [clipping_id]
    ).fetchone()
    return None if row is None else row[0]


def band_candidates(db: Database, bands: list[int], clipping_id: int) -> list[int]:
    """Other clippings sharing at least one band key with these."""
    marks = ",".join("?" * len(bands))
    return [r[0] for r in db.execute(
        f"SELECT DISTINCT clipping_id FROM story_bands WHERE band_key IN ({marks}) "
        "AND clipping_id != ?", [*bands, clipping_id])]


# ---- groups -------------------------------------------------------------------------------


def story_of(db: Database, clipping_id: int) -> int | None:
    row = db.execute(
        "SELECT story_id FROM story_members WHERE clipping_id = ?", [clipping_id]
    ).fetchone()
    return row[0] if row else None


def members(db: Database, story_id: int) -> list[int]:
    return [r[0] for r in db.execute(
        "SELECT clipping_id FROM story_members WHERE story_id = ?", [story_id])]


def all_members(db: Database) -> list[tuple[int, int]]:
    """(clipping id, story id) of every grouped clipping."""
    return [(r[0], r[1]) for r in db.execute("SELECT clipping_id, story_id FROM story_members")]


def stories_of(db: Database, ids: list[int]) -> list[tuple[int, int]]:
    """(clipping id, story id) of those of `ids` that are in a group."""
    found: list[tuple[int, int]] = []
    for chunk in chunks(ids):
        marks = ",".join("?" * len(chunk))
        found += [(r[0], r[1]) for r in db.execute(
            f"SELECT clipping_id, story_id FROM story_members WHERE clipping_id IN ({marks})",
            chunk)]
    return found


def new_story_id(db: Database) -> int:
    return (db.execute("SELECT max(story_id) FROM story_members").fetchone()[0] or 0) + 1


def add_member(db: Database, clipping_id: int, story_id: int) -> None:
    db.execute("INSERT INTO story_members (clipping_id, story_id) VALUES (?, ?)",
               [clipping_id, story_id])


def set_members(db: Database, ids: Iterable[int], story_id: int) -> None:
    """Put these clippings in `story_id`, moving them out of any other group."""
    db.conn.executemany(
        "INSERT OR REPLACE INTO story_members (clipping_id, story_id) VALUES (?, ?)",
        [(m, story_id) for m in ids],
    )


def remove_member(db: Database, clipping_id: int) -> None:
    db.execute("DELETE FROM story_members WHERE clipping_id = ?", [clipping_id])


def prune_singletons(db: Database) -> int:
    """Dissolve groups of fewer than two members; how many memberships went."""
    return db.execute(
        "DELETE FROM story_members WHERE story_id IN (SELECT story_id FROM story_members "
        "GROUP BY story_id HAVING count(*) < 2)"
    ).rowcount


def dates(db: Database, ids: list[int]) -> list[tuple[int, str | None, str]]:
    """(id, published, imported_at) of these clippings, for ordering a group."""
    rows: list[tuple[int, str | None, str]] = []
    for chunk in chunks(ids):
        marks = ",".join("?" * len(chunk))
        rows += [(r[0], r[1], r[2]) for r in db.execute(
            f"SELECT id, published, imported_at FROM clippings WHERE id IN ({marks})", chunk)]
    return rows


# ---- the user's decisions -----------------------------------------------------------------


def kept_apart(db: Database, pairs: Iterable[tuple[int, int]]) -> bool:
    """Whether the user split any of these (smaller id, larger id) pairs."""
    return any(db.execute(
        "SELECT 1 FROM story_decisions WHERE a = ? AND b = ? AND decision = 'apart'", pair
    ).fetchone() for pair in pairs)


def keep_apart(db: Database, pairs: Iterable[tuple[int, int]]) -> None:
    """Remember that detection must not group these (smaller id, larger id) pairs."""
    db.conn.executemany(
        "INSERT OR REPLACE INTO story_decisions (a, b, decision) VALUES (?, ?, 'apart')",
        list(pairs),
    )


def forget_decisions(db: Database, ids: list[int]) -> None:
    """Forget splits between any two of these clippings."""
    for chunk in chunks(ids):
        marks = ",".join("?" * len(chunk))
        db.execute(f"DELETE FROM story_decisions WHERE a IN ({marks}) AND b IN ({marks})",
                   [*chunk, *chunk])
