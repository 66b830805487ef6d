"""The reader always shows the selected clipping, or nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from clipper.domain import ArticleDraft, Block
from clipper.services import LibraryService
from clipper.store.library import open_library
from tests.gui_support import open_window, wait_writer

ARTICLES = [
    ("경기도 청년 기본소득", "연합뉴스", "경기도는 청년 기본소득을 늘린다고 밝혔다."),
    ("경기도 버스 노선 개편", "오마이뉴스", "경기도는 마을버스 노선을 바꾼다."),
    ("Seoul adds bike lanes", "Associated Press", "Cyclists in Seoul got new bike lanes."),
    ("경기도 무더위쉼터 연장", "연합뉴스", "경기도는 무더위쉼터 운영 시간을 늘린다."),
    ("Harbor wind farm hearing", "Associated Press", "Fishermen asked for a hearing."),
]


@pytest.fixture
def window(qtbot, library_path, tmp_path):
    with open_library(library_path) as lib:
        for title, outlet, text in ARTICLES:
            lib.add(ArticleDraft(title=title, outlet=outlet, body=[Block("paragraph", text)]))
    win = open_window(qtbot, library_path, tmp_path / "s.ini")
    win.show()
    wait_writer(qtbot, win, timeout=60000)  # the start-up index catch-up
    return win


def _shows_selection(window) -> None:
    selected = window.selected_ids()
    assert len(selected) == 1
    assert window.reader.clipping is not None
    assert window.reader.clipping.id == selected[0] == window.current_id()


def test_switching_sidebar_entries_shows_the_new_lists_selection(window, qtbot):
    window.select_row(3)
    _shows_selection(window)
    window.sidebar.select_entry("outlet", "Associated Press")
    assert window.model.rowCount() == 2
    _shows_selection(window)
    assert window.reader.clipping.outlet == "Associated Press"
    window.sidebar.select_entry("outlet", "오마이뉴스")
    _shows_selection(window)
    assert window.reader.clipping.title == "경기도 버스 노선 개편"


def test_an_empty_list_shows_nothing(window, qtbot):
    window.writer.submit("theme", lambda svc, _p, _c: svc.create_theme("빈 주제"))
    wait_writer(qtbot, window)
    window.sidebar.select_entry("theme", "빈 주제")
    assert window.model.rowCount() == 0
    assert window.reader.clipping is None
    assert window.selected_ids() == []


def test_ctrl_end_and_ctrl_home_select_the_row_they_reach(window, qtbot):
    window.select_row(1)
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert window.current_id() == window.model.id_at(window.model.rowCount() - 1)
    _shows_selection(window)
    qtbot.keyClick(window.list_view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert window.current_id() == window.model.id_at(0)
    _shows_selection(window)


def test_a_current_row_outside_the_selection_is_not_shown(window, qtbot):
    window.select_row(0)
    selection = window.list_view.selectionModel()
    # Ctrl+click on the selected row: it stays current but is no longer selected.
    selection.setCurrentIndex(window.model.index(0, 0),
                              QItemSelectionModel.SelectionFlag.Deselect
                              | QItemSelectionModel.SelectionFlag.Rows)
    assert window.selected_ids() == []
    assert window.reader.clipping is None
    selection.select(window.model.index(2, 0), QItemSelectionModel.SelectionFlag.Select
                     | QItemSelectionModel.SelectionFlag.Rows)
    assert window.reader.clipping.id == window.model.id_at(2)  # the one selected row
    selection.select(window.model.index(3, 0), QItemSelectionModel.SelectionFlag.Select
                     | QItemSelectionModel.SelectionFlag.Rows)
    assert window.reader.clipping is None  # two rows, neither current
    assert "2" in window.reader.toPlainText()


def test_clearing_the_search_clears_its_highlights(window, qtbot):
    window.search_field.setText("경기도")
    window.run_search()  # answered by the search process, later
    qtbot.waitUntil(lambda: bool(window.reader.term_selections()), timeout=30000)
    shown = window.reader.clipping.id
    item = window.sidebar.topLevelItem(0)  # All clippings, the entry in view
    rect = window.sidebar.visualItemRect(item)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())  # leaves the search
    assert window.search_field.text() == ""
    assert window.reader.term_selections() == []
    window.search_field.setText("경기도")
    window.run_search()  # answered by the search process, later
    qtbot.waitUntil(lambda: bool(window.reader.term_selections()), timeout=30000)
    window.search_field.clear()  # the field's clear button, or deleting the query
    window.search_field.textEdited.emit("")
    qtbot.waitUntil(lambda: not window.model.ranked())
    assert window.reader.term_selections() == []
    _shows_selection(window)
    assert shown in window.model.ids()


def test_accepting_a_suggestion_in_the_inbox_moves_to_the_next(qtbot, library_path, tmp_path):
    with open_library(library_path) as lib:
        for title, outlet, text in ARTICLES:
            lib.add(ArticleDraft(title=title, outlet=outlet, body=[Block("paragraph", text)]))
    with LibraryService(library_path) as svc:
        svc.add_tags(svc.clipping_ids(), ["filed"])  # only suggestions are in the Inbox
        svc.create_theme("경기", rule="경기도")
    window = open_window(qtbot, library_path, tmp_path / "s.ini")
    window.show()
    wait_writer(qtbot, window, timeout=60000)
    window.sidebar.select_entry("inbox")
    inbox = window.model.ids()
    assert len(inbox) == 3
    window.select_row(1)
    window.accept_action.trigger()
    wait_writer(qtbot, window)
    assert window.model.ids() == [inbox[0], inbox[2]]
    assert window.current_id() == inbox[2]  # the next one, not the first row
    _shows_selection(window)
    window.reject_action.trigger()  # the last one: the row before it takes its place
    wait_writer(qtbot, window)
    assert window.model.ids() == [inbox[0]]
    assert window.current_id() == inbox[0]
    _shows_selection(window)
