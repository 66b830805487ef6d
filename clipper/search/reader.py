"""The reading side of the search index: searches that never write.

The window searches in its own process (gui/search_process.py) while the writer thread
keeps the index up to date. A reader must not build, rebuild or catch up the index —
that is the writer's job — so it opens the Whoosh folder read-only and answers from
the index as it is; `pending()` tells the caller whether the writer has catching up to
do. An index that is missing or made by another version is being (re)built by the
writer: the reader says so and tries again on the next search.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlite_utils import Database

from clipper.search.index import NOT_READY, ReadOnlyIndex, SearchError, WhooshIndex
from clipper.search.indexer import SearchIndex
from clipper.store import search_journal as journal


class SearchReader(SearchIndex):
    """`SearchIndex`'s searches on a read-only index: no catch-up, no writes."""

    def __init__(self, db: Database, root: Path):
        super().__init__(db, root)

    @property
    def index(self) -> WhooshIndex:
        if self._index is None:
            with self._open_lock:
                if self._index is None:
                    self._index = ReadOnlyIndex(self.path)  # raises while not built
        return self._index

    def _catch_up(self) -> None:
        """Catching up is the writer's job; a reader answers from the index as it is."""

    def pending(self) -> int:
        """Clippings changed in SQLite and not yet in the index."""
        return journal.count(self.db)

    def sync(self, *args: object, **kwargs: object) -> int:
        raise SearchError("a read-only index cannot be updated")

    def reindex(self, *args: object, **kwargs: object) -> int:
        raise SearchError("a read-only index cannot be rebuilt")

    def check(self, *args: object, **kwargs: object) -> Any:
        raise SearchError("a read-only index cannot be checked here")


__all__ = ["NOT_READY", "ReadOnlyIndex", "SearchReader"]
