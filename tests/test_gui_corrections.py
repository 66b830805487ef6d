"""Corrections in the app: the edit dialog (Ctrl+E) corrects details, the body's text and
each photo's caption and credit as one undoable step, sends only what changed, and the
corrected words are found by search, before and after `clipper reindex`."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from clipper.domain import ArticleDraft, Block, PhotoDraft
from clipper.gui.views.edit_dialog import EditDialog
from clipper.store.library import open_library
from tests.gui_support import answer_modal, open_window, wait_writer

SEARCH_TIMEOUT = 90000  # the first search may wait for Kiwi in the search process

BODY = [
    Block("paragraph", "경기도는 판교에서 새싹기업 협의체를 출범시켰다고 밝혔다."),
    Block("subheading", "행사 개요"),
    Block("paragraph", "참가 기업들은 해외 진출 계획을 소개했다."),
]


def _png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (300, 200), "teal").save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture
def window(qtbot, library_path, tmp_path):
    with open_library(library_path) as lib:
        lib.add(ArticleDraft(title="Seoul adds bike lanes",
                             body=[Block("paragraph", "Cyclists got new bike lanes.")]))
        lib.add(ArticleDraft(
            title="경기도, 새싹기업 해외 진출 지원", outlet="연합뉴스", language="ko",
            body=list(BODY),
            photos=[PhotoDraft(caption="판교 협의체 출범식", credit="경기도 제공",
                               src="a.png", data=_png()),
                    PhotoDraft(caption="<b>참가자</b> 기념 촬영", credit="연합뉴스")]))
    win = open_window(qtbot, library_path, tmp_path / "s.ini")
    win.show()
    wait_writer(qtbot, win, timeout=SEARCH_TIMEOUT)  # the start-up index catch-up
    row = next(r for r in range(win.model.rowCount())
               if win.model.index(r, 0).data().startswith("경기도"))
    win.select_row(row)
    assert win.reader.clipping.photos
    return win



def _correct_in_dialog(window, qtbot, change) -> None:
    """Open the edit dialog with Ctrl+E's action, let `change(dialog)` edit it, press OK."""
    seen = []

    def answer(dialog):
        assert isinstance(dialog, EditDialog)
        change(dialog)
        seen.append(dialog)
        dialog.accept()

    answer_modal(answer)
    assert window.edit_action.shortcut().toString() == "Ctrl+E"
    window.edit_action.trigger()
    assert seen, "the edit dialog did not open"
    wait_writer(qtbot, window)


def _search(qtbot, window, text: str) -> list[int]:
    window.search_field.setText(text)
    window.run_search()
    qtbot.waitUntil(lambda: not window.search.busy(), timeout=SEARCH_TIMEOUT)
    return window.model.ids()


def test_the_dialog_has_details_text_and_photos_and_sends_only_what_changed(window):
    clipping = window.service.get(window.current_id())
    dialog = EditDialog(clipping, window, window.reader.photo_thumbnails())
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == ["Details", "Text", "Photos (2)"]
    assert dialog.body.toPlainText() == "\n\n".join(b.text for b in BODY)
    # Captions are library text: shown as written, never as markup.
    assert dialog.photo_fields[1].caption.toPlainText() == "<b>참가자</b> 기념 촬영"
    assert not dialog.has_changes()
    assert dialog.changed_body_text() is None and dialog.changed_photos() == {}

    dialog.photo_fields[1].credit.setText("연합뉴스 자료사진")
    assert dialog.changed_photos() == {1: {"credit": "연합뉴스 자료사진"}}
    assert dialog.changed_fields() == {} and dialog.changed_body_text() is None
    dialog.edits["title"].setText("경기도, 새싹기업 지원")
    assert dialog.changed_fields() == {"title": "경기도, 새싹기업 지원"}
    dialog.body.setPlainText(dialog.body.toPlainText().replace("협의체", "연합체"))
    assert "연합체" in dialog.changed_body_text()
    dialog.deleteLater()


def test_an_empty_text_or_a_bad_date_keeps_the_dialog_open(window):
    clipping = window.service.get(window.current_id())
    dialog = EditDialog(clipping, window)
    dialog.body.setPlainText("  \n ")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "cannot be empty" in dialog.error.text()
    assert dialog.tabs.currentWidget() is dialog.text_tab
    dialog.body.setPlainText("고친 본문")
    dialog.edits["published"].setText("31/05/2024")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.tabs.currentWidget() is dialog.details_tab
    dialog.edits["published"].setText("2024-05-31")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    dialog.deleteLater()


def test_correcting_text_and_captions_then_undo_restores_them_exactly(window, qtbot):
    cid = window.current_id()
    svc = window.service
    before = svc.get(cid)
    old_body = [(b.kind, b.text) for b in before.body]
    old_photos = [(p.caption, p.credit) for p in before.photos]

    def change(dialog):
        text = dialog.body.toPlainText().replace("협의체", "연합체")
        dialog.body.setPlainText(text + "\n\n행사는 오후 늦게 끝났다.")
        dialog.photo_fields[0].caption.setPlainText("판교 연합체 출범식")
        dialog.photo_fields[1].credit.setText("연합뉴스 자료사진")
        dialog.edits["byline"].setText("홍길동 기자")

    _correct_in_dialog(window, qtbot, change)
    after = svc.get(cid)
    assert [(b.kind, b.text) for b in after.body] == [
        ("paragraph", "경기도는 판교에서 새싹기업 연합체를 출범시켰다고 밝혔다."),
        ("subheading", "행사 개요"),  # a subheading stays one
        ("paragraph", "참가 기업들은 해외 진출 계획을 소개했다."),
        ("paragraph", "행사는 오후 늦게 끝났다.")]
    assert [(p.caption, p.credit) for p in after.photos] == [
        ("판교 연합체 출범식", "경기도 제공"), ("<b>참가자</b> 기념 촬영", "연합뉴스 자료사진")]
    assert after.byline == "홍길동 기자"
    shown = window.reader.toPlainText()
    assert "연합체를 출범" in shown and "판교 연합체 출범식" in shown
    # One journal step for the whole correction, named in the Edit menu.
    assert window.undo_stack.undoText() == "correct clipping"
    assert len(svc.undo_history()) == 1

    # Back in the main window (as a window manager does when a dialog closes): Ctrl+Z.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    qtbot.keyClick(window.list_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_writer(qtbot, window)
    restored = svc.get(cid)
    assert [(b.kind, b.text) for b in restored.body] == old_body
    assert [(p.caption, p.credit) for p in restored.photos] == old_photos
    assert restored.byline == before.byline
    assert "협의체를 출범" in window.reader.toPlainText()

    window.undo_stack.redo()
    wait_writer(qtbot, window)
    assert svc.get(cid).photos[0].caption == "판교 연합체 출범식"


def test_nothing_changed_sends_nothing(window, qtbot):
    _correct_in_dialog(window, qtbot, lambda dialog: None)
    assert window.service.undo_history() == []


def test_corrected_words_are_found_by_search_and_after_reindex(window, qtbot, run_cli,
                                                                run_cli_json):
    cid = window.current_id()

    def change(dialog):
        dialog.body.setPlainText(dialog.body.toPlainText().replace("협의체", "혁신연합회"))
        dialog.photo_fields[0].caption.setPlainText("판교 드론 시연회")

    _correct_in_dialog(window, qtbot, change)
    assert _search(qtbot, window, "혁신연합회") == [cid]
    assert _search(qtbot, window, "caption:드론") == [cid]
    assert _search(qtbot, window, "협의체") == []  # the old word is gone from the index

    status, _out, err = run_cli("reindex")
    assert status == 0, err
    assert [hit["id"] for hit in run_cli_json("search", "혁신연합회")] == [cid]
    assert [hit["id"] for hit in run_cli_json("search", "caption:드론")] == [cid]


def test_an_address_is_checked_as_the_cli_checks_it(window, qtbot):
    cid = window.current_id()
    _correct_in_dialog(window, qtbot,
                       lambda dialog: dialog.edits["url"].setText("javascript:alert(1)"))
    assert "not a web address" in window.failure_box.text()
    assert window.service.get(cid).url is None
    window.failure_box.close()
    _correct_in_dialog(window, qtbot,
                       lambda dialog: dialog.edits["url"].setText("www.yna.co.kr/view/AKR1"))
    assert window.service.get(cid).url == "https://www.yna.co.kr/view/AKR1"
