"""The search field and what it shows: the one place the window searches.

Typing waits SEARCH_DELAY_MS, Return searches at once; an empty field goes back to the
sidebar's list. The search itself is `run_search` (one service call, `search_results`),
so moving it off the GUI thread changes this module only.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from clipper.gui.icons import icon
from clipper.store.library import LibraryError

SEARCH_DELAY_MS = 250
SNIPPET_HITS = 300  # snippets for the best hits; the rest of the list shows titles


class SearchController(QObject):
    def __init__(self, window, lists):
        super().__init__(window)
        self.window = window
        self.lists = lists
        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.field.setClearButtonEnabled(True)
        self.field.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        self.field.textEdited.connect(lambda _t: self.timer.start())
        self.field.returnPressed.connect(self.run_search)

    def query(self) -> str:
        return self.field.text().strip()

    def focus(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def reset(self) -> None:
        """A new library or a sidebar list: no query, nothing highlighted."""
        self.timer.stop()
        self.field.clear()
        self.field.setStyleSheet("")
        self.lists.set_terms([])

    def stop(self) -> None:
        self.timer.stop()

    def run_search(self) -> None:
        """Show what the search field's query matches, best first, with snippets."""
        self.timer.stop()
        window = self.window
        svc = window.service
        if svc is None:
            return
        query = self.query()
        keep = self.lists.current_id()
        if not query:
            self.lists.set_terms([])
            self.field.setStyleSheet("")
            kind, value = window.sidebar.current_entry()
            if kind == "saved":
                window.sidebar.select_entry("all")
                kind, value = "all", ""
            self.lists.show_list(kind, value)
            self.lists.after_reload(keep, 0)
            return
        if svc.search_loads_analyser(query):
            # 2-3 s holding the interpreter: a thread would not keep the window live.
            window.statusBar().showMessage(
                self.tr("Loading the Korean analyser for the first search…"))
            window.statusBar().repaint()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # Every match for the list, snippets for the best: one pass over the index.
            results = svc.search_results(query, SNIPPET_HITS)
        except LibraryError as exc:
            # A half-typed query ("title:") is normal while typing: say so quietly.
            self.field.setStyleSheet("color: #c62828")
            window.statusBar().showMessage(str(exc), 5000)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.show_results(results, keep)

    def show_results(self, results, keep: int | None) -> None:
        self.field.setStyleSheet("")
        self.lists.show_results(results)
        self.lists.set_terms(results.terms)
        self.window.statusBar().showMessage(
            self.tr("%Ln clipping(s) match.", "", len(results.ranked)), 5000)
        model = self.lists.model
        if model.rowCount():
            row = model.row_of(keep) if keep in set(results.ranked) else 0
            self.lists.select_row(row)
            self.lists.show_clipping(model.id_at(row))  # drawn again: new highlights
        else:
            self.lists.reader.show_placeholder(self.tr("Nothing matches this search."))
