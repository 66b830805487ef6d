"""The sidebar's context menus: export/edit/delete a theme, rename/merge/delete a tag,
rename/delete a saved search."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog

from clipper.domain import ArticleDraft, Block
from clipper.gui import plain
from clipper.services import LibraryService
from tests.gui_support import answer_modal, open_window, wait_writer


@pytest.fixture
def window(qtbot, library_path, tmp_path):
    with LibraryService(library_path) as svc:
        ids = [svc.library.add(ArticleDraft(
            title=f"기사 {i}", outlet="연합뉴스", body=[Block("paragraph", f"본문 {i} 입니다.")]))[0]
            for i in range(4)]
        svc.create_theme("청년 정책", colour="#e91e63")
        svc.assign_theme("청년 정책", ids[:2])
        svc.add_tags(ids[:3], ["정책/청년"])
        svc.add_tags(ids[3:], ["기후"])
        svc.add_saved_search("본문 검색", "본문")
    win = open_window(qtbot, library_path, tmp_path / "s.ini")
    wait_writer(qtbot, win)
    return win


def trigger(window, kind, value, text, name=""):
    menu = window.sidebar_menu(kind, value, name or value)
    actions = {a.text(): a for a in menu.actions()}
    actions[text].trigger()
    menu.deleteLater()



def test_menus_offer_what_each_entry_can_do(window):
    texts = lambda *a: [x.text() for x in window.sidebar_menu(*a).actions()]  # noqa: E731
    assert texts("theme", "청년 정책", "청년 정책") == [
        "Export Report…", "Edit Theme…", "Delete Theme"]
    assert texts("tag", "정책/청년", "정책/청년") == [
        "Export Report…", "Rename…", "Merge into…", "Delete"]
    assert texts("saved", "본문", "본문 검색") == ["Rename…", "Delete"]
    assert window.sidebar_menu("all", "", "") is None
    assert window.sidebar.entry_name("saved", "본문") == "본문 검색"


def test_export_report_from_a_themes_menu_covers_that_theme(window, qtbot, tmp_path,
                                                              monkeypatch):
    window.sidebar.select_entry("all")  # the list in view is everything: 4 clippings
    target = tmp_path / "theme.pdf"
    # The system's save dialog is not ours to drive; answer it with a path.
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    seen = {}

    def accept(dialog):
        seen["title"] = dialog.title.text()
        seen["subtitle"] = dialog.subtitle.text()
        dialog.accept()

    answer_modal(accept)
    with qtbot.waitSignal(window.export_finished, timeout=60000) as blocker:
        trigger(window, "theme", "청년 정책", "Export Report…")
    assert seen == {"title": "청년 정책", "subtitle": "2 clippings"}
    assert blocker.args[0].clippings == 2
    assert target.read_bytes()[:5] == b"%PDF-"


def test_renaming_a_tag_from_its_menu_and_undoing(window, qtbot):
    def rename(dialog):
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("정책/청년층")
        dialog.accept()

    answer_modal(rename)
    trigger(window, "tag", "정책/청년", "Rename…")
    wait_writer(qtbot, window)
    assert dict(window.service.browse_tags()).get("정책/청년층") == 3
    assert "정책/청년" not in dict(window.service.browse_tags())
    assert window.sidebar.select_entry("tag", "정책/청년층")
    window.undo_stack.undo()
    wait_writer(qtbot, window)
    assert dict(window.service.browse_tags()).get("정책/청년") == 3


def test_merging_and_deleting_tags(window, qtbot, monkeypatch):
    def merge(dialog):
        dialog.setTextValue("기후")
        dialog.accept()

    answer_modal(merge)
    trigger(window, "tag", "정책/청년", "Merge into…")
    wait_writer(qtbot, window)
    tags = dict(window.service.browse_tags())
    assert tags.get("기후") == 4 and "정책/청년" not in tags

    monkeypatch.setattr(plain, "ask", lambda *a, **k: True)
    trigger(window, "tag", "기후", "Delete")
    wait_writer(qtbot, window)
    assert "기후" not in dict(window.service.browse_tags())


def test_editing_and_deleting_a_theme(window, qtbot, monkeypatch):
    def edit(dialog):
        dialog.name.setText("청년 정책 2024")
        dialog.description.setPlainText("청년 주거와 일자리")
        dialog.date_from.setText("2024-03-01")
        dialog.date_to.setText("2024-03-31")
        dialog.accept()

    window.sidebar.select_entry("theme", "청년 정책")
    answer_modal(edit)
    trigger(window, "theme", "청년 정책", "Edit Theme…")
    wait_writer(qtbot, window)
    theme = window.service.get_theme("청년 정책 2024")
    assert theme.description == "청년 주거와 일자리"
    assert str(theme.date_from) == "2024-03-01" and theme.member_count == 2
    assert window.sidebar.current_entry() == ("theme", "청년 정책 2024")

    # A range that ends before it starts is refused with a message, nothing changes.
    def backwards(dialog):
        dialog.date_to.setText("2024-02-01")
        dialog.accept()

    answer_modal(backwards)
    with qtbot.waitSignal(window.writer.task_failed, timeout=10000) as failed:
        trigger(window, "theme", "청년 정책 2024", "Edit Theme…")
    assert "Edit theme" in failed.args[0]
    assert str(window.service.get_theme("청년 정책 2024").date_to) == "2024-03-31"

    monkeypatch.setattr(plain, "ask", lambda *a, **k: True)
    trigger(window, "theme", "청년 정책 2024", "Delete Theme")
    wait_writer(qtbot, window)
    assert window.service.browse_themes() == []
    assert window.service.count() == 4


def test_renaming_and_deleting_a_saved_search(window, qtbot, monkeypatch):
    def rename(dialog):
        dialog.setTextValue("본문 찾기")
        dialog.accept()

    answer_modal(rename)
    trigger(window, "saved", "본문", "Rename…", name="본문 검색")
    wait_writer(qtbot, window)
    assert [s.name for s in window.service.list_saved_searches(counts=False)] == ["본문 찾기"]
    assert window.sidebar.entry_name("saved", "본문") == "본문 찾기"

    monkeypatch.setattr(plain, "ask", lambda *a, **k: True)
    trigger(window, "saved", "본문", "Delete", name="본문 찾기")
    wait_writer(qtbot, window)
    assert window.service.list_saved_searches(counts=False) == []
