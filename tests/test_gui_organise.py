"""Organising from the window: tags, themes and saved searches in the sidebar; tagging
several clippings and undoing it; highlights (H) and notes (N) on a selection."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from clipper.domain import ArticleDraft, Block
from clipper.gui import plain
from clipper.gui.views.sidebar import CLIPPING_IDS_MIME, ENTRY_ROLE
from clipper.services import LibraryService
from tests.gui_support import open_window, wait_writer

TEXTS = [
    ("경기도 청년 기본소득 확대", "경기도는 청년 기본소득을 두 배로 늘린다고 밝혔다."),
    ("Seoul bike lanes open", "Seoul opened four bike lanes on Monday."),
    ("하천 정화 주민 200명", "주민 200명이 하천 정화에 나섰다."),
    ("Harbor wind farm hearing", "The harbor town will hold a hearing on the wind farm."),
]


@pytest.fixture
def window(qtbot, library_path, tmp_path):
    with LibraryService(library_path) as svc:
        ids = [svc.library.add(ArticleDraft(title=t, body=[Block("paragraph", b)]))[0]
               for t, b in TEXTS]
        svc.add_tags(ids[:2], ["정책/청년"])
        svc.add_tags([ids[2]], ["환경"])
        svc.create_theme("청년 정책", colour="#e91e63")
        svc.assign_theme("청년 정책", [ids[0]])
        svc.update_index()
        svc.add_saved_search("bikes", "bike")
    win = open_window(qtbot, library_path, tmp_path / "s.ini")
    win.show()
    wait_writer(qtbot, win)
    return win


def _entries(window):
    return [item.data(0, ENTRY_ROLE) for item in window.sidebar._items()]


def test_sidebar_lists_themes_tags_as_a_tree_and_saved_searches(window):
    entries = _entries(window)
    assert ("theme", "청년 정책") in entries
    assert ("tag", "정책") in entries and ("tag", "정책/청년") in entries
    assert ("saved", "bike") in entries
    theme_item = next(i for i in window.sidebar._items()
                      if i.data(0, ENTRY_ROLE) == ("theme", "청년 정책"))
    assert theme_item.text(0).endswith("(1)")


def test_filtering_by_theme_tag_and_saved_search(window, qtbot):
    assert window.sidebar.select_entry("theme", "청년 정책")
    assert window.model.rowCount() == 1
    assert window.sidebar.select_entry("tag", "정책")  # the parent holds its sub-tags
    assert window.model.rowCount() == 2
    assert window.sidebar.select_entry("tag", "환경")
    assert window.model.rowCount() == 1
    assert window.sidebar.select_entry("saved", "bike")
    assert window.search_field.text() == "bike"
    qtbot.waitUntil(lambda: not window.search.busy(), timeout=90000)  # the search process
    assert window.model.rowCount() == 1 and window.model.ranked()
    assert window.reader.clipping.title == "Seoul bike lanes open"


def test_tagging_several_clippings_then_undo(window, qtbot):
    ids = window.model.ids()
    window.list_view.selectAll()
    assert sorted(window.selected_ids()) == sorted(ids)
    window.add_tags(window.selected_ids(), ["보도자료", "환경"])
    wait_writer(qtbot, window)
    svc = window.service
    assert all("보도자료" in svc.get(cid).tags for cid in ids)
    assert ("tag", "보도자료") in _entries(window)
    qtbot.keyClick(window.list_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_writer(qtbot, window)
    assert not any("보도자료" in svc.get(cid).tags for cid in ids)
    # The clipping tagged 환경 before keeps it; the others lose it again.
    assert sorted(cid for cid in ids if "환경" in svc.get(cid).tags) == [
        cid for cid in sorted(ids) if svc.get(cid).title.startswith("하천")]
    assert ("tag", "보도자료") not in _entries(window)


def test_dropping_clippings_on_a_theme_assigns_them(window, qtbot):
    before = set(window.service.theme_members("청년 정책"))
    ids = [i for i in window.model.ids() if i not in before][:2]
    item = next(i for i in window.sidebar._items()
                if i.data(0, ENTRY_ROLE) == ("theme", "청년 정책"))
    pos = QPointF(window.sidebar.visualItemRect(item).center())
    mime = QMimeData()
    mime.setData(CLIPPING_IDS_MIME, ",".join(map(str, ids)).encode())
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    viewport = window.sidebar.viewport()
    enter = QDragEnterEvent(pos.toPoint(), *args)
    QApplication.sendEvent(viewport, enter)
    move = QDragMoveEvent(pos.toPoint(), *args)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    drop = QDropEvent(pos, *args)
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()
    wait_writer(qtbot, window)
    assert set(window.service.theme_members("청년 정책")) == before | set(ids)
    window.undo_stack.undo()
    wait_writer(qtbot, window)
    assert set(window.service.theme_members("청년 정책")) == before


def _select_in_reader(window, word: str) -> None:
    reader = window.reader
    start = reader.clipping.body_text().index(word)
    lo, hi = reader.doc_range(start, start + len(word))[0]
    cursor = reader.textCursor()
    cursor.setPosition(lo)
    cursor.setPosition(hi, cursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)


def test_highlighting_a_selection_with_h_is_persisted_and_undoable(window, qtbot):
    window.sidebar.select_entry("tag", "환경")
    window.select_row(0)
    cid = window.current_id()
    _select_in_reader(window, "하천 정화")
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_H)
    wait_writer(qtbot, window)
    saved = window.service.get(cid).annotations
    assert [(a.quote, a.note) for a in saved] == [("하천 정화", "")]
    # Shown in the reader in the highlight's colour.
    assert window.reader.clipping.annotations
    assert window.reader._annotation_selections
    window.undo_stack.undo()
    wait_writer(qtbot, window)
    assert window.service.get(cid).annotations == []


def test_a_note_with_n_and_removing_a_highlight(window, qtbot, monkeypatch):
    monkeypatch.setattr(plain, "get_multiline",
                        lambda *a, **k: ("보도자료와 비교할 것", True))
    window.sidebar.select_entry("tag", "환경")
    window.select_row(0)
    cid = window.current_id()
    _select_in_reader(window, "주민 200명")
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_N)
    wait_writer(qtbot, window)
    [annotation] = window.service.get(cid).annotations
    assert (annotation.quote, annotation.note) == ("주민 200명", "보도자료와 비교할 것")
    assert "보도자료와 비교할 것" in window.reader.toPlainText()
    _select_in_reader(window, "주민")
    window.remove_highlight_action.trigger()
    wait_writer(qtbot, window)
    assert window.service.get(cid).annotations == []
    window.undo_stack.undo()
    wait_writer(qtbot, window)
    assert [a.note for a in window.service.get(cid).annotations] == ["보도자료와 비교할 것"]


def test_h_without_a_selection_says_what_to_do(window, qtbot):
    journal = len(window.service.undo_history())  # the fixture's own changes
    window.select_row(0)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_H)
    assert "Select some text" in window.statusBar().currentMessage()
    wait_writer(qtbot, window)
    assert len(window.service.undo_history()) == journal


def test_saving_a_search_adds_it_to_the_sidebar(window, qtbot):
    window.search_field.setText("harbor")
    window.run_search()
    window.save_search("harbour stories", "harbor")
    wait_writer(qtbot, window)
    assert ("saved", "harbor") in _entries(window)


def test_creating_a_theme_with_selected_clippings(window, qtbot):
    window.select_row(0)
    cid = window.current_id()
    window.create_theme("기후", "#2e7d32", [cid])
    wait_writer(qtbot, window)
    assert window.service.theme_members("기후") == [cid]
    assert ("theme", "기후") in _entries(window)
    assert "기후" in window.reader.clipping.themes


def test_reviewing_rule_suggestions_from_the_inbox(window, qtbot):
    window.writer.submit("rule", lambda svc, _p, _c: svc.create_theme("Cycling", rule="bike"))
    wait_writer(qtbot, window)
    assert window.sidebar.select_entry("inbox")
    bike = next(cid for cid in window.model.ids()
                if window.service.get(cid).title == "Seoul bike lanes open")
    window.select_row(window.model.row_of(bike))
    assert "Suggested themes (to review): Cycling" in window.reader.toPlainText()
    window.accept_action.trigger()
    wait_writer(qtbot, window)
    assert window.service.theme_members("Cycling") == [bike]
    # Filed now, it left the Inbox: the reader goes on with the clipping selected next.
    assert bike not in window.model.ids()
    assert window.reader.clipping.id == window.current_id() != bike
    window.sidebar.select_entry("all")
    window.select_row(window.model.row_of(bike))
    assert "Cycling" in window.reader.clipping.themes
    assert "Suggested themes" not in window.reader.toPlainText()


def test_rejecting_a_suggestion(window, qtbot):
    window.writer.submit("rule", lambda svc, _p, _c: svc.create_theme("Wind", rule="wind"))
    wait_writer(qtbot, window)
    window.sidebar.select_entry("inbox")
    wind = next(cid for cid in window.model.ids()
                if window.service.get(cid).title == "Harbor wind farm hearing")
    window.select_row(window.model.row_of(wind))
    window.reject_action.trigger()
    wait_writer(qtbot, window)
    assert window.service.theme_members("Wind") == []
    assert window.service.theme_states("Wind").get(wind) == "rejected"
