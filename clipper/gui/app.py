"""Starting the desktop app: fonts, translations, settings, and the main window.

`python main.py [--library PATH]` (and `make run`) end up in `run()`.
"""

from __future__ import annotations

import argparse
import gc
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, Qt, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from clipper.config import default_library_path
from clipper.errors import LibraryError, user_message
from clipper.gui.icons import RESOURCES, icon

ORGANISATION = "Clipper"
APP = "Clipper"
TRANSLATIONS = RESOURCES / "translations"
KOREAN_FONT = "NanumGothic"
_FONT_FAMILIES: list[str] = []  # registered once per process


def load_fonts() -> list[str]:
    """Register the shipped Korean fonts, so Hangul renders with no system CJK font."""
    if not _FONT_FAMILIES:
        for path in sorted((RESOURCES / "fonts").glob("NanumGothic*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                _FONT_FAMILIES.extend(QFontDatabase.applicationFontFamilies(font_id))
    families = list(_FONT_FAMILIES)
    app = QApplication.instance()
    if app is not None and KOREAN_FONT in families:
        # Keep the platform's UI font for Latin text; Hangul falls back to Nanum.
        font = QFont(app.font())
        if KOREAN_FONT not in font.families():
            font.setFamilies([font.family(), KOREAN_FONT])
        app.setFont(font)
    return families


def choose_language(settings: QSettings) -> str:
    """The language the user picked, else the system's ("ko" or "en")."""
    chosen = settings.value("ui/language", "", str)
    if chosen in ("ko", "en"):
        return chosen
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


class Translations:
    """Our catalogue plus Qt's own (standard dialog buttons), swapped as a pair."""

    def __init__(self, app: QApplication):
        self.app = app
        self.installed: list[QTranslator] = []

    def install(self, language: str) -> bool:
        for translator in self.installed:
            self.app.removeTranslator(translator)
        self.installed = []
        ours = QTranslator(self.app)
        if not ours.load(str(TRANSLATIONS / f"clipper_{language}.qm")):
            # English is the source language: its catalogue only holds plural forms
            # ("1 clipping", "2 clippings"), and the UI still works without it.
            return language == "en"
        self.app.installTranslator(ours)
        self.installed.append(ours)
        if language == "en":
            return True
        qt = QTranslator(self.app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath
                                                           .TranslationsPath)):
            self.app.installTranslator(qt)
            self.installed.append(qt)
        return True


def make_settings(path: str | None = None) -> QSettings:
    """The user's settings, or an INI file (tests and benches keep theirs apart)."""
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(ORGANISATION, APP)


def create_app(argv: Sequence[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP)
    app.setWindowIcon(icon("app"))
    load_fonts()
    return app


class Controller:
    """Owns the window; switching language rebuilds it on the same library."""

    def __init__(self, app: QApplication, settings: QSettings, folder: Path):
        self.app = app
        self.settings = settings
        self.translations = Translations(app)
        self.translations.install(choose_language(settings))
        self.window = self._new_window(folder)

    def _new_window(self, folder: Path):
        from clipper.gui.main_window import MainWindow

        window = MainWindow(folder, self.settings)
        window.language_change_requested.connect(self.switch_language)
        return window

    def switch_language(self, language: str) -> None:
        self.settings.setValue("ui/language", language)
        self.translations.install(choose_language(self.settings))
        old = self.window
        folder = old.service.root
        old.close()
        self.window = self._new_window(folder)
        self.window.show()
        old.deleteLater()


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="clipper-gui", description="Clipper's desktop app.")
    parser.add_argument("--library", type=Path, default=None,
                        help="library folder (default: the last one opened, else "
                             f"{default_library_path()})")
    parser.add_argument("--settings", default=None, help=argparse.SUPPRESS)
    return parser.parse_args(list(argv))


def run(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = create_app()
    settings = make_settings(args.settings)
    last = settings.value("library/last", "", str)
    folder = args.library or (Path(last) if last else default_library_path())
    try:
        controller = Controller(app, settings, folder)
    except OPEN_ERRORS as exc:
        show_open_error(exc, folder)
        return 2
    controller.window.show()
    # A full garbage collection scans every long-lived object (modules, Qt wrappers) and
    # held the GUI thread for ~65 ms at a time; what start-up made lives as long as the
    # app, so leave it out of the scans (measured: bench/gui_stall_bench.py).
    QTimer.singleShot(1000, gc.freeze)
    return app.exec()


# What opening a library can raise (clipper.errors words each: damaged, newer, not a
# folder, read-only, disk full); anything else is a bug and keeps its traceback.
OPEN_ERRORS = (LibraryError, sqlite3.Error, OSError, OverflowError)


def open_error_box(exc: BaseException, folder: Path) -> QMessageBox:
    """The dialog for a library that cannot be opened: the CLI's line, as plain text."""
    box = QMessageBox(QMessageBox.Icon.Critical, APP,
                      user_message(exc, folder.expanduser()))
    box.setTextFormat(Qt.TextFormat.PlainText)  # a folder name is not markup
    return box


def show_open_error(exc: BaseException, folder: Path) -> None:
    open_error_box(exc, folder).exec()
