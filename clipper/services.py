"""The one place that composes: a library folder's store, importers and (later) index.

The CLI and the GUI call these functions and nothing below them; each operation
returns what changed (`Changes`) so that callers refresh only what they show.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from clipper.domain import Changes, Clipping, ClippingSummary, ImportOutcome, SearchHit
from clipper.importers import pipeline
from clipper.importers.source import Source
from clipper.store.library import Library, LibraryError, open_library

if TYPE_CHECKING:
    from clipper.search.indexer import CheckReport, SearchIndex

ChangeListener = Callable[[Changes], None]


class LibraryService:
    """An open library and everything that must stay in step with it."""

    def __init__(self, folder: Path | str):
        self.library: Library = open_library(folder)
        self.root = self.library.root
        self._listeners: list[ChangeListener] = []
        # Opened on first use: `clipper list` or the GUI's start-up never pay for
        # Whoosh, the index or the Korean model. First listener, so views that refresh
        # on a change already search the updated index.
        self._search_index: SearchIndex | None = None
        self.subscribe(self._update_index)

    def close(self) -> None:
        if self._search_index is not None:
            self._search_index.close()
        self.library.close()

    @property
    def _search(self) -> SearchIndex:
        if self._search_index is None:
            from clipper.search.indexer import SearchIndex

            self._search_index = SearchIndex(self.library.db, self.root)
        return self._search_index

    def __enter__(self) -> LibraryService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def subscribe(self, listener: ChangeListener) -> None:
        """Call `listener` after every operation that changed something."""
        self._listeners.append(listener)

    def _changed(self, changes: Changes) -> Changes:
        if not changes.empty:
            for listener in self._listeners:
                listener(changes)
        return changes

    # ---- import -------------------------------------------------------------------

    def import_paths(
        self,
        inputs: Iterable[str | Path],
        progress: pipeline.Progress | None = None,
        cancelled: pipeline.Cancelled | None = None,
    ) -> list[ImportOutcome]:
        """Import files, folders (recursively) and URLs; one outcome per item."""
        outcomes = pipeline.import_items(
            self.library, pipeline.expand_inputs(inputs), progress, cancelled
        )
        self._changed(_added(outcomes))
        return outcomes

    def import_sources(self, sources: Iterable[Source]) -> list[ImportOutcome]:
        """Import sources already in memory (a drop or a paste from a browser)."""
        outcomes = [pipeline.import_source(self.library, source) for source in sources]
        self._changed(_added(outcomes))
        return outcomes

    # ---- read -------------------------------------------------------------------

    def clipping_ids(self, order: str = "published") -> list[int]:
        return self.library.ids(order)

    def summaries(self, ids: list[int]) -> list[ClippingSummary]:
        return self.library.summaries(ids)

    def get(self, clipping_id: int) -> Clipping:
        clipping = self.library.get(clipping_id)
        if clipping is None:
            raise LibraryError(f"no clipping with id {clipping_id}")
        return clipping

    def count(self) -> int:
        return self.library.count()

    # ---- change -----------------------------------------------------------------

    def edit(self, clipping_id: int, **fields: object) -> Changes:
        """Correct title, outlet, byline, published (date or YYYY-MM-DD), url."""
        if "published" in fields:
            fields["published"] = _as_date(fields["published"])
        self.library.update_fields(clipping_id, **fields)
        return self._changed(Changes(clippings_changed=[clipping_id]))

    def delete(self, clipping_ids: Iterable[int]) -> Changes:
        ids = list(clipping_ids)
        for clipping_id in ids:
            self.library.delete(clipping_id)
        return self._changed(Changes(clippings_deleted=ids))


    # ---- search -----------------------------------------------------------------

    def _update_index(self, changes: Changes) -> None:
        # The journal (filled by SQLite triggers) says what to index, so this also
        # catches writes that reached SQLite without a Changes.
        from clipper.search.index import SearchError

        try:
            self._search.sync()
        except SearchError:
            # Another process holds the index writer: the changes stay journalled and
            # the next search (or `clipper check --fix`) indexes them.
            pass

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """The best `limit` matches for `query` (Whoosh syntax, AND by default).

        Raises LibraryError (a SearchError) with a message for a query it cannot read.
        """
        return self._search.search(query, limit)

    def search_ids(self, query: str) -> list[int]:
        """Every clipping matching `query`, best first; [] for an empty query."""
        return self._search.search_ids(query)

    def index_pending(self) -> int:
        """How many clippings wait to be indexed (e.g. after a crash or an upgrade).

        A search indexes a few itself; above `CATCH_UP_LIMIT` it answers from the index
        as it is, and the caller should run `update_index` with a progress bar.
        """
        return self._search.pending()

    def update_index(self, progress: pipeline.Progress | None = None,
                     cancelled: pipeline.Cancelled | None = None) -> int:
        """Catch the index up (after a crash, or a rebuild for a new analyzer version).

        Cheap when nothing is pending; the GUI may run it in its writer thread at start.
        """
        return self._search.sync(progress, cancelled)

    def reindex(self, progress: pipeline.Progress | None = None,
                cancelled: pipeline.Cancelled | None = None) -> int:
        """Rebuild the search index from the database; resumable if interrupted."""
        return self._search.reindex(progress, cancelled)

    def check_index(self, fix: bool = False,
                    progress: pipeline.Progress | None = None) -> CheckReport:
        """Clippings missing from the index or stale in it; re-indexed with `fix`."""
        return self._search.check(fix, progress)


def _added(outcomes: list[ImportOutcome]) -> Changes:
    return Changes(
        clippings_added=[o.clipping_id for o in outcomes if o.status == "imported" and o.clipping_id]
    )


def _as_date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise LibraryError(f"not a date: {value!r} (use YYYY-MM-DD)") from exc


def open_service(folder: Path | str) -> LibraryService:
    return LibraryService(folder)
