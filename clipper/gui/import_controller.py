"""Importing into the window's library: files, folders, URLs, drops and pastes.

One flow: queue the job on the writer, show progress with Cancel (only when it takes
a moment), then the summary, select the first new clipping and say how many came in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QFileDialog

from clipper.domain import ImportOutcome
from clipper.gui import drops
from clipper.gui.actions.runner import run_with_progress
from clipper.gui.icons import RESOURCES
from clipper.gui.views.import_dialogs import ImportSummaryDialog
from clipper.gui.views.progress_dialog import ProgressDialog
from clipper.gui.workers import Task
from clipper.importers.source import Source
from clipper.services import LibraryService

SAMPLES = RESOURCES / "samples"


class ImportController(QObject):
    finished = Signal(list)  # the outcomes, after the summary was shown
    started = Signal()  # an import was queued (the cutting view notes the pages before it)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.current: Task | None = None
        self.progress_dialog: ProgressDialog | None = None
        self.summary_dialog: ImportSummaryDialog | None = None
        self._total = 0

    def running(self) -> bool:
        return self.current is not None and not self.current.done

    def cancel(self) -> None:
        if self.running():
            self.current.cancel()

    # ---- where the items come from ----------------------------------------------

    def files_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import articles"), str(Path.home()),
            self.tr("Articles (*.txt *.text *.html *.htm *.mhtml *.mht);;"
                    "Print pages and scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;"
                    "All files (*)"))
        if files:
            self.import_items(files, [])

    def folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Import a folder"),
                                                  str(Path.home()))
        if folder:
            self.import_items([folder], [])

    def samples(self) -> Task | None:
        return self.import_items([str(SAMPLES)], [])

    def paste(self) -> None:
        mime = QApplication.clipboard().mimeData()
        items = drops.items_from_mime(mime) if mime is not None else drops.DroppedItems()
        if items.empty:
            self.window.statusBar().showMessage(
                self.tr("Nothing to import on the clipboard."), 5000)
            return
        self.import_items(items.paths, items.sources)

    def drop(self, mime) -> bool:
        """Import what was dropped on the window; False when there is nothing to import."""
        items = drops.items_from_mime(mime)
        if items.empty:
            return False
        self.import_items(items.paths, items.sources)
        return True

    # ---- the import itself --------------------------------------------------------

    def import_items(self, paths: list[str], sources: list[Source]) -> Task | None:
        """Import in the background, with progress and Cancel; a summary at the end."""
        if self.running():
            self.window.statusBar().showMessage(
                self.tr("An import is already running; wait for it or cancel it."), 5000)
            return None

        self.started.emit()

        def job(svc: LibraryService, progress, cancelled) -> list[ImportOutcome]:
            outcomes: list[ImportOutcome] = []
            if paths:
                outcomes += svc.import_paths(paths, progress, cancelled)
            for done, source in enumerate(sources):
                if cancelled():
                    break
                progress(done, len(sources), source.name)
                outcomes += svc.import_sources([source])
            return outcomes

        self._total = 0
        task, dialog = run_with_progress(
            self.window, self.tr("Import"), job, title=self.tr("Importing"),
            on_success=lambda outcomes: self._done(task, outcomes),
            on_failure=lambda _message: self._forget_dialog())
        task.progress_changed.connect(self._remember_total)
        self.current = task
        self.progress_dialog = dialog
        return task

    def _remember_total(self, _done: int, total: int, _message: str) -> None:
        self._total = max(self._total, total)

    def _forget_dialog(self) -> None:
        self.progress_dialog = None  # closed and deleted by the runner

    def _done(self, task: Task, outcomes: list[ImportOutcome]) -> None:
        self._forget_dialog()
        window = self.window
        self.summary_dialog = ImportSummaryDialog(outcomes, cancelled=task.cancelled(),
                                                  total=self._total, parent=window)
        self.summary_dialog.setModal(False)
        self.summary_dialog.show()
        imported = [o.clipping_id for o in outcomes if o.status == "imported" and o.clipping_id]
        if imported:
            window.show_library()
            window.lists.select_clipping(imported[0])
        # Items, not clippings: a PDF whose pages wait to be cut was imported too.
        came_in = sum(1 for o in outcomes if o.status == "imported")
        window.statusBar().showMessage(
            self.tr("Imported %1 of %2.").replace("%1", str(came_in))
            .replace("%2", str(len(outcomes))), 8000)
        self.finished.emit(outcomes)
