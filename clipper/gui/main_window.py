"""The main window: sidebar | clipping list | reader, with import by drop, paste and dialog.

Reads go through the window's own `LibraryService` on the GUI thread; everything that
writes is a job on the `Writer` thread. Every write's `Changes` comes back through
`Writer.changed`, and `on_changes` decides what to refresh.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QDesktopServices,
    QKeySequence,
    QUndoCommand,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QColorDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QTableView,
    QWidget,
)

from clipper.domain import Changes, ImportOutcome
from clipper.gui import drops
from clipper.gui.commands import EditClippingCommand
from clipper.gui.icons import RESOURCES, icon
from clipper.gui.models.clipping_list import PUBLISHED, TITLE, ClippingListModel
from clipper.gui.organise_commands import (
    AddTagsCommand,
    AnnotateCommand,
    AssignThemeCommand,
    DeleteAnnotationCommand,
    RemoveTagCommand,
    RenameTagCommand,
)
from clipper.gui.undo_actions import JournalUndo
from clipper.gui.views.edit_dialog import EditDialog, clipping_fields
from clipper.gui.views.empty_state import EmptyState
from clipper.gui.views.import_dialogs import ImportProgressDialog, ImportSummaryDialog
from clipper.gui.views.reader import ReaderView
from clipper.gui.views.sidebar import CLIPPING_IDS_MIME, Sidebar
from clipper.gui.views.title_delegate import TitleDelegate
from clipper.gui.workers import Task, Writer
from clipper.importers.source import Source
from clipper.services import LibraryService
from clipper.store.library import LibraryError

SAMPLES = RESOURCES / "samples"
SEARCH_DELAY_MS = 250
DASHBOARD_DELAY_MS = 150
SNIPPET_HITS = 300  # snippets for the best hits; the rest of the list shows titles


class ClippingTable(QTableView):
    """The list; dragging rows carries their clipping ids (onto a tag or theme)."""

    def startDrag(self, supported_actions) -> None:
        from PySide6.QtCore import QMimeData
        from PySide6.QtGui import QDrag

        ids = self.window().selected_ids() if hasattr(self.window(), "selected_ids") else []
        if not ids:
            return
        mime = QMimeData()
        mime.setData(CLIPPING_IDS_MIME, ",".join(map(str, ids)).encode())
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.CopyAction)


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)
    import_finished = Signal(list)  # the outcomes, after the summary was shown
    export_finished = Signal(object)  # the ReportResult, or None when cancelled
    data_export_finished = Signal(object)  # (path, clippings) of a CSV/bundle, or None
    library_opened = Signal(str)

    def __init__(self, folder: Path, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle("Clipper")
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        self.service: LibraryService | None = None
        self.writer: Writer | None = None
        self.undo_stack = JournalUndo(self)  # the library's journal, as `clipper undo`
        self.current_import: Task | None = None
        self.progress_dialog: ImportProgressDialog | None = None
        self.summary_dialog: ImportSummaryDialog | None = None
        self._search_terms: list[str] = []
        self._library_bytes: int | None = None
        self._build_widgets()
        self._build_actions()
        self._restore_layout()
        self.attach_library(folder)

    # ---- building --------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.sidebar = Sidebar()
        self.sidebar.list_selected.connect(self._on_list_selected)
        self.sidebar.drop_handler = self.drop_on_sidebar
        self.sidebar.entry_menu_requested.connect(self._sidebar_menu)
        self.model = ClippingListModel(self._summaries)
        self.list_view = ClippingTable()
        self.list_view.setModel(self.model)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list_view.setSortingEnabled(True)
        self.list_view.sortByColumn(PUBLISHED, Qt.SortOrder.DescendingOrder)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setShowGrid(False)
        self.list_view.setWordWrap(False)
        self.list_view.setDragEnabled(True)
        self.list_view.verticalHeader().hide()
        # Fixed row heights: the view never asks for every row's size (a 100k list
        # would otherwise load all its pages to lay itself out).
        self.list_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.list_view.verticalHeader().setDefaultSectionSize(
            self.list_view.fontMetrics().height() + 10)
        header = self.list_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 120), (2, 92), (3, 56), (4, 120), (5, 110)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.list_view.setColumnWidth(col, width)
        self.list_view.setItemDelegateForColumn(TITLE, TitleDelegate(self.list_view))
        self.list_view.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.list_view.doubleClicked.connect(lambda _i: self.edit_current())
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list_view.customContextMenuRequested.connect(self._list_menu)

        self.reader = ReaderView()
        self.reader.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.reader.customContextMenuRequested.connect(self._reader_menu)
        self.empty_state = EmptyState()
        self.empty_state.import_samples_requested.connect(self.import_samples)
        self.empty_state.import_files_requested.connect(self.import_dialog)

        self.list_splitter = QSplitter(Qt.Orientation.Vertical)
        self.list_splitter.addWidget(self.list_view)
        self.list_splitter.addWidget(self.reader)
        self.list_splitter.setStretchFactor(0, 2)
        self.list_splitter.setStretchFactor(1, 3)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.list_splitter)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 900])
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)

        self.size_label = QLabel()
        self.background_bar = QProgressBar()
        self.background_bar.setMaximumWidth(220)
        self.background_bar.setTextVisible(False)
        self.background_bar.hide()
        self.background_label = QLabel()
        self.background_label.hide()
        self.statusBar().addPermanentWidget(self.background_label)
        self.statusBar().addPermanentWidget(self.background_bar)
        self.statusBar().addPermanentWidget(self.size_label)
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(260)
        self.search_field.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search_field.textEdited.connect(lambda _t: self._search_timer.start())
        self.search_field.returnPressed.connect(self.run_search)
        # The dashboard (made on first use: it imports matplotlib) follows the list.
        self.dashboard = None
        self._dashboard_timer = QTimer(self)
        self._dashboard_timer.setSingleShot(True)
        self._dashboard_timer.setInterval(DASHBOARD_DELAY_MS)
        self._dashboard_timer.timeout.connect(self.refresh_dashboard)
        self.model.modelReset.connect(self._schedule_dashboard)

    def _action(self, text: str, slot, shortcut=None, icon_name: str | None = None,
                context: Qt.ShortcutContext | None = None) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if context is not None:
            action.setShortcutContext(context)
        # triggered(bool) would pass `checked` as the slot's first argument.
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.import_action = self._action(self.tr("&Import…"), self.import_dialog, "Ctrl+I", "import")
        self.import_folder_action = self._action(self.tr("Import &Folder…"), self.import_folder_dialog)
        self.samples_action = self._action(self.tr("Import &Sample Articles"), self.import_samples,
                                           icon_name="sample")
        self.export_action = self._action(self.tr("&Export PDF Report…"),
                                          self.export_dialog, "Ctrl+P", "export")
        self.export_csv_action = self._action(self.tr("Export &CSV…"),
                                              lambda: self.export_data_dialog("csv"))
        self.export_bundle_action = self._action(self.tr("Export &Bundle…"),
                                                 lambda: self.export_data_dialog("bundle"))
        self.open_action = self._action(self.tr("&Open Library…"), self.open_library_dialog,
                                        QKeySequence.StandardKey.Open, "open")
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icon("undo"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)  # Ctrl+Shift+Z too
        self.redo_action.setIcon(icon("redo"))
        self.paste_action = self._action(
            self.tr("&Paste Articles"), self.paste, QKeySequence.StandardKey.Paste,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_action = self._action(self.tr("&Edit Clipping…"), self.edit_current, "Ctrl+E",
                                        "edit")
        self.delete_action = self._action(
            self.tr("&Delete Clipping"), self.delete_selected, QKeySequence.StandardKey.Delete,
            "delete", context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action = self._action(self.tr("&Find"), self.focus_search,
                                        QKeySequence.StandardKey.Find, "search")
        self.open_link_action = self._action(self.tr("Open &Original Page"), self.open_original,
                                             "Ctrl+L", "link")
        self.add_tags_action = self._action(self.tr("Add &Tags…"), self.add_tags_dialog,
                                            "Ctrl+T", "tag")
        self.remove_tag_action = self._action(self.tr("&Remove Tag…"), self.remove_tag_dialog)
        self.new_theme_action = self._action(self.tr("New T&heme…"), self.new_theme_dialog,
                                             icon_name="theme")
        self.highlight_action = self._action(
            self.tr("&Highlight"), self.highlight_selection, "H", "highlight",
            context=Qt.ShortcutContext.WidgetShortcut)
        self.note_action = self._action(
            self.tr("Add &Note…"), self.note_selection, "N", "note",
            context=Qt.ShortcutContext.WidgetShortcut)
        self.remove_highlight_action = self._action(self.tr("Remove Highlight"),
                                                    self.remove_highlight_at_cursor)
        self.accept_action = self._action(self.tr("&Accept Suggested Themes"),
                                          lambda: self.review_suggestions(True), "Ctrl+Return")
        self.reject_action = self._action(self.tr("Re&ject Suggested Themes"),
                                          lambda: self.review_suggestions(False))
        self.save_search_action = self._action(self.tr("&Save Search…"),
                                               self.save_search_dialog, "Ctrl+Shift+S")
        self.reader.addAction(self.highlight_action)
        self.reader.addAction(self.note_action)
        self.theme_menu = QMenu(self.tr("Add to T&heme"), self)
        self.theme_menu.setIcon(icon("theme"))
        self.theme_menu.aboutToShow.connect(self._fill_theme_menu)
        for widget in (self.list_view, self.reader, self.empty_state, self.sidebar):
            widget.addAction(self.paste_action)
        self.list_view.addAction(self.delete_action)

        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for action in (self.import_action, self.import_folder_action, self.samples_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.export_csv_action)
        file_menu.addAction(self.export_bundle_action)
        file_menu.addSeparator()
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        for action in (self.undo_action, self.redo_action):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        for action in (self.paste_action, self.edit_action, self.delete_action):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.save_search_action)
        self.clipping_menu = bar.addMenu(self.tr("&Clipping"))
        self.clipping_menu.addAction(self.open_link_action)
        self.clipping_menu.addSeparator()
        for action in (self.add_tags_action, self.remove_tag_action):
            self.clipping_menu.addAction(action)
        self.clipping_menu.addMenu(self.theme_menu)
        self.clipping_menu.addAction(self.new_theme_action)
        self.clipping_menu.addAction(self.accept_action)
        self.clipping_menu.addAction(self.reject_action)
        self.clipping_menu.addSeparator()
        for action in (self.highlight_action, self.note_action, self.remove_highlight_action):
            self.clipping_menu.addAction(action)
        view_menu = bar.addMenu(self.tr("&View"))
        self.dashboard_action = self._action(self.tr("&Dashboard"), self.toggle_dashboard,
                                             "Ctrl+D")
        self.dashboard_action.setCheckable(True)
        view_menu.addAction(self.dashboard_action)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = self.settings.value("ui/language", "", str)
        for code, label in (("", self.tr("System default")), ("en", "English"), ("ko", "한국어")):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _c=False, c=code: self.language_change_requested
                                     .emit(c))
            group.addAction(action)
            language_menu.addAction(action)

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setIconSize(QSize(22, 22))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        for action in (self.import_action, self.export_action, self.open_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.undo_action, self.edit_action, self.delete_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.add_tags_action, self.highlight_action, self.note_action):
            toolbar.addAction(action)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding,
                             spacer.sizePolicy().verticalPolicy().Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search_field)
        self.toolbar = toolbar

    # ---- library -----------------------------------------------------------------------

    def attach_library(self, folder: Path) -> None:
        """Open `folder` (creating an empty library there if needed) and show it."""
        self._detach_library()
        self.service = LibraryService(folder)
        self.writer = Writer(self.service.root)
        self.writer.changed.connect(self.on_changes)
        self.writer.task_failed.connect(self._on_task_failed)
        self.undo_stack.clear()
        # Catch the search index up (after a crash or an analyzer upgrade); cheap when
        # nothing is pending, and off the GUI thread when it is not.
        self.run_in_background(self.tr("Updating the search index"),
                               lambda svc, progress, cancelled: svc.update_index(progress,
                                                                                 cancelled))
        self.settings.setValue("library/last", str(self.service.root))
        self.setWindowTitle(f"Clipper — {self.service.root}")
        self.model.set_themes_lookup(self.service.browse_themes_of)
        self.search_field.clear()
        self._search_terms = []
        self._library_bytes = None
        self.refresh_sidebar()
        self.sidebar.select_entry("all")
        self._show_list("all", "")
        self.reader.show_placeholder()
        if self.model.rowCount():
            self.select_row(0)  # open on the newest clipping
        self._update_status()
        self.library_opened.emit(str(self.service.root))

    def _detach_library(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None
        if self.service is not None:
            self.service.close()
            self.service = None

    def _summaries(self, ids: list[int]):
        return self.service.summaries(ids) if self.service else []

    def refresh_sidebar(self) -> None:
        svc = self.service
        self.sidebar.populate(
            total=svc.count(),
            inbox=svc.inbox_count(),
            outlets=svc.browse_outlets(),
            tags=svc.browse_tags(),
            themes=svc.browse_themes(),
            saved=[(saved.name, saved.query) for saved in svc.list_saved_searches(counts=False)],
        )

    def _on_list_selected(self, kind: str, value: str) -> None:
        if kind == "saved":
            # A saved search is its query in the search field: results, snippets and
            # highlighted words as if typed.
            self.search_field.setText(value)
            self.run_search()
            return
        if self.search_field.text():
            self.search_field.clear()
            self._search_terms = []
        self._show_list(kind, value)

    def _show_list(self, kind: str, value: str) -> None:
        svc = self.service
        self.model.set_source(lambda order: svc.browse_ids(kind, value, order))
        self.list_view.horizontalHeader().setSortIndicatorShown(True)
        self._after_reload(None)

    def _after_reload(self, keep_id: int | None) -> None:
        """Select `keep_id` again after the list was reloaded, else the first row."""
        row = self.model.row_of(keep_id) if keep_id is not None else None
        if row is None and self.model.rowCount() and keep_id is not None:
            row = 0
        if row is not None:
            self.select_row(row)
            self.list_view.scrollTo(self.model.index(row, 0))
        elif self.model.rowCount() == 0:
            self.reader.show_placeholder(self.tr("No clippings here."))
        self.stack.setCurrentWidget(
            self.splitter if self.service.count() else self.empty_state)

    def select_row(self, row: int) -> None:
        """Make `row` the current and only selected row (selectRow() would toggle it
        when the keyboard says Ctrl is down)."""
        from PySide6.QtCore import QItemSelectionModel

        index = self.model.index(row, 0)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.list_view.selectionModel().setCurrentIndex(index, flags)

    def current_id(self) -> int | None:
        index = self.list_view.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.list_view.selectionModel().selectedRows()})
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
        self.reader.highlight_terms(self._search_terms)

    def on_changes(self, changes: Changes) -> None:
        """One write finished: refresh what it touched."""
        if self.service is None:
            return
        keep = self.current_id()
        if self.search_field.text().strip() and (
                changes.clippings_added or changes.clippings_deleted
                or changes.clippings_changed or changes.tags or changes.themes):
            self.run_search()  # the index was updated before this notice was sent
        elif changes.clippings_added or changes.clippings_deleted:
            self.model.reload()
            self._after_reload(keep)
        elif changes.tags or changes.themes:
            # Before clippings_changed: a theme or tag list in view may have lost or
            # gained members, not just changed rows.
            self.model.reload()
            self._after_reload(keep)
        elif changes.clippings_changed:
            self.model.refresh_rows(changes.clippings_changed)
        self.refresh_sidebar()
        self._schedule_dashboard()
        self._update_status(size=bool(changes.clippings_added or changes.clippings_deleted))
        if keep is not None and (keep in changes.clippings_changed or changes.annotations
                                 or changes.tags or changes.themes):
            self.show_clipping(keep)

    def _update_status(self, size: bool = True) -> None:
        """Clippings and disk use; the folder is walked again only when `size`."""
        count = self.service.count()
        if size or self._library_bytes is None:
            self._library_bytes = _folder_size(self.service.root)
        size = self._library_bytes
        self.size_label.setText(
            self.tr("%1 clippings · %2 MB").replace("%1", f"{count:,}")
            .replace("%2", f"{size / 1024 / 1024:.1f}"))

    def run_in_background(self, label: str, job) -> Task:
        """A writer job with progress in the status bar (index catch-up, rule runs...)."""
        task = self.writer.submit(label, job, start=False)

        def progress(done: int, total: int, _message: str) -> None:
            if total > 1:
                self.background_label.setText(label)
                self.background_bar.setRange(0, total)
                self.background_bar.setValue(done)
                self.background_label.show()
                self.background_bar.show()

        task.progress_changed.connect(progress)
        task.ended.connect(self.background_bar.hide)
        task.ended.connect(self.background_label.hide)
        self.writer.start(task)
        return task

    def _on_task_failed(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)
        # Not modal: a failure in the background must not stop the window.
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Clipper"), message,
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.failure_box = box

    # ---- import ------------------------------------------------------------------------

    def import_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import articles"), str(Path.home()),
            self.tr("Articles (*.txt *.text *.html *.htm *.mhtml *.mht);;All files (*)"))
        if files:
            self.import_items(files, [])

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder"),
                                                  str(Path.home()))
        if folder:
            self.import_items([folder], [])

    def import_samples(self) -> Task | None:
        return self.import_items([str(SAMPLES)], [])

    def paste(self) -> None:
        mime = QApplication.clipboard().mimeData()
        items = drops.items_from_mime(mime) if mime is not None else drops.DroppedItems()
        if items.empty:
            self.statusBar().showMessage(self.tr("Nothing to import on the clipboard."), 5000)
            return
        self.import_items(items.paths, items.sources)

    def dragEnterEvent(self, event) -> None:
        if drops.can_import(event.mimeData()) and not event.mimeData().hasFormat(
                CLIPPING_IDS_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        items = drops.items_from_mime(event.mimeData())
        if items.empty:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_items(items.paths, items.sources)

    def import_items(self, paths: list[str], sources: list[Source]) -> Task | None:
        """Import in the background, with progress and Cancel; a summary at the end."""
        if self.current_import is not None and not self.current_import.done:
            self.statusBar().showMessage(
                self.tr("An import is already running; wait for it or cancel it."), 5000)
            return None

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

        task = self.writer.submit(self.tr("Import"), job, start=False)
        self.current_import = task
        self._import_total = 0
        dialog = ImportProgressDialog(self)
        dialog.cancel_requested.connect(task.cancel)
        task.progress_changed.connect(dialog.set_progress)
        task.progress_changed.connect(self._remember_total)
        task.finished.connect(lambda outcomes: self._import_done(task, outcomes))
        task.failed.connect(lambda _m: self._close_progress())
        self.progress_dialog = dialog
        self.writer.start(task)
        # Shown only if the import takes a moment: a single drop should not flash.
        QTimer.singleShot(400, lambda: dialog.show() if not task.done else None)
        return task

    def _remember_total(self, _done: int, total: int, _message: str) -> None:
        self._import_total = max(self._import_total, total)

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.hide()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _import_done(self, task: Task, outcomes: list[ImportOutcome]) -> None:
        self._close_progress()
        cancelled = task.cancelled()
        self.summary_dialog = ImportSummaryDialog(outcomes, cancelled=cancelled,
                                                  total=self._import_total, parent=self)
        self.summary_dialog.setModal(False)
        self.summary_dialog.show()
        imported = [o.clipping_id for o in outcomes if o.status == "imported" and o.clipping_id]
        if imported:
            self.stack.setCurrentWidget(self.splitter)
            row = self.model.row_of(imported[0])
            if row is not None:
                self.select_row(row)
        self.statusBar().showMessage(
            self.tr("Imported %1 of %2.").replace("%1", str(len(imported)))
            .replace("%2", str(len(outcomes))), 8000)
        self.import_finished.emit(outcomes)

    # ---- editing -----------------------------------------------------------------------

    def edit_current(self) -> None:
        clipping_id = self.current_id()
        if clipping_id is None:
            return
        clipping = self.service.get(clipping_id)
        dialog = EditDialog(clipping, self)
        if dialog.exec() and dialog.changed_fields():
            self.edit_clipping(clipping_id, dialog.changed_fields())

    def edit_clipping(self, clipping_id: int, fields: dict[str, str]) -> None:
        """Change fields as one undoable step (Ctrl+Z puts them back)."""
        before = clipping_fields(self.service.get(clipping_id))
        names = ", ".join(fields)
        self.undo_stack.push(EditClippingCommand(
            self.writer, clipping_id, before, fields,
            self.tr("Edit %1").replace("%1", names)))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete clippings"),
            self.tr("Delete %1 clipping(s)? This cannot be undone.").replace("%1", str(len(ids))))
        if answer == QMessageBox.StandardButton.Yes:
            self.writer.submit(self.tr("Delete"), lambda svc, _p, _c: svc.delete(ids))

    # ---- organising: tags, themes, highlights, notes, saved searches -----------------

    def _list_menu(self, pos) -> None:
        menu = QMenu(self)
        for action in (self.add_tags_action, self.remove_tag_action):
            menu.addAction(action)
        menu.addMenu(self.theme_menu)
        menu.addSeparator()
        for action in (self.edit_action, self.open_link_action, self.delete_action):
            menu.addAction(action)
        menu.exec(self.list_view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def add_tags(self, ids: list[int], tags: list[str]) -> None:
        """Tag clippings as one undoable step."""
        tags = [t.strip() for t in tags if t.strip()]
        if ids and tags:
            self.undo_stack.push(AddTagsCommand(
                self.writer, self.service, ids, tags,
                self.tr("Tag %1").replace("%1", ", ".join(tags))))

    def remove_tag(self, ids: list[int], tag: str) -> None:
        if ids and tag:
            self.undo_stack.push(RemoveTagCommand(
                self.writer, self.service, ids, tag,
                self.tr("Remove tag %1").replace("%1", tag)))

    def assign_theme(self, theme: str, ids: list[int]) -> None:
        if ids and theme:
            self.undo_stack.push(AssignThemeCommand(
                self.writer, self.service, theme, ids,
                self.tr("Add to theme %1").replace("%1", theme)))

    def drop_on_sidebar(self, kind: str, name: str, ids: list[int]) -> None:
        """Clippings dragged from the list onto a tag or a theme."""
        if kind == "tag":
            self.add_tags(ids, [name])
        elif kind == "theme":
            self.assign_theme(name, ids)

    # ---- the sidebar's context menus: themes, tags, saved searches ------------------

    def sidebar_menu(self, kind: str, value: str, name: str) -> QMenu | None:
        """The context menu of a sidebar entry (None for entries without one)."""
        menu = QMenu(self)
        entries: list[tuple[str, object]] = []
        if kind == "theme":
            entries = [(self.tr("Export Report…"), lambda: self.export_dialog(theme=value)),
                       (self.tr("Edit Theme…"), lambda: self.edit_theme_dialog(value)),
                       (self.tr("Delete Theme"), lambda: self.delete_theme_dialog(value))]
        elif kind == "tag":
            entries = [(self.tr("Export Report…"), lambda: self.export_dialog(tag=value)),
                       (self.tr("Rename…"), lambda: self.rename_tag_dialog(value)),
                       (self.tr("Merge into…"), lambda: self.merge_tag_dialog(value)),
                       (self.tr("Delete"), lambda: self.delete_tag_dialog(value))]
        elif kind == "saved":
            entries = [(self.tr("Rename…"), lambda: self.rename_saved_search_dialog(name)),
                       (self.tr("Delete"), lambda: self.delete_saved_search_dialog(name))]
        if not entries:
            menu.deleteLater()
            return None
        for text, slot in entries:
            action = menu.addAction(text)
            action.triggered.connect(lambda _c=False, f=slot: f())
        return menu

    def _sidebar_menu(self, kind: str, value: str, name: str, pos) -> None:
        menu = self.sidebar_menu(kind, value, name)
        if menu is not None:
            menu.exec(pos)
            menu.deleteLater()

    def edit_theme_dialog(self, name: str) -> None:
        from clipper.gui.views.theme_dialog import ThemeDialog

        try:
            theme = self.service.get_theme(name)
        except LibraryError as exc:
            QMessageBox.warning(self, self.tr("Edit theme"), str(exc))
            return
        dialog = ThemeDialog(theme, self)
        if dialog.exec() and dialog.changed_fields():
            self.edit_theme(name, dialog.changed_fields())

    def edit_theme(self, name: str, fields: dict[str, object]) -> Task:
        """Change a theme (the service refuses bad dates, names or rules with a message)."""
        new_name = str(fields.get("name") or name)
        task = self.writer.submit(self.tr("Edit theme"),
                                  lambda svc, _p, _c: svc.edit_theme(name, **fields))
        if new_name != name and self.sidebar.current_entry() == ("theme", name):
            # Keep showing the same theme under its new name.
            task.finished.connect(lambda _r: self.sidebar.select_entry("theme", new_name))
        return task

    def delete_theme_dialog(self, name: str) -> None:
        answer = QMessageBox.question(
            self, self.tr("Delete theme"),
            self.tr("Delete the theme “%1”? Its clippings are kept.").replace("%1", name))
        if answer == QMessageBox.StandardButton.Yes:
            self.writer.submit(self.tr("Delete theme"),
                               lambda svc, _p, _c: svc.delete_theme(name))

    def rename_tag_dialog(self, tag: str) -> None:
        new, ok = QInputDialog.getText(self, self.tr("Rename tag"), self.tr("New name:"),
                                       text=tag)
        if ok and new.strip() and new.strip() != tag:
            self.rename_tag(tag, new.strip())

    def rename_tag(self, old: str, new: str) -> None:
        """Rename a tag and its sub-tags as one undoable step."""
        self.undo_stack.push(RenameTagCommand(
            self.writer, old, new, self.tr("Rename tag %1").replace("%1", old)))
        if self.sidebar.current_entry() == ("tag", old):
            self.sidebar.select_entry("all")
            self._show_list("all", "")

    def merge_tag_dialog(self, tag: str) -> None:
        others = [name for name, _n in self.service.browse_tags() if name != tag]
        if not others:
            self.statusBar().showMessage(self.tr("There is no other tag to merge into."), 5000)
            return
        target, ok = QInputDialog.getItem(
            self, self.tr("Merge tag"),
            self.tr("Merge “%1” into:").replace("%1", tag), others, 0, True)
        if ok and target.strip() and target.strip() != tag:
            self.writer.submit(self.tr("Merge tag"),
                               lambda svc, _p, _c: svc.merge_tags([tag], target.strip()))

    def delete_tag_dialog(self, tag: str) -> None:
        answer = QMessageBox.question(
            self, self.tr("Delete tag"),
            self.tr("Remove the tag “%1” (and its sub-tags) from every clipping?")
            .replace("%1", tag))
        if answer == QMessageBox.StandardButton.Yes:
            self.writer.submit(self.tr("Delete tag"), lambda svc, _p, _c: svc.delete_tag(tag))

    def rename_saved_search_dialog(self, name: str) -> None:
        new, ok = QInputDialog.getText(self, self.tr("Rename saved search"),
                                       self.tr("New name:"), text=name)
        if ok and new.strip() and new.strip() != name:
            self.writer.submit(
                self.tr("Rename saved search"),
                lambda svc, _p, _c: svc.rename_saved_search(name, new.strip()))

    def delete_saved_search_dialog(self, name: str) -> None:
        answer = QMessageBox.question(
            self, self.tr("Delete saved search"),
            self.tr("Delete the saved search “%1”?").replace("%1", name))
        if answer == QMessageBox.StandardButton.Yes:
            self.writer.submit(self.tr("Delete saved search"),
                               lambda svc, _p, _c: svc.delete_saved_search(name))

    def add_tags_dialog(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Add tags"),
            self.tr("Tags for %1 clipping(s), separated by commas (a/b makes a sub-tag):")
            .replace("%1", str(len(ids))))
        if ok:
            self.add_tags(ids, text.split(","))

    def remove_tag_dialog(self) -> None:
        ids = self.selected_ids()
        present = sorted({t for cid in ids for t in self.service.library.tags_of(cid)},
                         key=str.casefold)
        if not present:
            self.statusBar().showMessage(self.tr("The selected clippings have no tags."), 5000)
            return
        tag, ok = QInputDialog.getItem(self, self.tr("Remove tag"), self.tr("Tag:"),
                                       present, 0, False)
        if ok:
            self.remove_tag(ids, tag)

    def _fill_theme_menu(self) -> None:
        self.theme_menu.clear()
        themes = self.service.browse_themes()
        for name, _colour, _count in themes:
            action = self.theme_menu.addAction(name)
            action.triggered.connect(
                lambda _c=False, n=name: self.assign_theme(n, self.selected_ids()))
        if themes:
            self.theme_menu.addSeparator()
        self.theme_menu.addAction(self.new_theme_action)

    def new_theme_dialog(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New theme"), self.tr("Theme name:"))
        if not ok or not name.strip():
            return
        colour = QColorDialog.getColor(Qt.GlobalColor.blue, self, self.tr("Theme colour"))
        self.create_theme(name.strip(), colour.name() if colour.isValid() else None,
                          self.selected_ids())

    def create_theme(self, name: str, colour: str | None, ids: list[int]) -> None:
        """Create a theme and put `ids` in it (the creation itself is not undone)."""
        fields = {"colour": colour} if colour else {}
        self.writer.submit(self.tr("New theme"),
                           lambda svc, _p, _c: svc.create_theme(name, **fields))
        if ids:
            # Queued after the creation, so the theme exists when this runs.
            self.undo_stack.push(_LateAssign(self, name, ids))

    def highlight_selection(self, note: str = "") -> bool:
        """Highlight the reader's selected body text (H); returns False if none."""
        selected = self.reader.body_selection()
        clipping = self.reader.clipping
        if selected is None or clipping is None:
            self.statusBar().showMessage(self.tr("Select some text of the article first."),
                                         5000)
            return False
        start, end, quote = selected
        label = self.tr("Add note") if note else self.tr("Highlight")
        self.undo_stack.push(AnnotateCommand(self.writer, clipping.id, start, end, quote,
                                             note, label))
        return True

    def note_selection(self) -> None:
        if self.reader.body_selection() is None:
            self.highlight_selection()  # says what to do
            return
        note, ok = QInputDialog.getMultiLineText(self, self.tr("Add note"),
                                                 self.tr("Note on the selected passage:"))
        if ok and note.strip():
            self.highlight_selection(note.strip())

    def remove_highlight_at_cursor(self) -> None:
        annotation = self.reader.annotation_at_cursor()
        if annotation is None:
            self.statusBar().showMessage(self.tr("Put the cursor in a highlight first."), 5000)
            return
        self.undo_stack.push(DeleteAnnotationCommand(self.writer, annotation,
                                                     self.tr("Remove highlight")))

    def review_suggestions(self, accept: bool) -> None:
        """Accept or reject the themes rules suggested for the clipping in the reader
        (the Inbox's review; not undoable: the user can add or remove a theme again)."""
        clipping_id = self.current_id()
        if clipping_id is None:
            return
        names = self.service.browse_suggested_themes(clipping_id)
        if not names:
            self.statusBar().showMessage(self.tr("No theme suggestions for this clipping."),
                                         5000)
            return

        def job(svc, _p, _c):
            for name in names:
                if accept:
                    svc.review_theme(name, accept=[clipping_id])
                else:
                    svc.review_theme(name, reject=[clipping_id])

        self.writer.submit(self.tr("Review themes"), job)

    def save_search_dialog(self) -> None:
        query = self.search_field.text().strip()
        if not query:
            self.statusBar().showMessage(self.tr("Type a search first."), 5000)
            return
        name, ok = QInputDialog.getText(self, self.tr("Save search"), self.tr("Name:"),
                                        text=query)
        if ok and name.strip():
            self.save_search(name.strip(), query)

    def save_search(self, name: str, query: str) -> None:
        self.writer.submit(self.tr("Save search"),
                           lambda svc, _p, _c: svc.add_saved_search(name, query, replace=True))

    # ---- export -----------------------------------------------------------------------

    def export_selection(self):
        """What a report covers: several selected rows, else the list in view (a theme,
        a tag, a saved search, a search, an outlet, or everything)."""
        svc = self.service
        selected = self.selected_ids()
        query = self.search_field.text().strip()
        kind, value = self.sidebar.current_entry()
        if len(selected) > 1:
            return svc.export_set(ids=selected)
        if query:
            return svc.export_set(query=query)
        if kind == "theme":
            return svc.export_set(theme=value)
        if kind == "tag":
            return svc.export_set(tag=value)
        export = svc.export_set(ids=self.model.ids())
        if kind == "outlet":
            export.label = value
        return export

    def export_dialog(self, theme: str | None = None, tag: str | None = None) -> None:
        """The report dialog for the list in view, or for a theme or tag (its context menu)."""
        from clipper.gui.views.export_dialog import ExportDialog

        try:
            if theme is not None:
                export = self.service.export_set(theme=theme)
            elif tag is not None:
                export = self.service.export_set(tag=tag)
            else:
                export = self.export_selection()
        except LibraryError as exc:
            QMessageBox.warning(self, self.tr("Export"), str(exc))
            return
        if not export.ids:
            self.statusBar().showMessage(self.tr("Nothing to export in this list."), 5000)
            return
        language = "ko" if self.tr("&File") != "&File" else "en"
        dialog = ExportDialog(export.label or self.tr("Press clippings"), len(export.ids),
                              language, self)
        if not dialog.exec():
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), str(Path.home() / "clippings-report.pdf"),
            self.tr("PDF (*.pdf)"))
        if path:
            self.export_pdf(export, Path(path), dialog.options())

    def export_pdf(self, export, path: Path, options: dict[str, object]) -> Task:
        """Write the report on the writer thread, with progress and Cancel."""
        from clipper.export.report import ReportCancelled, ReportOptions

        report_options = ReportOptions(**options)

        def job(svc, progress, cancelled):
            try:
                return svc.export_pdf(export, path, report_options, progress, cancelled)
            except ReportCancelled:
                return None  # no file was written

        task = self.writer.submit(self.tr("Export"), job, start=False)
        dialog = ImportProgressDialog(self)
        dialog.setWindowTitle(self.tr("Exporting"))
        dialog.cancel_requested.connect(task.cancel)
        task.progress_changed.connect(dialog.set_progress)
        task.ended.connect(dialog.deleteLater)
        task.finished.connect(lambda result: self._export_done(task, result))
        self.export_progress = dialog
        self.writer.start(task)
        QTimer.singleShot(400, lambda: dialog.show() if not task.done else None)
        return task

    def _export_done(self, task: Task, result) -> None:
        if result is None:
            self.statusBar().showMessage(self.tr("Export cancelled."), 5000)
            self.export_finished.emit(None)
            return
        message = self.tr("Wrote %1 (%2 pages, %3 clippings).").replace(
            "%1", str(result.path)).replace("%2", str(result.pages)).replace(
            "%3", str(result.clippings))
        self.statusBar().showMessage(message, 10000)
        self.export_finished.emit(result)

    def export_data_dialog(self, kind: str) -> None:
        """File > Export CSV… / Export Bundle…: the list in view (or the selected rows)."""
        try:
            export = self.export_selection()
        except LibraryError as exc:
            QMessageBox.warning(self, self.tr("Export"), str(exc))
            return
        if not export.ids:
            self.statusBar().showMessage(self.tr("Nothing to export in this list."), 5000)
            return
        if kind == "csv":
            name, filter_ = "clippings.csv", self.tr("CSV (*.csv)")
        else:
            name, filter_ = "clippings.zip", self.tr("Clipper bundle (*.zip)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"),
                                              str(Path.home() / name), filter_)
        if path:
            self.export_data(kind, export, Path(path))

    def export_data(self, kind: str, export, path: Path) -> Task:
        """Write a CSV or a ZIP bundle on the writer thread, with progress and Cancel."""

        def job(svc, progress, cancelled):
            if kind == "csv":
                return path, svc.export_csv(export, path)
            try:
                return path, svc.export_bundle(export, path, progress, cancelled).clippings
            except LibraryError:
                if cancelled():
                    return None  # the bundle is written atomically: nothing was left
                raise

        task = self.writer.submit(self.tr("Export"), job, start=False)
        dialog = ImportProgressDialog(self)
        dialog.setWindowTitle(self.tr("Exporting"))
        dialog.cancel_requested.connect(task.cancel)
        task.progress_changed.connect(dialog.set_progress)
        task.ended.connect(dialog.deleteLater)
        task.finished.connect(self._data_export_done)
        self.writer.start(task)
        QTimer.singleShot(400, lambda: dialog.show() if not task.done else None)
        return task

    def _data_export_done(self, result) -> None:
        if result is None:
            self.statusBar().showMessage(self.tr("Export cancelled."), 5000)
        else:
            path, count = result
            self.statusBar().showMessage(
                self.tr("Wrote %1 (%2 clippings).").replace("%1", str(path))
                .replace("%2", str(count)), 10000)
        self.data_export_finished.emit(result)

    def reader_actions(self) -> list[QAction | None]:
        """The reader's context menu, top to bottom (None is a separator)."""
        return [self.highlight_action, self.note_action, self.remove_highlight_action, None,
                self.add_tags_action, self.remove_tag_action, self.theme_menu.menuAction(),
                self.accept_action, self.reject_action,
                None, self.open_link_action, self.edit_action]

    def _reader_menu(self, pos) -> None:
        menu = self.reader.createStandardContextMenu(pos)
        menu.addSeparator()
        for action in self.reader_actions():
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(self.reader.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def open_original(self) -> None:
        clipping = self.reader.clipping
        if clipping and clipping.url and clipping.url.lower().startswith(("http://", "https://")):
            QDesktopServices.openUrl(QUrl(clipping.url))

    # ---- dashboard ---------------------------------------------------------------------

    def toggle_dashboard(self) -> None:
        """View > Dashboard (Ctrl+D): coverage charts of the list in view, in a dock."""
        if self.dashboard is None:
            from clipper.gui.views.dashboard import DashboardDock  # imports matplotlib

            self.dashboard = DashboardDock(self)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dashboard)
            self.dashboard.visibilityChanged.connect(self._on_dashboard_visibility)
            self.dashboard.show()
        else:
            self.dashboard.setVisible(self.dashboard.isHidden())
        self.dashboard_action.setChecked(self.dashboard_open())
        self.refresh_dashboard()

    def dashboard_open(self) -> bool:
        # isHidden, not isVisible: the dock counts as open while the window is minimised.
        return self.dashboard is not None and not self.dashboard.isHidden()

    def _on_dashboard_visibility(self, visible: bool) -> None:
        self.dashboard_action.setChecked(self.dashboard_open())
        if visible:
            self._schedule_dashboard()

    def _schedule_dashboard(self) -> None:
        if self.dashboard_open():
            self._dashboard_timer.start()

    def dashboard_label(self) -> str:
        query = self.search_field.text().strip()
        if query:
            return self.tr("Search: %1").replace("%1", query)
        kind, value = self.sidebar.current_entry()
        if kind == "inbox":
            return self.tr("Inbox")
        if kind in ("theme", "tag", "outlet") and value:
            return value
        return self.tr("All clippings")

    def refresh_dashboard(self) -> None:
        """Redraw the dashboard for the clippings now in the list."""
        self._dashboard_timer.stop()
        if self.service is None or not self.dashboard_open():
            return
        coverage = self.service.coverage(self.model.ids())
        self.dashboard.view.show_coverage(coverage, self.dashboard_label())

    # ---- search ------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def run_search(self) -> None:
        """Show what the search field's query matches, best first, with snippets."""
        self._search_timer.stop()
        if self.service is None:
            return
        query = self.search_field.text().strip()
        keep = self.current_id()
        if not query:
            self._search_terms = []
            self.search_field.setStyleSheet("")
            kind, value = self.sidebar.current_entry()
            if kind == "saved":
                self.sidebar.select_entry("all")
                kind, value = "all", ""
            self._show_list(kind, value)
            self._after_reload(keep)
            self.show_clipping(self.current_id())
            return
        svc = self.service
        if svc.search_loads_analyser(query):
            # 2-3 s holding the interpreter: a thread would not keep the window live.
            self.statusBar().showMessage(
                self.tr("Loading the Korean analyser for the first search…"))
            self.statusBar().repaint()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # Every match for the list, snippets for the best: one pass over the index.
            ranked, hits = svc.search_all(query, SNIPPET_HITS)
        except LibraryError as exc:
            # A half-typed query ("title:") is normal while typing: say so quietly.
            self.search_field.setStyleSheet("color: #c62828")
            self.statusBar().showMessage(str(exc), 5000)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.search_field.setStyleSheet("")
        snippets = {h.id: (h.snippet, list(h.marks)) for h in hits}
        terms: set[str] = set()
        for hit in hits:
            terms |= {hit.snippet[s:e] for s, e in hit.marks}
            terms |= {hit.title[s:e] for s, e in hit.title_marks}
        self._search_terms = sorted(terms, key=len, reverse=True)
        matched = set(ranked)

        def ordered(order: str) -> list[int]:
            return [i for i in svc.browse_ids("all", "", order) if i in matched]

        self.model.set_source(ordered, ranked=ranked, snippets=snippets)
        self.list_view.horizontalHeader().setSortIndicatorShown(False)
        self.statusBar().showMessage(
            self.tr("%1 clippings match.").replace("%1", f"{len(ranked):,}"), 5000)
        if self.model.rowCount():
            row = self.model.row_of(keep) if keep in matched else 0
            self.select_row(row)
            self.show_clipping(self.model.id_at(row))
        else:
            self.reader.show_placeholder(self.tr("Nothing matches this search."))

    # ---- library folders and layout ----------------------------------------------------

    def open_library_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Open or create a library folder"), str(self.service.root.parent))
        if folder:
            self.open_library(Path(folder))

    def open_library(self, folder: Path) -> None:
        try:
            self.attach_library(folder)
        except LibraryError as exc:
            QMessageBox.warning(self, self.tr("Cannot open library"), str(exc))

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        for key, splitter in (("window/splitter", self.splitter),
                              ("window/list_splitter", self.list_splitter)):
            state = self.settings.value(key)
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/list_splitter", self.list_splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event) -> None:
        self._search_timer.stop()
        self._dashboard_timer.stop()
        if self.current_import is not None and not self.current_import.done:
            self.current_import.cancel()
        self.save_layout()
        self._detach_library()
        super().closeEvent(event)


class _LateAssign(QUndoCommand):
    """Assign clippings to a theme made just before (its states are read on redo)."""

    def __init__(self, window: MainWindow, theme: str, ids: list[int]):
        super().__init__(window.tr("Add to theme %1").replace("%1", theme))
        self.window, self.theme, self.ids = window, theme, ids

    def redo(self) -> None:
        theme, ids = self.theme, self.ids
        self.window.writer.submit(self.text(), lambda svc, _p, _c: svc.assign_theme(theme, ids))

    def undo(self) -> None:
        theme, ids = self.theme, self.ids
        self.window.writer.submit(self.text(),
                                  lambda svc, _p, _c: svc.unassign_theme(theme, ids))


def _folder_size(root: Path) -> int:
    """Bytes used by the library folder (database, photos, originals)."""
    total = 0
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            try:
                total += os.stat(os.path.join(dirpath, name)).st_size
            except OSError:
                pass
    return total
