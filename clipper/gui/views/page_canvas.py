"""A newspaper page with rectangles drawn on it: the canvas of the cutting view.

The page image sits in a QGraphicsScene at its own pixel size, so scene coordinates
are page-image pixels, which is what `cut_clipping` takes (Box = x0, y0, x1, y1).
Everything the user draws is kept as (page id, Box) in the order drawn; the canvas
shows those of the page on screen, so a story that continues on another page is one
list of rectangles across pages. Rectangles, suggested regions and earlier cuts are
painted over the image in viewport pixels (drawForeground), so lines and numbers stay
the same thickness at every zoom.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsScene, QGraphicsView

Box = tuple[int, int, int, int]

MIN_SIDE = 8  # page pixels: a smaller drag is a click, not a rectangle
HANDLE = 7  # viewport pixels around a corner or edge that resize
ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.05, 8.0

RECT_COLOUR = QColor("#d93025")
SELECTED_COLOUR = QColor("#1a73e8")
REGION_COLOUR = QColor(26, 115, 232, 110)
REGION_FILL = QColor(26, 115, 232, 22)
CUT_FILL = QColor(95, 99, 104, 90)


@dataclass
class Mark:
    """One rectangle the user drew (or took from a suggestion), on one page."""

    page_id: int
    box: Box


def normal_box(x0: float, y0: float, x1: float, y1: float, width: int, height: int) -> Box:
    """A box with x0 < x1 and y0 < y1, clamped to the page."""
    lo_x, hi_x = sorted((x0, x1))
    lo_y, hi_y = sorted((y0, y1))
    return (max(0, round(lo_x)), max(0, round(lo_y)),
            min(width, round(hi_x)), min(height, round(hi_y)))


class PageCanvas(QGraphicsView):
    """Shows one page; drag to draw, drag inside to move, drag an edge to resize,
    click a suggested region to take it; Delete removes the selected rectangle,
    Escape clears them all; Ctrl+wheel, Ctrl+= / Ctrl+- / Ctrl+0 zoom."""

    marks_changed = Signal()
    page_step_requested = Signal(int)  # +1 next page (PageDown), -1 previous (PageUp)
    zoom_changed = Signal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self._pixmap_item = QGraphicsPixmapItem()
        self._pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self._pixmap_item)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(QColor("#e8eaed"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.page_id: int | None = None
        self.page_size = (0, 0)
        self.marks: list[Mark] = []
        self.regions: list[tuple[Box, str]] = []  # suggestions of the page shown
        self.cut_boxes: list[Box] = []  # rectangles already cut from the page shown
        self.selected: int | None = None  # index into marks
        self.fitting = True  # fit the window until the user zooms
        self._drag: tuple[str, QPointF, Box | None, str] | None = None  # mode, start, box, edges

    # ---- content ---------------------------------------------------------------------

    def set_page(self, page_id: int, image: QImage, regions: list[tuple[Box, str]] = (),
                 cut_boxes: list[Box] = ()) -> None:
        """Show a page; the rectangles drawn on other pages are kept."""
        self.page_id = page_id
        self.page_size = (image.width(), image.height())
        self._pixmap_item.setPixmap(QPixmap.fromImage(image))
        self.scene().setSceneRect(QRectF(0, 0, image.width(), image.height()))
        self.regions = list(regions)
        self.cut_boxes = list(cut_boxes)
        self.selected = None
        self._drag = None
        if self.fitting:
            self.fit()
        self.viewport().update()

    def clear_page(self) -> None:
        """No page shown (the last one was deleted); the rectangles go with it."""
        self.page_id = None
        self.page_size = (0, 0)
        self._pixmap_item.setPixmap(QPixmap())
        self.regions, self.cut_boxes = [], []
        self.clear_marks()

    def set_cut_boxes(self, boxes: list[Box]) -> None:
        self.cut_boxes = list(boxes)
        self.viewport().update()

    def page_marks(self) -> list[tuple[int, Mark]]:
        """(number from 1, mark) of the rectangles on the page shown."""
        return [(i + 1, m) for i, m in enumerate(self.marks) if m.page_id == self.page_id]

    def boxes(self) -> list[tuple[int, Box]]:
        """Every rectangle in the order drawn, as `cut_clipping` takes them."""
        return [(m.page_id, m.box) for m in self.marks]

    def add_mark(self, box: Box) -> None:
        if self.page_id is None:
            return
        self.marks.append(Mark(self.page_id, box))
        self.selected = len(self.marks) - 1
        self.viewport().update()
        self.marks_changed.emit()

    def remove_selected(self) -> None:
        if self.selected is not None:
            del self.marks[self.selected]
            self.selected = None
            self.viewport().update()
            self.marks_changed.emit()

    def clear_marks(self) -> None:
        had = bool(self.marks)
        self.marks = []
        self.selected = None
        self.viewport().update()
        if had:
            self.marks_changed.emit()

    # ---- zoom ------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        """The whole page in the window (never above 100%)."""
        self.fitting = True
        if not self.page_size[0]:
            return
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.0:
            self.resetTransform()
        self.zoom_changed.emit(self.zoom())

    def set_zoom(self, factor: float) -> None:
        self.fitting = False
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self.resetTransform()
        self.scale(factor, factor)
        self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fitting:
            self.fit()

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            step = event.angleDelta().y()
            if step:
                self.zoom_in() if step > 0 else self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    # ---- keys --------------------------------------------------------------------------

    def _key_action(self, event):
        """What a key does here, or None. The window has shortcuts on some of these keys
        (Delete deletes the selected clippings): on the canvas they act on the page."""
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not ctrl:
            return self.remove_selected
        if key == Qt.Key.Key_Escape:
            return self.clear_marks
        if key == Qt.Key.Key_PageDown:
            return lambda: self.page_step_requested.emit(1)
        if key == Qt.Key.Key_PageUp:
            return lambda: self.page_step_requested.emit(-1)
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            return self.zoom_in
        if ctrl and key == Qt.Key.Key_Minus:
            return self.zoom_out
        if ctrl and key == Qt.Key.Key_0:
            return self.fit
        return None

    def event(self, event) -> bool:
        # Claim our keys before the window's shortcuts see them.
        if event.type() == QEvent.Type.ShortcutOverride and self._key_action(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        action = self._key_action(event)
        if action is None:
            super().keyPressEvent(event)
            return
        action()
        event.accept()

    @staticmethod
    def zoom_keys() -> dict[str, QKeySequence]:
        return {"in": QKeySequence("Ctrl+="), "out": QKeySequence("Ctrl+-"),
                "fit": QKeySequence("Ctrl+0")}

    # ---- mouse: draw, move, resize, take a suggestion -----------------------------------

    def _scene_point(self, event) -> QPointF:
        return self.mapToScene(event.position().toPoint())

    def _view_rect(self, box: Box) -> QRectF:
        top_left = self.mapFromScene(QPointF(box[0], box[1]))
        bottom_right = self.mapFromScene(QPointF(box[2], box[3]))
        return QRectF(top_left, bottom_right)

    def _edges_at(self, box: Box, view_pos: QPointF) -> str:
        """The edges of `box` under the pointer ("lt", "r", ...); "" inside it, "x" outside."""
        rect = self._view_rect(box)
        x, y = view_pos.x(), view_pos.y()
        if not rect.adjusted(-HANDLE, -HANDLE, HANDLE, HANDLE).contains(view_pos):
            return "x"
        edges = ""
        if abs(x - rect.left()) <= HANDLE:
            edges += "l"
        elif abs(x - rect.right()) <= HANDLE:
            edges += "r"
        if abs(y - rect.top()) <= HANDLE:
            edges += "t"
        elif abs(y - rect.bottom()) <= HANDLE:
            edges += "b"
        return edges

    def _mark_at(self, view_pos: QPointF) -> tuple[int | None, str]:
        """The rectangle under the pointer (the selected one first, then the newest)."""
        order = list(range(len(self.marks) - 1, -1, -1))
        if self.selected is not None:
            order.remove(self.selected)
            order.insert(0, self.selected)
        for index in order:
            mark = self.marks[index]
            if mark.page_id != self.page_id:
                continue
            edges = self._edges_at(mark.box, view_pos)
            if edges != "x":
                return index, edges
        return None, "x"

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.page_id is None:
            super().mousePressEvent(event)
            return
        self.setFocus()
        pos = event.position()
        start = self._scene_point(event)
        index, edges = self._mark_at(pos)
        if index is not None:
            self.selected = index
            self._drag = ("resize" if edges else "move", start, self.marks[index].box, edges)
        else:
            self.selected = None
            self._drag = ("draw", start, None, "")
        self.viewport().update()
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if self._drag is None:
            self._hover_cursor(event.position())
            super().mouseMoveEvent(event)
            return
        mode, start, box, edges = self._drag
        point = self._scene_point(event)
        w, h = self.page_size
        if mode == "draw":
            self._drag = (mode, start, normal_box(start.x(), start.y(), point.x(), point.y(),
                                                  w, h), edges)
        elif mode == "move" and box is not None and self.selected is not None:
            dx = max(-box[0], min(w - box[2], round(point.x() - start.x())))
            dy = max(-box[1], min(h - box[3], round(point.y() - start.y())))
            self.marks[self.selected].box = (box[0] + dx, box[1] + dy, box[2] + dx, box[3] + dy)
        elif mode == "resize" and box is not None and self.selected is not None:
            x0, y0, x1, y1 = box
            if "l" in edges:
                x0 = point.x()
            if "r" in edges:
                x1 = point.x()
            if "t" in edges:
                y0 = point.y()
            if "b" in edges:
                y1 = point.y()
            self.marks[self.selected].box = normal_box(x0, y0, x1, y1, w, h)
        self.viewport().update()
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        if self._drag is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        mode, start, box, _edges = self._drag
        self._drag = None
        if mode == "draw":
            if box is not None and box[2] - box[0] >= MIN_SIDE and box[3] - box[1] >= MIN_SIDE:
                self.add_mark(box)
            else:
                region = self._region_at(start)
                if region is not None:
                    self.add_mark(region)
        elif self.selected is not None and self.marks[self.selected].box != box:
            mark = self.marks[self.selected]
            if mark.box[2] - mark.box[0] < MIN_SIDE or mark.box[3] - mark.box[1] < MIN_SIDE:
                mark.box = box  # squeezed to nothing: keep it as it was
            self.marks_changed.emit()
        self.viewport().update()
        event.accept()

    def _region_at(self, point: QPointF) -> Box | None:
        """The smallest suggested region under a click (an article inside a bigger one)."""
        hits = [box for box, _kind in self.regions
                if box[0] <= point.x() <= box[2] and box[1] <= point.y() <= box[3]]
        if not hits:
            return None
        return min(hits, key=lambda b: (b[2] - b[0]) * (b[3] - b[1]))

    def _hover_cursor(self, pos: QPointF) -> None:
        index, edges = self._mark_at(pos)
        shape = Qt.CursorShape.CrossCursor
        if index is not None:
            if edges in ("l", "r"):
                shape = Qt.CursorShape.SizeHorCursor
            elif edges in ("t", "b"):
                shape = Qt.CursorShape.SizeVerCursor
            elif edges in ("lt", "rb"):
                shape = Qt.CursorShape.SizeFDiagCursor
            elif edges in ("rt", "lb"):
                shape = Qt.CursorShape.SizeBDiagCursor
            else:
                shape = Qt.CursorShape.SizeAllCursor
        elif self._region_at(self.mapToScene(pos.toPoint())) is not None:
            shape = Qt.CursorShape.PointingHandCursor
        self.viewport().setCursor(shape)

    # ---- painting -----------------------------------------------------------------------

    def drawForeground(self, painter: QPainter, _rect) -> None:
        if self.page_id is None:
            return
        painter.save()
        painter.resetTransform()  # viewport pixels from here
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        region_pen = QPen(REGION_COLOUR, 1, Qt.PenStyle.DashLine)
        for box, _kind in self.regions:
            painter.setPen(region_pen)
            painter.setBrush(REGION_FILL)
            painter.drawRect(self._view_rect(box))
        painter.setPen(QPen(QColor(95, 99, 104, 160), 1))
        painter.setBrush(QBrush(CUT_FILL, Qt.BrushStyle.BDiagPattern))
        for box in self.cut_boxes:
            painter.drawRect(self._view_rect(box))
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(14)
        painter.setFont(font)
        boxes = list(self.page_marks())
        if self._drag is not None and self._drag[0] == "draw" and self._drag[2] is not None:
            boxes.append((len(self.marks) + 1, Mark(self.page_id, self._drag[2])))
        for number, mark in boxes:
            index = number - 1
            colour = SELECTED_COLOUR if index == self.selected else RECT_COLOUR
            rect = self._view_rect(mark.box)
            painter.setPen(QPen(colour, 2))
            fill = QColor(colour)
            fill.setAlpha(28)
            painter.setBrush(fill)
            painter.drawRect(rect)
            tag = QRectF(rect.left(), rect.top(), 24, 20)
            painter.setBrush(colour)
            painter.drawRect(tag)
            painter.setPen(QColor("white"))
            painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, str(number))
            if index == self.selected:
                painter.setPen(QPen(colour, 1))
                painter.setBrush(QColor("white"))
                for corner in (rect.topLeft(), rect.topRight(), rect.bottomLeft(),
                               rect.bottomRight()):
                    painter.drawRect(QRectF(corner.x() - 4, corner.y() - 4, 8, 8))
        painter.restore()
