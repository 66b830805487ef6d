"""Helpers for the GUI tests: a window on a real library in tmp_path, and waits."""

from __future__ import annotations

from pathlib import Path


def open_window(qtbot, library: Path, settings_file: Path, language: str | None = "en"):
    """A main window on `library`; `language=None` keeps the installed translators."""
    from clipper.gui.app import Translations, create_app, make_settings
    from clipper.gui.main_window import MainWindow

    app = create_app()
    if language == "en":
        Translations(app).install("en")
    window = MainWindow(library, make_settings(str(settings_file)))
    qtbot.addWidget(window)
    return window


def wait_writer(qtbot, window, timeout: int = 10000) -> None:
    """Wait until the writer thread is idle and its change notices were handled."""
    qtbot.waitUntil(lambda: not window.writer.busy(), timeout=timeout)
    qtbot.wait(20)


def answer_modal(answer) -> None:
    """Run `answer(dialog)` on the next modal dialog once it is open."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, attempt)
        else:
            answer(dialog)

    QTimer.singleShot(0, attempt)


def photo_point(reader, position: int):
    """A viewport point on the reader's block of photo `position` (its image)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QTextCursor

    from clipper.gui.views.reader import PHOTO_PROPERTY

    block = reader.document().begin()
    while block.isValid():
        if block.blockFormat().property(PHOTO_PROPERTY) == position:
            cursor = QTextCursor(block)
            reader.setTextCursor(cursor)
            reader.ensureCursorVisible()
            rect = reader.cursorRect(cursor)
            return QPoint(rect.left() + 4, rect.center().y())
        block = block.next()
    raise AssertionError(f"no photo {position} in the reader")
