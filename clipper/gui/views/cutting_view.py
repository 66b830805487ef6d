"""The cutting view: pages waiting to be cut | the page with rectangles | the clipping's form.

Only widgets: what a page holds and what a cut gives come from the controller
(`gui/cutting_controller.py`), which calls the service. The left column lists the
print pages and the background text recognition (progress, Cancel); the middle is the
`PageCanvas`; the right column previews the text the rectangles would give and holds
the fields of the clipping to make (suggested, editable).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clipper.gui.views.page_canvas import PageCanvas

PAGE_ROLE = Qt.ItemDataRole.UserRole + 1
# The clipping's fields, in the form's order: (key, label); keys as cut_clipping takes them.
FIELDS = ("title", "outlet", "published", "page", "edition", "byline")


class CuttingView(QWidget):
    page_chosen = Signal(int)  # a page id from the list
    make_requested = Signal()  # Make clipping (Ctrl+Enter)
    recognise_requested = Signal()  # recognise the text of the pages waiting for it
    cancel_requested = Signal()  # stop the recognition after the current page
    back_requested = Signal()  # back to the clippings
    delete_requested = Signal(list)  # page ids to delete (Delete in the list, or its menu)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.canvas = PageCanvas()
        self.fields: dict[str, QLineEdit] = {}
        self.touched: set[str] = set()  # fields the user typed in: suggestions leave them
        self._build()
        # It shares a stack with the list and reader: its three columns must not set the
        # window's least width while it is not even shown (a narrow window clips them).
        self.setMinimumSize(120, 120)

    # ---- building ------------------------------------------------------------------

    def _build(self) -> None:
        # Left: the pages and the recognition's progress.
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 6, 6)
        self.back_button = QPushButton(self.tr("← Clippings"))
        self.back_button.clicked.connect(self.back_requested)
        self.pages_label = QLabel(self.tr("Pages to cut"))
        self.pages_label.setStyleSheet("font-weight: bold; color: #5f6368;")
        self.page_list = QListWidget()
        self.page_list.currentItemChanged.connect(self._on_page_item)
        self.page_list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.delete_page_action = QAction(self.tr("Delete Page"), self.page_list)
        self.delete_page_action.triggered.connect(self._delete_current)
        self.page_list.addAction(self.delete_page_action)
        self.page_list.installEventFilter(self)  # Delete there deletes the page
        self.ocr_label = QLabel()
        self.ocr_label.setTextFormat(Qt.TextFormat.PlainText)
        self.ocr_label.setWordWrap(True)
        self.ocr_bar = QProgressBar()
        self.ocr_bar.setTextVisible(True)
        self.ocr_bar.hide()
        self.recognise_button = QPushButton(self.tr("Recognise text"))
        self.recognise_button.setToolTip(self.tr(
            "Read the text of the pages that have no text layer (Korean and English OCR)"))
        self.recognise_button.clicked.connect(self.recognise_requested)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.cancel_button.hide()
        ocr_row = QHBoxLayout()
        ocr_row.addWidget(self.recognise_button)
        ocr_row.addWidget(self.cancel_button)
        for widget in (self.back_button, self.pages_label, self.page_list, self.ocr_label,
                       self.ocr_bar):
            left_layout.addWidget(widget)
        left_layout.addLayout(ocr_row)

        # Middle: the page, with its navigation and zoom.
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        self.previous_button = self._tool("◀", self.tr("Previous page (PageUp)"))
        self.next_button = self._tool("▶", self.tr("Next page (PageDown)"))
        self.page_title = QLabel()
        self.page_title.setTextFormat(Qt.TextFormat.PlainText)
        self.zoom_out_button = self._tool("−", self.tr("Zoom out (Ctrl+-)"))
        self.fit_button = self._tool(self.tr("Fit"), self.tr("Fit the page (Ctrl+0)"))
        self.zoom_in_button = self._tool("+", self.tr("Zoom in (Ctrl+=)"))
        self.zoom_label = QLabel()
        self.zoom_out_button.clicked.connect(self.canvas.zoom_out)
        self.fit_button.clicked.connect(self.canvas.fit)
        self.zoom_in_button.clicked.connect(self.canvas.zoom_in)
        self.previous_button.clicked.connect(lambda: self.canvas.page_step_requested.emit(-1))
        self.next_button.clicked.connect(lambda: self.canvas.page_step_requested.emit(1))
        self.canvas.zoom_changed.connect(
            lambda z: self.zoom_label.setText(f"{z * 100:.0f}%"))
        for widget in (self.previous_button, self.next_button):
            bar.addWidget(widget)
        bar.addWidget(self.page_title, 1)
        for widget in (self.zoom_out_button, self.fit_button, self.zoom_in_button,
                       self.zoom_label):
            bar.addWidget(widget)
        self.hint = QLabel(self.tr(
            "Drag a rectangle around an article, or click a suggested region. Several "
            "rectangles make one clipping, in order; PageDown to go on on the next page. "
            "Delete removes the selected rectangle, Escape clears them."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6368;")
        middle_layout.addLayout(bar)
        middle_layout.addWidget(self.canvas, 1)
        middle_layout.addWidget(self.hint)

        # Right: the text the cut gives and the clipping's fields.
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 6, 6, 6)
        form = QFormLayout()
        labels = {"title": self.tr("Title"), "outlet": self.tr("Outlet"),
                  "published": self.tr("Date"), "page": self.tr("Page (면)"),
                  "edition": self.tr("Edition"), "byline": self.tr("Byline")}
        for key in FIELDS:
            edit = QLineEdit()
            edit.textEdited.connect(lambda _t, k=key: self.touched.add(k))
            self.fields[key] = edit
            form.addRow(labels[key], edit)
        self.fields["published"].setPlaceholderText("YYYY-MM-DD")
        self.preview_label = QLabel(self.tr("Text of the cut"))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setPlaceholderText(self.tr("Draw a rectangle to see its text here."))
        self.make_button = QPushButton(self.tr("Make clipping"))
        self.make_button.setToolTip(self.tr("Make a clipping of the rectangles (Ctrl+Enter)"))
        self.make_button.setDefault(True)
        self.make_button.setEnabled(False)
        self.make_button.clicked.connect(self.make_requested)
        self.whole_button = QPushButton(self.tr("Whole Page"))
        self.whole_button.setToolTip(self.tr("One rectangle around the whole page"))
        self.whole_button.clicked.connect(self._take_whole_page)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Remove every rectangle (Escape)"))
        self.clear_button.clicked.connect(self.canvas.clear_marks)
        buttons = QHBoxLayout()
        buttons.addWidget(self.whole_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.make_button)
        right_layout.addLayout(form)
        right_layout.addWidget(self.preview_label)
        right_layout.addWidget(self.preview, 1)
        right_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (left, middle, right):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 700, 320])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.canvas.marks_changed.connect(self._on_marks)

    def _tool(self, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        return button

    # ---- keys: Ctrl+Enter makes the clipping, Delete in the list deletes the page -------
    # The window has shortcuts on both (accept suggested themes, delete clippings); here
    # the keys are claimed (ShortcutOverride) before those see them.

    @staticmethod
    def _is_make_key(event) -> bool:
        return (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._is_make_key(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if self._is_make_key(event):
            self._make_if_ready()
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.page_list and event.type() in (
                QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) \
                and event.key() == Qt.Key.Key_Delete:
            event.accept()
            if event.type() == QEvent.Type.KeyPress:
                self._delete_current()
            return True
        return super().eventFilter(watched, event)

    def _take_whole_page(self) -> None:
        width, height = self.canvas.page_size
        if width and height:
            self.canvas.add_mark((0, 0, width, height))

    def _delete_current(self) -> None:
        item = self.page_list.currentItem()
        if item is not None:
            self.delete_requested.emit([int(item.data(PAGE_ROLE))])

    def _make_if_ready(self) -> None:
        if self.make_button.isEnabled():
            self.make_requested.emit()

    def _on_marks(self) -> None:
        self.make_button.setEnabled(bool(self.canvas.marks))

    # ---- the pages -------------------------------------------------------------------

    def set_pages(self, rows: list[tuple[int, str, str]], current: int | None) -> None:
        """The list: (page id, label, tooltip); `current` stays selected."""
        self.page_list.blockSignals(True)
        try:
            self.page_list.clear()
            for page_id, label, tip in rows:
                item = QListWidgetItem(label)
                item.setData(PAGE_ROLE, page_id)
                item.setToolTip(tip)
                self.page_list.addItem(item)
                if page_id == current:
                    self.page_list.setCurrentItem(item)
        finally:
            self.page_list.blockSignals(False)
        self.pages_label.setText(self.tr("Pages to cut") + f"  ({len(rows):,})")

    def set_pages_current(self, page_id: int) -> None:
        self.page_list.blockSignals(True)
        try:
            for row in range(self.page_list.count()):
                item = self.page_list.item(row)
                if item.data(PAGE_ROLE) == page_id:
                    self.page_list.setCurrentItem(item)
        finally:
            self.page_list.blockSignals(False)

    def _on_page_item(self, current: QListWidgetItem | None, _previous) -> None:
        if current is not None:
            self.page_chosen.emit(int(current.data(PAGE_ROLE)))

    # ---- the form ----------------------------------------------------------------------

    def field_values(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self.fields.items()}

    def suggest(self, values: dict[str, str]) -> None:
        """Fill the fields the user has not typed in."""
        for key, edit in self.fields.items():
            if key not in self.touched:
                edit.setText(values.get(key, "") or "")

    def reset_form(self) -> None:
        self.touched.clear()
        for edit in self.fields.values():
            edit.clear()
        self.preview.clear()

    # ---- recognition progress ------------------------------------------------------------

    def show_recognition(self, done: int, total: int, message: str) -> None:
        self.ocr_bar.setRange(0, max(total, 1))
        self.ocr_bar.setValue(done)
        self.ocr_bar.setFormat(f"{done} / {total}")
        self.ocr_bar.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.recognise_button.setEnabled(False)
        self.ocr_label.setText(message)

    def recognition_ended(self, message: str) -> None:
        self.ocr_bar.hide()
        self.cancel_button.hide()
        self.recognise_button.setEnabled(True)
        self.ocr_label.setText(message)
