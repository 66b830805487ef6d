"""Exporting the list in view as a PDF report, from the window, in the background."""

from __future__ import annotations

import threading

import pytest

from clipper.domain import ArticleDraft, Block
from clipper.services import LibraryService
from tests.gui_support import open_window, wait_writer


@pytest.fixture
def window(qtbot, library_path, tmp_path):
    with LibraryService(library_path) as svc:
        ids = [svc.library.add(ArticleDraft(
            title=f"기사 {i}", outlet="연합뉴스", body=[Block("paragraph", f"본문 {i} 입니다.")]))[0]
            for i in range(3)]
        svc.create_theme("청년 정책", colour="#e91e63")
        svc.assign_theme("청년 정책", ids[:2])
    win = open_window(qtbot, library_path, tmp_path / "s.ini")
    wait_writer(qtbot, win)
    return win


def test_exporting_a_theme_writes_a_pdf_of_its_clippings(window, qtbot, tmp_path):
    window.sidebar.select_entry("theme", "청년 정책")
    export = window.export_selection()
    assert export.kind == "theme" and sorted(export.ids) == sorted(window.model.ids())
    target = tmp_path / "report.pdf"
    with qtbot.waitSignal(window.export_finished, timeout=60000) as blocker:
        window.export_pdf(export, target, {"title": "청년 정책", "language": "ko"})
    result = blocker.args[0]
    assert result.clippings == 2 and result.pages >= 1
    assert target.read_bytes()[:5] == b"%PDF-"


def test_several_selected_rows_export_just_those(window):
    window.select_row(0)
    assert window.export_selection().kind != "ids" or len(window.export_selection().ids) == 3
    window.list_view.selectAll()
    export = window.export_selection()
    assert export.kind == "ids" and len(export.ids) == 3


def test_cancelling_an_export(window, qtbot, tmp_path):
    gate = threading.Event()
    window.writer.submit("hold", lambda svc, p, c: gate.wait(10))
    target = tmp_path / "never.pdf"
    task = window.export_pdf(window.export_selection(), target, {})
    task.cancel()
    with qtbot.waitSignal(window.export_finished, timeout=60000) as blocker:
        gate.set()
    assert blocker.args[0] is None
    assert not target.exists()


def test_exporting_the_list_in_view_as_csv_and_bundle(window, qtbot, tmp_path):
    import csv
    import zipfile

    window.sidebar.select_entry("theme", "청년 정책")
    export = window.export_selection()
    with qtbot.waitSignal(window.data_export_finished, timeout=60000) as blocker:
        window.export_data("csv", export, tmp_path / "out.csv")
    assert blocker.args[0] == (tmp_path / "out.csv", 2)
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert sorted(r["title"] for r in rows) == ["기사 0", "기사 1"]

    with qtbot.waitSignal(window.data_export_finished, timeout=60000) as blocker:
        window.export_data("bundle", export, tmp_path / "out.zip")
    assert blocker.args[0] == (tmp_path / "out.zip", 2)
    assert zipfile.ZipFile(tmp_path / "out.zip").testzip() is None
    # The bundle goes into another library with its theme.
    with LibraryService(tmp_path / "other") as other:
        outcomes = other.import_bundle(tmp_path / "out.zip")
        assert [o.status for o in outcomes] == ["imported", "imported"]
        assert [(n, c) for n, _col, c in other.browse_themes()] == [("청년 정책", 2)]


def test_cancelling_a_bundle_export_leaves_no_file(window, qtbot, tmp_path):
    gate = threading.Event()
    window.writer.submit("hold", lambda svc, p, c: gate.wait(10))
    target = tmp_path / "never.zip"
    task = window.export_data("bundle", window.export_selection(), target)
    task.cancel()
    with qtbot.waitSignal(window.data_export_finished, timeout=60000) as blocker:
        gate.set()
    assert blocker.args[0] is None
    assert not target.exists()


def test_a_written_report_can_be_opened_from_the_window(window, qtbot, tmp_path):
    from PySide6.QtCore import QObject, QUrl, Slot
    from PySide6.QtGui import QDesktopServices

    class Opened(QObject):
        def __init__(self):
            super().__init__()
            self.urls: list[QUrl] = []

        @Slot(QUrl)
        def open(self, url: QUrl) -> None:
            self.urls.append(url)

    opened = Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")  # instead of a PDF viewer
    try:
        assert not window.open_report_action.isEnabled()
        target = tmp_path / "보고서.pdf"
        with qtbot.waitSignal(window.export_finished, timeout=60000):
            window.export_pdf(window.export_selection(), target, {})
        box = window.report_box
        assert box.isVisible() and str(target) in box.text()
        buttons = {b.text().replace("&", ""): b for b in box.buttons()}
        buttons["Open Report"].click()
        assert [u.toLocalFile() for u in opened.urls] == [str(target)]
        assert window.open_report_action.isEnabled()
        window.open_report_action.trigger()
        assert len(opened.urls) == 2
    finally:
        QDesktopServices.unsetUrlHandler("file")


def test_the_default_file_name_comes_from_the_set_and_the_date(window, tmp_path):
    import datetime as dt

    from clipper.gui.actions import exporting

    window.sidebar.select_entry("theme", "청년 정책")
    today = dt.date.today().isoformat()
    path = exporting.default_path(window, window.export_selection(), ".pdf")
    assert path.name == f"청년 정책 {today}.pdf"
    window.sidebar.select_entry("all")
    everything = exporting.default_path(window, window.export_selection(), ".csv")
    assert everything.name == f"clippings {today}.csv"
    exporting.remember_folder(window, tmp_path / "reports" / "x.pdf")
    (tmp_path / "reports").mkdir()
    assert exporting.default_path(window, window.export_selection(), ".zip").parent == \
        tmp_path / "reports"


def test_unsafe_characters_leave_the_file_name():
    import datetime as dt

    from clipper.export.names import suggested_file_name
    from clipper.export.selection import ExportSet

    day = dt.date(2026, 12, 2)
    assert suggested_file_name(ExportSet([], "query", 'title:"경기도" / 청년?'), ".pdf",
                               "clippings", day) == "title 경기도 청년 2026-12-02.pdf"
    assert suggested_file_name(ExportSet([], "ids", ""), ".csv", "스크랩", day) == \
        "스크랩 2026-12-02.csv"
    assert suggested_file_name(ExportSet([], "tag", "../.."), ".zip", "clippings", day) == \
        "clippings 2026-12-02.zip"


def test_prepared_by_and_choices_are_remembered(window):
    from clipper.gui.actions import exporting

    export = window.export_selection()
    first = exporting.report_dialog(window, export)
    assert first.prepared_by.text() == ""
    first.prepared_by.setText("홍보기획관실 김민지")
    first.paper.setCurrentText("Letter")
    first.order.setCurrentIndex(first.order.findData("outlet"))
    exporting.remember_report_options(window, first.options())
    again = exporting.report_dialog(window, export)
    assert again.prepared_by.text() == "홍보기획관실 김민지"
    assert again.options()["paper"] == "Letter" and again.options()["order"] == "outlet"
