"""Press releases in the window (issue 18): the sidebar's Releases, the releases pane
with a release's pickups, the side-by-side view and its keys, the reader's line for a
clipping drawing on two releases, the pickup report with CSV and copy, photo credits,
release import with a bad file, and delete undone with Ctrl+Z. A real library: the
articles and releases are files imported through the service."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QFileDialog

from clipper.gui import plain
from clipper.gui.models.pickup_tables import ROW_ROLE
from clipper.gui.views.release_view import ReleaseView
from clipper.services import LibraryService
from tests.gui_support import answer_modal, open_window, wait_writer
from tests.release_fixtures import DAY, build_week


@pytest.fixture
def ids(library_path, tmp_path):
    with LibraryService(library_path) as svc:
        return build_week(svc, tmp_path / "files")


@pytest.fixture
def window(qtbot, library_path, tmp_path, ids):
    win = open_window(qtbot, library_path, tmp_path / "s.ini")
    win.show()
    wait_writer(qtbot, win, 60000)
    return win


def _entries(window) -> dict[tuple[str, str], str]:
    from clipper.gui.views.sidebar import ENTRY_ROLE

    return {tuple(item.data(0, ENTRY_ROLE)): item.text(0)
            for item in window.sidebar._items() if item.data(0, ENTRY_ROLE)}


def _pane(window) -> ReleaseView:
    view = window.releases.view
    assert view is not None and view.isVisible() and not window.list_splitter.isVisible()
    return view


def _pickup_outlets(view: ReleaseView) -> list[str]:
    model = view.pickup_rows
    return [model.index(r, 0).data(ROW_ROLE).outlet for r in range(model.rowCount())]


def test_sidebar_lists_the_releases_with_their_pickups(window, ids):
    entries = _entries(window)
    assert entries[("releases", "")] == "Releases  (3)"
    assert entries[("release", str(ids["youth"]))] == "12-07 청년 기본소득 내년부터 15만 명으로 확대  (3)"
    assert entries[("release", str(ids["chips"]))].endswith("(1)")
    assert entries[("release", str(ids["buses"]))].endswith("(0)")


def test_a_release_shows_its_pickups_and_back_to_the_list(window, ids, qtbot):
    window.sidebar.select_entry("release", str(ids["youth"]))
    view = _pane(window)
    assert view.current_release_id() == ids["youth"]
    assert view.text.release.title == "청년 기본소득 내년부터 15만 명으로 확대"
    text = view.text.toPlainText()
    assert "청년정책과" in text and "2026-12-07" in text and "1천500억 원" in text
    assert sorted(_pickup_outlets(view)) == ["경기일보", "뉴스1", "연합뉴스"]  # not 한겨레
    kinds = {view.pickup_rows.index(r, 0).data(ROW_ROLE).outlet:
             view.pickup_rows.index(r, 5).data() for r in range(3)}
    assert kinds["연합뉴스"] == "near-verbatim"
    assert kinds["경기일보"] != "near-verbatim"
    assert "3 pickups · 3 outlets" in view.summary.text()
    assert "First pickup" in view.summary.text()
    # Sorting by share puts the near-verbatim copy on top (descending).
    view.pickups.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    assert _pickup_outlets(view)[0] == "연합뉴스"
    # The pane takes the place of the list and reader beside the sidebar, at their width.
    width = window.sidebar.width()
    assert view.isVisible() and view.width() > 300 and window.sidebar.width() == width
    # Back to the clippings: the pane gives way to the list and reader.
    window.sidebar.select_entry("all")
    assert not view.isVisible() and window.list_splitter.isVisible()
    assert window.list_splitter.width() > 300
    # Into the cutting view and back to the releases: each shows at full width.
    window.cutting.open()
    window.sidebar.select_entry("releases")
    assert view.isVisible() and view.width() > 300


def test_a_release_nobody_picked_up(window, ids):
    window.sidebar.select_entry("release", str(ids["buses"]))
    view = _pane(window)
    assert _pickup_outlets(view) == []
    assert view.summary.text() == "No outlet has picked this release up yet."


def test_filter_uses_the_release_search(window, ids, qtbot):
    window.sidebar.select_entry("releases")
    view = _pane(window)
    assert view.release_rows.rowCount() == 3
    view.filter.setText("반도체")
    qtbot.waitUntil(lambda: view.release_rows.rowCount() == 1, timeout=3000)
    assert view.current_release_id() in (None, ids["chips"])
    view.filter.setText("")
    qtbot.waitUntil(lambda: view.release_rows.rowCount() == 3, timeout=3000)
    # Sorting moves the rows, not the choice: the selected release stays selected.
    view.select_release(ids["buses"])
    for column in (3, 0, 1):
        view.releases.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        assert view.current_release_id() == ids["buses"]
    view.releases.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # pickups
    assert view.release_rows.index(0, 0).data(ROW_ROLE).id == ids["youth"]


def test_side_by_side_view_and_its_keys(window, ids, qtbot):
    window.sidebar.select_entry("release", str(ids["youth"]))
    view = _pane(window)
    row = next(r for r in range(3) if view.pickup_rows.index(r, 0).data(ROW_ROLE).outlet
               == "경기일보")
    view.pickups.doubleClicked.emit(view.pickup_rows.index(row, 0))
    dialog = window.releases.diff
    assert dialog is not None and dialog.isVisible()
    diff = dialog.view
    kinds = [p.kind for p in diff.rows]
    assert "added" in kinds and "left-out" in kinds  # the comment; the last paragraph
    added = next(p for p in diff.rows if p.kind == "added")
    assert "재원 대책" in added.clipping_text
    assert "경기일보" in dialog.facts.text()
    qtbot.waitUntil(diff.hasFocus, timeout=3000)
    qtbot.keyClick(diff, Qt.Key.Key_Down)
    first = diff.current_passage()
    assert first is not None and first.kind != "same"
    assert dialog.position.text() == f"Difference 1 of {len(diff.marked)}"
    for _ in diff.marked:
        qtbot.keyClick(diff, Qt.Key.Key_N)
    assert diff.current == len(diff.marked) - 1  # stops at the last
    qtbot.keyClick(diff, Qt.Key.Key_P)
    assert diff.current == len(diff.marked) - 2
    qtbot.keyClick(diff, Qt.Key.Key_Up)
    assert diff.current == max(0, len(diff.marked) - 3)
    qtbot.keyClick(diff, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_reader_names_both_releases_an_article_draws_on(window, ids, qtbot):
    window.show_clipping(ids["뉴스1"])
    text = window.reader.toPlainText()
    assert "Release 〈청년 기본소득 내년부터 15만 명으로 확대〉 quoted" in text
    assert "Release 〈반도체 클러스터 용수 2030년까지 공급〉 quoted" in text
    window.show_clipping(ids["한겨레"])
    assert "quoted" not in window.reader.toPlainText()
    # The line is a link to the side-by-side view of that release and this article.
    window.show_clipping(ids["뉴스1"])
    window.reader._open_link(QUrl(f"clipper-pickup:{ids['chips']}:{ids['뉴스1']}"))
    dialog = window.releases.diff
    assert dialog.isVisible()
    assert dialog.heading.text().startswith("반도체 클러스터 용수")
    assert any(p.kind == "left-out" for p in dialog.view.rows)  # CHIPS[2] left out
    dialog.reject()


def test_pickup_report_exports_csv_and_copies(window, ids, qtbot, tmp_path, monkeypatch):
    window.releases.report_action.trigger()
    report = window.releases.report
    assert report.isVisible()
    report.set_period(DAY, DAY)
    model = report.model
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert len(titles) == 4 and titles[-1] == "Total (3 releases)"
    report.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # outlets
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert titles[0] == "청년 기본소득 내년부터 15만 명으로 확대"
    assert titles[-1].startswith("Total")  # the totals stay last
    target = tmp_path / "pickup.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "CSV (*.csv)")))
    report.export_button.click()
    wait_writer(qtbot, window)
    with open(target, encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert any("청년 기본소득 내년부터 15만 명으로 확대" in row for row in rows)
    assert any("광역버스 환승 할인 확대" in row for row in rows)
    assert window.csv_result[0] == target
    report.copy_button.click()
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0].startswith("Release\tDate\tOutlets\tPickups")
    assert len(copied) == 5
    # Double-click a release's row: the releases pane shows it.
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data(ROW_ROLE).release_id == ids["chips"])
    report.table.doubleClicked.emit(model.index(row, 1))
    assert _pane(window).current_release_id() == ids["chips"]


def test_photo_credits_dialog_is_undoable(window, qtbot):
    before = window.service.photo_credits()

    def answer(dialog):
        dialog.editor.setPlainText("경기도 제공\n\nⓒ경기도\n경기도 제공\nGyeonggi Province via AP")
        dialog.accept()

    answer_modal(answer)
    window.releases.credits_action.trigger()
    wait_writer(qtbot, window)
    assert window.service.photo_credits() == ["경기도 제공", "ⓒ경기도",
                                              "Gyeonggi Province via AP"]
    window.undo_action.trigger()
    wait_writer(qtbot, window)
    assert window.service.photo_credits() == before


def test_delete_release_and_undo(window, ids, qtbot, monkeypatch):
    monkeypatch.setattr(plain, "ask", lambda *a, **k: True)
    window.sidebar.select_entry("release", str(ids["chips"]))
    _pane(window)
    window.releases.delete_action.trigger()
    wait_writer(qtbot, window)
    assert ("release", str(ids["chips"])) not in _entries(window)
    assert window.service.releases_of(ids["뉴스1"])[0].release_id == ids["youth"]
    window.undo_action.trigger()
    wait_writer(qtbot, window)
    assert ("release", str(ids["chips"])) in _entries(window)
    assert {p.release_id for p in window.service.releases_of(ids["뉴스1"])} == {
        ids["youth"], ids["chips"]}


def test_import_releases_names_the_file_it_cannot_read(window, qtbot, tmp_path, monkeypatch):
    good = tmp_path / "new.txt"
    good.write_text("보도자료\n경기도 미세먼지 저감 대책 발표\n보도일시: 2026. 12. 8.(화)\n"
                    "담당부서: 기후환경정책과\n\n경기도는 8일 겨울철 미세먼지 저감 대책을 "
                    "발표했다.\n\n도는 노후 경유차 운행 제한을 확대한다.\n", encoding="utf-8")
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"this is not a zip file")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(good), str(bad)], "")))
    window.releases.import_action.trigger()
    qtbot.waitUntil(lambda: window.releases.summary_dialog is not None, timeout=30000)
    summary = window.releases.summary_dialog
    statuses = {o.item.rsplit("/", 1)[-1]: o.status for o in summary.outcomes}
    assert statuses == {"new.txt": "imported", "broken.docx": "failed"}
    failed = next(o for o in summary.outcomes if o.status == "failed")
    assert failed.reason and "Traceback" not in failed.reason
    wait_writer(qtbot, window)
    view = _pane(window)
    assert view.text.release.title == "경기도 미세먼지 저감 대책 발표"
    assert "Releases  (4)" in _entries(window).values()


def test_menus_hold_the_new_actions(window):
    texts = [a.text() for a in window.menuBar().actions()]
    assert "&Reports" in texts and "&Settings" in texts
    file_menu = window.menuBar().actions()[0].menu()
    assert window.releases.import_action in file_menu.actions()
    assert window.releases.report_action.shortcut().toString() == "Ctrl+Shift+R"


def test_a_release_picked_up_by_300_outlets(qtbot, library_path, tmp_path, qtmodeltester):
    """The pane, the sidebar, the report and the daily section with 300 pickups."""
    from clipper.domain import ArticleDraft, Block
    from clipper.export.daily import DailyLayout
    from tests.release_fixtures import YOUTH

    with LibraryService(library_path) as svc:
        ids = build_week(svc, tmp_path / "files")
        for n in range(300):
            svc.library.add(ArticleDraft(
                title=f"청년 기본소득 확대 ({n})", outlet=f"지역신문{n:03d}", published=DAY,
                body=[Block("paragraph", p) for p in YOUTH]
                + [Block("paragraph", f"지역신문{n:03d} 취재팀이 {n + 1}번째로 전했다.")]))
        assert svc.rematch() >= 303
        section = svc.daily_report(DAY, DailyLayout()).pickups
        youth = next(line for line in section.lines if line.release_id == ids["youth"])
        assert len(youth.outlets) == 303
        assert youth.cells()[2].endswith(" 외 288곳")
        svc.write_daily(DAY, tmp_path / "r.pdf", layout=DailyLayout())  # lays out
    window = open_window(qtbot, library_path, tmp_path / "s.ini")
    window.show()
    wait_writer(qtbot, window, 60000)
    assert _entries(window)[("release", str(ids["youth"]))].endswith("(303)")
    window.sidebar.select_entry("release", str(ids["youth"]))
    view = _pane(window)
    assert view.pickup_rows.rowCount() == 303
    qtmodeltester.check(view.pickup_rows)
    qtmodeltester.check(view.release_rows)
    assert "303 pickups · 303 outlets" in view.summary.text()
    view.pickups.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _pickup_outlets(view)[:2] == ["경기일보", "뉴스1"]


def test_files_dropped_on_releases_are_imported_as_releases(window, qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDropEvent

    from clipper.gui.views.sidebar import ENTRY_ROLE

    path = tmp_path / "drop.txt"
    path.write_text("보도자료\n도청 주차장 주말 개방\n보도일시: 2026. 12. 9.(수)\n\n"
                    "경기도는 주말마다 도청 주차장을 주민에게 개방한다고 9일 밝혔다.\n",
                    encoding="utf-8")
    heading = next(item for item in window.sidebar._items()
                   if item.data(0, ENTRY_ROLE) == ("releases", ""))
    point = QPointF(window.sidebar.visualItemRect(heading).center())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.sidebar.dropEvent(event)
    qtbot.waitUntil(lambda: window.releases.summary_dialog is not None, timeout=30000)
    wait_writer(qtbot, window)
    assert "Releases  (4)" in _entries(window).values()
    assert window.service.count() == 4  # no clipping was made of it


def test_edit_release_and_export_its_pickups(window, ids, qtbot, tmp_path, monkeypatch):
    window.sidebar.select_entry("release", str(ids["chips"]))
    view = _pane(window)

    def answer(dialog):
        dialog.department.setText("물관리정책과")
        dialog.accept()

    answer_modal(answer)
    window.releases.edit_action.trigger()
    wait_writer(qtbot, window)
    assert window.service.release(ids["chips"]).department == "물관리정책과"
    assert "물관리정책과" in view.text.toPlainText()  # the pane followed the change
    window.undo_action.trigger()
    wait_writer(qtbot, window)
    assert window.service.release(ids["chips"]).department == "수자원정책과"
    target = tmp_path / "chips.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "CSV (*.csv)")))
    window.releases.export_release_action.trigger()
    wait_writer(qtbot, window)
    with open(target, encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == 2 and "뉴스1" in rows[1]


def test_a_search_gives_the_list_back_and_kind_release_searches_releases(window, ids):
    window.sidebar.select_entry("releases")
    _pane(window)
    window.search_field.setText("청년")
    assert not window.releases.view.isVisible() and window.list_splitter.isVisible()
    window.search_field.setText("kind:release 반도체")
    view = _pane(window)
    assert view.filter.text() == "반도체"
    assert [view.release_rows.index(r, 0).data(ROW_ROLE).id
            for r in range(view.release_rows.rowCount())] == [ids["chips"]]
    assert window.sidebar.current_entry() == ("releases", "")


def test_a_word_release_shows_its_photo_and_where_it_ran(qtbot, library_path, tmp_path):
    """A DOCX release with a photo; an outlet ran the photo (resized, credited): the pane
    shows the photo, and the pickup's Photos cell says how it was recognised."""
    from tests import release_files as rf
    from tests.release_fixtures import article_html

    pages = tmp_path / "pages"
    pages.mkdir()
    rf.photo(1).resize((160, 120)).save(pages / "photo.jpg", quality=70)
    page = pages / "startup.html"
    page.write_text(article_html("경기일보", "스타트업 300곳에 1천억 투자", rf.BODY[:3], 9,
                                 photo=("photo.jpg", "경기도 제공")).replace(
        DAY.isoformat(), "2026-03-10"), encoding="utf-8")
    with LibraryService(library_path) as svc:
        [clipping] = svc.import_paths([str(page)])
        assert svc.get(clipping.clipping_id).photos
        [release] = svc.import_releases([rf.write_docx(tmp_path / "r.docx")])
    window = open_window(qtbot, library_path, tmp_path / "s.ini")
    window.show()
    wait_writer(qtbot, window, 60000)
    window.sidebar.select_entry("release", str(release.clipping_id))
    view = _pane(window)
    assert len(view.text._images) == 1  # the release's photo, as a thumbnail
    text = view.text.toPlainText()
    caption = text.index("김동연 경기도지사가 판교 창업 거점을")
    # Where it stood in the file: after the subtitle and two paragraphs.
    assert text.index(rf.BODY[1][:20]) < caption < text.index(rf.BODY[2][:20])
    [row] = [view.pickup_rows.index(r, 6) for r in range(view.pickup_rows.rowCount())]
    assert row.data() == "1"
    tip = row.data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("photo 1 by its credit and the image (distance ")


def test_daily_report_from_the_app_has_the_pickup_section(window, qtbot, tmp_path):
    from docx import Document

    from clipper.export.daily import DailyLayout
    from clipper.export.daily_pickups import TITLE
    from clipper.gui.actions import daily

    dialog = daily.daily_dialog(window, DAY)
    assert dialog.pickups.isChecked()  # on by default
    dialog.pickups.setChecked(False)
    assert dialog.layout_chosen().pickups is False
    dialog.set_layout(DailyLayout())
    assert dialog.pickups.isChecked()
    layout = dialog.layout_chosen()
    dialog.deleteLater()
    paths = [tmp_path / "daily.docx", tmp_path / "daily.pdf"]
    daily.write_daily(window, DAY, paths, layout)
    qtbot.waitUntil(lambda: getattr(window, "daily_result", None) is not None, timeout=60000)
    doc = Document(str(paths[0]))
    assert TITLE in [p.text for p in doc.paragraphs]
    assert paths[1].stat().st_size > 1000


def test_in_korean_the_reader_says_which_release_it_quotes(qtbot, library_path, tmp_path, ids):
    from clipper.gui.app import Translations, create_app

    translations = Translations(create_app())
    translations.install("ko")
    try:
        window = open_window(qtbot, library_path, tmp_path / "s.ini", language=None)
        window.show()
        wait_writer(qtbot, window, 60000)
        window.show_clipping(ids["연합뉴스"])
        assert ("보도자료 〈청년 기본소득 내년부터 15만 명으로 확대〉 인용 · 100% · 거의 그대로"
                in window.reader.toPlainText())
        assert _entries(window)[("releases", "")] == "보도자료  (3)"
        window.releases.rematch_action.trigger()
        qtbot.waitUntil(lambda: "다시 대조했습니다" in window.statusBar().currentMessage(),
                        timeout=30000)
        assert window.statusBar().currentMessage() == "다시 대조했습니다: 보도 4건."
    finally:
        translations.install("en")
