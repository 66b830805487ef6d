"""The search field and what it shows: the one place the window searches.

Typing waits SEARCH_DELAY_MS, Return searches at once; an empty field goes back to the
sidebar's list. The search itself runs in the search process (gui/search_worker.py):
`run_search` asks, `show_results` shows the answer to the newest query when it comes,
so the window stays live while Kiwi loads or a frequent word is ranked. Searches never
write; when the index lags SQLite, catching it up is a writer job, then the search
runs again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QLineEdit

from clipper.gui.icons import icon
from clipper.gui.search_worker import SearchWorker

SEARCH_DELAY_MS = 250
SNIPPET_HITS = 300  # snippets for the best hits; the rest of the list shows titles
# The search process (and Kiwi in it) starts this long after a library opens, or when
# the search field takes the focus, or with the first analysis: the window paints first.
SEARCH_PRELOAD_MS = 5000
SEARCH_BUSY_MS = 150  # a search answered sooner shows no "Searching…"


class SearchController(QObject):
    def __init__(self, window, lists):
        super().__init__(window)
        self.window = window
        self.lists = lists
        self.worker: SearchWorker | None = None
        self._catching_up = None  # the writer's catch-up Task, while it runs
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
        self.field.textEdited.connect(lambda _t: self.preload())
        self.field.returnPressed.connect(self.run_search)
        self._preload = QTimer(self)
        self._preload.setSingleShot(True)
        self._preload.setInterval(SEARCH_PRELOAD_MS)
        self._preload.timeout.connect(self.preload)
        self._busy = QTimer(self)
        self._busy.setSingleShot(True)
        self._busy.setInterval(SEARCH_BUSY_MS)
        self._busy.timeout.connect(self._show_busy)

    # ---- the search process, one per open library ---------------------------------------

    def attach(self, root: Path) -> None:
        """A library was opened: its search process starts soon (see SEARCH_PRELOAD_MS)."""
        self.detach()
        self.worker = SearchWorker(root, self)
        self.worker.results_ready.connect(self.show_results)
        self.worker.search_failed.connect(self._on_failed)
        self.worker.take_over_analysis()  # Kiwi stays out of the window's process
        self._preload.start()

    def detach(self) -> None:
        """Stop the search process (close the writer first: its last job may analyse)."""
        self._preload.stop()
        self._ended()
        self._catching_up = None
        if self.worker is not None:
            self.worker.close()
            self.worker.deleteLater()
            self.worker = None

    def preload(self) -> None:
        """Start the process now: a search is coming, have Kiwi ready for it."""
        self._preload.stop()
        if self.worker is not None:
            self.worker.start()

    def busy(self) -> bool:
        """Whether a search was asked for and has not been answered yet."""
        return self.worker is not None and self.worker.searching()

    # ---- the field ------------------------------------------------------------------------

    def query(self) -> str:
        return self.field.text().strip()

    def focus(self) -> None:
        self.field.setFocus()
        self.field.selectAll()
        self.preload()

    def reset(self) -> None:
        """A new library or a sidebar list: no query, nothing highlighted."""
        self.timer.stop()
        if self.worker is not None:
            self.worker.cancel()
        self._ended()
        self.field.clear()
        self.field.setStyleSheet("")
        self.lists.set_terms([])

    def stop(self) -> None:
        self.timer.stop()

    def run_search(self) -> None:
        """Ask for what the search field's query matches; the answer comes later."""
        self.timer.stop()
        window = self.window
        if window.service is None or self.worker is None:
            return
        query = self.query()
        if not query:
            self.worker.cancel()
            self._ended()
            keep = self.lists.current_id()
            self.lists.set_terms([])
            self.field.setStyleSheet("")
            kind, value = window.sidebar.current_entry()
            if kind == "saved":
                window.sidebar.select_entry("all")
                kind, value = "all", ""
            self.lists.show_list(kind, value)
            self.lists.after_reload(keep, 0)
            return
        self.worker.search(query, SNIPPET_HITS)
        self._busy.start()

    # ---- answers --------------------------------------------------------------------------

    def show_results(self, results, pending: int = 0) -> None:
        """The answer to the newest query: every match, best first, with snippets."""
        self._ended()
        if self.window.service is None or results.query != self.query():
            return  # cleared or changed since it was asked for: its own answer follows
        if pending:
            self._catch_up()
        keep = self.lists.current_id()
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

    def _on_failed(self, query: str, message: str) -> None:
        self._ended()
        if query != self.query():
            return  # the field changed meanwhile; its own search is on its way
        # A half-typed query ("title:") is normal while typing: say so quietly.
        self.field.setStyleSheet("color: #c62828")
        self.window.statusBar().showMessage(
            self.tr("Search: %1").replace("%1", message[:1].upper() + message[1:]), 8000)

    def _catch_up(self) -> None:
        """The index lags SQLite (a crash, another process): the writer catches it up,
        then the search runs again."""
        from clipper.gui.actions.runner import run_in_status_bar

        if self._catching_up is not None and not self._catching_up.done:
            return
        task = run_in_status_bar(
            self.window, self.tr("Updating the search index"),
            lambda svc, progress, cancelled: svc.update_index(progress, cancelled))
        task.finished.connect(lambda done: self.run_search() if done else None)
        self._catching_up = task

    # ---- waiting --------------------------------------------------------------------------

    def _busy_messages(self) -> tuple[str, str]:
        return (self.tr("Searching…"),
                self.tr("Loading the Korean analyser for the first search…"))

    def _show_busy(self) -> None:
        if not self.busy():
            return
        from clipper.search.analysis import needs_kiwi  # light: Kiwi loads elsewhere

        self.lists.view.viewport().setCursor(Qt.CursorShape.BusyCursor)
        searching, loading = self._busy_messages()
        first_korean = not self.worker.is_ready() and needs_kiwi(self.query())
        self.window.statusBar().showMessage(loading if first_korean else searching)

    def _ended(self) -> None:
        self._busy.stop()
        self.lists.view.viewport().unsetCursor()
        if self.window.statusBar().currentMessage() in self._busy_messages():
            self.window.statusBar().clearMessage()
