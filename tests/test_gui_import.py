"""Import from the window: drops (files, folders, text/html, text/plain), paste, the
sample articles from the empty state, progress with Cancel, and the summary."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from clipper.gui.drops import items_from_mime
from tests.gui_support import open_window, wait_writer

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
TEXT_DATA = Path(__file__).resolve().parent / "data" / "text"


@pytest.fixture
def window(qtbot, library_path, tmp_path):
    win = open_window(qtbot, library_path, tmp_path / "settings.ini")
    win.show()
    return win


def _drop(window, mime: QMimeData) -> None:
    """What the window gets when a file manager or browser drops: enter, then drop."""
    pos = QPointF(window.width() / 2, window.height() / 2)
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    assert event.isAccepted()


def _import(qtbot, window, start, timeout=15000):
    """Run `start()` (a drop, a paste...) and wait for the import it starts to end."""
    with qtbot.waitSignal(window.import_finished, timeout=timeout) as blocker:
        start()
    wait_writer(qtbot, window)
    return blocker.args[0]


def test_empty_state_imports_the_sample_articles(window, qtbot):
    assert window.stack.currentWidget() is window.empty_state
    with qtbot.waitSignal(window.import_finished, timeout=120000) as blocker:
        qtbot.mouseClick(window.empty_state.samples_button, Qt.MouseButton.LeftButton)
    wait_writer(qtbot, window)
    outcomes = blocker.args[0]
    samples = sorted([*SAMPLES.glob("*.txt"), *SAMPLES.glob("*.html")])
    assert len(samples) >= 12
    assert [o.status for o in outcomes] == ["imported"] * len(samples)
    assert window.stack.currentWidget() is window.splitter
    assert window.model.rowCount() == len(samples)
    summary = window.summary_dialog
    assert summary.isVisible() and f"Imported: {len(samples)}" in summary.heading.text()
    # Every sample carries captioned, credited photos and a date; saved pages carry
    # the photo files themselves.
    clippings = [window.service.get(cid) for cid in window.model.ids()]
    for clipping in clippings:
        assert clipping.photos and all(p.caption and p.credit for p in clipping.photos)
        assert clipping.published is not None and clipping.outlet
        if clipping.source_kind == "html":
            assert all(p.image and p.width for p in clipping.photos)
    assert {c.language for c in clippings} == {"ko", "en"}
    assert {c.source_kind for c in clippings} == {"text", "html"}


def test_dropping_files_and_a_folder_imports_them(window, qtbot, tmp_path):
    folder = tmp_path / "drop"
    folder.mkdir()
    shutil.copy(TEXT_DATA / "yonhap-style.txt", folder / "a.txt")
    shutil.copy(TEXT_DATA / "ap-style.txt", tmp_path / "b.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder)), QUrl.fromLocalFile(str(tmp_path / "b.txt")),
                  QUrl.fromLocalFile(str(tmp_path / "empty.txt"))])
    outcomes = _import(qtbot, window, lambda: _drop(window, mime))
    assert sorted(o.status for o in outcomes) == ["failed", "imported", "imported"]
    assert window.model.rowCount() == 2
    titles = {window.model.index(r, 0).data() for r in range(2)}
    assert any("판교" in t for t in titles)
    table = window.summary_dialog.table
    assert table.item(0, 1).text() == "failed" and "empty" in table.item(0, 2).text()
    # Dropping the same file again reports a duplicate and stores nothing new.
    again = QMimeData()
    again.setUrls([QUrl.fromLocalFile(str(tmp_path / "b.txt"))])
    assert [o.status for o in _import(qtbot, window, lambda: _drop(window, again))] == [
        "duplicate"]
    assert window.service.count() == 2


def test_dropped_plain_text_becomes_a_clipping(window, qtbot):
    mime = QMimeData()
    mime.setText((TEXT_DATA / "ap-style.txt").read_text(encoding="utf-8"))
    items = items_from_mime(mime)
    assert items.sources[0].content_type == "text/plain"
    assert items.sources[0].name == "pasted text"
    outcomes = _import(qtbot, window, lambda: _drop(window, mime))
    assert [o.status for o in outcomes] == ["imported"]
    clipping = window.service.get(outcomes[0].clipping_id)
    assert clipping.outlet == "Associated Press"
    assert window.model.ids() == [clipping.id]


def test_paste_imports_the_clipboard(window, qtbot):
    # setText, not setMimeData: the clipboard would own a QMimeData that Python also
    # frees, and the process would crash at exit.
    QApplication.clipboard().setText((TEXT_DATA / "yonhap-style.txt").read_text(
        encoding="utf-8"))
    window.list_view.setFocus()
    outcomes = _import(qtbot, window, window.paste_action.trigger)
    assert [o.status for o in outcomes] == ["imported"]
    assert window.service.get(outcomes[0].clipping_id).outlet == "연합뉴스"


def test_html_drop_carries_its_source_url():
    mime = QMimeData()
    mime.setHtml("<p>Hello</p>")
    mime.setData("text/x-moz-url-priv", "https://news.example.com/a/1".encode("utf-16-le"))
    items = items_from_mime(mime)
    source = items.sources[0]
    assert source.content_type == "text/html"
    assert source.url == source.name == "https://news.example.com/a/1"
    bare = QMimeData()
    bare.setHtml("<p>Hello</p>")
    assert items_from_mime(bare).sources[0].name == "dropped page"


def test_a_dropped_link_is_imported_as_a_url():
    mime = QMimeData()
    mime.setUrls([QUrl("https://www.yna.co.kr/view/AKR1")])
    mime.setHtml('<a href="https://www.yna.co.kr/view/AKR1">title</a>')
    assert items_from_mime(mime).paths == ["https://www.yna.co.kr/view/AKR1"]


def test_dropping_a_text_html_payload_imports_it(window, qtbot):
    html = (
        "<html><head><title>Seoul opens riverside library</title></head><body><article>"
        "<h1>Seoul opens riverside library</h1><p>By JANE ROE</p>"
        "<p>SEOUL (AP) — A new public library opened on the banks of the Han River on "
        "Monday, with reading rooms that stay open until midnight.</p>"
        "<p>City officials said the building cost 30 billion won and holds 80,000 books "
        "in Korean and English.</p>"
        "<p>Residents lined up before dawn to be among the first visitors, and many said "
        "they planned to come back on weekends with their children.</p>"
        "</article></body></html>"
    )
    mime = QMimeData()
    mime.setHtml(html)
    mime.setData("text/x-moz-url-priv", b"https://apnews.com/article/riverside-library")
    outcomes = _import(qtbot, window, lambda: _drop(window, mime))
    assert [o.status for o in outcomes] == ["imported"]
    clipping = window.service.get(outcomes[0].clipping_id)
    assert "riverside library" in clipping.title
    assert clipping.url == "https://apnews.com/article/riverside-library"
    assert window.model.ids() == [clipping.id]


def _many_files(tmp_path: Path, n: int) -> Path:
    folder = tmp_path / "many"
    folder.mkdir()
    template = (TEXT_DATA / "ap-style.txt").read_text(encoding="utf-8")
    for i in range(n):
        text = template.replace("The governor", f"In story {i}, the governor")
        (folder / f"story-{i:02d}.txt").write_text(text, encoding="utf-8")
    return folder


def test_cancel_button_stops_a_queued_import(window, qtbot, tmp_path):
    folder = _many_files(tmp_path, 8)
    gate = threading.Event()
    window.writer.submit("hold", lambda svc, p, c: gate.wait(10))  # the writer is busy
    task = window.import_items([str(folder)], [])
    qtbot.waitUntil(lambda: window.progress_dialog is not None
                    and window.progress_dialog.isVisible())
    qtbot.mouseClick(window.progress_dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert task.cancelled()
    outcomes = _import(qtbot, window, gate.set)
    assert outcomes == []
    assert window.service.count() == 0
    assert "Cancelled" in window.summary_dialog.cancelled_label.text()


def test_cancel_during_an_import_keeps_what_was_done(window, qtbot, tmp_path):
    folder = _many_files(tmp_path, 12)
    gate = threading.Event()
    window.writer.submit("hold", lambda svc, p, c: gate.wait(10))
    task = window.import_items([str(folder)], [])  # queued behind the held job

    def cancel_after_three(done, _total, _message):  # runs in the writer thread
        if done >= 3:
            task.cancel()

    task.progress_changed.connect(cancel_after_three, Qt.ConnectionType.DirectConnection)
    outcomes = _import(qtbot, window, gate.set)
    assert 3 <= len(outcomes) < 12
    assert window.service.count() == len(outcomes)
    assert window.model.rowCount() == len(outcomes)
    assert window.summary_dialog.cancelled_label.isVisible()


def test_closing_the_window_during_an_import_stops_it_cleanly(qtbot, library_path, tmp_path):
    win = open_window(qtbot, library_path, tmp_path / "settings.ini")
    folder = _many_files(tmp_path, 10)
    gate = threading.Event()
    win.writer.submit("hold", lambda svc, p, c: gate.wait(10))
    task = win.import_items([str(folder)], [])
    threading.Timer(0.2, gate.set).start()  # the running job ends while close() waits
    win.close()  # cancels the queued import and waits for the writer
    assert task.cancelled() and task.done
    from clipper.services import LibraryService

    with LibraryService(library_path) as svc:
        assert svc.count() == 0
