"""Read-only queries on story groups for the list: one row per story, "+N copies".

A story group (organise/duplicates.py) is two or more clippings of one story; its
original is the earliest published (undated after dated), then the earliest imported,
as `duplicates._order` says. These queries rank the members in SQL with the same
order, so that the list can hide copies without loading a StoryGroup per story.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from clipper.store.clippings import chunks
from clipper.store.library import Library

# Each grouped clipping with its story, its rank in the story (1 = the original) and
# the story's size. Groups of one (what a deletion can leave) are no group.
_RANKED = (
    "SELECT clipping_id, story_id, rank, size FROM ("
    " SELECT m.clipping_id, m.story_id,"
    "  row_number() OVER (PARTITION BY m.story_id ORDER BY c.published IS NULL,"
    "   c.published, c.imported_at, c.id) AS rank,"
    "  count(*) OVER (PARTITION BY m.story_id) AS size"
    " FROM story_members m JOIN clippings c ON c.id = m.clipping_id{where}"
    ") WHERE size > 1"
)


@dataclass(frozen=True)
class StoryPlace:
    """Where a clipping stands in its story group."""

    story_id: int
    original: bool
    copies: int  # the other clippings of the story


def places(library: Library, clipping_ids: Iterable[int]) -> dict[int, StoryPlace]:
    """The story place of each of `clipping_ids` that is in a group (a page of the list)."""
    wanted = list(dict.fromkeys(clipping_ids))
    found: dict[int, StoryPlace] = {}
    for chunk in chunks(wanted):
        marks = ",".join("?" * len(chunk))
        # Rank within the stories of this page only: the window runs per story.
        where = (f" WHERE m.story_id IN (SELECT story_id FROM story_members"
                 f" WHERE clipping_id IN ({marks}))")
        asked = set(chunk)
        for cid, story, rank, size in library.db.execute(_RANKED.format(where=where), chunk):
            if cid in asked:
                found[cid] = StoryPlace(story, rank == 1, size - 1)
    return found


def _ranks(library: Library) -> dict[int, tuple[int, int]]:
    """(story id, rank in the story) of every grouped clipping. Ranked here rather than
    with SQL's row_number(): sorting in Python is about twice as fast at 30k members,
    and this runs on every reload of a grouped list."""
    rows = library.db.execute(
        "SELECT m.story_id, c.published IS NULL, coalesce(c.published, ''), c.imported_at,"
        " c.id FROM story_members m JOIN clippings c ON c.id = m.clipping_id"
    ).fetchall()
    rows.sort()
    ranks: dict[int, tuple[int, int]] = {}
    sizes: dict[int, int] = {}
    last, rank = None, 0
    for story, _undated, _published, _imported, cid in rows:
        rank = rank + 1 if story == last else 1
        last = story
        ranks[cid] = (story, rank)
        sizes[story] = rank
    # A group of one (what deleting clippings can leave) is no group.
    return {cid: place for cid, place in ranks.items() if sizes[place[0]] > 1}


def one_per_story(library: Library, ids: list[int],
                  expanded: Iterable[int] = ()) -> list[int]:
    """`ids` with one clipping per story: its original where listed, else its earliest
    listed copy (the original of what the list holds), in the place of that clipping. The stories in `expanded` (story ids)
    keep every listed member, original first, right after one another (the copies shown
    under their original)."""
    ranked = _ranks(library)
    if not ranked:
        return list(ids)
    open_stories = set(expanded)
    best: dict[int, tuple[int, int]] = {}  # story -> (rank, id) of its representative
    listed: dict[int, list[tuple[int, int]]] = {}  # expanded story -> (rank, id) listed
    for cid in ids:
        place = ranked.get(cid)
        if place is None:
            continue
        story, rank = place
        if story not in best or rank < best[story][0]:
            best[story] = (rank, cid)
        if story in open_stories:
            listed.setdefault(story, []).append((rank, cid))
    shown: list[int] = []
    for cid in ids:
        place = ranked.get(cid)
        if place is None:
            shown.append(cid)
        elif best[place[0]][1] == cid:
            story = place[0]
            if story in listed:
                shown.extend(member for _rank, member in sorted(listed[story]))
            else:
                shown.append(cid)
    return shown
