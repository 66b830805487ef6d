"""The Inbox's triage: why each clipping is there (Status column), each theme's "to
review" count in the sidebar, accept and reject from the keyboard going on to the next
clipping, and the status message after a theme's rule ran."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from clipper.domain import ArticleDraft, Block
from clipper.gui.actions import organising
from clipper.gui.models.clipping_list import PAGE_SIZE, STATUS
from clipper.gui.views.sidebar import ENTRY_ROLE
from clipper.services import LibraryService
from tests.gui_support import open_window, wait_writer

ARTICLES = [  # (title, date, body); the newest first in the list
    ("Seoul bike lanes open", "2024-05-05", "Seoul opened four bike lanes on Monday."),
    ("Bike sharing grows", "2024-05-04", "Bike sharing in Busan grew by a third."),
    ("하천 정화 주민 200명", "2024-05-03", "주민 200명이 하천 정화에 나섰다."),
    ("Harbor wind farm hearing", "2024-05-02", "The harbor town will hold a hearing."),
    ("경기도 청년 기본소득", "2024-05-01", "경기도는 청년 기본소득을 늘린다."),
]


@pytest.fixture
def window(qtbot, library_path, tmp_path):
    with LibraryService(library_path) as svc:
        ids = [svc.library.add(ArticleDraft(title=t, published=_date(d),
                                            body=[Block("paragraph", b)]))[0]
               for t, d, b in ARTICLES]
        svc.add_tags([ids[4]], ["filed"])  # out of the Inbox
        svc.update_index()
        svc.create_theme("Cycling", rule="bike")  # suggests the two bike stories
    win = open_window(qtbot, library_path, tmp_path / "s.ini")
    win.show()
    wait_writer(qtbot, win, 60000)
    return win


def _date(text: str):
    import datetime as dt

    return dt.date.fromisoformat(text)


def _status(window, row: int) -> str:
    return window.model.index(row, STATUS).data()


def _title(window, row: int) -> str:
    return window.service.get(window.model.id_at(row)).title


def _theme_text(window, name: str) -> str:
    item = next(i for i in window.sidebar._items() if i.data(0, ENTRY_ROLE) == ("theme", name))
    return item.text(0)


def test_the_inbox_says_why_each_clipping_is_there(window, qtmodeltester):
    assert window.list_view.isColumnHidden(STATUS)  # All clippings: nothing to say
    assert window.sidebar.select_entry("inbox")
    assert not window.list_view.isColumnHidden(STATUS)
    assert window.model.headerData(STATUS, Qt.Orientation.Horizontal) == "Status"
    shown = {_title(window, r): _status(window, r) for r in range(window.model.rowCount())}
    assert shown == {
        "Seoul bike lanes open": "Suggested: Cycling",
        "Bike sharing grows": "Suggested: Cycling",
        "하천 정화 주민 200명": "Untagged",
        "Harbor wind farm hearing": "Untagged",
    }
    qtmodeltester.check(window.model)
    assert window.sidebar.select_entry("all")
    assert window.list_view.isColumnHidden(STATUS)
    assert _status(window, 0) == ""


def test_a_theme_shows_how_many_suggestions_wait_and_follows_changes(window, qtbot):
    assert _theme_text(window, "Cycling") == "Cycling  (0 · 2 to review)"
    window.sidebar.select_entry("inbox")
    window.select_row(0)
    window.accept_action.trigger()
    wait_writer(qtbot, window)
    assert _theme_text(window, "Cycling") == "Cycling  (1 · 1 to review)"
    window.select_row(0)
    window.accept_action.trigger()
    wait_writer(qtbot, window)
    assert _theme_text(window, "Cycling") == "Cycling  (2)"  # nothing left to review


def test_keyboard_reject_goes_on_to_the_next_clipping(window, qtbot):
    assert window.reject_action.shortcut() == QKeySequence("Ctrl+Backspace")
    window.sidebar.select_entry("inbox")
    window.select_row(0)
    rejected = window.current_id()
    assert _title(window, 0) == "Seoul bike lanes open"
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
    wait_writer(qtbot, window)
    assert window.service.theme_states("Cycling")[rejected] == "rejected"
    # Filed nowhere, it stays in the Inbox as untagged; the selection went on.
    row = window.model.row_of(rejected)
    assert row == 0 and _status(window, row) == "Untagged"
    assert window.current_id() == window.model.id_at(1)
    assert window.selected_ids() == [window.current_id()]
    assert window.reader.clipping.id == window.current_id()
    assert window.reader.clipping.title == "Bike sharing grows"
    # Ctrl+Return accepts this one: it leaves the Inbox, the next row takes its place.
    qtbot.keyClick(window.list_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_writer(qtbot, window)
    assert window.service.theme_members("Cycling") == [
        next(c for c in window.service.clipping_ids()
             if window.service.get(c).title == "Bike sharing grows")]
    assert window.reader.clipping.title == "하천 정화 주민 200명"
    assert window.reader.clipping.id == window.current_id()
    # Undo brings the suggestion back (one journal step), and the count with it.
    qtbot.keyClick(window.list_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_writer(qtbot, window)
    assert _theme_text(window, "Cycling") == "Cycling  (0 · 1 to review)"


def test_no_two_actions_share_a_shortcut(window):
    from PySide6.QtGui import QAction

    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen, f"{text}: {seen[text]} and {action.text()}"
            seen[text] = action.text()
    assert "Ctrl+Backspace" in seen and "Ctrl+Return" in seen


def test_editing_a_theme_rule_says_how_many_it_suggests(window, qtbot):
    organising.edit_theme(window, "Cycling", {"rule": "hearing OR 하천"})
    wait_writer(qtbot, window)
    assert window.statusBar().currentMessage() == "Rule suggests 2 clippings: see the Inbox."
    assert _theme_text(window, "Cycling") == "Cycling  (0 · 2 to review)"
    window.create_theme("Nothing", None, [], rule="kimchi")
    wait_writer(qtbot, window)
    assert window.statusBar().currentMessage() == "The rule suggests no clippings to review."
    window.create_theme("Harbour", None, [], rule="harbor")
    wait_writer(qtbot, window)
    assert window.statusBar().currentMessage() == "Rule suggests 1 clipping: see the Inbox."
    window.sidebar.select_entry("inbox")
    row = next(r for r in range(window.model.rowCount())
               if _title(window, r) == "Harbor wind farm hearing")
    assert _status(window, row) == "Suggested: Cycling, Harbour"


def test_the_inbox_reasons_are_read_a_page_at_a_time(qtbot, library_path, tmp_path):
    with LibraryService(library_path) as svc:
        for i in range(PAGE_SIZE * 3):
            svc.library.add(ArticleDraft(title=f"기사 {i}", body=[Block("paragraph",
                                                                        f"본문 {i}번")]))
    window = open_window(qtbot, library_path, tmp_path / "s.ini")
    window.show()
    wait_writer(qtbot, window, 60000)
    calls: list[int] = []
    service = window.service
    reasons = service.inbox_reasons
    # Counting calls on the real service (no stand-in): one per page shown.
    service.inbox_reasons = lambda ids: calls.append(len(ids)) or reasons(ids)
    window.sidebar.select_entry("inbox")
    qtbot.wait(50)
    assert window.model.rowCount() == PAGE_SIZE * 3
    assert calls and all(n <= PAGE_SIZE for n in calls) and len(calls) <= 2
    window.list_view.scrollToBottom()
    qtbot.wait(50)
    last = window.model.rowCount() - 1
    assert _status(window, last) == "Untagged"
    assert window.model.loaded_pages() <= 3


def test_in_a_small_window_the_title_keeps_its_room(window, qtbot):
    window.resize(1024, 700)
    qtbot.wait(50)
    view = window.list_view
    window.sidebar.select_entry("inbox")
    width = view.viewport().width()
    assert view.columnWidth(0) >= 0.3 * width  # Tags and Themes gave way first
    assert view.columnWidth(STATUS) >= 100
    window.resize(1600, 1000)
    qtbot.wait(50)
    assert view.columnWidth(STATUS) == 150  # back to its width when there is room


def test_new_theme_dialog_takes_every_field_and_runs_its_rule(window, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from clipper.gui.views.theme_dialog import ThemeDialog

    window.sidebar.select_entry("all")
    window.select_row(2)  # 하천 정화: goes into the new theme by hand
    picked = window.selected_ids()
    seen = {}

    def fill():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ThemeDialog):
            QTimer.singleShot(20, fill)
            return
        seen["title"] = dialog.windowTitle()
        dialog.name.setText("Waterfront")
        dialog.description.setPlainText("Harbour and river stories")
        dialog.date_from.setText("2024-05-01")
        dialog.rule.setText("harbor")
        dialog.accept()

    QTimer.singleShot(0, fill)
    organising.new_theme_dialog(window)
    wait_writer(qtbot, window)
    assert seen["title"] == "New theme"
    theme = window.service.get_theme("Waterfront")
    assert (theme.description, str(theme.date_from), theme.rule) == (
        "Harbour and river stories", "2024-05-01", "harbor")
    assert window.service.browse_ids("theme", "Waterfront") == picked
    assert window.statusBar().currentMessage() == "Rule suggests 1 clipping: see the Inbox."
