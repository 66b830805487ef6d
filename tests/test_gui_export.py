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
