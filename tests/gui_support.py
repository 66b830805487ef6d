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
