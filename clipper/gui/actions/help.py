"""Help menu: the search syntax, the keyboard shortcuts, and About."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from clipper import __version__
from clipper.gui.views.help_dialog import ReferenceDialog

translate = QCoreApplication.translate


def search_syntax_rows() -> list[tuple[str, str]]:
    """What the search field understands (the same as `clipper search`)."""
    return [
        ("경기도 청년", translate("Help", "Every word must match (AND).")),
        ("경기도 OR 서울", translate("Help", "Either word matches.")),
        ("-치매   NOT 치매", translate("Help", "Leaves out clippings with the word.")),
        ('"스타트업 천국"', translate("Help", "The words together, in this order.")),
        ("startup*", translate("Help", "Words beginning with these letters.")),
        ("title:판교",
         translate("Help", "Only in the title; also outlet:, byline:, caption:, tag:, "
                           "theme:, keyword: and note:.")),
        ("published:2024-05-01..2024-05-15",
         translate("Help", "Published in this period, both days included.")),
        ("published:2024-05",
         translate("Help", "Published in this month (or year: published:2024).")),
        ("경기도  지사  도지사",
         translate("Help", "Korean words are split into their parts: each of these "
                           "finds “경기도지사가”.")),
    ]


def show_search_syntax(window) -> ReferenceDialog:
    dialog = ReferenceDialog(
        translate("Help", "Search syntax"),
        translate("Help", "Type in the search field (Ctrl+F); the list shows the best "
                          "matches first. Save a search you use often with Ctrl+Shift+S."),
        (translate("Help", "You type"), translate("Help", "It finds")),
        search_syntax_rows(), window)
    dialog.setModal(False)
    dialog.show()
    window.help_dialog = dialog
    return dialog


def shortcut_rows(window) -> list[tuple[str, str]]:
    """Every menu command with a shortcut, read from the menus themselves, then the
    keys of the list and the reader that no menu shows."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    while menus:
        menu = menus.pop(0)
        for action in menu.actions():
            if action.menu() is not None:
                menus.append(action.menu())
                continue
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if not keys or keys in seen:
                continue
            seen.add(keys)
            rows.append((keys, _plain(action.text())))
    rows += [
        (translate("Help", "Up, Down, Page Up, Page Down"),
         translate("Help", "Move through the list; the reader follows.")),
        ("Ctrl+Home, Ctrl+End", translate("Help", "The first or the last clipping.")),
        (translate("Help", "Shift+click, Ctrl+click"),
         translate("Help", "Select several clippings, to tag, export or delete them.")),
        ("H, N", translate("Help", "In the reader: highlight the selected text, or add "
                                   "a note to it.")),
        (translate("Help", "Double-click a row"), translate("Help", "Edit the clipping.")),
        (translate("Help", "Double-click a photo"),
         translate("Help", "The photo at full size; Left and Right go to the others.")),
        ("Ctrl+C, Ctrl+S, +, -, 0",
         translate("Help", "In the photo viewer: copy the photo, save its original file, "
                           "zoom in, zoom out, fit it to the window.")),
        ("Esc", translate("Help", "Close a dialog; during an import or export, cancel it.")),
    ]
    return rows


def show_shortcuts(window) -> ReferenceDialog:
    dialog = ReferenceDialog(
        translate("Help", "Keyboard shortcuts"),
        translate("Help", "Shortcuts of the menus, the list and the reader."),
        (translate("Help", "Keys"), translate("Help", "Command")),
        shortcut_rows(window), window)
    dialog.setModal(False)
    dialog.show()
    window.help_dialog = dialog
    return dialog


def show_about(window) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, translate("Help", "About Clipper"),
                      translate("Help", "Clipper %1: press clippings, organised.")
                      .replace("%1", __version__), QMessageBox.StandardButton.Close, window)
    box.open()
    window.help_dialog = box


def build_help_menu(window) -> QMenu:
    from clipper.gui.window_actions import make_action

    menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
    window.search_help_action = make_action(
        window, translate("MainWindow", "&Search Syntax…"), lambda: show_search_syntax(window),
        "F1")
    window.shortcuts_action = make_action(
        window, translate("MainWindow", "&Keyboard Shortcuts…"), lambda: show_shortcuts(window),
        "Ctrl+/")
    window.about_action = make_action(window, translate("MainWindow", "&About Clipper"),
                                      lambda: show_about(window))
    for action in (window.search_help_action, window.shortcuts_action, None,
                   window.about_action):
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
    return menu


def _plain(text: str) -> str:
    """A menu text without its mnemonic and ellipsis ("Add &Tags…" -> "Add Tags")."""
    import re

    text = re.sub(r"\(&.\)", "", text)  # the Korean form: "태그 달기(&T)…"
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()
