"""The photo viewer: a clipping's photos at full size from the reader, arrow keys between
them, copy and Save As of the original file, plain-text captions, "no image stored"."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog

from clipper.domain import ArticleDraft, Block, PhotoDraft
from clipper.store.library import open_library
from tests.gui_support import open_window, photo_point, wait_writer

MARKUP_CAPTION = "<b>굵게</b> <img src=/etc/passwd> 경기도청 & 판교"


def _image(size: tuple[int, int], colour: str, fmt: str = "PNG") -> bytes:
    img = Image.new("RGB", size, "white")
    ImageDraw.Draw(img).rectangle((10, 10, size[0] - 10, size[1] - 10), fill=colour)
    buf = io.BytesIO()
    img.save(buf, fmt)
    return buf.getvalue()


BIG = _image((2400, 1600), "navy", "JPEG")
SMALL = _image((240, 120), "red")


@pytest.fixture
def window(qtbot, library_path, tmp_path):
    with open_library(library_path) as lib:
        lib.add(ArticleDraft(
            title="경기도 판교 스타트업 행사",
            outlet="연합뉴스",
            language="ko",
            body=[Block("paragraph", "경기도는 판교에서 행사를 열었다."),
                  Block("paragraph", "참가자들은 새 사업을 소개했다.")],
            photos=[
                PhotoDraft(caption="판교 행사장 전경", credit="경기도 제공",
                           src="https://img.example.com/photos/pangyo%20hall.jpg", data=BIG),
                PhotoDraft(caption=MARKUP_CAPTION, credit="<i>연합뉴스</i>",
                           src="small.png", data=SMALL),
                PhotoDraft(caption="사진만 설명으로 남은 사진", credit="뉴스1"),
            ]))
    win = open_window(qtbot, library_path, tmp_path / "s.ini")
    win.resize(1280, 900)
    win.show()
    wait_writer(qtbot, win, timeout=60000)
    win.select_row(0)
    assert len(win.reader.clipping.photos) == 3
    return win



def _open(qtbot, window, position: int = 0):
    reader = window.reader
    qtbot.mouseDClick(reader.viewport(), Qt.MouseButton.LeftButton,
                      pos=photo_point(reader, position))
    qtbot.waitUntil(lambda: getattr(window, "photo_viewer", None) is not None
                    and window.photo_viewer.isVisible(), timeout=5000)
    viewer = window.photo_viewer
    qtbot.waitExposed(viewer)
    # It takes the keyboard: arrows, Ctrl+C and Esc are the viewer's, not the list's.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is viewer, timeout=5000)
    return viewer


def test_double_clicking_a_photo_opens_it_with_caption_credit_and_position(window, qtbot):
    viewer = _open(qtbot, window, 0)
    assert viewer.index == 0
    assert viewer.position.text() == "1 / 3"
    assert viewer.caption.text() == "판교 행사장 전경"
    assert viewer.credit.text() == "경기도 제공"
    assert not viewer.image.isNull() and viewer.image.size().width() == 2400
    assert viewer.isModal() is False  # the reader stays usable beside it


def test_a_double_click_on_a_captions_box_opens_that_photo(window, qtbot):
    viewer = _open(qtbot, window, 2)
    assert viewer.index == 2 and viewer.position.text() == "3 / 3"


def test_enter_on_a_photo_reached_with_tab_opens_it(window, qtbot):
    reader = window.reader
    reader.setFocus()
    # Tab goes from link to link in the reader: the first photo is the first link.
    reader.focusNextPrevChild(True)
    assert reader.focused_photo() == 0
    qtbot.keyClick(reader, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(window, "photo_viewer", None) is not None, timeout=5000)
    assert window.photo_viewer.index == 0
    window.photo_viewer.close()
    reader.focusNextPrevChild(True)
    assert reader.focused_photo() == 1
    qtbot.keyClick(reader, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.photo_viewer.index == 1, timeout=5000)


def test_arrow_keys_and_buttons_move_between_the_clippings_photos(window, qtbot):
    viewer = _open(qtbot, window, 0)
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.index == 1 and viewer.position.text() == "2 / 3"
    assert viewer.caption.text() == MARKUP_CAPTION
    # The focus on a button must not take the arrows for itself.
    viewer.next_button.setFocus()
    qtbot.keyClick(viewer.next_button, Qt.Key.Key_Right)
    assert viewer.index == 2
    qtbot.keyClick(viewer, Qt.Key.Key_Right)  # the last photo: stays
    assert viewer.index == 2 and not viewer.next_button.isEnabled()
    qtbot.keyClick(viewer, Qt.Key.Key_Left)
    qtbot.keyClick(viewer, Qt.Key.Key_Left)
    assert viewer.index == 0 and not viewer.previous_button.isEnabled()
    qtbot.mouseClick(viewer.next_button, Qt.MouseButton.LeftButton)
    assert viewer.index == 1
    qtbot.mouseClick(viewer.previous_button, Qt.MouseButton.LeftButton)
    assert viewer.index == 0


def test_captions_and_credits_are_plain_text(window, qtbot):
    viewer = _open(qtbot, window, 1)
    for label in (viewer.caption, viewer.credit, viewer.position):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert viewer.caption.text() == MARKUP_CAPTION
    assert viewer.credit.text() == "<i>연합뉴스</i>"


def test_a_photo_without_an_image_says_so_and_keeps_its_caption(window, qtbot):
    viewer = _open(qtbot, window, 2)
    assert viewer.image.isNull()
    assert viewer.missing.isVisible() and not viewer.scroll.isVisible()
    assert "No image stored" in viewer.missing.text()
    assert viewer.caption.text() == "사진만 설명으로 남은 사진"
    assert viewer.credit.text() == "뉴스1"
    assert not viewer.copy_button.isEnabled() and not viewer.save_button.isEnabled()


def test_fitted_never_enlarged_and_zoom(window, qtbot):
    viewer = _open(qtbot, window, 0)
    viewer.resize(900, 700)
    qtbot.wait(20)
    fit = viewer.scale()
    assert fit < 1  # 2400 px wide in a 900 px window
    assert viewer.picture.pixmap().width() <= viewer.scroll.viewport().width()
    qtbot.keyClick(viewer, Qt.Key.Key_Right)  # 240x120 in the same window
    assert viewer.scale() == 1.0
    assert viewer.picture.pixmap().size() == viewer.image.size()
    assert viewer.zoom_label.text() == "100%"
    qtbot.keyClick(viewer, Qt.Key.Key_Plus)  # only the user enlarges it
    assert viewer.scale() > 1.0
    assert viewer.picture.pixmap().width() > 240
    qtbot.keyClick(viewer, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert viewer.scale() == 1.0


def test_ctrl_c_copies_the_full_size_image(window, qtbot):
    viewer = _open(qtbot, window, 0)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(viewer, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().image()
    assert copied.width() == 2400 and copied.height() == 1600


def test_save_as_writes_the_original_bytes(window, qtbot, tmp_path, monkeypatch):
    asked = []

    def choose(parent, caption, directory, file_filter, *args, **kwargs):
        asked.append((directory, file_filter))
        return str(tmp_path / "out" / "chosen"), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    (tmp_path / "out").mkdir()
    viewer = _open(qtbot, window, 0)
    qtbot.keyClick(viewer, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = tmp_path / "out" / "chosen.jpg"  # the stored file's extension is added
    assert saved.read_bytes() == BIG
    directory, file_filter = asked[0]
    assert directory.endswith("pangyo hall.jpg") and "*.jpg" in file_filter
    assert [p.name for p in saved.parent.iterdir()] == ["chosen.jpg"]  # no temp file left

    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    viewer.save_button.click()  # the button does the same
    assert (tmp_path / "out" / "chosen.png").read_bytes() == SMALL
    assert asked[1][0].endswith("small.png")


def test_a_failed_save_is_reported(window, qtbot, tmp_path, monkeypatch):
    from clipper.gui import plain

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(blocker / "x.jpg"), "")))
    warned = []
    monkeypatch.setattr(plain, "warn", lambda _parent, title, text: warned.append(text))
    viewer = _open(qtbot, window, 0)
    viewer.save_as()
    assert warned and warned[0].startswith("Could not save the photo")


def test_escape_closes_the_viewer(window, qtbot):
    viewer = _open(qtbot, window, 0)
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not _visible(viewer), timeout=5000)


def _visible(widget) -> bool:
    try:
        return widget.isVisible()
    except RuntimeError:  # deleted on close
        return False


def test_a_single_click_on_a_photo_opens_nothing(window, qtbot):
    reader = window.reader
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton,
                     pos=photo_point(reader, 0))
    qtbot.wait(50)
    assert getattr(window, "photo_viewer", None) is None
    assert QApplication.activeModalWidget() is None
