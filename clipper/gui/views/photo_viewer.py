"""A clipping's photos at full size, one at a time, with caption and credit.

Opened from the reader (double-click a photo, or Tab to it and press Enter or Space).
The image is the library's original file, scaled down to fit the window and never
enlarged past 100% unless the user zooms. Caption and credit are library text and are
shown as plain text only. Left/Right step through the clipping's photos; Ctrl+C copies
the image; Save As (Ctrl+S) writes the original file's bytes unchanged; Esc closes.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from clipper.domain import Clipping, Photo
from clipper.gui import plain
from clipper.store.library import LibraryError

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.05, 8.0


class PhotoViewer(QDialog):
    """One clipping's photos; `index` is the photo shown (0-based, in article order)."""

    def __init__(self, clipping: Clipping, service, index: int = 0,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.clipping = clipping
        self.service = service  # the window's read service: files are read, never written
        self.photos: list[Photo] = list(clipping.photos)
        self.index = 0
        self.image = QImage()
        self.path: Path | None = None  # the original file of the photo shown, if any
        # None: fit the window (at most 100%); a number: the user's own zoom factor.
        self.zoom: float | None = None
        # Library text in the title bar is fine: window titles are never rich text.
        self.setWindowTitle(self.tr("Photos: %1").replace("%1", clipping.title or ""))
        self.setSizeGripEnabled(True)
        self._build()
        self._shortcuts()
        self.resize(self._initial_size())
        self.show_photo(index)

    # ---- building ------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.scroll = QScrollArea()
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setWidgetResizable(False)
        # Arrow keys belong to the photo list, not to scrolling a zoomed image.
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setTextFormat(Qt.TextFormat.PlainText)
        self.picture.setWordWrap(True)
        self.scroll.setWidget(self.picture)
        layout.addWidget(self.scroll, 1)

        self.missing = QLabel()  # "no image stored", instead of the picture
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        self.missing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.missing.setWordWrap(True)  # else the sentence sets the window's least width
        self.missing.setStyleSheet("color: #5f6368; font-size: 13pt; padding: 24px;"
                                   "background: #f1f3f4")
        self.missing.setSizePolicy(QSizePolicy.Policy.Expanding,
                                   QSizePolicy.Policy.Expanding)
        layout.addWidget(self.missing, 1)

        self.caption = _plain_label(selectable=True)
        self.caption.setStyleSheet("color: #202124")
        self.credit = _plain_label(selectable=True)
        self.credit.setStyleSheet("color: #5f6368; font-style: italic")
        layout.addWidget(self.caption)
        layout.addWidget(self.credit)

        row = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.position = QLabel()
        self.position.setTextFormat(Qt.TextFormat.PlainText)
        self.zoom_label = QLabel()
        self.zoom_label.setTextFormat(Qt.TextFormat.PlainText)
        self.zoom_label.setStyleSheet("color: #5f6368")
        self.copy_button = QPushButton(self.tr("Copy Image"))
        self.save_button = QPushButton(self.tr("Save As…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.previous_button.clicked.connect(self.show_previous)
        self.next_button.clicked.connect(self.show_next)
        self.copy_button.clicked.connect(self.copy_image)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.close)
        for button in (self.previous_button, self.next_button, self.copy_button,
                       self.save_button, self.close_button):
            # Enter must not press whichever button had focus last.
            button.setAutoDefault(False)
        row.addWidget(self.previous_button)
        row.addWidget(self.position)
        row.addWidget(self.next_button)
        row.addSpacing(12)
        row.addWidget(self.zoom_label)
        row.addStretch(1)
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)

    def _shortcuts(self) -> None:
        # Shortcuts, not keyPressEvent: a focused button would otherwise take the arrow
        # keys to move focus, and the scroll area to scroll.
        def bind(keys, slot) -> None:
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(slot)

        bind([Qt.Key.Key_Left, Qt.Key.Key_PageUp], self.show_previous)
        bind([Qt.Key.Key_Right, Qt.Key.Key_PageDown], self.show_next)
        bind([Qt.Key.Key_Home], lambda: self.show_photo(0))
        bind([Qt.Key.Key_End], lambda: self.show_photo(len(self.photos) - 1))
        bind([QKeySequence.StandardKey.Copy], self.copy_image)
        bind([QKeySequence.StandardKey.Save, "Ctrl+Shift+S"], self.save_as)
        bind([QKeySequence.StandardKey.ZoomIn, "Ctrl+=", "+"], self.zoom_in)
        bind([QKeySequence.StandardKey.ZoomOut, "-"], self.zoom_out)
        bind(["Ctrl+0", "0"], self.fit)
        bind(["1"], self.actual_size)
        self.copy_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Copy).toString(
            QKeySequence.SequenceFormat.NativeText))
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText))

    def _initial_size(self):
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None:
            return self.sizeHint().expandedTo(self.minimumSizeHint())
        return screen.size() * 0.75

    # ---- showing a photo -------------------------------------------------------------

    @property
    def photo(self) -> Photo | None:
        return self.photos[self.index] if self.photos else None

    def show_photo(self, index: int) -> None:
        """Show photo `index` (clamped to the clipping's photos), fitted to the window."""
        if not self.photos:
            index = 0
        self.index = max(0, min(index, len(self.photos) - 1))
        self.zoom = None
        photo = self.photo
        self.path, self.image = None, QImage()
        if photo is not None and photo.image:
            try:
                path = self.service.photo_file(self.clipping.id, photo.position)
            except (LibraryError, sqlite3.Error, OSError):
                # Deleted meanwhile (by the CLI), or the library was closed: shown as
                # missing rather than stopping the viewer.
                path = None
            if path is not None:
                image = QImage(str(path))
                if not image.isNull():
                    self.path, self.image = path, image
        has_image = not self.image.isNull()
        self.scroll.setVisible(has_image)
        self.missing.setVisible(not has_image)
        if not has_image:
            if photo is not None and photo.image:
                self.missing.setText(self.tr(
                    "The photo's file is missing from the library or cannot be read."))
            else:
                self.missing.setText(self.tr(
                    "No image stored: the source named this photo but did not include its "
                    "file (text copied from a page carries captions only)."))
        caption = photo.caption if photo else ""
        self.caption.setText(caption or self.tr("(no caption)"))
        self.credit.setText(photo.credit if photo else "")
        self.credit.setVisible(bool(photo and photo.credit))
        total = len(self.photos)
        self.position.setText(f"{self.index + 1} / {total}" if total else "0 / 0")
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < total - 1)
        self.copy_button.setEnabled(has_image)
        self.save_button.setEnabled(self.path is not None)
        self._update_picture()

    def show_next(self) -> None:
        if self.index < len(self.photos) - 1:
            self.show_photo(self.index + 1)

    def show_previous(self) -> None:
        if self.index > 0:
            self.show_photo(self.index - 1)

    def fit_scale(self) -> float:
        """The scale that fits the photo in the window, never above 1 (no upscaling)."""
        if self.image.isNull():
            return 1.0
        area = self.scroll.viewport().size()
        # Before the first show the viewport has no real size yet: use the window's.
        width = max(1, area.width() - 2)
        height = max(1, area.height() - 2)
        return min(1.0, width / self.image.width(), height / self.image.height())

    def scale(self) -> float:
        return self.fit_scale() if self.zoom is None else self.zoom

    def _update_picture(self) -> None:
        if self.image.isNull():
            self.picture.clear()
            self.zoom_label.setText("")
            return
        scale = self.scale()
        size = self.image.size() * scale
        pixmap = QPixmap.fromImage(self.image)
        if scale != 1.0:
            pixmap = pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        self.picture.setPixmap(pixmap)
        self.picture.resize(pixmap.size())
        self.zoom_label.setText(f"{round(scale * 100)}%")

    # ---- zoom ------------------------------------------------------------------------

    def zoom_in(self) -> None:
        self._set_zoom(self.scale() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self.scale() / ZOOM_STEP)

    def actual_size(self) -> None:
        self._set_zoom(1.0)

    def fit(self) -> None:
        self.zoom = None
        self._update_picture()

    def _set_zoom(self, factor: float) -> None:
        if self.image.isNull():
            return
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self._update_picture()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.zoom is None:
            self._update_picture()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._update_picture()  # the viewport has its real size only now

    # ---- copy and save -----------------------------------------------------------------

    def copy_image(self) -> None:
        """The photo at full size on the clipboard (not the scaled view)."""
        if not self.image.isNull():
            QGuiApplication.clipboard().setImage(self.image)

    def suggested_name(self) -> str:
        """A file name for Save As: the name the photo had on the page when it had a
        sensible one, else the library's; always with the stored file's extension."""
        if self.path is None:
            return ""
        suffix = self.path.suffix
        name = ""
        src = self.photo.src if self.photo else None
        if src:
            name = Path(unquote(urlsplit(src).path)).name
        stem = Path(name).stem if name else self.path.stem
        # Nothing from the page may steer the save dialog to another folder.
        stem = stem.replace("/", "_").replace("\\", "_").strip(". ") or self.path.stem
        return stem[:120] + suffix

    def save_as(self) -> None:
        """Write the original file, byte for byte, where the user chooses."""
        if self.path is None:
            return
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.PicturesLocation) or str(Path.home())
        suffix = self.path.suffix
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save Photo"), str(Path(folder) / self.suggested_name()),
            self.tr("Image (*%1)").replace("%1", suffix))
        if not target:
            return
        target_path = Path(target)
        if not target_path.suffix:
            target_path = target_path.with_suffix(suffix)
        try:
            self.service.save_photo(self.clipping.id, self.photo.position, target_path)
        except (OSError, LibraryError, sqlite3.Error) as exc:
            # A full disk, a read-only folder, or the clipping deleted meanwhile.
            reason = (exc.strerror or str(exc)) if isinstance(exc, OSError) else str(exc)
            plain.warn(self, self.tr("Save Photo"),
                       self.tr("Could not save the photo: %1").replace("%1", reason))


def _plain_label(selectable: bool = False) -> QLabel:
    label = QLabel()
    # Captions come from imported pages: never let Qt guess they are markup.
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
