"""The main window: sidebar | clipping list | reader, with import by drop, paste and dialog.

A shell: it lays out the widgets and wires them to the controllers (list and reader,
search, import, dashboard) and to the action functions in `gui.actions`. Reads go
through the window's own `LibraryService` on the GUI thread; everything that writes is
a job on the `Writer` thread. Every write's `Changes` comes back through
`Writer.changed`, and `on_changes` routes it to what must refresh.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QTableView,
    QWidget,
)

from clipper.domain import Changes
from clipper.gui import drops, plain, window_actions
from clipper.gui.actions import clippings, exporting, organising
from clipper.gui.actions.cuts import view_cut
from clipper.gui.actions.runner import run_in_status_bar
from clipper.gui.commands import CorrectClippingCommand, EditClippingCommand
from clipper.gui.cutting_controller import CuttingController
from clipper.gui.dashboard_controller import DashboardController
from clipper.gui.desk import DeskController
from clipper.gui.feed_controller import FeedController
from clipper.gui.icons import icon
from clipper.gui.import_controller import ImportController
from clipper.gui.list_controller import ListController
from clipper.gui.models.clipping_list import (
    PAGE,
    PUBLISHED,
    STATUS,
    TAGS,
    THEMES,
    TITLE,
    TONE,
    ClippingListModel,
)
from clipper.gui.organise_commands import (
    AddTagsCommand,
    AnnotateCommand,
    AssignThemeCommand,
    DeleteAnnotationCommand,
    RemoveTagCommand,
    RenameTagCommand,
)
from clipper.gui.release_controller import ReleaseController
from clipper.gui.search_controller import SearchController
from clipper.gui.undo_actions import JournalUndo
from clipper.gui.views.cut_pane import CutPane
from clipper.gui.views.edit_dialog import clipping_fields
from clipper.gui.views.empty_state import EmptyState
from clipper.gui.views.reader import ReaderView
from clipper.gui.views.sidebar import CLIPPING_IDS_MIME, Sidebar
from clipper.gui.views.title_delegate import TitleDelegate
from clipper.gui.workers import Task, Writer
from clipper.importers.source import Source
from clipper.services import LibraryService
from clipper.store.library import LibraryError


class ClippingTable(QTableView):
    """The list; dragging rows carries their clipping ids (onto a tag or theme)."""

    # In a narrow window the title keeps at least this share of the width: Tags and
    # Themes give way first, then Status (the Inbox's reason), none below MIN_WIDTH.
    TITLE_SHARE = 0.35
    SHRINKS = ((TAGS, THEMES), (PAGE, TONE), (STATUS,))
    MIN_WIDTH = 60

    def __init__(self, parent=None):
        super().__init__(parent)
        self._preferred: dict[int, int] = {}  # widths set by the window or the user
        self._fitting = False

    def setModel(self, model) -> None:
        super().setModel(model)
        self.horizontalHeader().sectionResized.connect(self._on_section_resized)

    def _on_section_resized(self, column: int, _old: int, new: int) -> None:
        if not self._fitting and any(column in group for group in self.SHRINKS):
            self._preferred[column] = new

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Give the shrinkable columns their preferred widths, less what the title
        needs to keep its share (call after showing or hiding a column)."""
        width = self.viewport().width()
        model = self.model()
        if width <= 0 or model is None:
            return
        shrinkable = {c for group in self.SHRINKS for c in group}
        visible = [c for c in range(1, model.columnCount()) if not self.isColumnHidden(c)]
        fixed = sum(self.columnWidth(c) for c in visible if c not in shrinkable)
        widths = {c: self._preferred.get(c, self.columnWidth(c))
                  for c in visible if c in shrinkable}
        excess = sum(widths.values()) + fixed - int(width * (1 - self.TITLE_SHARE))
        for group in self.SHRINKS:
            if excess <= 0:
                break
            for column in (c for c in group if c in widths):
                give = min(excess, max(0, widths[column] - self.MIN_WIDTH))
                widths[column] -= give
                excess -= give
        self._fitting = True
        try:
            for column, wanted in widths.items():
                if self.columnWidth(column) != wanted:
                    self.setColumnWidth(column, wanted)
        finally:
            self._fitting = False

    def selectionCommand(self, index, event=None):
        # Ctrl+Home/End would move the current row and leave the selection where it was
        # (Ctrl keeps a multi-selection while moving); the reader shows the selection, so
        # these jumps select the row they land on.
        from PySide6.QtCore import QEvent, QItemSelectionModel

        if (event is not None and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End)
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            return (QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
        return super().selectionCommand(index, event)

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
        self._library_bytes: int | None = None
        self._pages_before: set[int] = set()  # print pages before an import (issue 16)
        self._build_widgets()
        self.lists = ListController(self, self.model, self.list_view, self.reader)
        self.search = SearchController(self, self.lists)
        self.search_field = self.search.field
        self.imports = ImportController(self)
        self.imports.finished.connect(self.import_finished)
        self.dashboards = DashboardController(self)
        self.feeds = FeedController(self)  # issue 17: watched feeds, checked when due
        self.model.modelReset.connect(self.dashboards.schedule)
        window_actions.build_actions(self)
        window_actions.build_menus(self)
        window_actions.build_toolbar(self)
        self.desk = DeskController(self)  # issue 15: tone, placement, response, outlets
        self.releases = ReleaseController(self)  # issue 18: press releases and pickup
        self.sidebar.file_drop_handler = self.releases.drop_on_sidebar
        self.cutting = CuttingController(self, self.content)  # issue 16: print pages
        self.imports.started.connect(self._remember_pages)
        self.imports.finished.connect(lambda _o: self.cutting.after_import(self._pages_before))
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
        for col, width in ((1, 120), (2, 92), (3, 56), (4, 120), (5, 110), (STATUS, 150)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.list_view.setColumnWidth(col, width)
        # Status says why a row is in the Inbox or how many copies a story has; shown
        # only for such lists (ListController), so the title keeps its room elsewhere.
        self.list_view.setColumnHidden(STATUS, True)
        for col, width in ((PAGE, 96), (TONE, 84)):  # the desk's columns (issue 15), shown
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.list_view.setColumnWidth(col, width)  # once a library uses them (desk.py)
            self.list_view.setColumnHidden(col, True)
        self.list_view.setItemDelegateForColumn(TITLE, TitleDelegate(self.list_view))
        self.list_view.doubleClicked.connect(lambda _i: clippings.edit_current(self))
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list_view.customContextMenuRequested.connect(self._list_menu)

        self.reader = ReaderView()
        self.reader.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.reader.customContextMenuRequested.connect(self._reader_menu)
        self.reader.photo_activated.connect(lambda position: clippings.view_photo(self, position))
        self.empty_state = EmptyState()
        self.empty_state.import_samples_requested.connect(lambda: self.imports.samples())
        self.empty_state.import_files_requested.connect(lambda: self.imports.files_dialog())

        # Print clippings (issue 16): their cut image beside the reader's text.
        self.cut_pane = CutPane()
        self.cut_pane.cut_activated.connect(lambda position: view_cut(self, position))
        self.reader.shown.connect(self._show_cuts)
        self.reader_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.reader_splitter.addWidget(self.cut_pane)
        self.reader_splitter.addWidget(self.reader)
        self.reader_splitter.setStretchFactor(1, 1)
        self.reader_splitter.setSizes([380, 620])
        self.list_splitter = QSplitter(Qt.Orientation.Vertical)
        self.list_splitter.addWidget(self.list_view)
        self.list_splitter.addWidget(self.reader_splitter)
        self.list_splitter.setStretchFactor(0, 2)
        self.list_splitter.setStretchFactor(1, 3)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        # The list and reader, or the cutting view of print pages (issue 16) in their place.
        self.content = QStackedWidget()
        self.content.addWidget(self.list_splitter)
        self.splitter.addWidget(self.content)
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

    # ---- library -----------------------------------------------------------------------

    def attach_library(self, folder: Path) -> None:
        """Open `folder` (creating an empty library there if needed) and show it."""
        self._detach_library()
        self.service = LibraryService(folder)
        self.writer = Writer(self.service.root)
        self.writer.changed.connect(self.on_changes)
        self.writer.task_failed.connect(self._on_task_failed)
        self.search.attach(self.service.root)
        self.undo_stack.clear()
        # Catch the search index up (after a crash or an analyzer upgrade); cheap when
        # nothing is pending, and off the GUI thread when it is not.
        run_in_status_bar(self, self.tr("Updating the search index"),
                          lambda svc, progress, cancelled: svc.update_index(progress,
                                                                            cancelled))
        self.settings.setValue("library/last", str(self.service.root))
        self.setWindowTitle(f"Clipper — {self.service.root}")
        self.model.set_themes_lookup(self.service.browse_themes_of)
        self.desk.reset()
        self.releases.reset()
        self.search.reset()
        self._library_bytes = None
        self.refresh_sidebar()
        self.sidebar.select_entry("all")
        self.reader.show_placeholder()  # the last library's clipping must not stay
        self.lists.show_list("all", "")  # opens on the newest clipping
        self._update_status()
        self.feeds.start()
        self.library_opened.emit(str(self.service.root))

    def _detach_library(self) -> None:
        if hasattr(self, "feeds"):
            self.feeds.stop()  # its network thread first; its writes go with the writer
        if self.writer is not None:
            self.writer.close()
            self.writer = None
        self.search.detach()  # after the writer: its last job may still analyse text
        if hasattr(self, "cutting"):
            self.cutting.detach()  # its page loader's read service (issue 16)
        if self.service is not None:
            self.service.close()
            self.service = None

    def open_library(self, folder: Path) -> None:
        try:
            self.attach_library(folder)
        except LibraryError as exc:
            plain.warn(self, self.tr("Cannot open library"), str(exc))

    def _summaries(self, ids: list[int]):
        return self.service.summaries(ids) if self.service else []

    def ui_language(self) -> str:
        """The language the window speaks ("ko" when the Korean catalogue is in use)."""
        return "ko" if self.tr("&File") != "&File" else "en"

    def show_library(self, has_clippings: bool = True) -> None:
        """The list and reader, or the empty state's import invitation."""
        if not has_clippings and self.service is not None:
            # Print pages waiting to be cut (issue 16) are a library's content too.
            has_clippings = bool(self.service.print_pages(waiting_only=True))
        self.stack.setCurrentWidget(self.splitter if has_clippings else self.empty_state)

    def refresh_sidebar(self) -> None:
        svc = self.service
        self.sidebar.populate(
            total=svc.count(),
            inbox=svc.inbox_count(),
            outlets=svc.browse_outlets(),
            tags=svc.browse_tags(),
            themes=svc.browse_themes(),
            reviews=svc.theme_review_counts(),
            saved=[(saved.name, saved.query) for saved in svc.list_saved_searches(counts=False)],
            feeds=svc.list_feeds(),
            responses=svc.open_responses(),
            releases=self.releases.sidebar_releases(),
            pages_to_cut=len(svc.print_pages(waiting_only=True)),
        )

    def _on_list_selected(self, kind: str, value: str) -> None:
        if self.releases.show_entry(kind, value):  # the releases pane (issue 18)
            return
        if kind == "saved":
            # A saved search is its query in the search field: results, snippets and
            # highlighted words as if typed.
            self.search_field.setText(value)
            self.run_search()
            return
        if kind == "pages":  # print pages waiting to be cut (issue 16)
            self.cutting.open()
            return
        self.cutting.leave()
        if self.search_field.text():
            self.search.reset()
        self.lists.show_list(kind, value)

    # ---- the list and the reader (ListController) ----------------------------------

    def select_row(self, row: int) -> None:
        self.lists.select_row(row)

    def current_id(self) -> int | None:
        return self.lists.current_id()

    def selected_ids(self) -> list[int]:
        return self.lists.selected_ids()

    def show_clipping(self, clipping_id: int | None) -> None:
        self.lists.show_clipping(clipping_id)

    def run_search(self) -> None:
        self.search.run_search()

    def on_changes(self, changes: Changes) -> None:
        """One write finished: refresh what it touched."""
        if self.service is None:
            return
        keep = self.current_id()
        row = self.lists.current_row()
        if self.search.query() and (
                changes.clippings_added or changes.clippings_deleted
                or changes.clippings_changed or changes.tags or changes.themes):
            self.run_search()  # the index was updated before this notice was sent
        elif (changes.clippings_added or changes.clippings_deleted
              or changes.tags or changes.themes):
            # Tags and themes before clippings_changed: a theme or tag list in view may
            # have lost or gained members, not just changed rows.
            self.model.reload()
            self.lists.after_reload(keep, row)
        elif changes.stories and (self.lists.grouped or self.model.has_marks()):
            # Which copy stands for its story, and the "+2 copies" marks.
            self.lists.reshow()
        elif changes.clippings_changed:
            self.model.refresh_rows(changes.clippings_changed)
        self.desk.on_changes(changes)
        self.releases.on_changes(changes)
        self.cutting.on_changes(changes)
        self.refresh_sidebar()
        self.dashboards.schedule()
        self._update_status(size=bool(changes.clippings_added or changes.clippings_deleted))
        shown = self.lists.shown_id()
        if shown is not None and (shown in changes.clippings_changed or changes.annotations
                                  or changes.tags or changes.themes or changes.stories):
            self.show_clipping(shown)  # drawn again with its new tags or highlights

    def _update_status(self, size: bool = True) -> None:
        """Clippings and disk use; the folder is walked again only when `size`."""
        count = self.service.count()
        if size or self._library_bytes is None:
            self._library_bytes = self.service.disk_usage()
        self.size_label.setText(
            self.tr("%Ln clipping(s) · %1 MB", "", count)
            .replace("%1", f"{self._library_bytes / 1024 / 1024:.1f}"))

    def _on_task_failed(self, message: str) -> None:
        from clipper.gui.reasons import translate_reason

        # "Edit outlet: alias '연합' already names ...": the reason after the task's name
        head, sep, reason = message.partition(": ")
        message = head + sep + translate_reason(reason) if sep else translate_reason(message)
        self.statusBar().showMessage(message, 10000)
        # Not modal: a failure in the background must not stop the window.
        box = plain.message_box(self, QMessageBox.Icon.Warning, self.tr("Clipper"), message)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.failure_box = box

    # ---- import (ImportController) -----------------------------------------------------

    @property
    def current_import(self) -> Task | None:
        return self.imports.current

    @property
    def progress_dialog(self):
        return self.imports.progress_dialog

    @property
    def summary_dialog(self):
        return self.imports.summary_dialog

    def import_items(self, paths: list[str], sources: list[Source]) -> Task | None:
        return self.imports.import_items(paths, sources)

    def import_samples(self) -> Task | None:
        return self.imports.samples()

    def dragEnterEvent(self, event) -> None:
        if drops.can_import(event.mimeData()) and not event.mimeData().hasFormat(
                CLIPPING_IDS_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        if self.imports.drop(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    # ---- print clippings (issue 16) ----------------------------------------------------

    def _show_cuts(self) -> None:
        """The reader showed a clipping (or none): its cuts beside it, if it has any."""
        svc = self.service
        self.cut_pane.show_cuts(self.reader.clipping,
                                svc.cut_file if svc is not None else None)

    def _remember_pages(self) -> None:
        self._pages_before = self.cutting.page_ids()

    # ---- export (actions.exporting) ----------------------------------------------------

    def export_selection(self):
        return exporting.export_selection(self)

    def export_pdf(self, export, path: Path, options: dict[str, object]) -> Task:
        return exporting.export_pdf(self, export, path, options)

    def export_data(self, kind: str, export, path: Path) -> Task:
        return exporting.export_data(self, kind, export, path)

    # ---- menus -----------------------------------------------------------------------

    def list_actions(self) -> list:
        """The list's context menu, top to bottom (None is a separator)."""
        return [self.add_tags_action, self.remove_tag_action, self.theme_menu, None,
                *self.desk.list_actions(), None, self.same_story_action, self.not_same_story_action, None, self.edit_action,
                self.open_link_action, self.delete_action]

    def _list_menu(self, pos) -> None:
        menu = QMenu(self)
        window_actions.fill(menu, self.list_actions())
        menu.exec(self.list_view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def reader_actions(self) -> list:
        """The reader's context menu, top to bottom (None is a separator)."""
        return [self.highlight_action, self.note_action, self.remove_highlight_action, None,
                self.add_tags_action, self.remove_tag_action, self.theme_menu.menuAction(),
                self.accept_action, self.reject_action,
                None, self.open_link_action, self.edit_action]

    def _reader_menu(self, pos) -> None:
        menu = self.reader.createStandardContextMenu(pos)
        menu.addSeparator()
        window_actions.fill(menu, self.reader_actions())
        menu.exec(self.reader.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def sidebar_menu(self, kind: str, value: str, name: str) -> QMenu | None:
        if kind == "feed":
            from clipper.gui.actions import feeds as feed_actions

            return feed_actions.feed_menu(self, value)
        return organising.sidebar_menu(self, kind, value, name)

    def _sidebar_menu(self, kind: str, value: str, name: str, pos) -> None:
        menu = self.sidebar_menu(kind, value, name)
        if menu is not None:
            menu.exec(pos)
            menu.deleteLater()

    def drop_on_sidebar(self, kind: str, name: str, ids: list[int]) -> None:
        """Clippings dragged from the list onto a tag or a theme."""
        if kind == "tag":
            self.add_tags(ids, [name])
        elif kind == "theme":
            self.assign_theme(name, ids)

    def save_search(self, name: str, query: str) -> Task:
        return organising.save_search(self, name, query)

    def delete_selected(self) -> None:
        clippings.delete_selected(self)

    # ---- dashboard (DashboardController) -----------------------------------------------

    @property
    def dashboard(self):
        return self.dashboards.dock

    def toggle_dashboard(self) -> None:
        self.dashboards.toggle()

    def dashboard_open(self) -> bool:
        return self.dashboards.is_open()

    # ---- undoable changes: commands run through the library's journal (JournalUndo) -----------------------------

    def edit_clipping(self, clipping_id: int, fields: dict[str, str]) -> None:
        """Change fields as one undoable step (Ctrl+Z puts them back)."""
        before = clipping_fields(self.service.get(clipping_id))
        names = ", ".join(fields)
        self.undo_stack.push(EditClippingCommand(
            self.writer, clipping_id, before, fields,
            self.tr("Edit %1").replace("%1", names)))

    def correct_clipping(self, clipping_id: int, fields: dict[str, str] | None = None,
                         body_text: str | None = None,
                         photos: dict[int, dict[str, str]] | None = None) -> None:
        """Correct fields, body text and photo captions/credits as one undoable step."""
        if fields or body_text is not None or photos:
            self.undo_stack.push(CorrectClippingCommand(
                self.writer, clipping_id, self.tr("Correct clipping"),
                fields=fields, body_text=body_text, photos=photos))

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

    def rename_tag(self, old: str, new: str) -> None:
        """Rename a tag and its sub-tags as one undoable step."""
        self.undo_stack.push(RenameTagCommand(
            self.writer, old, new, self.tr("Rename tag %1").replace("%1", old)))
        if self.sidebar.current_entry() == ("tag", old):
            self.sidebar.select_entry("all")
            self.lists.show_list("all", "")

    def create_theme(self, name: str, colour: str | None, ids: list[int],
                     rule: str = "", **details: object) -> None:
        """Create a theme and put `ids` in it; a `rule` is run at once, and the status
        bar says how much it suggests. `details`: description, date_from, date_to,
        key_messages, as the service takes them."""
        fields: dict[str, object] = {"colour": colour} if colour else {}
        fields.update(details)
        if rule:
            fields["rule"] = rule
        task = self.writer.submit(self.tr("New theme"),
                                  lambda svc, _p, _c: svc.create_theme(name, **fields))
        if rule:
            task.finished.connect(lambda theme: organising.report_rule(self, theme.name))
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

    def remove_highlight_at_cursor(self) -> None:
        annotation = self.reader.annotation_at_cursor()
        if annotation is None:
            self.statusBar().showMessage(self.tr("Put the cursor in a highlight first."), 5000)
            return
        self.undo_stack.push(DeleteAnnotationCommand(self.writer, annotation,
                                                     self.tr("Remove highlight")))

    # ---- layout --------------------------------------------------------------------------

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
        self.cutting.stop()
        self.search.stop()
        self.dashboards.stop()
        self.imports.cancel()
        self.save_layout()
        self._detach_library()
        super().closeEvent(event)


class _LateAssign(QUndoCommand):
    """Assign clippings to a theme made just before (its states are read on redo).
    JournalUndo only runs it: the journal undoes it, back to the states before."""

    def __init__(self, window: MainWindow, theme: str, ids: list[int]):
        super().__init__(window.tr("Add to theme %1").replace("%1", theme))
        self.window, self.theme, self.ids = window, theme, ids

    def redo(self) -> None:
        theme, ids = self.theme, self.ids
        self.window.writer.submit(self.text(), lambda svc, _p, _c: svc.assign_theme(theme, ids))
