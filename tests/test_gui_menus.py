"""Menus: one mnemonic per letter in every menu, a Help menu that tells the search
syntax and the keyboard shortcuts, in English and in Korean."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QMenu

from clipper.gui.app import Translations, create_app
from tests.gui_support import open_window, wait_writer
from tests.test_gui_window import _add


@pytest.fixture(params=["en", "ko"])
def window(request, qtbot, library_path, tmp_path):
    translations = Translations(create_app())
    assert translations.install(request.param)
    _add(library_path, 2)
    win = open_window(qtbot, library_path, tmp_path / "s.ini", language=None)
    win.show()
    wait_writer(qtbot, win, 60000)
    yield win
    win.close()
    translations.install("en")


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def _menus(window) -> list[tuple[str, list[str]]]:
    """(menu title, item texts) of the menu bar and every menu and submenu in it."""
    found = [("menu bar", [a.text() for a in window.menuBar().actions()])]
    stack = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    while stack:
        menu = stack.pop()
        menu.aboutToShow.emit()  # the theme menu fills itself when opened
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        found.append((menu.title(), texts))
        stack += [a.menu() for a in menu.actions() if a.menu() is not None]
    return found


def _assert_unique(title: str, texts: list[str]) -> None:
    letters = [m for m in map(_mnemonic, texts) if m]
    repeated = {m for m in letters if letters.count(m) > 1}
    assert not repeated, f"{title}: mnemonics used twice: {sorted(repeated)} in {texts}"


def test_every_menu_uses_each_mnemonic_once(window):
    menus = _menus(window)
    assert len(menus) >= 7  # bar, File, Edit, Clipping, Add to Theme, View, Language, Help
    for title, texts in menus:
        _assert_unique(title, texts)


def test_context_menus_use_each_mnemonic_once(window):
    window.select_row(0)
    reader_menu = window.reader.createStandardContextMenu()
    from clipper.gui.window_actions import fill

    fill(reader_menu, window.reader_actions())
    _assert_unique("reader", [a.text() for a in reader_menu.actions() if not a.isSeparator()])
    list_menu = QMenu(window)
    fill(list_menu, window.list_actions())
    _assert_unique("list", [a.text() for a in list_menu.actions() if not a.isSeparator()])


def test_help_shows_the_search_syntax(window, qtbot):
    window.search_help_action.trigger()
    dialog = window.help_dialog
    assert dialog.isVisible()
    rows = dict(dialog.rows())
    assert "경기도 OR 서울" in rows and "published:2024-05-01..2024-05-15" in rows
    if window.ui_language() == "ko":
        assert all(any("\uac00" <= ch <= "\ud7a3" for ch in meaning)
                   for meaning in rows.values())  # explained in Korean


def test_help_lists_the_keyboard_shortcuts_from_the_menus(window):
    window.shortcuts_action.trigger()
    rows = dict(window.help_dialog.rows())
    find = window.find_action.shortcut().toString()
    assert find in rows  # Ctrl+F
    assert rows[window.add_tags_action.shortcut().toString()] in (
        "Add Tags", "태그 달기")
    assert "Ctrl+Home, Ctrl+End" in rows
    assert not any("&" in command for command in rows.values())
