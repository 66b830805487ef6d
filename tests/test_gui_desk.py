"""The desk in the window (issue 15): tone keys, the Page and Tone columns sorted as
printed, suggestions shown to accept, placement and response dialogs, the Responses
list, the outlet registry table; each change undone with Ctrl+Z."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from clipper.gui import plain
from clipper.gui.models.clipping_list import PAGE, TONE
from clipper.gui.views.sidebar import ENTRY_ROLE
from clipper.services import LibraryService
from tests.desk_fixtures import DAY_ITEMS, coverage_day
from tests.gui_support import answer_modal, open_window, wait_writer


@pytest.fixture
def day_window(qtbot, library_path, tmp_path):
    with LibraryService(library_path) as svc:
        ids = coverage_day(svc)
    win = open_window(qtbot, library_path, tmp_path / "s.ini")
    win.show()
    wait_writer(qtbot, win, 60000)
    win.day_ids = ids
    return win


def _select(window, clipping_id: int) -> None:
    window.select_row(window.model.row_of(clipping_id))


def _tone_cell(window, clipping_id: int) -> str:
    return window.model.index(window.model.row_of(clipping_id), TONE).data()


def test_keys_set_the_tone_of_the_selection_and_ctrl_z_undoes(day_window, qtbot):
    w = day_window
    target = w.day_ids[-1]  # 용인시민신문, no tone
    _select(w, target)
    w.list_view.setFocus()
    qtbot.keyClick(w.list_view, Qt.Key.Key_4)
    wait_writer(qtbot, w)
    assert _tone_cell(w, target) == "악의적비판"
    assert "Tone: 악의적비판" in w.reader.toPlainText()
    qtbot.keyClick(w.list_view, Qt.Key.Key_0)
    wait_writer(qtbot, w)
    assert _tone_cell(w, target) == ""
    qtbot.keyClick(w.list_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_writer(qtbot, w)
    assert _tone_cell(w, target) == "악의적비판"


def test_the_page_column_sorts_as_printed(day_window):
    w = day_window
    w.list_view.sortByColumn(PAGE, Qt.SortOrder.AscendingOrder)
    pages = [w.model.index(r, PAGE).data() for r in range(w.model.rowCount())]
    printed = [p for p in pages if "면" in p]
    assert printed[:4] == ["조간 1면 · 면톱", "조간 2면 · 단신", "조간 3면 · 면톱",
                           "조간 4면 · 사이드"]
    assert printed.index("조간 A1면 · 면톱") < printed.index("조간 A12면 · 단신")
    assert "면" not in pages[-1] and len(printed) == sum(1 for it in DAY_ITEMS if it.page)
    assert pages[:len(printed)] == printed  # no page: after every page


def test_placement_and_response_dialogs_and_the_responses_list(day_window, qtbot):
    w = day_window
    target = w.day_ids[14]  # a Naver copy: no page
    _select(w, target)

    def fill_placement(dialog):
        dialog.edition.setCurrentText("조간")
        dialog.page.setText("A5")
        dialog.position.setCurrentText("사이드")
        dialog.accept()

    answer_modal(fill_placement)
    w.desk.placement_action.trigger()
    wait_writer(qtbot, w)
    assert w.model.index(w.model.row_of(target), PAGE).data() == "조간 A5면 · 사이드"

    def fill_response(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("반박자료"))
        dialog.has_due.setChecked(True)
        from PySide6.QtCore import QDate
        dialog.due.setDate(QDate(2020, 1, 2))
        dialog.note.setPlainText("수치 반박")
        dialog.accept()

    answer_modal(fill_response)
    w.desk.response_action.trigger()
    wait_writer(qtbot, w)
    assert "Response: 반박자료 · due 2020-01-02 · OVERDUE" in w.reader.toPlainText()
    item = next(i for i in w.sidebar._items() if i.data(0, ENTRY_ROLE) == ("responses", ""))
    assert item.text(0) == "Responses  (3 · 3 overdue)"  # the fixture's two are due in 2024
    w.sidebar.select_entry("responses")
    assert w.model.rowCount() == 3 and not w.list_view.isColumnHidden(2)
    row = w.model.row_of(target)
    assert "반박자료" in w.model.index(row, 6).data()
    w.undo_action.trigger()  # (after modal dialogs the window may not be active for keys)
    wait_writer(qtbot, w)
    assert w.model.rowCount() == 2


def test_tone_suggestions_are_shown_with_their_accuracy_then_accepted(
        qtbot, library_path, tmp_path):
    from tests.tone_set import labelled_rows, store_labelled

    rows = labelled_rows()
    with LibraryService(library_path) as svc:
        store_labelled(svc, [r for r in rows if r["part"] == "a"])
        held = store_labelled(svc, [r for r in rows if r["part"] == "b"][:3], label=False)
    w = open_window(qtbot, library_path, tmp_path / "s.ini")
    w.show()
    wait_writer(qtbot, w, 60000)
    w.desk.suggest_action.trigger()
    wait_writer(qtbot, w, 60000)
    message = w.statusBar().currentMessage()
    assert "3 suggestions." in message and "200 labelled clippings" in message
    assert "5-fold" in message
    for cid in held:
        assert _tone_cell(w, cid).endswith("?")  # shown, not set
        assert w.service.get(cid).tone is None
    _select(w, held[0])
    assert "Suggested tone:" in w.reader.toPlainText()
    w.desk.accept_action.trigger()
    wait_writer(qtbot, w)
    tone = w.service.get(held[0]).tone
    assert tone and _tone_cell(w, held[0]) == tone


def test_the_outlets_table_edits_the_registry_and_merges(day_window, qtbot, monkeypatch):
    w = day_window
    w.desk.outlets_action.trigger()
    dialog = w.desk.outlets_dialog
    dialog.uncategorised_only.setChecked(True)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "용인시민신문"
    combo = dialog.table.cellWidget(0, 1)
    combo.setCurrentIndex(combo.findData("지역지"))
    wait_writer(qtbot, w)
    assert dialog.table.rowCount() == 0  # categorised now
    assert {o.name: o.category for o in w.service.outlets()}["용인시민신문"] == "지역지"
    dialog.uncategorised_only.setChecked(False)
    row = dialog.row_of("경기일보")
    dialog.table.item(row, 3).setText("연합")  # an alias of 연합뉴스: refused, not moved
    wait_writer(qtbot, w)
    assert w.statusBar().currentMessage() == ("Edit outlet: alias '연합' already names outlet "
                                              "'연합뉴스'; an alias can name one outlet only")
    assert [o.aliases for o in w.service.outlets() if o.name == "경기일보"] == [()]
    if getattr(w, "failure_box", None) is not None:
        w.failure_box.close()
    monkeypatch.setattr(plain, "get_item", lambda *a, **k: ("경기일보", True))
    dialog.table.setCurrentCell(dialog.row_of("용인시민신문"), 0)
    dialog.merge_button.click()
    wait_writer(qtbot, w)
    assert w.service.get(w.day_ids[-1]).outlet == "경기일보"
    w.undo_action.trigger()
    wait_writer(qtbot, w)
    assert w.service.get(w.day_ids[-1]).outlet == "용인시민신문"
    dialog.close()


def test_deleting_a_tone_in_use_asks_first_and_undo_gives_it_back(day_window, qtbot,
                                                                   monkeypatch):
    w = day_window
    wrong = [i for i, it in zip(w.day_ids, DAY_ITEMS, strict=True) if it.tone == "오보"]
    asked: list[str] = []
    monkeypatch.setattr(plain, "get_item", lambda *a, **k: ("오보", True))
    monkeypatch.setattr(plain, "get_text", lambda *a, **k: ("", True))  # empty: delete
    monkeypatch.setattr(plain, "ask", lambda _p, _t, text: asked.append(text) or False)
    w.desk.tones_action.trigger()
    wait_writer(qtbot, w)
    assert asked and "1 clipping carries the tone “오보”" in asked[0]
    assert w.service.get(wrong[0]).tone == "오보"  # said no: nothing changed
    monkeypatch.setattr(plain, "ask", lambda *a: True)
    w.desk.tones_action.trigger()
    wait_writer(qtbot, w)
    assert w.service.get(wrong[0]).tone is None
    assert [a.text() for a in w.desk.tone_menu.actions()][:4] == [
        "긍정", "단순(중립)", "건전비판", "악의적비판"]
    assert not w.desk.tone_actions[4].isVisible()  # key 5 has no tone now
    w.undo_action.trigger()
    wait_writer(qtbot, w)
    assert w.service.get(wrong[0]).tone == "오보" and w.desk.tone_actions[4].isVisible()


def test_a_tone_class_and_a_category_are_added_from_the_app(day_window, qtbot, monkeypatch):
    w = day_window
    answers = iter([("(new tone…)", True), ("negative", True)])
    monkeypatch.setattr(plain, "get_item", lambda *a, **k: next(answers))
    monkeypatch.setattr(plain, "get_text", lambda *a, **k: ("해명필요", True))
    w.desk.tones_action.trigger()
    wait_writer(qtbot, w)
    [added] = [t for t in w.service.tones() if t.name == "해명필요"]
    assert (added.group, added.key) == ("negative", 6)
    assert w.desk.tone_actions[5].isVisible() and w.desk.tone_actions[5].text() == "해명필요"

    w.desk.outlets_action.trigger()
    dialog = w.desk.outlets_dialog
    seen: list[str] = []

    def categories(_parent, _title, _label, text=""):
        seen.append(text)
        return text + "\n지역방송", True

    monkeypatch.setattr(plain, "get_multiline", categories)
    dialog.categories_button.click()
    wait_writer(qtbot, w)
    assert seen[0].splitlines()[0] == "중앙종합지"
    assert w.service.outlet_categories()[-1] == "지역방송"
    combo = dialog.table.cellWidget(0, 1)
    assert combo.findData("지역방송") >= 0  # offered at once
    dialog.close()
