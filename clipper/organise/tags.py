"""Tags: any number per clipping, hierarchical with `/` (`trip/US`), renamed and merged
across the library, added and removed in bulk, and undoable.

Renaming or merging a tag carries its children along: `trip` -> `travel` also turns
`trip/US` into `travel/US` (merging into `travel/US` if that already exists).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlite_utils import Database

from clipper.domain import Changes, TagCount
from clipper.organise.common import chunks, existing_ids, fold
from clipper.organise.journal import UndoRecord, record
from clipper.store.library import Library, LibraryError

MAX_TAG_LENGTH = 200
_SPACES = re.compile(r"\s+")


def normalise_tag(name: str) -> str:
    """`" trip / US "` -> `"trip/US"`: segments trimmed, inner spaces single, no empties."""
    segments = [_SPACES.sub(" ", part).strip() for part in str(name).split("/")]
    clean = "/".join(s for s in segments if s)
    if not clean:
        raise LibraryError(f"not a tag name: {name!r}")
    if len(clean) > MAX_TAG_LENGTH:
        raise LibraryError(f"tag name longer than {MAX_TAG_LENGTH} characters: {clean[:40]}...")
    return clean


def in_subtree(name: str, root: str) -> bool:
    """Whether tag `name` is `root` or one of its `root/...` children (ASCII case ignored)."""
    n, r = fold(name), fold(root)
    return n == r or n.startswith(r + "/")


# ---- primitives used inside a transaction (also by undo) ------------------------------

def tag_id(db: Database, name: str) -> int | None:
    row = db.execute("SELECT id FROM tags WHERE name = ?", [name]).fetchone()
    return row[0] if row else None


def ensure_tag(db: Database, name: str) -> tuple[int, bool]:
    """The id of tag `name`, creating it; and whether it was created."""
    existing = tag_id(db, name)
    if existing is not None:
        return existing, False
    return int(db.execute("INSERT INTO tags (name) VALUES (?)", [name]).lastrowid), True


def tagged_ids(db: Database, tid: int) -> set[int]:
    return {r[0] for r in db.execute(
        "SELECT clipping_id FROM clipping_tags WHERE tag_id = ?", [tid])}


def link(db: Database, pairs: Iterable[tuple[int, int]]) -> None:
    db.conn.executemany(
        "INSERT OR IGNORE INTO clipping_tags (clipping_id, tag_id) VALUES (?, ?)", list(pairs)
    )


def unlink(db: Database, pairs: Iterable[tuple[int, int]]) -> None:
    db.conn.executemany(
        "DELETE FROM clipping_tags WHERE clipping_id = ? AND tag_id = ?", list(pairs)
    )


def _all_tags(db: Database) -> list[tuple[int, str]]:
    return [(r[0], r[1]) for r in db.execute("SELECT id, name FROM tags")]


def _changes(ids: Iterable[int]) -> Changes:
    return Changes(clippings_changed=sorted(set(ids)), tags=True)


# ---- operations -------------------------------------------------------------------------

def add_tags(library: Library, ids: Iterable[int], tags: Iterable[str]) -> Changes:
    """Give every clipping in `ids` every tag in `tags` (one undoable step)."""
    ids = existing_ids(library, ids)
    names = list(dict.fromkeys(normalise_tag(t) for t in tags))
    entry = UndoRecord(label=f"add tag {', '.join(names)} to {len(ids)} clipping(s)")
    changed: set[int] = set()
    with library.transaction() as db:
        for name in names:
            tid, created = ensure_tag(db, name)
            stored = db.execute("SELECT name FROM tags WHERE id = ?", [tid]).fetchone()[0]
            if created:
                entry.tags_created.append(stored)
            have = tagged_ids(db, tid)
            new = [i for i in ids if i not in have]
            link(db, ((i, tid) for i in new))
            entry.tags_added += [(i, stored) for i in new]
            changed.update(new)
        record(db, entry)
    return _changes(changed) if (changed or entry.tags_created) else Changes()


def remove_tags(library: Library, ids: Iterable[int], tags: Iterable[str]) -> Changes:
    """Take each tag in `tags` (exactly, not its children) off every clipping in `ids`.

    A tag left on no clipping is deleted (undo brings it back)."""
    ids = existing_ids(library, ids)
    names = list(dict.fromkeys(normalise_tag(t) for t in tags))
    entry = UndoRecord(label=f"remove tag {', '.join(names)} from {len(ids)} clipping(s)")
    changed: set[int] = set()
    with library.transaction() as db:
        for name in names:
            tid = tag_id(db, name)
            if tid is None:
                raise LibraryError(f"no tag named {name!r}")
            stored = db.execute("SELECT name FROM tags WHERE id = ?", [tid]).fetchone()[0]
            have = tagged_ids(db, tid)
            gone = [i for i in ids if i in have]
            unlink(db, ((i, tid) for i in gone))
            entry.tags_removed += [(i, stored) for i in gone]
            changed.update(gone)
            if len(gone) == len(have):
                db.execute("DELETE FROM tags WHERE id = ?", [tid])
                entry.tags_deleted.append(stored)
        record(db, entry)
    return _changes(changed) if (changed or entry.tags_deleted) else Changes()


def rename_tag(library: Library, old: str, new: str) -> Changes:
    """Rename a tag and its children; refuses when `new` is already a tag (use merge)."""
    return _move(library, [old], new, merge=False)


def merge_tags(library: Library, sources: Iterable[str], target: str) -> Changes:
    """Fold each source tag (and its children) into `target`, which may already exist."""
    return _move(library, list(sources), target, merge=True)


def _move(library: Library, sources: list[str], target: str, merge: bool) -> Changes:
    target = normalise_tag(target)
    olds = [normalise_tag(s) for s in sources]
    if not olds:
        raise LibraryError("no tag to merge")
    verb = "merge" if merge else "rename"
    entry = UndoRecord(label=f"{verb} tag {', '.join(olds)} -> {target}")
    changed: set[int] = set()
    # A source inside another source's subtree moves with it (merging trip and trip/US
    # into travel moves trip/US once, as travel/US).
    olds = list({fold(o): o for o in reversed(olds)}.values())[::-1]  # once each
    olds = [o for o in olds if not any(fold(o) != fold(p) and in_subtree(o, p) for p in olds)]
    with library.transaction() as db:
        for old in olds:
            if fold(old) != fold(target) and in_subtree(target, old):
                raise LibraryError(f"cannot {verb} {old!r} into its own child {target!r}")
            subtree = sorted(
                ((tid, name) for tid, name in _all_tags(db) if in_subtree(name, old)),
                key=lambda t: len(t[1]),
            )
            if not subtree:
                raise LibraryError(f"no tag named {old!r}")
            top_id = subtree[0][0]
            clash = tag_id(db, target)
            if not merge and clash is not None and clash != top_id:
                raise LibraryError(
                    f"a tag named {target!r} exists already; use `tag merge` to fold "
                    f"{old!r} into it"
                )
            for tid, name in subtree:
                new_name = target + name[len(old):]
                into = tag_id(db, new_name)
                if into is None or into == tid:
                    if name != new_name:
                        db.execute("UPDATE tags SET name = ? WHERE id = ?", [new_name, tid])
                        entry.tag_renames.append((name, new_name))
                        changed.update(tagged_ids(db, tid))
                    continue
                into_name = db.execute("SELECT name FROM tags WHERE id = ?", [into]).fetchone()[0]
                have = tagged_ids(db, into)
                members = tagged_ids(db, tid)
                new = sorted(members - have)
                link(db, ((i, into) for i in new))
                entry.tags_added += [(i, into_name) for i in new]
                entry.tags_removed += [(i, name) for i in sorted(members)]
                db.execute("DELETE FROM tags WHERE id = ?", [tid])  # cascades its links
                entry.tags_deleted.append(name)
                changed.update(members)
        record(db, entry)
    return _changes(changed)


def delete_tag(library: Library, name: str) -> Changes:
    """Delete a tag and its children from every clipping (one undoable step)."""
    root = normalise_tag(name)
    entry = UndoRecord(label=f"delete tag {root}")
    changed: set[int] = set()
    with library.transaction() as db:
        subtree = [(tid, n) for tid, n in _all_tags(db) if in_subtree(n, root)]
        if not subtree:
            raise LibraryError(f"no tag named {root!r}")
        for tid, n in subtree:
            members = sorted(tagged_ids(db, tid))
            entry.tags_removed += [(i, n) for i in members]
            entry.tags_deleted.append(n)
            changed.update(members)
            db.execute("DELETE FROM tags WHERE id = ?", [tid])
        record(db, entry)
    return _changes(changed)


def promote_keywords(library: Library, ids: Iterable[int], prefix: str = "") -> Changes:
    """Turn each clipping's own source keywords into tags (under `prefix/` if given)."""
    ids = existing_ids(library, ids)
    base = normalise_tag(prefix) + "/" if prefix.strip(" /") else ""
    entry = UndoRecord(label=f"promote keywords of {len(ids)} clipping(s) to tags")
    changed: set[int] = set()
    with library.transaction() as db:
        for chunk in chunks(ids):
            marks = ",".join("?" * len(chunk))
            rows = db.execute(
                f"SELECT clipping_id, keyword FROM source_keywords WHERE clipping_id IN ({marks}) "
                "ORDER BY clipping_id, position",
                chunk,
            ).fetchall()
            for clipping_id, keyword in rows:
                try:
                    name = base + normalise_tag(keyword)
                except LibraryError:
                    continue  # a keyword of only slashes or spaces is no tag
                tid, created = ensure_tag(db, name)
                stored = db.execute("SELECT name FROM tags WHERE id = ?", [tid]).fetchone()[0]
                if created:
                    entry.tags_created.append(stored)
                cur = db.execute(
                    "INSERT OR IGNORE INTO clipping_tags (clipping_id, tag_id) VALUES (?, ?)",
                    [clipping_id, tid],
                )
                if cur.rowcount:
                    entry.tags_added.append((clipping_id, stored))
                    changed.add(clipping_id)
        record(db, entry)
    return _changes(changed) if changed else Changes()


# ---- reading ----------------------------------------------------------------------------

def list_tags(library: Library) -> list[TagCount]:
    """Every tag with its number of clippings, in name order (children after parents)."""
    rows = library.db.execute(
        "SELECT t.id, t.name, count(ct.clipping_id) FROM tags t "
        "LEFT JOIN clipping_tags ct ON ct.tag_id = t.id GROUP BY t.id"
    ).fetchall()
    found = [TagCount(name, count, count) for _, name, count in rows]
    parents = {fold(name.rsplit("/", 1)[0]) for _, name, _ in rows if "/" in name}
    for tag in found:
        parent_of_some = any(fold(tag.name) == p or p.startswith(fold(tag.name) + "/")
                             for p in parents)
        if parent_of_some:
            tids = [tid for tid, name, _ in rows if in_subtree(name, tag.name)]
            marks = ",".join("?" * len(tids))
            tag.total = library.db.execute(
                f"SELECT count(DISTINCT clipping_id) FROM clipping_tags WHERE tag_id IN ({marks})",
                tids).fetchone()[0]
    # Sorting by segments keeps `trip/US` under `trip` even when `trip-2024` exists.
    return sorted(found, key=lambda t: [fold(s) for s in t.name.split("/")])


def clippings_with_tag(library: Library, name: str, children: bool = True) -> list[int]:
    """Ids of clippings carrying tag `name` (or, with `children`, any `name/...` tag)."""
    root = normalise_tag(name)
    tids = [tid for tid, n in _all_tags(library.db)
            if (in_subtree(n, root) if children else fold(n) == fold(root))]
    if not tids:
        return []
    marks = ",".join("?" * len(tids))
    return [r[0] for r in library.db.execute(
        f"SELECT DISTINCT clipping_id FROM clipping_tags WHERE tag_id IN ({marks}) "
        "ORDER BY clipping_id", tids)]
