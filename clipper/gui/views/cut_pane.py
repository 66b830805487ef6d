"""The cut-out image(s) of a print clipping, beside the reader's text (issue 16).

The reader keeps showing the recognised text (search and highlights work on it); this
pane shows what was cut from the paper, scaled to the pane's width and never above
100%. A click opens the image at full size in the photo viewer (zoom, copy, Save As),
stepping through the clipping's cuts like photos. The pane is hidden for clippings
without cuts.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from clipper.domain import Clipping, Photo

GAP = 10


class CutLabel(QLabel):
    clicked = Signal(int)  # the cut's position

    def __init__(self, position: int, parent=None):
        super().__init__(parent)
        self.position = position
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.position)
            event.accept()
            return
        super().mouseReleaseEvent(event)


class CutPane(QScrollArea):
    """The cuts of the clipping in the reader, one under the other."""

    cut_activated = Signal(int)  # a cut's position: open it at full size

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setMinimumWidth(160)
        self.clipping: Clipping | None = None
        self.images: list[tuple[int, QImage]] = []  # (position, image) shown
        self.labels: list[CutLabel] = []
        self.missing: list[int] = []  # positions whose file could not be read
        inner = QWidget()
        self._layout = QVBoxLayout(inner)
        self._layout.setContentsMargins(GAP, GAP, GAP, GAP)
        self._layout.setSpacing(GAP)
        self._layout.addStretch(1)
        self.setWidget(inner)
        self.setStyleSheet("QScrollArea { background: #e8eaed; }")
        self.hide()

    def show_cuts(self, clipping: Clipping | None, cut_file) -> bool:
        """Show the clipping's cuts (`cut_file(clipping_id, position) -> Path`); hidden,
        and False, for a clipping without any."""
        cuts = list(getattr(clipping, "cuts", []) or []) if clipping is not None else []
        same = (self.clipping is not None and clipping is not None
                and self.clipping.id == clipping.id
                and [c.image for c in self.clipping.cuts] == [c.image for c in cuts])
        self.clipping = clipping
        if same:
            self.setVisible(bool(cuts))
            return bool(cuts)
        self._clear()
        for cut in sorted(cuts, key=lambda c: c.position):
            image = QImage()
            try:
                path = cut_file(clipping.id, cut.position)
                image = QImage(str(path))
            except Exception:  # a cut file gone or the clipping deleted: said in the pane
                pass
            label = CutLabel(cut.position)
            if image.isNull():
                self.missing.append(cut.position)
                label.setText(self.tr("The cut image is missing from the library."))
                label.setWordWrap(True)
            else:
                self.images.append((cut.position, image))
                label.setToolTip(self.tr("Click to see the cut at full size"))
                label.clicked.connect(self.cut_activated)
            self.labels.append(label)
            self._layout.insertWidget(self._layout.count() - 1, label)
        self._scale()
        self.setVisible(bool(cuts))
        return bool(cuts)

    def _clear(self) -> None:
        for label in self.labels:
            self._layout.removeWidget(label)
            label.deleteLater()
        self.labels, self.images, self.missing = [], [], []

    def shown_width(self, position: int) -> int:
        """The width the cut at `position` is drawn at (0 if not shown)."""
        for label in self.labels:
            if label.position == position and label.pixmap() is not None \
                    and not label.pixmap().isNull():
                return label.pixmap().width()
        return 0

    def _scale(self) -> None:
        width = max(60, self.viewport().width() - 2 * GAP)
        by_position = dict(self.images)
        for label in self.labels:
            image = by_position.get(label.position)
            if image is None:
                continue
            # Never above 100%: a small cut stays sharp rather than blown up.
            if image.width() > width:
                scaled = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            else:
                scaled = image
            label.setPixmap(QPixmap.fromImage(scaled))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._scale()


class CutFiles:
    """The photo viewer's file access, for a clipping's cuts (read only, like photos)."""

    def __init__(self, service):
        self.service = service

    def photo_file(self, clipping_id: int, position: int) -> Path:
        return self.service.cut_file(clipping_id, position)

    def save_photo(self, clipping_id: int, position: int, target: Path) -> Path:
        return self.service.save_cut(clipping_id, position, target)


def as_photos(clipping: Clipping, label) -> Clipping:
    """The clipping with its cuts standing as photos (for the photo viewer); `label(n,
    total)` gives each one's caption."""
    cuts = sorted(clipping.cuts, key=lambda c: c.position)
    photos = [Photo(caption=label(i + 1, len(cuts)), credit="", image=cut.image, src=None,
                    width=cut.width, height=cut.height, position=cut.position)
              for i, cut in enumerate(cuts)]
    return dataclasses.replace(clipping, photos=photos)
