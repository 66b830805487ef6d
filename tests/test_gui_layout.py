"""The window's layout in real use: the Korean UI at laptop widths, long labels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from clipper.gui.app import Translations, create_app
from tests.gui_support import open_window, wait_writer
from tests.test_gui_window import _add


@pytest.fixture
def korean(qapp):
    translations = Translations(create_app())
    assert translations.install("ko")
    yield
    translations.install("en")


@pytest.fixture
def window(qtbot, library_path, tmp_path, korean):
    _add(library_path, 6)
    win = open_window(qtbot, library_path, tmp_path / "s.ini", language=None)
    win.show()
    qtbot.waitExposed(win)
    wait_writer(qtbot, win, 60000)  # the first index catch-up loads Kiwi
    return win


def _search_shown(qtbot, window) -> None:
    qtbot.wait(50)  # the toolbar lays itself out after the resize
    field = window.search_field
    assert not window.toolbar.overflowing()
    assert field.isVisible()
    assert field.width() >= 150
    right = field.mapTo(window, field.rect().topRight()).x()
    assert right <= window.width()


@pytest.mark.parametrize("width", [1024, 1280, 1600])
def test_the_search_field_stays_in_view_in_the_korean_ui(qtbot, window, width):
    assert window.menuBar().actions()[0].text() == "파일(&F)"
    window.resize(width, 700)
    _search_shown(qtbot, window)


def test_labels_give_way_before_the_search_field_does(qtbot, window):
    window.resize(1600, 800)
    qtbot.wait(50)
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    window.resize(900, 700)
    _search_shown(qtbot, window)
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    window.resize(1600, 800)
    qtbot.wait(50)
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon


def test_a_long_undo_label_does_not_push_the_search_out(qtbot, window):
    window.resize(1024, 700)
    ids = window.model.ids()
    window.add_tags(ids, ["경기도 청년 기본소득 정책 토론회", "아주 긴 태그 이름 하나 더",
                          "그리고 또 하나의 아주 긴 태그"])
    wait_writer(qtbot, window, 30000)
    assert "경기도 청년" in window.undo_action.text()
    _search_shown(qtbot, window)
    button = window.toolbar.widgetForAction(window.undo_action)
    assert "경기도" not in button.text()  # the button keeps its short label
    assert "경기도 청년" in button.toolTip()  # the change is named in the tooltip


@pytest.mark.parametrize("width", [1024, 1280])
def test_ctrl_f_focuses_the_search_field(qtbot, window, width):
    window.resize(width, 700)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_field.hasFocus)
    qtbot.keyClicks(window.search_field, "policy")  # (QTest types ASCII only)
    assert window.search_field.text() == "policy"
