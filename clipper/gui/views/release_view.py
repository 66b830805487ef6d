"""The releases pane (issue 18): the office's press releases (보도자료) with their pickup
counts, filtered by a search; under it the chosen release as the office wrote it
(title, date, department, contact, body, photos) beside the table of the clippings
that picked it up (outlet, category, date, share of the article, kind, photos used),
sortable, with the first and last pickup and the counts by category above it.
Double-clicking a pickup asks for the side-by-side view.

It shows what the controller (`gui/release_controller.py`) hands it; it reads nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clipper.gui.models.pickup_tables import (
    ROW_ROLE,
    local_time,
    photo_how,
    pickup_model,
    release_model,
)
from clipper.store import media

PHOTO_WIDTH = 260
CONTENTS_PRECISION = 200  # rows a column's width is measured on
FILTER_DELAY_MS = 250


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    # Widths from the first rows only: measuring 2,000 releases' every cell took most
    # of a second each time the list was shown or filtered.
    header.setResizeContentsPrecision(CONTENTS_PRECISION)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return view


class ReleaseText(QTextBrowser):
    """One release, built with QTextCursor calls from its stored fields (no HTML)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setReadOnly(True)
        self._images: dict[str, QImage] = {}
        self.release = None
        self.show_placeholder()

    def show_placeholder(self, text: str | None = None) -> None:
        self.release = None
        doc = QTextDocument(self)
        doc.setDocumentMargin(16)
        fmt = QTextCharFormat()
        fmt.setForeground(QColor("#80868b"))
        QTextCursor(doc).insertText(text or self.tr("Select a release to see who picked it "
                                                    "up."), fmt)
        self.setDocument(doc)

    def show_release(self, release, root: Path) -> None:
        self.release = release
        self._images = {}
        doc = QTextDocument(self)
        doc.setDocumentMargin(16)
        doc.setDefaultFont(self.font())
        size = self.font().pointSizeF() if self.font().pointSizeF() > 0 else 10.0
        cursor = QTextCursor(doc)
        cursor.setBlockFormat(_block(bottom=6))
        cursor.insertText(release.title or self.tr("(untitled)"), _char(size * 1.5, True))
        meta = [release.issued.isoformat() if release.issued else "", release.department,
                release.contact]
        meta = [m for m in meta if m]
        if meta:
            cursor.insertBlock(_block(bottom=4))
            cursor.insertText("  ·  ".join(meta), _char(size, colour="#5f6368"))
        if release.source_name:
            cursor.insertBlock(_block(bottom=8))
            cursor.insertText(release.source_name, _char(size * 0.85, colour="#80868b"))
        # Each photo after the block it followed in the file (`after_block`); one whose
        # place is unknown or past the body goes at the end, so none is left out.
        placed: dict[int, list] = {}
        for photo in release.photos:
            where = photo.after_block
            key = where if where is not None and 0 <= where <= len(release.body) else -1
            placed.setdefault(key, []).append(photo)
        for photo in placed.get(0, []):
            self._insert_photo(doc, cursor, photo, root, size)
        for n, block in enumerate(release.body, start=1):
            heading = getattr(block, "kind", "") == "subheading"
            cursor.insertBlock(_block(top=10 if heading else 0, bottom=8))
            cursor.insertText(block.text, _char(size * (1.1 if heading else 1.0), heading))
            for photo in placed.get(n, []):
                self._insert_photo(doc, cursor, photo, root, size)
        for photo in placed.get(-1, []):
            self._insert_photo(doc, cursor, photo, root, size)
        self.setDocument(doc)

    def _insert_photo(self, doc: QTextDocument, cursor: QTextCursor, photo, root: Path,
                      size: float) -> None:
        image = QImage()
        if getattr(photo, "image", None):
            try:
                thumb = media.thumbnail_path(root, photo.image)
            except Exception:  # a missing or broken photo file must not stop the view
                thumb = None
            if thumb is not None:
                image = QImage(str(thumb))
        cursor.insertBlock(_block(top=8, bottom=2))
        if not image.isNull():
            name = f"release-photo:{photo.position}"
            self._images[name] = image
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
            fmt = QTextImageFormat()
            fmt.setName(name)
            width = min(PHOTO_WIDTH, image.width())
            fmt.setWidth(width)
            fmt.setHeight(image.height() * width / max(1, image.width()))
            cursor.insertImage(fmt)
            cursor.insertBlock(_block(bottom=8))
        else:
            cursor.insertText(self.tr("Photo") + "  ", _char(size * 0.85, True, "#5f6368"))
        cursor.insertText(photo.caption or "", _char(size * 0.9, colour="#3c4043"))
        if photo.credit:
            cursor.insertText(("  " if photo.caption else "") + photo.credit,
                              _char(size * 0.85, colour="#80868b"))

    def loadResource(self, resource_type: int, url: QUrl):
        if resource_type == QTextDocument.ResourceType.ImageResource:
            return self._images.get(url.toString())
        return None


class ReleaseView(QWidget):
    release_selected = Signal(int)  # 0 when none is
    pickup_activated = Signal(int, int)  # release id, clipping id: the side-by-side view
    filter_changed = Signal(str)
    release_menu_requested = Signal(int, QPoint)  # release id, global position

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter releases (words, department, date…)"))
        self.filter.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(lambda: self.filter_changed.emit(self.filter.text()))
        self.filter.textChanged.connect(lambda _t: self._filter_timer.start())
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #5f6368")
        self.release_rows = release_model(self)
        self.releases = _table(self.release_rows)
        self.releases.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.releases.selectionModel().currentRowChanged.connect(self._on_release_row)
        self.releases.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.releases.customContextMenuRequested.connect(self._on_release_menu)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.filter)
        top_layout.addWidget(self.releases, 1)
        top_layout.addWidget(self.count_label)

        self.text = ReleaseText()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setMargin(4)
        self.pickup_rows = pickup_model(self)
        self.pickups = _table(self.pickup_rows)
        # Outlet names are short: every column as wide as its text (a stretched one
        # would push the photo count far from the rest in a wide pane).
        self.pickups.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.pickups.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # first pickup first
        self.pickups.doubleClicked.connect(self._on_pickup_activated)
        self.pickups.activated.connect(self._on_pickup_activated)  # Enter on a row
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.pickups, 1)
        self.detail = QSplitter(Qt.Orientation.Horizontal)
        self.detail.addWidget(self.text)
        self.detail.addWidget(right)
        self.detail.setStretchFactor(0, 2)
        self.detail.setStretchFactor(1, 3)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout.addWidget(self.splitter)
        self._shown_release: int | None = None

    # ---- the list ----------------------------------------------------------------------

    def show_releases(self, summaries: Sequence, keep: int | None = None) -> None:
        """The release rows (newest first unless the user sorted otherwise); `keep` stays
        selected when it is still there."""
        keep = keep if keep is not None else self.current_release_id()
        self.releases.selectionModel().blockSignals(True)
        try:
            self.release_rows.set_rows(summaries)
        finally:
            self.releases.selectionModel().blockSignals(False)
        self.count_label.setText(self.tr("%Ln release(s)", "", len(summaries)))
        if keep is not None and self.select_release(keep):
            return
        if self._shown_release is not None:
            self._shown_release = None
            self.release_selected.emit(0)

    def select_release(self, release_id: int) -> bool:
        for row in range(self.release_rows.rowCount()):
            index = self.release_rows.index(row, 0)
            if index.data(ROW_ROLE).id == release_id:
                self.releases.setCurrentIndex(index)
                self.releases.scrollTo(index)
                if self._shown_release != release_id:
                    self._shown_release = release_id
                    self.release_selected.emit(release_id)
                return True
        return False

    def current_release_id(self) -> int | None:
        index = self.releases.currentIndex()
        return index.data(ROW_ROLE).id if index.isValid() else None

    def _on_release_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        release_id = current.data(ROW_ROLE).id if current.isValid() else 0
        if release_id != (self._shown_release or 0):
            self._shown_release = release_id or None
            self.release_selected.emit(release_id)

    def _on_release_menu(self, pos) -> None:
        index = self.releases.indexAt(pos)
        if index.isValid():
            self.releases.setCurrentIndex(index)
            self.release_menu_requested.emit(index.data(ROW_ROLE).id,
                                              self.releases.viewport().mapToGlobal(pos))

    # ---- one release and its pickups ------------------------------------------------------

    def show_release(self, release, pickups: Sequence, root: Path,
                     photo_pickups: Sequence = ()) -> None:
        """`photo_pickups` (`PhotoPickup`s) say how each clipping's photo was found."""
        self.text.show_release(release, root)
        notes: dict[int, list[str]] = {}
        for found in photo_pickups:
            how = photo_how(found.how)
            if found.distance is not None:
                distance = self.tr("distance %1").replace("%1", str(found.distance))
                how += f" ({distance})"
            notes.setdefault(found.clipping_id, []).append(
                self.tr("photo %1 %2").replace("%1", str(found.position + 1))
                .replace("%2", how))
        self.pickup_rows.photo_notes.clear()
        self.pickup_rows.photo_notes.update({cid: "\n".join(lines)
                                             for cid, lines in notes.items()})
        self.pickup_rows.set_rows(pickups)
        self.summary.setText(self.summary_text(pickups))

    def clear_release(self, text: str | None = None) -> None:
        self.text.show_placeholder(text)
        self.pickup_rows.set_rows([])
        self.summary.setText("")

    def summary_text(self, pickups: Sequence) -> str:
        """"12 pickups in 9 outlets · first … · last … / 중앙지 4 · 지역지 5"."""
        if not pickups:
            return self.tr("No outlet has picked this release up yet.")
        outlets = len({p.outlet for p in pickups})
        near = sum(1 for p in pickups if p.kind == "near-verbatim")
        photos = sum(p.photos for p in pickups)
        days = sorted(p.published for p in pickups if p.published)
        times = sorted(p.imported_at for p in pickups if p.imported_at)
        lines = [self.tr("%Ln pickup(s)", "", len(pickups)) + " · "
                 + self.tr("%Ln outlet(s)", "", outlets) + " · "
                 + self.tr("near-verbatim %1").replace("%1", str(near)) + " · "
                 + self.tr("photos used %1").replace("%1", str(photos))]
        when = []
        if days:
            when.append(self.tr("First pickup %1 · last %2")
                        .replace("%1", days[0].isoformat())
                        .replace("%2", days[-1].isoformat()))
        if times:  # when the clippings came in: the hour the outlets ran it online
            when.append(self.tr("collected %1 – %2").replace("%1", local_time(times[0]))
                        .replace("%2", local_time(times[-1])))
        if when:
            lines.append(" · ".join(when))
        by_category = Counter(p.category or self.tr("(no category)") for p in pickups)
        lines.append(" · ".join(f"{name} {count}" for name, count in
                                sorted(by_category.items(), key=lambda kv: -kv[1])))
        return "\n".join(lines)

    def _on_pickup_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            pickup = index.data(ROW_ROLE)
            self.pickup_activated.emit(pickup.release_id, pickup.clipping_id)

    def current_pickup(self):
        index = self.pickups.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None


def _char(size: float, bold: bool = False, colour: str | None = None) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontPointSize(size)
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    if colour:
        fmt.setForeground(QColor(colour))
    return fmt


def _block(top: float = 0, bottom: float = 0) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(top)
    fmt.setBottomMargin(bottom)
    return fmt
