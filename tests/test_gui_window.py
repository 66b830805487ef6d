"""The main window on a real library: opening, lists, reader, editing and undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from clipper.domain import ArticleDraft, Block, PhotoDraft
from clipper.gui import plain
from clipper.store.library import open_library
from tests.gui_support import open_window, wait_writer


def _png(colour: str = "red") -> bytes:
    import io

    from PIL import Image, ImageDraw

    img = Image.new("RGB", (400, 260), "white")
    ImageDraw.Draw(img).rectangle((40, 40, 360, 220), fill=colour)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def _add(library_path: Path, n: int, photos: bool = False) -> list[int]:
    ids = []
    with open_library(library_path) as lib:
        for i in range(n):
            draft = ArticleDraft(
                title=f"기사 {i} headline",
                outlet="연합뉴스" if i % 2 else "Associated Press",
                byline="홍길동 기자",
                url=f"https://example.com/news/{i}",
                language="ko",
                body=[Block("paragraph", f"첫 문단 {i}. 경기도는 오늘 발표했다."),
                      Block("subheading", "소제목"),
                      Block("paragraph", f"둘째 문단 {i} with English words.")],
                photos=[PhotoDraft(caption=f"사진 설명 {i}", credit="경기도", src="a.png",
                                   data=_png())] if photos else [],
            )
            ids.append(lib.add(draft)[0])
    return ids


@pytest.fixture
def window(qtbot, library_path, tmp_path):
    _add(library_path, 5, photos=True)
    win = open_window(qtbot, library_path, tmp_path / "settings.ini")
    win.show()
    return win


def test_opening_a_library_lists_its_clippings_and_outlets(window):
    assert window.model.rowCount() == 5
    assert window.stack.currentWidget() is window.splitter
    labels = [window.sidebar.topLevelItem(i).text(0)
              for i in range(window.sidebar.topLevelItemCount())]
    assert labels[0].startswith("All clippings") and "(5)" in labels[0]
    assert any(label.startswith("Outlets") for label in labels)
    assert "5 clippings" in window.size_label.text()


def test_an_empty_library_shows_the_drop_zone(qtbot, tmp_path):
    win = open_window(qtbot, tmp_path / "empty", tmp_path / "s.ini")
    assert win.stack.currentWidget() is win.empty_state
    assert "Drop articles" in win.empty_state.message.text()


def test_selecting_an_outlet_filters_the_list(window):
    assert window.sidebar.select_entry("outlet", "연합뉴스")
    assert window.model.rowCount() == 2
    summaries = window.service.summaries(window.model.ids())
    assert {s.outlet for s in summaries} == {"연합뉴스"}
    window.sidebar.select_entry("all")
    assert window.model.rowCount() == 5


def test_selecting_a_row_shows_the_clipping_in_the_reader(window, qtbot):
    window.select_row(1)
    cid = window.model.id_at(1)
    clipping = window.reader.clipping
    assert clipping is not None and clipping.id == cid
    text = window.reader.toPlainText()
    assert clipping.title in text
    assert "소제목" in text and "사진 설명" in text and "경기도" in text
    # The photo is the library's own thumbnail, added as a document resource.
    name = f"clipper-photo:{clipping.photos[0].position}"
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    image = window.reader.document().resource(QTextDocument.ResourceType.ImageResource,
                                              QUrl(name))
    assert image is not None and not image.isNull()


def test_reader_never_loads_remote_or_file_resources(window):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    window.select_row(0)
    for url in ("https://example.com/tracker.png", "file:///etc/passwd"):
        assert window.reader.loadResource(QTextDocument.ResourceType.ImageResource,
                                          QUrl(url)) is None


def test_a_selection_maps_to_body_offsets(window):
    window.select_row(0)
    reader = window.reader
    body = reader.clipping.body_text()
    word = "English"
    start = body.index(word)
    lo, hi = reader.doc_range(start, start + len(word))[0]
    cursor = reader.textCursor()
    cursor.setPosition(lo)
    cursor.setPosition(hi, cursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)
    assert reader.body_selection() == (start, start + len(word), word)


def test_editing_a_title_then_undo(window, qtbot):
    window.select_row(0)
    cid = window.current_id()
    old = window.service.get(cid).title
    window.edit_clipping(cid, {"title": "고친 제목", "published": "2024-05-31"})
    wait_writer(qtbot, window)
    assert window.service.get(cid).title == "고친 제목"
    row = window.model.row_of(cid)
    assert window.model.index(row, 0).data() == "고친 제목"
    assert "고친 제목" in window.reader.toPlainText()

    qtbot.keyClick(window.list_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_writer(qtbot, window)
    restored = window.service.get(cid)
    assert restored.title == old and restored.published is None
    window.undo_stack.redo()
    wait_writer(qtbot, window)
    assert window.service.get(cid).title == "고친 제목"


def test_a_failed_edit_is_reported_and_changes_nothing(window, qtbot):
    window.select_row(0)
    cid = window.current_id()
    window.edit_clipping(cid, {"published": "not a date"})
    wait_writer(qtbot, window)
    assert "not a date" in window.failure_box.text()
    assert window.failure_box.isVisible()
    assert "not a date" in window.statusBar().currentMessage()
    assert window.service.get(cid).published is None


def test_layout_and_last_library_are_remembered(qtbot, library_path, tmp_path):
    from clipper.gui.app import make_settings

    _add(library_path, 1)
    settings_file = tmp_path / "layout.ini"
    win = open_window(qtbot, library_path, settings_file)
    win.resize(700, 500)
    win.splitter.setSizes([260, 440])
    win.close()
    settings = make_settings(str(settings_file))
    assert Path(settings.value("library/last")) == library_path.resolve()
    again = open_window(qtbot, library_path, settings_file)
    assert again.size().width() == 700
    assert again.splitter.sizes()[0] == 260


def test_ctrl_v_in_the_search_field_pastes_text_not_articles(window, qtbot):
    from PySide6.QtWidgets import QApplication

    # setText, not setMimeData: the clipboard would own a QMimeData that Python also
    # frees, and the process would crash at exit.
    QApplication.clipboard().setText("Seoul")
    window.search_field.setFocus()
    qtbot.keyClick(window.search_field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.text() == "Seoul"
    assert window.current_import is None


def test_deleting_selected_clippings(window, qtbot, monkeypatch):

    monkeypatch.setattr(plain, "ask", lambda *a, **k: True)
    window.select_row(0)
    gone = window.current_id()
    window.delete_selected()
    wait_writer(qtbot, window)
    assert window.model.rowCount() == 4 and gone not in window.model.ids()
    assert window.service.count() == 4
