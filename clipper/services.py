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
from clipper.search.indexer import CheckReport, SearchError, SearchIndex
from clipper.store.library import Library, LibraryError, open_library

if TYPE_CHECKING:  # export loads reportlab; keep it off the start-up path
    from clipper.export.bundle import BundleResult
    from clipper.export.coverage import Coverage
    from clipper.export.report import ReportOptions, ReportResult
    from clipper.export.selection import ExportSet

ChangeListener = Callable[[Changes], None]


class LibraryService:
    """An open library and everything that must stay in step with it."""

    def __init__(self, folder: Path | str):
        self.library: Library = open_library(folder)
        self.root = self.library.root
        self._listeners: list[ChangeListener] = []
        # Opened on first use: `clipper list` or the GUI's start-up never pay for the
        # index or the Korean model. First listener, so views that refresh on a change
        # already search the updated index.
        self._search = SearchIndex(self.library.db, self.root)
        self.subscribe(self._update_index)

    def close(self) -> None:
        self._search.close()
        self.library.close()

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
        inputs = list(inputs)
        bundles = [i for i in inputs if _is_bundle(i)]
        if bundles:  # Clipper bundles (.zip) carry many clippings with their organisation
            rest = [i for i in inputs if not _is_bundle(i)]
            outcomes = [o for b in bundles for o in self.import_bundle(b, progress, cancelled)]
            return outcomes + (self.import_paths(rest, progress, cancelled) if rest else [])
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
        self._search.sync()

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """The best `limit` matches for `query` (Whoosh syntax, AND by default)."""
        try:
            return self._search.search(query, limit)
        except SearchError as exc:
            raise LibraryError(str(exc)) from exc

    def search_ids(self, query: str) -> list[int]:
        """Every clipping matching `query`, best first; [] for an empty query."""
        try:
            return self._search.search_ids(query)
        except SearchError as exc:
            raise LibraryError(str(exc)) from exc

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

    # ---- export -----------------------------------------------------------------------

    def export_set(self, *, theme: str | None = None, tag: str | None = None,
                   query: str | None = None, saved: str | None = None,
                   ids: Iterable[int] | None = None) -> ExportSet:
        """The clippings of a theme, a tag, a saved search, a search query or given ids."""
        from clipper.export import selection

        given = [x is not None for x in (theme, tag, query, saved, ids)]
        if sum(given) != 1:
            raise LibraryError("choose one of theme, tag, query, saved search or ids")
        if theme is not None:
            return selection.ids_for_theme(self.library, theme)
        if tag is not None:
            return selection.ids_for_tag(self.library, tag)
        search = self.search_ids
        if query is not None:
            return selection.ids_for_query(query, search)
        if saved is not None:
            saved_query = selection.saved_search_query(self.library, saved)
            return selection.ids_for_query(saved_query, search, "saved", saved)
        return selection.ids_given(self.library, list(ids or []))

    def coverage(self, ids: Iterable[int], top_outlets: int | None = None) -> Coverage:
        """Counts by day, outlet and theme for a set (the dashboard's and report's charts)."""
        from clipper.export.coverage import coverage

        return coverage(self.library, list(ids), top_outlets)

    def export_pdf(self, ids: Iterable[int] | ExportSet, path: Path | str,
                   options: ReportOptions | None = None,
                   progress: pipeline.Progress | None = None,
                   cancelled: pipeline.Cancelled | None = None) -> ReportResult:
        """Write a PDF report of `ids` (or of an ExportSet, whose theme fills the cover)."""
        from clipper.export.report import build_report
        from clipper.export.selection import ExportSet as _ExportSet

        export_set = ids if isinstance(ids, _ExportSet) else _ExportSet(list(ids), "ids", "")
        return build_report(self.library, export_set, path, options, progress, cancelled)

    def export_csv(self, ids: Iterable[int] | ExportSet, path: Path | str) -> int:
        """Write one CSV row per clipping; return the number of rows."""
        from clipper.export.csv import write_csv

        return write_csv(self.library, _id_list(ids), path)

    def export_bundle(self, ids: Iterable[int] | ExportSet, path: Path | str,
                      progress: pipeline.Progress | None = None,
                      cancelled: pipeline.Cancelled | None = None) -> BundleResult:
        """Write a ZIP bundle (JSON + photos + originals) another library can import."""
        from clipper.export.bundle import write_bundle

        return write_bundle(self.library, _id_list(ids), path, progress, cancelled)

    def import_bundle(self, path: Path | str, progress: pipeline.Progress | None = None,
                      cancelled: pipeline.Cancelled | None = None) -> list[ImportOutcome]:
        """Import a bundle's clippings with their tags, themes and highlights."""
        from clipper.export.bundle import import_bundle

        outcomes = import_bundle(self.library, path, progress, cancelled)
        touched = [o.clipping_id for o in outcomes if o.status == "duplicate" and o.clipping_id]
        changes = _added(outcomes)
        changes.clippings_changed = touched
        if changes.clippings_added or touched:
            changes.tags = changes.themes = changes.annotations = True
        self._changed(changes)
        return outcomes


def _is_bundle(item: str | Path) -> bool:
    return str(item).lower().endswith(".zip") and Path(item).is_file()


def _id_list(ids: Iterable[int] | ExportSet) -> list[int]:
    return list(ids.ids) if hasattr(ids, "ids") else list(ids)  # type: ignore[union-attr]


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
