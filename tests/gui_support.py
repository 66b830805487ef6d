"""Helpers for the GUI tests: a window on a real library in tmp_path, and waits.

PySide6 6.12 on Python 3.11 drops one reference to None on every call of the static
`QCoreApplication.processEvents()` (None is not immortal before 3.12), and the
interpreter aborts once its count reaches zero. pytest-qt calls it a few times around
every test of the whole suite once a QApplication exists, so we route its helper
through `QEventLoop.processEvents()`, which does not leak.
"""

from __future__ import annotations

from pathlib import Path

import pytestqt.plugin
from PySide6.QtCore import QEventLoop


def _process_events() -> None:
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        QEventLoop().processEvents()


pytestqt.plugin._process_events = _process_events


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
