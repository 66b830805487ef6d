"""The clipping list and the reader beside it: which list is shown, which row is
selected, and the reader showing that clipping."""

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
        view.selectionModel().currentRowChanged.connect(self._on_current_row)

    @property
    def service(self):
        return self.window.service

    def show_list(self, kind: str, value: str) -> None:
        """A sidebar list: everything, the Inbox, an outlet, a tag or a theme."""
        svc = self.service
        self.model.set_source(lambda order: svc.browse_ids(kind, value, order))
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self.after_reload(None)

    def show_results(self, results) -> None:
        """A search's matches, best first (sorting by a column keeps only the matches)."""
        svc = self.service
        ranked = results.ranked
        self.model.set_source(lambda order: svc.in_order(ranked, order),
                              ranked=ranked, snippets=results.snippets())
        self.view.horizontalHeader().setSortIndicatorShown(False)

    def after_reload(self, keep_id: int | None) -> None:
        """Select `keep_id` again after the list was reloaded, else the first row."""
        row = self.model.row_of(keep_id) if keep_id is not None else None
        if row is None and self.model.rowCount() and keep_id is not None:
            row = 0
        if row is not None:
            self.select_row(row)
            self.view.scrollTo(self.model.index(row, 0))
        elif self.model.rowCount() == 0:
            self.reader.show_placeholder(self.tr("No clippings here."))
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

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        ids = [self.model.id_at(r) for r in rows]
        return [i for i in ids if i is not None]

    def _on_current_row(self, current, _previous) -> None:
        clipping_id = self.model.id_at(current.row()) if current.isValid() else None
        self.show_clipping(clipping_id)

    def show_clipping(self, clipping_id: int | None) -> None:
        if clipping_id is None:
            self.reader.show_placeholder()
            return
        try:
            clipping = self.service.get(clipping_id)
        except LibraryError:
            self.reader.show_placeholder(self.tr("This clipping was deleted."))
            return
        self.reader.suggested_themes = self.service.browse_suggested_themes(clipping_id)
        self.reader.show_clipping(clipping, self.service.root)
        self.reader.highlight_terms(self.terms)
