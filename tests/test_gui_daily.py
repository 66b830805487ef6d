"""File > Daily Clipping Report in the app: the dialog, presets (undoable), the files
written on the writer thread, an empty day, Cancel."""

from __future__ import annotations

import threading

import pytest

from clipper.gui import plain
from clipper.gui.actions import daily
from clipper.services import LibraryService
from tests.desk_fixtures import DAY, coverage_day
from tests.gui_support import open_window, wait_writer


@pytest.fixture
def window(qtbot, library_path, tmp_path):
    with LibraryService(library_path) as svc:
        coverage_day(svc)
    win = open_window(qtbot, library_path, tmp_path / "s.ini")
    wait_writer(qtbot, win)
    return win


def _finish(qtbot, window, task) -> None:
    """Wait for a writer job and its callbacks (generously: the writer may first finish
    the window's own background work on a busy machine)."""
    qtbot.waitUntil(lambda: task.done, timeout=180000)
    wait_writer(qtbot, window, 180000)


@pytest.fixture
def warnings(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(plain, "warn", lambda _parent, _title, text: said.append(text))
    return said


def test_the_action_is_in_the_file_menu(window):
    assert window.daily_action in window.menuBar().actions()[0].menu().actions()


def test_dialog_layout_round_trip_and_presets_are_undoable(window, qtbot, monkeypatch):
    dialog = daily.daily_dialog(window, DAY)
    assert dialog.day_chosen() == DAY and dialog.formats_chosen() == ["pdf"]
    dialog.office.setText("경기도 대변인실")
    dialog.sections.setPlainText("비판·오보=tone:negative\n시군=theme:시군")
    dialog.columns["byline"].setChecked(True)
    dialog.one_per_page.setChecked(True)
    layout = dialog.layout_chosen()
    assert [s.name for s in layout.sections] == ["비판·오보", "시군"]
    assert layout.columns == ["number", "section", "title", "outlet", "page", "tone", "byline"]
    monkeypatch.setattr(plain, "get_text", lambda *a, **k: ("아침 보고", True))
    task = daily.save_preset(window, dialog)
    _finish(qtbot, window, task)
    wait_writer(qtbot, window)
    assert window.service.daily_layout("아침 보고") == layout
    assert dialog.preset.currentData() == "아침 보고"
    # A fresh dialog shows the preset's layout when it is chosen.
    other = daily.daily_dialog(window, DAY)
    other.preset.setCurrentIndex(other.preset.findData("아침 보고"))
    assert other.layout_chosen() == layout
    assert window.undo_action.text().endswith("save report preset 아침 보고")
    window.undo_action.trigger()
    wait_writer(qtbot, window)
    assert window.service.report_presets() == []


def test_a_section_the_dialog_cannot_read_is_named(window, warnings):
    dialog = daily.daily_dialog(window, DAY)
    dialog.sections.setPlainText("시군")
    dialog.accept()
    assert dialog.result() == 0 and "needs rules after '='" in warnings[0]


def test_writing_the_report_in_three_formats(window, qtbot, tmp_path):
    dialog = daily.daily_dialog(window, DAY)
    dialog.sections.setPlainText("비판·오보=tone:negative")
    paths = [tmp_path / "조간.pdf", tmp_path / "조간.docx", tmp_path / "조간.hwpx"]
    task = daily.write_daily(window, DAY, paths, dialog.layout_chosen())
    _finish(qtbot, window, task)
    assert [r.format for r in window.daily_result] == ["pdf", "docx", "hwpx"]
    assert all(p.exists() and p.stat().st_size > 1000 for p in paths)
    assert window.last_report == paths[0]
    window.report_box.close()


def test_an_empty_day_says_so_and_writes_nothing(window, qtbot, tmp_path, warnings):
    import datetime as dt

    target = tmp_path / "none.pdf"
    task = daily.write_daily(window, dt.date(2024, 5, 11), [target],
                             daily.daily_dialog(window).layout_chosen())
    _finish(qtbot, window, task)
    assert warnings == ["No clippings for 2024-05-11 (조간): nothing was written."]
    assert not target.exists() and window.daily_result is None


def test_cancelling_leaves_no_file(window, qtbot, tmp_path):
    gate = threading.Event()
    window.writer.submit("hold", lambda svc, p, c: gate.wait(10))
    target = tmp_path / "never.hwpx"
    task = daily.write_daily(window, DAY, [target], daily.daily_dialog(window).layout_chosen())
    task.cancel()
    gate.set()
    wait_writer(qtbot, window, 60000)
    assert not target.exists()
    assert not list(tmp_path.glob(".report-*"))
