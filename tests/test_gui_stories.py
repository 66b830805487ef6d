"""Story groups in the window: one row per story (View > Group Copies of a Story) with
"+N copies", the reader's "Also carried by" links that select the other copies, and
Same Story / Not the Same Story on the selected rows, undone with Ctrl+Z."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu

from clipper.domain import ArticleDraft, Block
from clipper.gui.app import Translations, create_app
from clipper.gui.models.clipping_list import STATUS
from clipper.gui.views.reader import CLIPPING_SCHEME
from clipper.gui.window_actions import fill
from clipper.services import LibraryService
from tests.gui_support import open_window, wait_writer

STORY = ("경기도는 9일 판교 제2테크노밸리에서 청년 창업 지원 센터 개소식을 열고, 올해 안에 "
         "스타트업 300곳에 사무 공간과 투자 상담을 제공한다고 밝혔다. 김동연 지사는 "
         "청년이 마음껏 도전할 수 있는 스타트업 천국을 만들겠다고 말했다.")
# (outlet, date, title, body): three copies of one story (the wire first), two others.
ARTICLES = [
    ("연합뉴스", "2024-05-09", "경기도, 판교에 청년 창업 센터", STORY),
    ("뉴스1", "2024-05-10", "판교 청년 창업 센터 문 열어", STORY + " (뉴스1)"),
    ("오마이뉴스", "2024-05-11", "청년 창업 센터 개소", "[오마이뉴스] " + STORY),
    ("Associated Press", "2024-05-08", "Seoul bike lanes open",
     "Seoul opened four new bike lanes along the Han river on Monday, the city said, "
     "and plans twelve more before the end of the year."),
    ("한겨레", "2024-05-07", "하천 정화에 주민 200명",
     "주민 200명이 주말 동안 안양천 정화 활동에 나섰다. 구청은 쓰레기 3톤을 수거했다고 "
     "밝혔으며 다음 달에도 같은 행사를 열 계획이다. 참가자들은 봉사 시간을 인정받는다."),
]


def _make_library(library_path) -> dict[str, int]:
    ids = {}
    with LibraryService(library_path) as svc:
        for outlet, date, title, body in ARTICLES:
            ids[outlet] = svc.library.add(ArticleDraft(
                title=title, outlet=outlet, published=dt.date.fromisoformat(date),
                body=[Block("paragraph", body)]))[0]
        svc.detect_duplicates()
        group = svc.story_group(ids["연합뉴스"])
        assert group is not None and group.members == [ids["연합뉴스"], ids["뉴스1"],
                                                        ids["오마이뉴스"]]
    return ids


@pytest.fixture
def ids(library_path):
    return _make_library(library_path)


@pytest.fixture
def window(qtbot, library_path, tmp_path, ids):
    win = open_window(qtbot, library_path, tmp_path / "s.ini")
    win.show()
    wait_writer(qtbot, win, 60000)
    return win


def _row_ids(window) -> list[int]:
    return window.model.ids()


def _status(window, clipping_id: int) -> str:
    return window.model.index(window.model.row_of(clipping_id), STATUS).data()


def _select(window, *clipping_ids: int) -> None:
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    selection = QItemSelection()
    for cid in clipping_ids:
        index = window.model.index(window.model.row_of(cid), 0)
        selection.select(index, index)
    flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
             | QItemSelectionModel.SelectionFlag.Rows)
    window.list_view.selectionModel().select(selection, flags)
    window.list_view.selectionModel().setCurrentIndex(
        window.model.index(window.model.row_of(clipping_ids[0]), 0),
        QItemSelectionModel.SelectionFlag.Rows | QItemSelectionModel.SelectionFlag.Select)


def _click_link(window, qtbot, text: str) -> None:
    """Click the reader's link whose text is `text`, as a user would."""
    reader = window.reader
    found = reader.document().find(text)
    assert not found.isNull(), text
    cursor = QTextCursor(reader.document())
    cursor.setPosition(found.selectionStart() + 1)
    rect = reader.cursorRect(cursor)
    reader.ensureCursorVisible()
    point = QPoint(rect.center().x(), rect.center().y())
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_grouping_lists_one_row_per_story_with_its_copies_counted(
        window, ids, qtbot, qtmodeltester, tmp_path, library_path):
    assert len(_row_ids(window)) == 5
    assert window.list_view.isColumnHidden(STATUS)
    window.group_copies_action.trigger()
    assert window.group_copies_action.isChecked()
    assert sorted(_row_ids(window)) == sorted([ids["연합뉴스"], ids["Associated Press"],
                                               ids["한겨레"]])
    assert not window.list_view.isColumnHidden(STATUS)
    assert _status(window, ids["연합뉴스"]) == "+2 copies"
    assert _status(window, ids["한겨레"]) == ""
    qtmodeltester.check(window.model)
    # Sorting by a column keeps one row per story.
    window.list_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert len(_row_ids(window)) == 3
    window.group_copies_action.trigger()
    assert len(_row_ids(window)) == 5 and window.list_view.isColumnHidden(STATUS)
    window.group_copies_action.trigger()
    window.close()
    # Remembered for the next session.
    again = open_window(qtbot, library_path, tmp_path / "s.ini")
    wait_writer(qtbot, again, 60000)
    assert again.group_copies_action.isChecked() and len(again.model.ids()) == 3


def test_a_copy_selected_when_grouping_starts_gives_way_to_its_original(window, ids):
    window.select_row(window.model.row_of(ids["뉴스1"]))
    window.group_copies_action.trigger()
    assert window.current_id() == ids["연합뉴스"]
    assert window.reader.clipping.id == ids["연합뉴스"]


def test_the_reader_names_the_other_copies_and_its_links_select_them(window, ids, qtbot):
    window.select_row(window.model.row_of(ids["연합뉴스"]))
    text = window.reader.toPlainText()
    assert "Also carried by: 뉴스1, 오마이뉴스" in text
    anchors = re.findall(rf"{CLIPPING_SCHEME}:(\d+)", window.reader.document().toHtml())
    assert [int(a) for a in anchors] == [ids["뉴스1"], ids["오마이뉴스"]]
    _click_link(window, qtbot, "오마이뉴스")
    assert window.current_id() == ids["오마이뉴스"]
    assert window.reader.clipping.id == ids["오마이뉴스"]
    assert "Also carried by: 연합뉴스, 뉴스1" in window.reader.toPlainText()
    window.select_row(window.model.row_of(ids["한겨레"]))
    assert "Also carried by" not in window.reader.toPlainText()


def test_a_link_to_a_hidden_copy_expands_its_story(window, ids, qtbot):
    window.group_copies_action.trigger()
    window.select_row(window.model.row_of(ids["연합뉴스"]))
    _click_link(window, qtbot, "뉴스1")
    assert window.current_id() == ids["뉴스1"] == window.reader.clipping.id
    rows = _row_ids(window)
    at = rows.index(ids["연합뉴스"])
    # The story's copies listed under their original, marked as copies.
    assert rows[at:at + 3] == [ids["연합뉴스"], ids["뉴스1"], ids["오마이뉴스"]]
    assert _status(window, ids["연합뉴스"]) == "+2 copies"
    assert _status(window, ids["뉴스1"]) == "copy"
    # A copy outside the list in view: All clippings is shown, and the copy in it.
    window.sidebar.select_entry("outlet", "한겨레")
    window.select_row(0)
    window.reader.clipping_link_activated.emit(ids["오마이뉴스"])
    assert window.sidebar.current_entry() == ("all", "")
    assert window.current_id() == ids["오마이뉴스"]


def test_not_the_same_story_then_undo(window, ids, qtbot):
    window.select_row(window.model.row_of(ids["오마이뉴스"]))
    window.not_same_story_action.trigger()
    wait_writer(qtbot, window)
    svc = window.service
    assert svc.story_group(ids["오마이뉴스"]) is None
    assert svc.story_group(ids["연합뉴스"]).members == [ids["연합뉴스"], ids["뉴스1"]]
    assert "Also carried by" not in window.reader.toPlainText()  # redrawn
    assert window.undo_action.text() == "&Undo split 1 clipping(s) from their story"
    qtbot.keyClick(window.list_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_writer(qtbot, window)
    assert len(svc.story_group(ids["오마이뉴스"]).members) == 3
    assert "Also carried by: 연합뉴스, 뉴스1" in window.reader.toPlainText()


def test_splitting_a_whole_story_while_grouped_lists_every_clipping(window, ids, qtbot):
    window.group_copies_action.trigger()
    window.sidebar.select_entry("all")
    window.select_row(window.model.row_of(ids["연합뉴스"]))
    _click_link(window, qtbot, "뉴스1")  # expanded: the three copies are listed
    _select(window, ids["연합뉴스"], ids["뉴스1"], ids["오마이뉴스"])
    assert len(window.selected_ids()) == 3
    window.not_same_story_action.trigger()
    wait_writer(qtbot, window)
    assert window.service.duplicate_groups() == []
    assert len(_row_ids(window)) == 5
    assert all(_status(window, cid) == "" for cid in _row_ids(window))


def test_same_story_groups_the_selected_rows_then_undo(window, ids, qtbot):
    ap, hani = ids["Associated Press"], ids["한겨레"]
    window.select_row(window.model.row_of(ap))
    window.same_story_action.trigger()  # one row: nothing to do, and it says so
    assert window.statusBar().currentMessage() == (
        "Select two or more clippings of the same story.")
    _select(window, ap, hani)
    window.same_story_action.trigger()
    wait_writer(qtbot, window)
    group = window.service.story_group(ap)
    assert group is not None and sorted(group.members) == sorted([ap, hani])
    window.group_copies_action.trigger()
    assert hani in _row_ids(window) and ap not in _row_ids(window)  # 한겨레 is earlier
    assert _status(window, hani) == "+1 copy"
    window.undo_stack.undo()
    wait_writer(qtbot, window)
    assert window.service.story_group(ap) is None
    assert ap in _row_ids(window) and hani in _row_ids(window)  # both listed again
    assert _status(window, hani) == ""


def test_split_and_merge_are_in_the_list_menu_and_the_clipping_menu(window):
    actions = [a for a in window.list_actions() if a is not None]
    assert window.same_story_action in actions and window.not_same_story_action in actions
    menu_actions = window.clipping_menu.actions()
    assert window.same_story_action in menu_actions
    assert window.not_same_story_action in menu_actions


@pytest.mark.parametrize("language", ["en", "ko"])
def test_list_menu_mnemonics_are_unique(qtbot, library_path, tmp_path, ids, language):
    translations = Translations(create_app())
    assert translations.install(language)
    try:
        window = open_window(qtbot, library_path, tmp_path / "s.ini", language=None)
        wait_writer(qtbot, window, 60000)
        menu = QMenu(window)
        fill(menu, window.list_actions())
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        letters = [m.group(1).casefold() for m in
                   (re.search(r"&([^&\s])", t.replace("&&", "")) for t in texts) if m]
        assert len(letters) == len(set(letters)), texts
        if language == "ko":
            assert window.same_story_action.text() == "같은 기사로 묶기(&S)"
        window.close()
    finally:
        translations.install("en")


def test_one_per_story_keeps_the_original_or_the_first_listed_copy(library_path):
    ids = _make_library(library_path)
    with LibraryService(library_path) as svc:
        wire, news1, ohmy = ids["연합뉴스"], ids["뉴스1"], ids["오마이뉴스"]
        other = ids["한겨레"]
        assert svc.one_per_story([ohmy, other, news1, wire]) == [other, wire]
        # The original not listed (a tag only copies carry): the earliest copy listed.
        assert svc.one_per_story([ohmy, other, news1]) == [other, news1]
        story = svc.story_group(wire).id
        assert svc.one_per_story([ohmy, other, wire], [story]) == [other, wire, ohmy]
        places = svc.story_places([wire, ohmy, other])
        assert places[wire].original and places[wire].copies == 2
        assert not places[ohmy].original and other not in places
        svc.add_tags([ohmy], ["경기"])
        assert svc.browse_ids("tag", "경기", one_per_story=True) == [ohmy]
        assert len(svc.browse_ids("all", one_per_story=True)) == 3
        # A search's matches sorted by a column, one per story (the grouped search list).
        assert svc.in_order([ohmy, news1, other], "published", one_per_story=True) == [
            news1, other]
        assert [c.outlet for c in svc.story_copies(news1)] == ["연합뉴스", "오마이뉴스"]
