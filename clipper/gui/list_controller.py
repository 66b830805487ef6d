"""The clipping list and the reader beside it: which list is shown, which row is
selected, and the reader showing that clipping.

The reader shows the selection or nothing: the current row when it is selected, the
one selected row otherwise, and a placeholder for none (or several rows without the
current one). A list that is shown anew selects its first row; a reload keeps the
clipping in view, or the row where it stood when it left the list (accepting a
suggestion in the Inbox goes on to the next one).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QObject

from clipper.gui.models.clipping_list import ClippingListModel
from clipper.gui.views.reader import ReaderView
from clipper.store.library import LibraryError


class ListController(QObject):
    def __init__(self, window, model: ClippingListModel, view, reader: ReaderView):
        super().__init__(window)
        self.window = window
        self.model = model
        self.view = view
        self.reader = reader
        self.terms: list[str] = []  # search words the reader highlights
        selection = view.selectionModel()
        selection.currentRowChanged.connect(lambda _c, _p: self.sync_reader())
        selection.selectionChanged.connect(lambda _s, _d: self.sync_reader())

    @property
    def service(self):
        return self.window.service

    def show_list(self, kind: str, value: str) -> None:
        """A sidebar list: everything, the Inbox, an outlet, a tag or a theme."""
        svc = self.service
        self.model.set_source(lambda order: svc.browse_ids(kind, value, order))
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self.after_reload(None, 0)

    def show_results(self, results) -> None:
        """A search's matches, best first (sorting by a column keeps only the matches)."""
        svc = self.service
        ranked = results.ranked
        self.model.set_source(lambda order: svc.in_order(ranked, order),
                              ranked=ranked, snippets=results.snippets())
        self.view.horizontalHeader().setSortIndicatorShown(False)

    def set_terms(self, terms: list[str]) -> None:
        """The search words to highlight, in the clipping shown now and the next ones."""
        self.terms = list(terms)
        self.reader.highlight_terms(self.terms)

    def after_reload(self, keep_id: int | None, row_hint: int | None = None) -> None:
        """Select `keep_id` again after the list was reloaded; if it left the list, the
        row at `row_hint` (the one that took its place), else the first row."""
        rows = self.model.rowCount()
        row = self.model.row_of(keep_id) if keep_id is not None else None
        if row is None and rows and (keep_id is not None or row_hint is not None):
            row = min(row_hint, rows - 1) if row_hint is not None and row_hint >= 0 else 0
        if row is not None:
            self.select_row(row)
            self.view.scrollTo(self.model.index(row, 0))
        if rows == 0:
            self.reader.show_placeholder(self.tr("No clippings here."))
        else:
            self.sync_reader()
        self.window.show_library(bool(self.service.count()))

    def select_row(self, row: int) -> None:
        """Make `row` the current and only selected row (selectRow() would toggle it
        when the keyboard says Ctrl is down)."""
        index = self.model.index(row, 0)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.view.selectionModel().setCurrentIndex(index, flags)

    def select_clipping(self, clipping_id: int) -> bool:
        row = self.model.row_of(clipping_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    def current_row(self) -> int | None:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else None

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        ids = [self.model.id_at(r) for r in rows]
        return [i for i in ids if i is not None]

    def shown_id(self) -> int | None:
        """The clipping the reader should show: see the module's docstring."""
        selected = self.selected_ids()
        current = self.current_id()
        if current is not None and current in selected:
            return current
        return selected[0] if len(selected) == 1 else None

    def sync_reader(self) -> None:
        """Show the selection in the reader (drawn again only when it changed)."""
        clipping_id = self.shown_id()
        shown = self.reader.clipping.id if self.reader.clipping is not None else None
        if clipping_id != shown:
            self.show_clipping(clipping_id)

    def show_clipping(self, clipping_id: int | None) -> None:
        if clipping_id is None:
            several = len(self.selected_ids()) > 1
            self.reader.show_placeholder(
                self.tr("%Ln clipping(s) selected.", "", len(self.selected_ids()))
                if several else None)
            return
        try:
            clipping = self.service.get(clipping_id)
        except LibraryError:
            self.reader.show_placeholder(self.tr("This clipping was deleted."))
            return
        self.reader.suggested_themes = self.service.browse_suggested_themes(clipping_id)
        self.reader.show_clipping(clipping, self.service.root)
        self.reader.highlight_terms(self.terms)
