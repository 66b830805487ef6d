"""The cutting view in the window (issue 16): a PDF dropped in opens its page, a
rectangle drawn with the mouse becomes a clipping with a cut image and searchable text,
Ctrl+Z takes it back, the reader shows the cut beside the text, and pages without a
text layer are read in the background with progress and Cancel.

Real window, real library in tmp_path, real PDF made with reportlab and our fonts, real
Tesseract for the scans."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from tests.cut_samples import (  # noqa: E402
    LEFT_AREA_PT,
    LEFT_TITLE,
    newspaper_pdf,
    scanned_page,
    to_pixels,
)
from tests.gui_support import open_window, wait_writer  # noqa: E402

LEFT = Qt.MouseButton.LeftButton
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None,
                                     reason="tesseract-ocr is not installed (make installs it)")


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, tmp_path / "library", tmp_path / "settings.ini")
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def _drop(window, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    assert window.imports.drop(mime)


def _wait_import(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.summary_dialog is not None, timeout=60000)
    wait_writer(qtbot, window, timeout=60000)


def _draw(canvas, box: tuple[int, int, int, int]) -> None:
    viewport = canvas.viewport()
    a = canvas.mapFromScene(QPointF(box[0], box[1]))
    b = canvas.mapFromScene(QPointF(box[2], box[3]))
    QTest.mousePress(viewport, LEFT, Qt.KeyboardModifier.NoModifier, a)
    QTest.mouseMove(viewport, QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2))
    QTest.mouseMove(viewport, b)
    QTest.mouseRelease(viewport, LEFT, Qt.KeyboardModifier.NoModifier, b)


def _wait_page(qtbot, window) -> None:
    """The page asked for is on the canvas (pages load off the GUI thread)."""
    cutting = window.cutting
    qtbot.waitUntil(lambda: cutting.requested is not None and cutting.page is not None
                    and cutting.view.canvas.page_id == cutting.requested, timeout=20000)


def _sidebar_entries(window) -> list[tuple[str, str]]:
    from clipper.gui.views.sidebar import ENTRY_ROLE

    return [tuple(item.data(0, ENTRY_ROLE)) for item in window.sidebar._items()
            if item.data(0, ENTRY_ROLE)]


def test_a_dropped_pdf_page_is_cut_into_an_undoable_clipping(qtbot, window, tmp_path):
    pdf = newspaper_pdf(tmp_path / "조선일보_20240510_A3.pdf")
    _drop(window, [pdf])
    _wait_import(qtbot, window)
    cutting = window.cutting
    # The import brought a page to cut: the cutting view opened on it, the sidebar lists it.
    qtbot.waitUntil(cutting.is_open, timeout=5000)
    _wait_page(qtbot, window)
    assert ("pages", "") in _sidebar_entries(window)
    assert window.sidebar.current_entry() == ("pages", "")
    assert cutting.page is not None and cutting.page.file_name == pdf.name
    view = cutting.view
    assert view.page_list.count() == 1

    # Draw a rectangle around the left article: its box is in page pixels.
    box = to_pixels(LEFT_AREA_PT)
    _draw(view.canvas, box)
    [(page_id, drawn)] = view.canvas.boxes()
    assert page_id == cutting.page.id
    slack = int(2 / view.canvas.zoom()) + 1
    assert all(abs(a - b) <= slack for a, b in zip(drawn, box, strict=True))
    # The preview shows that article's text only; the suggestions fill the form.
    qtbot.waitUntil(lambda: "76만t" in view.preview.toPlainText(), timeout=5000)
    assert "투자 협약" not in view.preview.toPlainText()  # the right-hand article
    assert view.fields["outlet"].text() == "조선일보"
    assert view.fields["published"].text() == "2024-05-10"
    view.fields["byline"].setText("홍길동 기자")
    view.touched.add("byline")
    assert view.fields["page"].text() == "A3"  # from the file name
    view.fields["page"].clear()  # emptied by the user: the clipping has no page
    view.touched.add("page")

    # Ctrl+Enter makes the clipping (one writer job).
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    view.canvas.setFocus()
    qtbot.waitUntil(view.canvas.hasFocus, timeout=3000)
    QTest.keyClick(view.canvas, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_writer(qtbot, window)
    svc = window.service
    [clipping_id] = svc.library.ids()
    clipping = svc.get(clipping_id)
    assert LEFT_TITLE in clipping.title
    assert clipping.byline == "홍길동 기자"
    assert clipping.outlet == "조선일보"
    assert not clipping.page
    assert "76만t" in clipping.body_text()
    [cut] = clipping.cuts
    assert cut.page_id == page_id and cut.box == drawn
    assert svc.cut_file(clipping_id, cut.position).is_file()
    # The rectangles are cleared and the cut is drawn greyed on the page.
    assert view.canvas.marks == []
    qtbot.waitUntil(lambda: view.canvas.cut_boxes == [drawn], timeout=20000)
    # The text is searchable like any clipping's.
    assert clipping_id in svc.search_ids("용수")

    # Ctrl+Z takes the clipping back, through the window's journal undo.
    window.undo_stack.undo()
    wait_writer(qtbot, window)
    assert svc.library.ids() == []
    assert view.canvas.cut_boxes == []


def test_the_reader_shows_the_cut_beside_the_text(qtbot, window, tmp_path):
    pdf = newspaper_pdf(tmp_path / "조선일보_20240510_A3.pdf")
    window.import_items([str(pdf)], [])
    _wait_import(qtbot, window)
    _wait_page(qtbot, window)
    view = window.cutting.view
    _draw(view.canvas, to_pixels(LEFT_AREA_PT))
    view.make_requested.emit()
    wait_writer(qtbot, window)
    [clipping_id] = window.service.library.ids()
    # Back to the clippings: the list, the reader and the cut pane beside it.
    view.back_button.click()
    assert not window.cutting.is_open()
    window.show_clipping(clipping_id)
    # The list marks it as cut from print.
    from clipper.gui.models.clipping_list import PHOTOS

    row = window.model.row_of(clipping_id)
    assert window.model.index(row, PHOTOS).data() == "✂"
    pane = window.cut_pane
    assert pane.isVisible()
    [(position, image)] = pane.images
    shown = pane.shown_width(position)
    assert 0 < shown <= image.width()  # scaled to fit, never above 100%
    assert shown <= pane.viewport().width()
    assert "76만t" in window.reader.toPlainText()  # the text stays the reader's
    # A click opens the cut at full size in the photo viewer.
    QTest.mouseClick(pane.labels[0], LEFT)
    viewer = window.photo_viewer
    assert viewer.isVisible() and viewer.image.width() == image.width()
    # Its Save As writes the lossless crop byte for byte (through the service).
    saved = viewer.service.save_photo(clipping_id, position, tmp_path / "조각.png")
    assert saved.read_bytes() == window.service.cut_file(clipping_id, position).read_bytes()
    viewer.close()
    # A clipping without cuts hides the pane.
    from clipper.domain import ArticleDraft, Block

    other, _ = window.service.library.add(ArticleDraft(title="웹 기사",
                                                       body=[Block("paragraph", "본문")]))
    window.show_clipping(other)
    assert not pane.isVisible()


@needs_tesseract
def test_a_scanned_image_becomes_a_clipping_with_its_cut(qtbot, window, tmp_path):
    scan = scanned_page(tmp_path / "스크랩.png")
    _drop(window, [scan])
    _wait_import(qtbot, window)
    ids = window.service.library.ids()
    assert len(ids) == 1
    clipping = window.service.get(ids[0])
    assert len(clipping.cuts) == 1
    assert "경기도" in clipping.body_text()
    window.show_clipping(ids[0])
    assert window.cut_pane.isVisible()


@needs_tesseract
def test_pages_without_text_are_read_in_the_background_with_cancel(qtbot, window, tmp_path):
    from PIL import Image

    first = Image.open(scanned_page(tmp_path / "a.png"))
    tiff = tmp_path / "지면.tif"
    first.save(tiff, save_all=True, append_images=[first.copy(), first.copy()],
               dpi=(200, 200))
    pages_before = window.cutting.page_ids()
    assert pages_before == set()
    cutting = window.cutting
    # Cancel while the first page is read: the batch stops, the rest stay pending.
    outcomes: list = []
    cutting.recognition_finished.connect(outcomes.append)
    _drop(window, [tiff])
    # The import ends and the recognition starts at once (the writer stays busy with it,
    # one job a page, so this does not wait for the writer to be idle).
    qtbot.waitUntil(cutting.recognising, timeout=60000)
    assert cutting.is_open()
    assert cutting.view.ocr_bar.isVisible() and cutting.view.cancel_button.isVisible()
    assert window.background_bar.isVisible()
    cutting.cancel_recognition()
    qtbot.waitUntil(lambda: bool(outcomes), timeout=120000)
    states = [p.ocr_state for p in window.service.print_pages()]
    assert states.count("pending") >= 2  # the pages after the cancel were not read
    assert not cutting.view.ocr_bar.isVisible()
    assert "Stopped" in cutting.view.ocr_label.text()
    # Started again: the rest are read, one writer job a page.
    outcomes.clear()
    cutting.view.recognise_button.click()
    qtbot.waitUntil(lambda: bool(outcomes), timeout=180000)
    states = [p.ocr_state for p in window.service.print_pages()]
    assert "pending" not in states
    assert window.service.page_words(window.service.print_pages()[0].id)


def test_keys_on_the_page_act_on_it_not_on_the_window(qtbot, window, tmp_path):
    """Delete on the canvas removes a rectangle (never the clippings selected in the
    list), Ctrl+Enter makes the clipping (not "accept suggested themes")."""
    from clipper.domain import ArticleDraft, Block

    kept, _ = window.service.library.add(ArticleDraft(title="웹 기사",
                                                      body=[Block("paragraph", "본문")]))
    window.model.reload()
    window.lists.after_reload(kept, 0)
    pdf = newspaper_pdf(tmp_path / "조선일보_20240510_A3.pdf")
    window.import_items([str(pdf)], [])
    _wait_import(qtbot, window)
    _wait_page(qtbot, window)
    view = window.cutting.view
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    view.canvas.setFocus()
    qtbot.waitUntil(view.canvas.hasFocus, timeout=3000)
    _draw(view.canvas, to_pixels(LEFT_AREA_PT))
    _draw(view.canvas, (50, 50, 400, 150))
    QTest.keyClick(view.canvas, Qt.Key.Key_Delete)
    wait_writer(qtbot, window)
    assert len(view.canvas.marks) == 1
    assert window.service.library.ids() == [kept]  # the clipping is still there
    QTest.keyClick(view.canvas, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_writer(qtbot, window)
    assert len(window.service.library.ids()) == 2


@needs_tesseract
def test_a_page_without_text_is_named_and_the_batch_goes_on(qtbot, window, tmp_path):
    """Three scanned pages, the middle one blank: pages 1 and 3 are read, page 2 is
    named with its reason in the view (in Korean in a Korean window)."""
    from PIL import Image

    from clipper.gui.reasons import translate_reason

    text = Image.open(scanned_page(tmp_path / "a.png"))
    blank = Image.new("L", text.size, 255)
    tiff = tmp_path / "석간.tif"
    text.save(tiff, save_all=True, append_images=[blank, text.copy()], dpi=(200, 200))
    outcomes: list = []
    window.cutting.recognition_finished.connect(outcomes.append)
    _drop(window, [tiff])
    qtbot.waitUntil(lambda: bool(outcomes), timeout=180000)
    [batch] = outcomes
    assert [o.status for o in batch] == ["done", "no-text", "done"]
    label = window.cutting.view.ocr_label.text()
    assert "Text read on 2 of 3 page(s)." in label
    assert translate_reason(batch[1].reason) in label
    assert label.count("page 2 of 석간.tif") == 1  # named once, with its reason
    pages = window.service.print_pages()
    assert [p.ocr_state for p in pages][::2] == ["done", "done"]


def test_a_story_continued_on_the_next_page_is_one_clipping(qtbot, window, tmp_path):
    from tests.cut_samples import RIGHT_AREA_PT

    pdf = newspaper_pdf(tmp_path / "조선일보_20240510_A3.pdf", pages=2)
    window.import_items([str(pdf)], [])
    _wait_import(qtbot, window)
    _wait_page(qtbot, window)
    cutting, view = window.cutting, window.cutting.view
    first = cutting.page.id
    assert cutting.page.page_number == 1
    _draw(view.canvas, to_pixels(LEFT_AREA_PT))
    view.canvas.setFocus()
    QTest.keyClick(view.canvas, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: cutting.page is not None and cutting.page.page_number == 2
                    and view.canvas.page_id == cutting.page.id, timeout=20000)
    second = cutting.page.id
    assert view.canvas.page_marks() == []  # page 1's rectangle is kept, not shown here
    _draw(view.canvas, to_pixels(RIGHT_AREA_PT))
    assert [n for n, _m in view.canvas.page_marks()] == [2]
    qtbot.waitUntil(lambda: "투자 협약" in view.preview.toPlainText(), timeout=5000)
    assert "76만t" in view.preview.toPlainText()  # both pages' text, in order
    view.make_requested.emit()
    wait_writer(qtbot, window)
    [clipping_id] = window.service.library.ids()
    cuts = window.service.get(clipping_id).cuts
    assert [c.page_id for c in cuts] == [first, second]
    # PageUp goes back; at the first page it stays.
    QTest.keyClick(view.canvas, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: cutting.page.page_number == 1
                    and view.canvas.page_id == first, timeout=20000)
    QTest.keyClick(view.canvas, Qt.Key.Key_PageUp)
    qtbot.wait(200)
    assert cutting.requested == first


def test_a_library_with_only_pages_shows_them_and_a_switch_forgets_them(qtbot, window,
                                                                         tmp_path):
    pdf = newspaper_pdf(tmp_path / "조선일보_20240510_A3.pdf")
    window.import_items([str(pdf)], [])
    _wait_import(qtbot, window)
    _wait_page(qtbot, window)
    _draw(window.cutting.view.canvas, to_pixels(LEFT_AREA_PT))
    # No clipping yet, but pages to cut: the library is shown, not the empty drop zone.
    window.cutting._back()
    assert window.service.count() == 0
    assert window.stack.currentWidget() is window.splitter
    assert ("pages", "") in _sidebar_entries(window)
    window.sidebar.select_entry("pages")
    assert window.cutting.is_open()
    _wait_page(qtbot, window)
    # Another library: its own (empty) state, nothing of the first one's page.
    window.open_library(tmp_path / "other")
    assert not window.cutting.is_open()
    assert window.cutting.page is None and window.cutting.view.canvas.marks == []
    assert window.stack.currentWidget() is window.empty_state


def test_korean_cutting_view(qtbot, tmp_path):
    """The cutting view and its sidebar entry speak Korean in a Korean window."""
    from clipper.gui.app import Translations, create_app

    translations = Translations(create_app())
    translations.install("ko")
    try:
        win = open_window(qtbot, tmp_path / "library", tmp_path / "settings.ini",
                          language=None)
        win.import_items([str(newspaper_pdf(tmp_path / "조선일보_20240510_A3.pdf"))], [])
        _wait_import(qtbot, win)
        _wait_page(qtbot, win)
        view = win.cutting.view
        assert view.make_button.text() == "스크랩 만들기"
        assert view.recognise_button.text() == "글자 인식"
        # The page's own fields fill the form before any rectangle (from the file name).
        qtbot.waitUntil(lambda: view.fields["outlet"].text() == "조선일보", timeout=5000)
        labels = [item.text(0) for item in win.sidebar._items()]
        assert "오릴 지면  (1)" in labels
        win.close()
    finally:
        translations.install("en")


@needs_tesseract
def test_pages_imported_from_the_command_line_are_read_when_the_view_opens(qtbot, tmp_path):
    from PIL import Image

    from clipper.services import LibraryService

    scan = Image.open(scanned_page(tmp_path / "a.png"))
    tiff = tmp_path / "지면.tif"
    scan.save(tiff, save_all=True, append_images=[scan.copy()], dpi=(200, 200))
    with LibraryService(tmp_path / "library") as svc:  # as `clipper import 지면.tif` does
        svc.import_paths([str(tiff)])
        assert [p.ocr_state for p in svc.print_pages()] == ["pending", "pending"]
    win = open_window(qtbot, tmp_path / "library", tmp_path / "settings.ini")
    outcomes: list = []
    win.cutting.recognition_finished.connect(outcomes.append)
    assert not win.cutting.recognising()  # nothing runs before the user looks
    win.sidebar.select_entry("pages")
    assert win.cutting.is_open() and win.cutting.recognising()
    qtbot.waitUntil(lambda: bool(outcomes), timeout=120000)
    assert [o.status for o in outcomes[0]] == ["done", "done"]
    win.close()


def test_delete_in_the_page_list_deletes_the_page_and_ctrl_z_brings_it_back(qtbot, window,
                                                                            tmp_path):
    pdf = newspaper_pdf(tmp_path / "조선일보_20240510_A3.pdf", pages=2)
    window.import_items([str(pdf)], [])
    _wait_import(qtbot, window)
    _wait_page(qtbot, window)
    view = window.cutting.view
    assert view.page_list.count() == 2
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    view.page_list.setFocus()
    qtbot.waitUntil(view.page_list.hasFocus, timeout=3000)
    view.page_list.setCurrentRow(1)
    _wait_page(qtbot, window)
    second = window.cutting.page.id
    QTest.keyClick(view.page_list, Qt.Key.Key_Delete)
    wait_writer(qtbot, window)
    assert [p.id for p in window.service.print_pages()] != [] and second not in [
        p.id for p in window.service.print_pages()]
    qtbot.waitUntil(lambda: view.page_list.count() == 1, timeout=5000)
    _wait_page(qtbot, window)  # the view went on to the page that is left
    window.undo_stack.undo()
    wait_writer(qtbot, window)
    assert second in [p.id for p in window.service.print_pages()]
    qtbot.waitUntil(lambda: view.page_list.count() == 2, timeout=5000)


def test_pagedown_goes_on_to_the_next_page_file_of_the_same_paper(qtbot, window, tmp_path):
    """E-papers come one PDF a page: A1 and A5 of the same paper and day are one paper for
    PageDown (a story continued from A1 on A5); another outlet's page is not."""
    files = [newspaper_pdf(tmp_path / name) for name in (
        "조선일보_20240510_A5.pdf", "동아일보_20240510_A2.pdf", "조선일보_20240510_A1.pdf")]
    window.import_items([str(f) for f in files], [])
    _wait_import(qtbot, window)
    cutting = window.cutting
    by_name = {p.file_name: p.id for p in window.service.print_pages()}
    cutting.show_page(by_name["조선일보_20240510_A1.pdf"])
    _wait_page(qtbot, window)
    cutting.view.canvas.setFocus()
    QTest.keyClick(cutting.view.canvas, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: cutting.page.id == by_name["조선일보_20240510_A5.pdf"],
                    timeout=20000)
    QTest.keyClick(cutting.view.canvas, Qt.Key.Key_PageDown)  # A5 is the last of 조선일보
    qtbot.wait(300)
    assert cutting.requested == by_name["조선일보_20240510_A5.pdf"]


def test_a_broken_pdf_dropped_with_a_good_one_is_named_and_the_good_one_comes_in(
        qtbot, window, tmp_path):
    broken = tmp_path / "깨진_지면.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ngarbage")
    good = newspaper_pdf(tmp_path / "조선일보_20240510_A3.pdf")
    _drop(window, [broken, good])
    _wait_import(qtbot, window)
    dialog = window.summary_dialog
    rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 2).text()
            for r in range(dialog.table.rowCount())}
    [reason] = [text for item, text in rows.items() if "깨진_지면" in item]
    assert reason == "not a readable PDF (damaged or not a PDF)"
    # Nothing of the broken file was stored; the good one's page waits to be cut.
    assert [p.file_name for p in window.service.print_pages()] == [good.name]
    qtbot.waitUntil(window.cutting.is_open, timeout=5000)


def test_cuts_made_before_the_view_opened_are_drawn_hatched(qtbot, tmp_path):
    # `clipper page cut` (or an earlier window) cut the left article; the view opened
    # later draws it hatched from the library, and a cut taken back is no longer drawn.
    from clipper.services import LibraryService

    left = to_pixels(LEFT_AREA_PT)
    with LibraryService(tmp_path / "library") as svc:
        svc.import_paths([str(newspaper_pdf(tmp_path / "조선일보_20240510_A3.pdf"))])
        page_id = svc.print_pages()[0].id
        clipping_id, _ = svc.cut_clipping([(page_id, left)])
        assert svc.page_cuts(page_id) == [(clipping_id, left)]
    win = open_window(qtbot, tmp_path / "library", tmp_path / "settings.ini")
    win.cutting.open(page_id)
    canvas = win.cutting.view.canvas
    qtbot.waitUntil(lambda: canvas.cut_boxes == [left], timeout=20000)
    win.undo_stack.undo()  # Ctrl+Z: the window's journal undo takes the CLI's cut back
    wait_writer(qtbot, win)
    assert win.service.library.ids() == []
    qtbot.waitUntil(lambda: canvas.cut_boxes == [], timeout=20000)
    win.close()
