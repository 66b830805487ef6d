"""The cutting view's page canvas: rectangles drawn with the mouse land in page pixels,
move, resize, go with Delete and Escape, follow the page across PageDown, and a click on
a suggested region takes it. Real widgets, real mouse events (pytest-qt)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from clipper.gui.views.page_canvas import PageCanvas  # noqa: E402

LEFT = Qt.MouseButton.LeftButton


def _page(width: int = 1600, height: int = 2200) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    return image


@pytest.fixture
def canvas(qtbot):
    view = PageCanvas()
    view.resize(600, 800)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.set_page(7, _page(), regions=[((100, 100, 700, 900), "article"),
                                       ((0, 0, 1600, 1000), "article")])
    return view


def _at(canvas: PageCanvas, x: float, y: float) -> QPoint:
    return canvas.mapFromScene(QPointF(x, y))


def _drag(canvas: PageCanvas, start: tuple[float, float], end: tuple[float, float]) -> None:
    viewport = canvas.viewport()
    a, b = _at(canvas, *start), _at(canvas, *end)
    QTest.mousePress(viewport, LEFT, Qt.KeyboardModifier.NoModifier, a)
    middle = QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2)
    QTest.mouseMove(viewport, middle)
    QTest.mouseMove(viewport, b)
    QTest.mouseRelease(viewport, LEFT, Qt.KeyboardModifier.NoModifier, b)


def _close(box, expected, slack: int) -> bool:
    return all(abs(a - b) <= slack for a, b in zip(box, expected, strict=True))


def test_fit_shows_the_whole_page_and_never_enlarges(canvas):
    assert canvas.fitting
    assert canvas.zoom() == pytest.approx(min(canvas.viewport().width() / 1600,
                                              canvas.viewport().height() / 2200), rel=0.05)
    canvas.set_page(8, _page(200, 300))
    assert canvas.zoom() == pytest.approx(1.0)


def test_a_drag_draws_a_rectangle_in_page_pixels(canvas, qtbot):
    # One viewport pixel is 1/zoom page pixels, so the box is exact to that.
    slack = int(2 / canvas.zoom()) + 1
    with qtbot.waitSignal(canvas.marks_changed):
        _drag(canvas, (200, 300), (900, 1500))
    assert canvas.boxes() == [(7, canvas.marks[0].box)]
    assert _close(canvas.marks[0].box, (200, 300, 900, 1500), slack)
    # Drawn from bottom-right to top-left: the same box, normalised.
    _drag(canvas, (1500, 2000), (1000, 1600))
    assert _close(canvas.marks[1].box, (1000, 1600, 1500, 2000), slack)
    assert [n for n, _m in canvas.page_marks()] == [1, 2]


def test_a_click_is_not_a_rectangle_but_takes_the_suggested_region(canvas):
    viewport = canvas.viewport()
    QTest.mouseClick(viewport, LEFT, Qt.KeyboardModifier.NoModifier, _at(canvas, 400, 500))
    # Inside both suggestions: the smaller one (the article inside the bigger block).
    assert canvas.boxes() == [(7, (100, 100, 700, 900))]
    QTest.mouseClick(viewport, LEFT, Qt.KeyboardModifier.NoModifier, _at(canvas, 1400, 2100))
    assert len(canvas.marks) == 1  # outside every region: nothing


def test_move_resize_delete_and_escape(canvas):
    slack = int(2 / canvas.zoom()) + 1
    _drag(canvas, (200, 1200), (800, 1800))
    before = canvas.marks[0].box
    # Drag from inside: the rectangle moves by the same amount.
    _drag(canvas, (500, 1500), (600, 1600))
    moved = canvas.marks[0].box
    assert _close(moved, (before[0] + 100, before[1] + 100, before[2] + 100,
                          before[3] + 100), slack)
    # Drag the right edge: only x1 changes.
    _drag(canvas, (moved[2], (moved[1] + moved[3]) / 2), (1300, (moved[1] + moved[3]) / 2))
    resized = canvas.marks[0].box
    assert _close(resized, (moved[0], moved[1], 1300, moved[3]), slack)
    # Moved never past the page's edge.
    _drag(canvas, (1000, 1500), (1000, 2190))
    assert canvas.marks[0].box[3] <= 2200
    # Delete removes the selected one; Escape clears the rest.
    _drag(canvas, (100, 100), (300, 300))
    assert len(canvas.marks) == 2
    QTest.keyClick(canvas, Qt.Key.Key_Delete)
    assert len(canvas.marks) == 1
    QTest.keyClick(canvas, Qt.Key.Key_Escape)
    assert canvas.marks == []


def test_rectangles_on_several_pages_stay_in_order(canvas, qtbot):
    _drag(canvas, (100, 1200), (700, 2000))
    with qtbot.waitSignal(canvas.page_step_requested) as step:
        QTest.keyClick(canvas, Qt.Key.Key_PageDown)
    assert step.args == [1]
    canvas.set_page(8, _page())
    assert canvas.page_marks() == []  # page 8 has none yet
    _drag(canvas, (100, 100), (700, 600))
    assert [page for page, _box in canvas.boxes()] == [7, 8]
    assert [n for n, _m in canvas.page_marks()] == [2]  # numbered across pages
    canvas.set_page(7, _page())
    assert [n for n, _m in canvas.page_marks()] == [1]


def test_zoom_keys_and_wheel(canvas):
    fitted = canvas.zoom()
    QTest.keyClick(canvas, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert canvas.zoom() == pytest.approx(fitted * 1.25)
    assert not canvas.fitting
    QTest.keyClick(canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert canvas.zoom() == pytest.approx(fitted / 1.25)
    QTest.keyClick(canvas, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert canvas.fitting and canvas.zoom() == pytest.approx(fitted)
    # Zoomed in, a drawn rectangle is still in page pixels.
    canvas.set_zoom(1.0)
    canvas.centerOn(800, 1100)
    _drag(canvas, (700, 1000), (900, 1200))
    assert _close(canvas.marks[0].box, (700, 1000, 900, 1200), 2)
