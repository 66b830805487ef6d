"""Ctrl+Z and Ctrl+Shift+Z in a real window replay the library's journal: the same
undo as `clipper undo`, with redo, names from the journal, for every change the app
makes (a real writer thread, pytest-qt)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from clipper.domain import ArticleDraft, Block
from clipper.gui import plain
from clipper.services import LibraryService
from tests.gui_support import open_window, wait_writer

TEXTS = [
    ("경기도 청년 기본소득 확대", "경기도는 청년 기본소득을 두 배로 늘린다고 밝혔다."),
    ("Seoul bike lanes open", "Seoul opened four bike lanes on Monday."),
    ("하천 정화 주민 200명", "주민 200명이 하천 정화에 나섰다."),
]


@pytest.fixture
def window(qtbot, library_path, tmp_path):
    with LibraryService(library_path) as svc:
        for title, body in TEXTS:
            svc.library.add(ArticleDraft(title=title, body=[Block("paragraph", body)]))
        svc.update_index()
        svc.create_theme("청년 정책", rule="청년")  # suggests the first clipping
        svc.add_tags([3], ["환경"])
    win = open_window(qtbot, library_path, tmp_path / "s.ini")
    win.show()
    wait_writer(qtbot, win)
    return win


def _ctrl_z(qtbot, window, shift: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ControlModifier
    if shift:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.list_view, Qt.Key.Key_Z, modifiers)
    wait_writer(qtbot, window)


def test_a_tag_undone_in_the_app_stays_undone_for_the_cli(window, qtbot, run_cli):
    window.select_row(0)
    cid = window.current_id()
    window.add_tags([cid], ["보도자료"])
    wait_writer(qtbot, window)
    assert "보도자료" in window.undo_action.text()
    _ctrl_z(qtbot, window)
    assert "보도자료" not in window.service.get(cid).tags
    assert "보도자료" in window.redo_action.text() and window.redo_action.isEnabled()
    # The CLI sees the same journal: its undo takes back the change before (the tag
    # 환경 of the fixture), never puts 보도자료 back; its redo would.
    status, out, _ = run_cli("history")
    assert status == 0 and "redo" in out and "보도자료" in out
    status, out, _ = run_cli("undo")
    assert status == 0 and "환경" in out
    assert "보도자료" not in window.service.get(cid).tags
    assert window.service.get(3).tags == []


def test_undo_of_add_to_theme_puts_back_the_suggestion_not_a_rejection(window, qtbot):
    svc = window.service
    before = svc.theme_states("청년 정책")
    suggested = [i for i, s in before.items() if s == "suggested"]
    assert suggested
    ids = [1, 2, 3]
    window.assign_theme("청년 정책", ids)
    wait_writer(qtbot, window)
    assert set(svc.theme_members("청년 정책")) == set(ids)
    _ctrl_z(qtbot, window)
    assert svc.theme_states("청년 정책") == before  # not "rejected": the rule may suggest
    _ctrl_z(qtbot, window, shift=True)
    assert set(svc.theme_members("청년 정책")) == set(ids)


def test_a_deleted_clipping_comes_back_with_ctrl_z(window, qtbot, monkeypatch):
    monkeypatch.setattr(plain, "ask", lambda *a, **k: True)
    rows = window.model.rowCount()
    window.select_row(0)
    cid = window.current_id()
    whole = window.service.get(cid)
    window.delete_selected()
    wait_writer(qtbot, window)
    assert window.model.rowCount() == rows - 1
    assert window.undo_action.isEnabled() and "1" in window.undo_action.text()
    _ctrl_z(qtbot, window)
    assert window.service.get(cid) == whole
    assert window.model.rowCount() == rows
    assert window.model.row_of(cid) is not None
    assert "Undone" in window.statusBar().currentMessage()


def test_every_sidebar_change_is_undoable(window, qtbot):
    svc = window.service
    journal = len(svc.undo_history())
    for job in (lambda s: s.merge_tags(["환경"], "자연"), lambda s: s.delete_tag("자연"),
                lambda s: s.edit_theme("청년 정책", name="청년"),
                lambda s: s.delete_theme("청년")):
        window.writer.submit("change", lambda s, _p, _c, job=job: job(s))
        wait_writer(qtbot, window)
    assert len(svc.undo_history()) == journal + 4
    for _ in range(4):
        _ctrl_z(qtbot, window)
    assert [t.name for t in svc.list_tags()] == ["환경"]
    assert [t.name for t in svc.list_themes()] == ["청년 정책"]
    assert svc.get(3).tags == ["환경"]


def test_the_toolbar_keeps_a_short_undo_name_and_the_menu_the_whole_one(window, qtbot):
    window.add_tags([1, 2, 3], ["아주 긴 태그 이름이 툴바를 밀어내면 안 된다"])
    wait_writer(qtbot, window)
    assert window.undo_action.iconText() == "Undo"
    assert "아주 긴 태그" in window.undo_action.text()
    assert "아주 긴 태그" in window.undo_action.toolTip()


def test_nothing_to_undo_disables_undo_and_pressing_it_does_no_harm(window, qtbot):
    svc = window.service
    while svc.undo_history():
        _ctrl_z(qtbot, window)
    assert not window.undo_action.isEnabled()
    assert window.redo_action.isEnabled()
    window.undo_stack.undo()  # as a quick second press would: no error box
    wait_writer(qtbot, window)
    assert not [w for w in window.findChildren(QMessageBox) if w.isVisible()]
