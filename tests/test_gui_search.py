"""Searching from the window: debounced results, snippets, highlighted words.

Searches run in the window's search process; results arrive later on the GUI thread.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from clipper.domain import ArticleDraft, Block
from clipper.gui.models.clipping_list import SNIPPET_ROLE, TITLE
from clipper.store.library import open_library
from tests.gui_support import open_window, wait_writer

SEARCH_TIMEOUT = 90000  # the first search may wait for Kiwi to load in the search process

ARTICLES = [
    ("경기도, 새싹기업 해외 진출 지원", "경기도는 판교에서 새싹기업 협의체를 출범시켰다고 밝혔다."),
    ("Seoul adds bike lanes", "Cyclists in Seoul got four new bike lanes on Monday."),
    ("서울시 무더위쉼터 연장", "서울시는 무더위쉼터 운영 시간을 늘린다고 밝혔다."),
    ("Wind farm hearing set", "Fishermen in the harbor town asked for a hearing on the wind farm."),
]


@pytest.fixture
def window(qtbot, library_path, tmp_path):
    with open_library(library_path) as lib:
        for title, text in ARTICLES:
            lib.add(ArticleDraft(title=title, body=[Block("paragraph", text)]))
    win = open_window(qtbot, library_path, tmp_path / "s.ini")
    win.show()
    wait_writer(qtbot, win, timeout=SEARCH_TIMEOUT)  # the start-up index catch-up
    return win


def _search(qtbot, window, text: str) -> None:
    window.find_action.trigger()
    assert window.search_field.hasFocus() or not window.isActiveWindow()
    window.search_field.clear()
    if text.isascii():
        qtbot.keyClicks(window.search_field, text)
    else:
        # Hangul arrives from an input method as committed text, not as key presses.
        event = QInputMethodEvent("", [])
        event.setCommitString(text)
        QApplication.sendEvent(window.search_field, event)
        assert window.search_field.text() == text
    # Results come after the debounce delay, without pressing Enter.
    qtbot.waitUntil(lambda: window.model.ranked(), timeout=SEARCH_TIMEOUT)


def _run(qtbot, window, text: str) -> None:
    """Search for `text` as Enter would, and wait for the answer."""
    window.search_field.setText(text)
    window.run_search()
    qtbot.waitUntil(lambda: not window.search.busy(), timeout=SEARCH_TIMEOUT)


def test_typing_a_query_lists_matches_with_snippets(window, qtbot):
    _search(qtbot, window, "bike")
    assert window.model.rowCount() == 1
    assert window.model.index(0, TITLE).data() == "Seoul adds bike lanes"
    text, marks = window.model.index(0, TITLE).data(SNIPPET_ROLE)
    assert [text[s:e].lower() for s, e in marks] == ["bike"]
    assert window.reader.clipping.title == "Seoul adds bike lanes"


def test_matched_words_are_highlighted_in_the_reader(window, qtbot):
    _search(qtbot, window, "경기도")
    assert window.reader.clipping.title.startswith("경기도")
    marked = [sel.cursor.selectedText() for sel in window.reader.term_selections()]
    assert marked and all(m == "경기도" for m in marked)
    assert len(marked) == 2  # in the title and in the body


def test_clearing_the_search_restores_the_list(window, qtbot):
    _search(qtbot, window, "wind")
    assert window.model.rowCount() == 1
    window.search_field.clear()
    window.run_search()
    assert window.model.rowCount() == len(ARTICLES)
    assert not window.model.ranked()
    assert window.reader.term_selections() == []


def test_nothing_found_and_bad_queries_do_not_break_the_list(window, qtbot):
    _search(qtbot, window, "nonexistentword")
    assert window.model.rowCount() == 0
    _run(qtbot, window, 'title:"')  # a half-typed query: the window carries on
    _run(qtbot, window, "Seoul")
    assert window.model.rowCount() >= 1


def test_new_clippings_show_up_in_an_active_search(window, qtbot, tmp_path):
    _search(qtbot, window, "bike")
    (tmp_path / "new.txt").write_text(
        "Bike shops boom\n\nBike shops in Busan sold more bikes than ever this spring, "
        "owners said on Tuesday.\n\nThe city plans more bike lanes next year.\n",
        encoding="utf-8")
    with qtbot.waitSignal(window.import_finished, timeout=20000):
        window.import_items([str(tmp_path / "new.txt")], [])
    wait_writer(qtbot, window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=SEARCH_TIMEOUT)
    assert window.model.ranked()


def test_sorting_a_result_list_by_title(window, qtbot):
    _search(qtbot, window, "밝혔다")
    assert window.model.rowCount() == 2
    window.list_view.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    titles = [window.model.index(r, TITLE).data() for r in range(2)]
    assert titles == sorted(titles, key=str.casefold)


@pytest.mark.parametrize("query", ["경기도", "published:2024-13-45..2024-14-01"])
def test_a_search_restores_the_cursor_whether_it_finds_or_fails(window, qtbot, query):
    window.search_field.setText(query)
    window.run_search()
    assert window.search.busy()  # asked for; the window is not waiting for it
    assert QApplication.overrideCursor() is None  # the window stays usable meanwhile
    qtbot.waitUntil(lambda: not window.search.busy(), timeout=SEARCH_TIMEOUT)
    assert window.list_view.viewport().cursor().shape() == Qt.CursorShape.ArrowCursor
    assert QApplication.overrideCursor() is None


def test_a_query_it_cannot_read_is_a_clear_message(window, qtbot):
    _search(qtbot, window, "bike")
    _run(qtbot, window, "published:2024-13-45..2024-14-01")
    message = window.statusBar().currentMessage()
    assert "query" in message and "Traceback" not in message
    assert "c62828" in window.search_field.styleSheet()
    assert window.model.index(0, TITLE).data() == "Seoul adds bike lanes"  # list kept
    _run(qtbot, window, "wind")
    assert window.search_field.styleSheet() == ""


def test_only_the_newest_query_shows(window, qtbot):
    _search(qtbot, window, "bike")
    shown: list[str] = []
    window.search.worker.results_ready.connect(lambda r, _p: shown.append(r.query))
    for text in ("Seoul", "서울시", "wind"):  # typed faster than answers come
        window.search_field.setText(text)
        window.run_search()
    qtbot.waitUntil(lambda: not window.search.busy(), timeout=SEARCH_TIMEOUT)
    qtbot.wait(300)
    assert shown == ["wind"]
    assert [window.model.index(r, TITLE).data() for r in range(window.model.rowCount())] == [
        "Wind farm hearing set"]


def test_clearing_the_field_drops_a_search_on_its_way(window, qtbot):
    _search(qtbot, window, "bike")
    window.search_field.setText("wind")
    window.run_search()
    window.search_field.clear()
    window.run_search()
    assert not window.search.busy()
    qtbot.wait(1000)
    assert window.model.rowCount() == len(ARTICLES) and not window.model.ranked()


def test_an_index_behind_sqlite_is_caught_up_by_the_writer(window, qtbot, library_path):
    _search(qtbot, window, "bike")
    # Written behind the window's back (another process): journalled, not indexed.
    with open_library(library_path) as lib:
        new_id, _ = lib.add(ArticleDraft(title="Bike share expands",
                                         body=[Block("paragraph", "More bike docks.")]))
    window.search_field.setText("docks")
    window.run_search()
    # The search answers from the index as it is, asks the writer to catch up, and
    # searches again once it has.
    qtbot.waitUntil(lambda: window.model.ids() == [new_id], timeout=SEARCH_TIMEOUT)
    wait_writer(qtbot, window)


def test_the_search_process_preloads_the_analyser(window, qtbot):
    qtbot.waitUntil(lambda: window.search.worker.pid() is not None, timeout=10000)
    qtbot.waitUntil(window.search.worker.is_ready, timeout=SEARCH_TIMEOUT)
    window.search_field.setText("무더위쉼터")
    window.run_search()
    qtbot.waitUntil(lambda: window.model.ranked(), timeout=10000)
    assert window.reader.clipping.title == "서울시 무더위쉼터 연장"


def test_exporting_a_search_covers_its_matches_without_searching_again(window, qtbot):
    _search(qtbot, window, "밝혔다")
    export = window.export_selection()
    assert export.kind == "query" and export.label == "밝혔다"
    assert sorted(export.ids) == sorted(window.model.ids()) and len(export.ids) == 2
