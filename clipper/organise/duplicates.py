"""Near-duplicates: the same agency story or press release picked up by many outlets
with small changes, grouped as one story (an original and its pickups).

Each clipping's normalised body becomes a set of character 5-gram shingles (character
grams because Korean words change their endings: 경기도지사가 / 경기도지사는), hashed
into a 64-value MinHash (datasketch). Twenty-one LSH bands of three values each go into
an indexed table, so finding candidates for a new clipping is one SQL lookup, not a
scan (a pair at Jaccard 0.5 becomes a candidate with probability 0.94, at 0.1 with 0.02);
candidates are confirmed when their estimated Jaccard similarity is at least THRESHOLD.
A new clipping joins the group of its best grouped match (else pairs with its best
match); two groups are never joined automatically. The user splits and merges groups;
a split is remembered so detection never puts those clippings back together.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import TYPE_CHECKING

from clipper.domain import Changes, StoryGroup
from clipper.organise.common import chunks, existing_ids
from clipper.progress import Cancelled, Progress
from clipper.store import clippings as clipping_rows
from clipper.store import stories as story_rows
from clipper.store.keys import normalise_text
from clipper.store.library import Library, LibraryError

if TYPE_CHECKING:
    import numpy as np

NUM_PERM = 64
BAND_ROWS = 3
BANDS = NUM_PERM // BAND_ROWS
SHINGLE = 5
THRESHOLD = 0.5  # estimated Jaccard of shingle sets; syndicated copies measure 0.7-1.0
MIN_CHARS = 80  # shorter bodies are too generic to call anything a copy of them
# Pinned so signatures stored by one datasketch version compare with the next one's.
_SEED = 1
_SCHEME = "affine32"


def shingles(text: str) -> set[bytes]:
    norm = normalise_text(text)
    return {norm[i:i + SHINGLE].encode("utf-8") for i in range(max(1, len(norm) - SHINGLE + 1))}


def signature(text: str) -> np.ndarray | None:
    """The MinHash values of `text` (uint32), or None for a text too short to compare."""
    if len(normalise_text(text)) < MIN_CHARS:
        return None
    # Imported here: datasketch pulls in scipy (0.4 s), which no other command needs.
    import numpy as np
    from datasketch import MinHash

    minhash = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME)
    minhash.update_batch(list(shingles(text)))
    return minhash.digest().astype(np.uint32)


def band_keys(sig: np.ndarray) -> list[int]:
    keys = []
    for band in range(BANDS):
        chunk = sig[band * BAND_ROWS:(band + 1) * BAND_ROWS].astype("<u4").tobytes()
        digest = hashlib.blake2b(bytes([band]) + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    import numpy as np

    return float(np.count_nonzero(a == b)) / len(a)


# ---- signatures ---------------------------------------------------------------------------

def stale_ids(library: Library, ids: list[int] | None) -> list[int]:
    """Clippings (of `ids`, or all) whose signature is missing or older than their body."""
    return story_rows.stale_ids(library.db, ids)


def _store_signatures(library: Library, ids: list[int]) -> None:
    texts = story_rows.bodies(library.db, ids)
    with library.transaction() as db:
        for cid, (key, text) in texts.items():
            sig = signature(text)
            story_rows.save_signature(
                db, cid, key, None if sig is None else sig.astype("<u4").tobytes(),
                len(shingles(text)), [] if sig is None else band_keys(sig))


def _signature_of(library: Library, clipping_id: int) -> np.ndarray | None:
    stored = story_rows.signature(library.db, clipping_id)
    if stored is None:
        return None
    import numpy as np

    return np.frombuffer(stored, dtype="<u4")


# ---- grouping -----------------------------------------------------------------------------

def _apart(library: Library, a: int, others: Iterable[int]) -> bool:
    return story_rows.kept_apart(
        library.db, [(min(a, b), max(a, b)) for b in others if b != a])


def matches(library: Library, clipping_id: int) -> list[tuple[int, float]]:
    """Stored clippings whose body is a near-duplicate of this one's, best first."""
    sig = _signature_of(library, clipping_id)
    if sig is None:
        return []
    candidates = story_rows.band_candidates(library.db, band_keys(sig), clipping_id)
    scored = []
    for other in candidates:
        other_sig = _signature_of(library, other)
        if other_sig is not None:
            score = similarity(sig, other_sig)
            if score >= THRESHOLD:
                scored.append((other, score))
    return sorted(scored, key=lambda m: (-m[1], m[0]))


def _group_one(library: Library, clipping_id: int) -> bool:
    """Put an ungrouped clipping into a group with its near-duplicates; whether it joined.

    An existing group of a match comes first (the best-scoring one the user has not
    split it from), so that the copies of one story end in one group whatever order
    they arrive in; otherwise it pairs with its best ungrouped match.
    """
    if story_rows.story_of(library.db, clipping_id) is not None:
        return False
    found = matches(library, clipping_id)
    grouped = [(other, story_rows.story_of(library.db, other)) for other, _score in found]
    choices = [(o, s) for o, s in grouped if s is not None] + [
        (o, s) for o, s in grouped if s is None]
    for other, story in choices:
        members = story_rows.members(library.db, story) if story is not None else [other]
        if _apart(library, clipping_id, members):
            continue
        with library.transaction() as db:
            if story is None:
                story = story_rows.new_story_id(db)
                story_rows.add_member(db, other, story)
            story_rows.add_member(db, clipping_id, story)
        return True
    return False


def detect_duplicates(library: Library, ids: Iterable[int] | None = None,
                      progress: Progress | None = None,
                      cancelled: Cancelled | None = None) -> Changes:
    """Compute missing or stale signatures (of `ids`, or the whole library) and group
    those clippings that are in no group yet with their near-duplicates."""
    wanted = None if ids is None else sorted(set(ids))
    stale = stale_ids(library, wanted)
    todo = wanted if wanted is not None else clipping_rows.all_ids(library.db)
    total = len(stale) + len(todo)
    done = 0
    for chunk in chunks(stale, 200):
        if cancelled is not None and cancelled():
            break
        _store_signatures(library, chunk)
        done += len(chunk)
        if progress is not None:
            progress(done, total, "computing signatures")
    grouped: list[int] = []
    for clipping_id in todo:
        if cancelled is not None and cancelled():
            break
        if _group_one(library, clipping_id):
            grouped.append(clipping_id)
        done += 1
        if progress is not None and done % 100 == 0:
            progress(done, total, "grouping")
    if progress is not None:
        progress(total, total, "")
    return Changes(stories=True) if grouped else Changes()


def split_from_group(library: Library, ids: Iterable[int]) -> Changes:
    """Take clippings out of their story groups; detection will not put them back."""
    ids = existing_ids(library, ids)
    for clipping_id in ids:
        if story_rows.story_of(library.db, clipping_id) is None:
            raise LibraryError(f"clipping {clipping_id} is in no story group")
    touched = False
    for clipping_id in ids:
        story = story_rows.story_of(library.db, clipping_id)
        if story is None:
            # Splitting every copy of a story: the last one was left alone by the
            # split before it (a group of one is no group). Nothing more to do.
            continue
        rest = [m for m in story_rows.members(library.db, story) if m != clipping_id]
        with library.transaction() as db:
            story_rows.remove_member(db, clipping_id)
            story_rows.keep_apart(db, [(min(clipping_id, m), max(clipping_id, m)) for m in rest])
            if len(rest) == 1:  # a group of one is no group
                story_rows.remove_member(db, rest[0])
        touched = True
    return Changes(stories=True) if touched else Changes()


def prune_groups(library: Library) -> Changes:
    """Dissolve groups that deleting clippings left with one member, so that member can
    be grouped again."""
    with library.transaction() as db:
        gone = story_rows.prune_singletons(db)
    return Changes(stories=True) if gone else Changes()


def merge_into_group(library: Library, ids: Iterable[int]) -> StoryGroup:
    """Put these clippings (and the groups they are in) together as one story."""
    ids = existing_ids(library, ids)
    if len(ids) < 2:
        raise LibraryError("give at least two clippings to group together")
    stories = sorted({s for s in (story_rows.story_of(library.db, i) for i in ids)
                      if s is not None})
    members = set(ids)
    for story in stories:
        members.update(story_rows.members(library.db, story))
    story = stories[0] if stories else story_rows.new_story_id(library.db)
    everyone = sorted(members)
    with library.transaction() as db:
        story_rows.set_members(db, everyone, story)
        # The user's word now is that these belong together: forget older splits.
        story_rows.forget_decisions(db, everyone)
    group = group_of(library, ids[0])
    assert group is not None
    return group


# ---- reading ------------------------------------------------------------------------------

def _order(library: Library, ids: list[int]) -> list[int]:
    """Earliest published first (undated after dated), then earliest imported."""
    rows = story_rows.dates(library.db, ids)
    rows.sort(key=lambda r: (r[1] is None, r[1] or "", r[2], r[0]))
    return [r[0] for r in rows]


def list_groups(library: Library) -> list[StoryGroup]:
    """Every group of two or more clippings, newest original first."""
    by_story: dict[int, list[int]] = {}
    for clipping_id, story in story_rows.all_members(library.db):
        by_story.setdefault(story, []).append(clipping_id)
    groups = []
    for story, members in by_story.items():
        if len(members) < 2:
            continue  # what deleting clippings can leave behind
        ordered = _order(library, members)
        groups.append(StoryGroup(story, ordered[0], ordered[1:]))
    groups.sort(key=lambda g: -g.original)
    return groups


def group_of(library: Library, clipping_id: int) -> StoryGroup | None:
    story = story_rows.story_of(library.db, clipping_id)
    if story is None:
        return None
    members = story_rows.members(library.db, story)
    if len(members) < 2:
        return None
    ordered = _order(library, members)
    return StoryGroup(story, ordered[0], ordered[1:])


def story_keys(library: Library, ids: Iterable[int]) -> dict[int, int]:
    """For each id, the id of its story's original (itself when in no group): reports
    count distinct values to count stories rather than clippings."""
    wanted = list(dict.fromkeys(ids))
    keys = {i: i for i in wanted}
    originals: dict[int, int] = {}
    for clipping_id, story in story_rows.stories_of(library.db, wanted):
        if story not in originals:
            group = group_of(library, clipping_id)
            originals[story] = group.original if group else clipping_id
        keys[clipping_id] = originals[story]
    return keys


def count_stories(library: Library, ids: Iterable[int]) -> int:
    return len(set(story_keys(library, ids).values()))
