"""The service side of press releases and their pickup (issue 18).

`ReleaseServices` is mixed into `LibraryService`: thin methods over clipper/releases/
(reading, matching, the table, CSV) and store/releases.py (the rows). New clippings
are matched as they arrive (`_match_after`, subscribed in `_init_releases`), and every
clipping from the release's date on is matched when a release is imported.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clipper.domain import (
    Changes,
    ImportOutcome,
    Passage,
    PhotoPickup,
    Pickup,
    PickupTable,
    Release,
    ReleaseSummary,
)
from clipper.progress import Cancelled, Progress
from clipper.store import releases as rows
from clipper.store.library import Library, LibraryError

if TYPE_CHECKING:
    from clipper.releases.match import Matcher

log = logging.getLogger(__name__)


class ReleaseServices:
    """Releases, pickups, photo pickups, the pickup table, CSV and photo credits."""

    library: Library
    _replaying: bool
    subscribe: Callable[[Callable[[Changes], None]], None]
    _changed: Callable[[Changes], Changes]
    _release_matcher: Matcher | None = None

    def _init_releases(self) -> None:
        """Called once by LibraryService.__init__: new clippings are matched against
        the releases as they arrive (after the index and organise listeners)."""
        self._release_matcher = None
        self.subscribe(self._match_after)

    def _matcher(self) -> Matcher:
        from clipper.releases.match import Matcher

        # Rebuilt only when a release was added, edited or deleted (also by undo, or by
        # another process): the index over 2,000 releases takes a fraction of a second.
        key = rows.state(self.library.db)
        if self._release_matcher is None or self._release_matcher.key != key:
            self._release_matcher = Matcher.from_library(self.library, key)
        return self._release_matcher

    def _match_after(self, changes: Changes) -> None:
        from clipper.releases import pickup

        if not (changes.clippings_added or changes.clippings_changed) \
                or self.library.read_only or not rows.count(self.library.db):
            return
        # A changed clipping goes through the matcher again only if its text, date or
        # photos changed (not for a tag or a tone); a new one always does.
        touched = list(dict.fromkeys(changes.clippings_added + rows.stale_for_matching(
            self.library.db, changes.clippings_changed)))
        if not touched:
            return
        # Pickups are derived: after an undo or redo they are simply found again.
        if pickup.match_clippings(self.library, self._matcher(), touched):
            self._changed(Changes(releases=True))

    # ---- releases ------------------------------------------------------------------

    def import_releases(self, paths: Iterable[str | Path], progress: Progress | None = None,
                        cancelled: Cancelled | None = None) -> list[ImportOutcome]:
        """Import release files (text, DOCX, HWPX, PDF; folders recursively), one
        outcome per item (`clipping_id` holds the release's id), then match every
        clipping from each new release's date on. The batch is one undoable step."""
        from clipper.releases import pickup

        self.library.require_writable()
        outcomes = pickup.import_releases(self.library, list(paths), progress, cancelled,
                                          self._matcher)
        if any(o.status == "imported" for o in outcomes):
            self._changed(Changes(releases=True))
        return outcomes

    def releases(self, since: dt.date | None = None, until: dt.date | None = None,
                 query: str = "") -> list[ReleaseSummary]:
        """Releases issued in the period (newest first), matching `query` if given."""
        ids = rows.release_ids(self.library.db, since, until)
        if query.strip():
            wanted = set(self.search_releases(query))
            ids = [i for i in ids if i in wanted]
        return rows.summaries(self.library.db, ids)

    def release(self, release_id: int) -> Release:
        found = rows.get_release(self.library.db, release_id)
        if found is None:
            raise LibraryError(f"no release with id {release_id}")
        return found

    def release_count(self) -> int:
        return rows.count(self.library.db)

    def release_photo_file(self, release_id: int, position: int) -> Path | None:
        """The stored image of a release's photo, or None."""
        from clipper.store.media import resolve_inside

        release = self.release(release_id)
        for photo in release.photos:
            if photo.position == position and photo.image:
                return resolve_inside(self.library.root, photo.image)
        return None

    def delete_releases(self, ids: Iterable[int]) -> Changes:
        """Delete releases and their pickups (one undoable step)."""
        from clipper.releases import edits

        self.library.require_writable()
        return self._changed(edits.delete_releases(self.library, ids))

    def edit_release(self, release_id: int, **fields: Any) -> Changes:
        """Change title, issued (a date or None), department, contact or body (a list
        of Blocks); one undoable step. A new body or date matches the release again."""
        from clipper.releases import edits

        self.library.require_writable()
        return self._changed(edits.edit_release(self.library, release_id, fields,
                                                self._matcher))

    def search_releases(self, query: str) -> list[int]:
        """Releases whose title, department, contact or text hold every word of `query`
        (a `kind:release` term is ignored), newest first."""
        from clipper.search import releases as release_search

        return release_search.search_releases(self.library.db, query)

    # ---- pickups -------------------------------------------------------------------

    def pickups(self, release_id: int | None = None, since: dt.date | None = None,
                until: dt.date | None = None) -> list[Pickup]:
        """Clippings that drew on a release (or on any release issued in the period)."""
        return rows.pickups(self.library.db, release_id=release_id, since=since, until=until)

    def releases_of(self, clipping_id: int) -> list[Pickup]:
        """The releases a clipping draws on (one Pickup each)."""
        return rows.pickups(self.library.db, clipping_id=clipping_id)

    def pickup_passages(self, release_id: int, clipping_id: int) -> list[Passage]:
        """The side-by-side rows of a release and a clipping (same / changed / added /
        left-out), in release order with added passages where the article has them."""
        from clipper.releases import match

        release = self.release(release_id)
        clipping = self.library.get(clipping_id)
        if clipping is None:
            raise LibraryError(f"no clipping with id {clipping_id}")
        return match.side_by_side(release.body, clipping.body, clipping.title)

    def photo_pickups(self, release_id: int | None = None,
                      clipping_id: int | None = None) -> list[PhotoPickup]:
        return rows.photo_pickups(self.library.db, release_id, clipping_id)

    def pickup_table(self, since: dt.date | None = None,
                     until: dt.date | None = None) -> PickupTable:
        """Per release issued in the period: outlets (count, by category), near-verbatim
        share, photos used; with the period's totals."""
        from clipper.releases import table

        return table.pickup_table(self.library, since, until)

    def export_pickup_csv(self, path: Path | str, since: dt.date | None = None,
                          until: dt.date | None = None, release_id: int | None = None) -> int:
        """Write the pickup table (or one release's pickups) as CSV; rows written."""
        from clipper.releases import csv as pickup_csv

        if release_id is not None:
            self.release(release_id)  # a clear message for an unknown id
            return pickup_csv.write_pickups(Path(path), self.pickups(release_id))
        return pickup_csv.write_table(Path(path), self.pickup_table(since, until))

    def rematch(self, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> int:
        """Match every clipping against every release again; pickups found."""
        from clipper.releases import pickup

        self.library.require_writable()
        found = pickup.rematch(self.library, self._matcher(), progress, cancelled)
        self._changed(Changes(releases=True))
        return found

    # ---- photo credits -----------------------------------------------------------------

    def photo_credits(self) -> list[str]:
        return rows.photo_credits(self.library.db)

    def set_photo_credits(self, credits: list[str]) -> Changes:
        """Set the office's photo credits (one undoable step); photo pickups are found
        again with the new list."""
        from clipper.releases import edits

        self.library.require_writable()
        return self._changed(edits.set_photo_credits(self.library, credits, self._matcher))
