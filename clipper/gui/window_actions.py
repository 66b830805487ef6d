"""The window's QActions, menus and toolbar: what each command is called, its shortcut
and icon, and which action function or controller it runs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from clipper.gui.actions import clippings, daily, exporting, help, organising
from clipper.gui.icons import icon
from clipper.gui.views.toolbar import MainToolBar


def make_action(window, text: str, slot, shortcut=None, icon_name: str | None = None,
            context: Qt.ShortcutContext | None = None) -> QAction:
    action = QAction(text, window)
    if icon_name:
        action.setIcon(icon(icon_name))
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if context is not None:
        action.setShortcutContext(context)
    # triggered(bool) would pass `checked` as the slot's first argument.
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_actions(w) -> None:
    """Make the window's actions (as attributes: tests and menus find them there)."""
    translate = QCoreApplication.translate
    imports = w.imports
    w.import_action = make_action(w, translate("MainWindow", "&Import…"), imports.files_dialog,
                              "Ctrl+I", "import")
    w.import_folder_action = make_action(w, translate("MainWindow", "Import &Folder…"),
                                     imports.folder_dialog)
    w.samples_action = make_action(w, translate("MainWindow", "Import &Sample Articles"),
                               imports.samples, icon_name="sample")
    w.export_action = make_action(w, translate("MainWindow", "&Export PDF Report…"),
                              lambda: exporting.export_dialog(w), "Ctrl+P", "export")
    w.export_csv_action = make_action(w, translate("MainWindow", "Export &CSV…"),
                                  lambda: exporting.export_data_dialog(w, "csv"))
    w.export_bundle_action = make_action(w, translate("MainWindow", "Export &Bundle…"),
                                     lambda: exporting.export_data_dialog(w, "bundle"))
    # the morning clipping report (issue 15)
    w.daily_action = make_action(w, translate("MainWindow", "&Daily Clipping Report…"),
                                 lambda: daily.daily_report_dialog(w), "Ctrl+Shift+P")
    w.open_report_action = make_action(w, translate("MainWindow", "Open Last &Report"),
                                   lambda: exporting.open_last_report(w))
    w.open_report_action.setEnabled(False)  # until a report was written
    w.open_action = make_action(w, translate("MainWindow", "&Open Library…"),
                            lambda: clippings.open_library_dialog(w),
                            QKeySequence.StandardKey.Open, "open")
    w.quit_action = make_action(w, translate("MainWindow", "&Quit"), w.close,
                            QKeySequence.StandardKey.Quit)
    w.undo_action = w.undo_stack.createUndoAction(w, translate("MainWindow", "&Undo"))
    w.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    w.undo_action.setIcon(icon("undo"))
    w.redo_action = w.undo_stack.createRedoAction(w, translate("MainWindow", "&Redo"))
    # setShortcuts: on X11 StandardKey.Redo is Ctrl+Y and Ctrl+Shift+Z; setShortcut keeps one.
    w.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
    w.redo_action.setIcon(icon("redo"))
    w.paste_action = make_action(
        w, translate("MainWindow", "&Paste Articles"), imports.paste,
        QKeySequence.StandardKey.Paste, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
    w.edit_action = make_action(w, translate("MainWindow", "&Edit Clipping…"),
                            lambda: clippings.edit_current(w), "Ctrl+E", "edit")
    w.delete_action = make_action(
        w, translate("MainWindow", "&Delete Clipping"), lambda: clippings.delete_selected(w),
        QKeySequence.StandardKey.Delete, "delete",
        context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
    w.find_action = make_action(w, translate("MainWindow", "&Find"), w.search.focus,
                            QKeySequence.StandardKey.Find, "search")
    w.open_link_action = make_action(w, translate("MainWindow", "Open &Original Page"),
                                 lambda: clippings.open_original(w), "Ctrl+L", "link")
    w.add_tags_action = make_action(w, translate("MainWindow", "Add &Tags…"),
                                lambda: organising.add_tags_dialog(w), "Ctrl+T", "tag")
    w.remove_tag_action = make_action(w, translate("MainWindow", "&Remove Tag…"),
                                  lambda: organising.remove_tag_dialog(w))
    w.new_theme_action = make_action(w, translate("MainWindow", "New Th&eme…"),
                                 lambda: organising.new_theme_dialog(w), icon_name="theme")
    w.highlight_action = make_action(
        w, translate("MainWindow", "&Highlight"), w.highlight_selection, "H", "highlight",
        context=Qt.ShortcutContext.WidgetShortcut)
    w.note_action = make_action(
        w, translate("MainWindow", "Add &Note…"), lambda: clippings.note_selection(w), "N",
        "note", context=Qt.ShortcutContext.WidgetShortcut)
    w.remove_highlight_action = make_action(w, translate("MainWindow", "Remove Hi&ghlight"),
                                        w.remove_highlight_at_cursor)
    w.accept_action = make_action(w, translate("MainWindow", "&Accept Suggested Themes"),
                              lambda: organising.review_suggestions(w, True), "Ctrl+Return")
    # Ctrl+Backspace beside Ctrl+Return: both on the right hand, neither near Delete
    # (Ctrl+Delete would sit next to deleting the clipping). A focused search field
    # keeps it for deleting a word (QLineEdit overrides the shortcut).
    w.reject_action = make_action(w, translate("MainWindow", "Re&ject Suggested Themes"),
                              lambda: organising.review_suggestions(w, False),
                              "Ctrl+Backspace")
    w.same_story_action = make_action(w, translate("MainWindow", "Same &Story"),
                                  lambda: organising.merge_story(w))
    w.not_same_story_action = make_action(w, translate("MainWindow", "Not the Same Stor&y"),
                                      lambda: organising.split_story(w))
    w.group_copies_action = make_action(w, translate("MainWindow", "&Group Copies of a Story"),
                                    lambda: set_grouped(w), "Ctrl+G")
    w.group_copies_action.setCheckable(True)
    # Kept between sessions; the library opened next is listed this way from the start.
    w.lists.grouped = bool(w.settings.value("view/group_copies", False, bool))
    w.group_copies_action.setChecked(w.lists.grouped)
    w.save_search_action = make_action(w, translate("MainWindow", "&Save Search…"),
                                   lambda: organising.save_search_dialog(w), "Ctrl+Shift+S")
    w.dashboard_action = make_action(w, translate("MainWindow", "&Dashboard"),
                                 w.dashboards.toggle, "Ctrl+D")
    w.dashboard_action.setCheckable(True)
    w.reader.addAction(w.highlight_action)
    w.reader.addAction(w.note_action)
    w.theme_menu = QMenu(translate("MainWindow", "Add to The&me"), w)
    w.theme_menu.setIcon(icon("theme"))
    w.theme_menu.aboutToShow.connect(lambda: organising.fill_theme_menu(w, w.theme_menu))
    for widget in (w.list_view, w.reader, w.empty_state, w.sidebar):
        widget.addAction(w.paste_action)
    w.list_view.addAction(w.delete_action)


def set_grouped(w) -> None:
    """View > Group Copies of a Story was toggled."""
    grouped = w.group_copies_action.isChecked()
    w.settings.setValue("view/group_copies", grouped)
    w.lists.set_grouped(grouped)


def build_menus(w) -> None:
    translate = QCoreApplication.translate
    bar = w.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    fill(file_menu, [w.import_action, w.import_folder_action, w.samples_action, None,
                      w.export_action, w.daily_action, w.export_csv_action,
                      w.export_bundle_action, w.open_report_action, None,
                      w.open_action, None, w.quit_action])
    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    fill(edit_menu, [w.undo_action, w.redo_action, None, w.paste_action, w.edit_action,
                      w.delete_action, None, w.find_action, w.save_search_action])
    w.clipping_menu = bar.addMenu(translate("MainWindow", "&Clipping"))
    fill(w.clipping_menu, [w.open_link_action, None, w.add_tags_action, w.remove_tag_action,
                            w.theme_menu, w.new_theme_action, w.accept_action,
                            w.reject_action, None, w.same_story_action,
                            w.not_same_story_action, None, w.highlight_action,
                            w.note_action, w.remove_highlight_action])
    from clipper.gui.actions import feeds as feed_actions  # issue 17

    w.feeds_menu = bar.addMenu(feed_actions.build_menu(w))
    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    view_menu.addAction(w.dashboard_action)
    view_menu.addAction(w.group_copies_action)
    view_menu.addSeparator()
    language_menu = view_menu.addMenu(translate("MainWindow", "&Language"))
    group = QActionGroup(w)
    current = w.settings.value("ui/language", "", str)
    for code, label in (("", translate("MainWindow", "System default")), ("en", "English"),
                        ("ko", "한국어")):
        action = QAction(label, w, checkable=True)
        action.setChecked(code == current)
        action.triggered.connect(lambda _c=False, c=code: w.language_change_requested.emit(c))
        group.addAction(action)
        language_menu.addAction(action)
    help.build_help_menu(w)


def build_toolbar(w) -> None:
    toolbar = MainToolBar(QCoreApplication.translate("MainWindow", "Main"), w)
    toolbar.setObjectName("mainToolbar")
    toolbar.setIconSize(QSize(22, 22))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    w.addToolBar(toolbar)
    # The button keeps a short label; the menu item and the tooltip name the change
    # ("Undo Tag 경기, 청년 …" would widen the toolbar with every step).
    w.undo_action.setIconText(QCoreApplication.translate("MainWindow", "Undo"))
    fill(toolbar, [w.import_action, w.export_action, w.open_action, None,
                   w.undo_action, w.edit_action, w.delete_action, None,
                   w.add_tags_action, w.highlight_action, w.note_action])
    toolbar.add_search_field(w.search.field)
    w.toolbar = toolbar


def fill(target, entries) -> None:
    """Add actions (a QMenu as its submenu, None as a separator) in order."""
    for entry in entries:
        if entry is None:
            target.addSeparator()
        elif isinstance(entry, QMenu):
            target.addMenu(entry)
        else:
            target.addAction(entry)
