"""The reading side of the search index: searches that never write.

The window searches in its own process (gui/search_process.py) while the writer thread
keeps the index up to date. A reader must not build, rebuild or catch up the index —
that is the writer's job — so it opens the Whoosh folder read-only and answers from
the index as it is; `pending()` tells the caller whether the writer has catching up to
do. An index that is missing or made by another version is being (re)built by the
writer: the reader says so and tries again on the next search.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlite_utils import Database
from whoosh import index as windex

from clipper.search.index import VERSION_FILE, SearchError, WhooshIndex
from clipper.search.indexer import SearchIndex
from clipper.store import search_journal as journal

NOT_READY = "the search index is being built; try again when it has finished"


class ReadOnlyIndex(WhooshIndex):
    """A Whoosh folder opened read-only; never created or rebuilt here."""

    def _open(self) -> Any:
        try:
            recorded = json.loads((self.path / VERSION_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            recorded = None
        if recorded != self._version() or not windex.exists_in(str(self.path)):
            raise SearchError(NOT_READY)
        try:
            return windex.open_dir(str(self.path), readonly=True)
        except Exception as exc:  # noqa: BLE001 - half-written by the writer, or damaged
            raise SearchError(NOT_READY) from exc

    def _create(self) -> Any:  # pragma: no cover - a reader never gets here
        raise SearchError(NOT_READY)

    def recreate(self) -> None:
        raise SearchError("a read-only index cannot be rebuilt")

    def batch(self) -> Any:
        raise SearchError("a read-only index cannot be written")


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
