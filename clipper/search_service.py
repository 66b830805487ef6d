"""Read-only search of a library folder: what the window's search process runs.

Composition like `services.py`, kept apart so that a search process starts without
importing the importers and organisers (`clipper.services` pulls in trafilatura and
datasketch/scipy: seconds of start-up for nothing a search needs). It opens SQLite
read-only and the index read-only (search/reader.py): a search here can never write,
never catch the index up and never wait for the writer. Catching up is a writer job;
`pending()` tells the caller when one is due.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from clipper.search.results import SearchResults, matched_terms
from clipper.store.library import DB_NAME, LibraryError


class ReadOnlySearch:
    """Searches of one library folder on a read-only connection and index."""

    def __init__(self, folder: Path | str):
        from clipper.search.reader import SearchReader  # Whoosh: only where searches run

        self.root = Path(folder).expanduser().resolve()
        path = self.root / DB_NAME
        if not path.is_file():
            raise LibraryError(f"no library in {self.root}")
        # mode=ro: SQLite itself refuses any write through this connection.
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False,
                               timeout=30)
        self.db = Database(conn)
        self._reader = SearchReader(self.db, self.root)

    def close(self) -> None:
        self._reader.close()
        self.db.conn.close()

    def __enter__(self) -> ReadOnlySearch:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def search_results(self, query: str, with_snippets: int = 300) -> SearchResults:
        """Every match, best first, snippets for the best `with_snippets`, and the
        matched words (what `LibraryService.search_results` gives, read-only).

        Raises LibraryError (a SearchError) with a message for a query it cannot read,
        or while the index is being built.
        """
        if not query.strip():
            return SearchResults(query, [])
        ranked, hits = self._reader.search_all(query, with_snippets)
        return SearchResults(query, ranked, hits, matched_terms(hits))

    def pending(self) -> int:
        return self._reader.pending()

    def warm_up(self) -> None:
        """Load what a first search would (Kiwi, the searcher), so that it is quick."""
        from clipper.search import analysis
        from clipper.search.index import SearchError

        analysis.kiwi()
        analysis.morphemes("경기도 새싹기업")
        try:
            self._reader.search_all("경기도", 1)
        except SearchError:
            pass  # the index is still being built: the first real search says so


__all__ = ["ReadOnlySearch", "SearchResults"]
