"""Tags: any number per clipping, hierarchical with `/` (`trip/US`), renamed and merged
across the library, added and removed in bulk, and undoable.

Renaming or merging a tag carries its children along: `trip` -> `travel` also turns
`trip/US` into `travel/US` (merging into `travel/US` if that already exists).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from clipper.domain import Changes, TagCount
from clipper.organise.common import chunks, existing_ids, fold
from clipper.organise.journal import step
from clipper.store import tags as rows
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


def _changes(ids: Iterable[int]) -> Changes:
    return Changes(clippings_changed=sorted(set(ids)), tags=True)


# ---- operations (each one undoable step) -------------------------------------------------

def add_tags(library: Library, ids: Iterable[int], tags: Iterable[str]) -> Changes:
    """Give every clipping in `ids` every tag in `tags` (one undoable step)."""
    ids = existing_ids(library, ids)
    names = list(dict.fromkeys(normalise_tag(t) for t in tags))
    changed: set[int] = set()
    created = False
    with step(library, "add_tags", f"add tag {', '.join(names)} to {len(ids)} clipping(s)",
              tags=names, count=len(ids)), library.transaction() as db:
        for name in names:
            tid, new_tag = rows.ensure_tag(db, name)
            created = created or new_tag
            have = rows.tagged_ids(db, tid)
            new = [i for i in ids if i not in have]
            rows.link(db, ((i, tid) for i in new))
            changed.update(new)
    return _changes(changed) if (changed or created) else Changes()


def remove_tags(library: Library, ids: Iterable[int], tags: Iterable[str]) -> Changes:
    """Take each tag in `tags` (exactly, not its children) off every clipping in `ids`.

    A tag left on no clipping is deleted (undo brings it back)."""
    ids = existing_ids(library, ids)
    names = list(dict.fromkeys(normalise_tag(t) for t in tags))
    changed: set[int] = set()
    deleted = False
    with step(library, "remove_tags",
              f"remove tag {', '.join(names)} from {len(ids)} clipping(s)",
              tags=names, count=len(ids)), library.transaction() as db:
        for name in names:
            tid = rows.tag_id(db, name)
            if tid is None:
                raise LibraryError(f"no tag named {name!r}")
            have = rows.tagged_ids(db, tid)
            gone = [i for i in ids if i in have]
            rows.unlink(db, ((i, tid) for i in gone))
            changed.update(gone)
            if len(gone) == len(have):
                rows.delete(db, tid)
                deleted = True
    return _changes(changed) if (changed or deleted) else Changes()


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
    changed: set[int] = set()
    # A source inside another source's subtree moves with it (merging trip and trip/US
    # into travel moves trip/US once, as travel/US).
    olds = list({fold(o): o for o in reversed(olds)}.values())[::-1]  # once each
    olds = [o for o in olds if not any(fold(o) != fold(p) and in_subtree(o, p) for p in olds)]
    kind = "merge_tags" if merge else "rename_tag"
    with step(library, kind, f"{verb} tag {', '.join(olds)} -> {target}",
              sources=olds, target=target), library.transaction() as db:
        for old in olds:
            if fold(old) != fold(target) and in_subtree(target, old):
                raise LibraryError(f"cannot {verb} {old!r} into its own child {target!r}")
            subtree = sorted(
                ((tid, name) for tid, name in rows.all_tags(db) if in_subtree(name, old)),
                key=lambda t: len(t[1]),
            )
            if not subtree:
                raise LibraryError(f"no tag named {old!r}")
            top_id = subtree[0][0]
            clash = rows.tag_id(db, target)
            if not merge and clash is not None and clash != top_id:
                raise LibraryError(
                    f"a tag named {target!r} exists already; use `tag merge` to fold "
                    f"{old!r} into it"
                )
            for tid, name in subtree:
                new_name = target + name[len(old):]
                into = rows.tag_id(db, new_name)
                if into is None or into == tid:
                    if name != new_name:
                        rows.rename(db, tid, new_name)
                        changed.update(rows.tagged_ids(db, tid))
                    continue
                members = rows.tagged_ids(db, tid)
                rows.link(db, ((i, into) for i in sorted(members)))
                rows.delete(db, tid)  # cascades its links
                changed.update(members)
    return _changes(changed)


def delete_tag(library: Library, name: str) -> Changes:
    """Delete a tag and its children from every clipping (one undoable step)."""
    root = normalise_tag(name)
    changed: set[int] = set()
    with step(library, "delete_tag", f"delete tag {root}", name=root), \
            library.transaction() as db:
        subtree = [(tid, n) for tid, n in rows.all_tags(db) if in_subtree(n, root)]
        if not subtree:
            raise LibraryError(f"no tag named {root!r}")
        for tid, _n in subtree:
            changed.update(rows.tagged_ids(db, tid))
            rows.delete(db, tid)
    return _changes(changed)


def promote_keywords(library: Library, ids: Iterable[int], prefix: str = "") -> Changes:
    """Turn each clipping's own source keywords into tags (under `prefix/` if given)."""
    ids = existing_ids(library, ids)
    base = normalise_tag(prefix) + "/" if prefix.strip(" /") else ""
    changed: set[int] = set()
    with step(library, "promote_keywords",
              f"promote keywords of {len(ids)} clipping(s) to tags", count=len(ids)), \
            library.transaction() as db:
        for chunk in chunks(ids):
            for clipping_id, keyword in rows.source_keywords(db, chunk):
                try:
                    name = base + normalise_tag(keyword)
                except LibraryError:
                    continue  # a keyword of only slashes or spaces is no tag
                tid, _created = rows.ensure_tag(db, name)
                if rows.link_one(db, clipping_id, tid):
                    changed.add(clipping_id)
    return _changes(changed) if changed else Changes()


# ---- reading ----------------------------------------------------------------------------

def list_tags(library: Library) -> list[TagCount]:
    """Every tag with its number of clippings, in name order (children after parents)."""
    found_rows = rows.counts(library.db)
    found = [TagCount(name, count, count) for _, name, count in found_rows]
    parents = {fold(name.rsplit("/", 1)[0]) for _, name, _ in found_rows if "/" in name}
    for tag in found:
        parent_of_some = any(fold(tag.name) == p or p.startswith(fold(tag.name) + "/")
                             for p in parents)
        if parent_of_some:
            tids = [tid for tid, name, _ in found_rows if in_subtree(name, tag.name)]
            tag.total = rows.distinct_count(library.db, tids)
    # Sorting by segments keeps `trip/US` under `trip` even when `trip-2024` exists.
    return sorted(found, key=lambda t: [fold(s) for s in t.name.split("/")])


def clippings_with_tag(library: Library, name: str, children: bool = True) -> list[int]:
    """Ids of clippings carrying tag `name` (or, with `children`, any `name/...` tag)."""
    root = normalise_tag(name)
    tids = [tid for tid, n in rows.all_tags(library.db)
            if (in_subtree(n, root) if children else fold(n) == fold(root))]
    if not tids:
        return []
    return rows.clippings_with(library.db, tids)
