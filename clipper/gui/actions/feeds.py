"""Feed actions (issue 17): the Feeds menu, a feed's context menu in the sidebar, the
add/edit dialog, remove, pause, mark read, OPML import and export. Each change is one
service call on the writer thread (undoable: the journal's Undo names it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMenu

from clipper.gui import plain
from clipper.gui.actions.runner import write
from clipper.gui.workers import Task
from clipper.store.library import LibraryError

translate = QCoreApplication.translate


def build_menu(window) -> QMenu:
    """The menu bar's Feeds menu."""
    menu = QMenu(translate("Feeds", "Fee&ds"), window)
    entries = [
        (translate("Feeds", "Add Feed…"), lambda: add_feed_dialog(window)),
        (translate("Feeds", "Check All Feeds Now"), lambda: check_now(window)),
        None,
        (translate("Feeds", "Import Feeds (OPML)…"), lambda: import_opml_dialog(window)),
        (translate("Feeds", "Export Feeds (OPML)…"), lambda: export_opml_dialog(window)),
    ]
    for entry in entries:
        if entry is None:
            menu.addSeparator()
            continue
        action = menu.addAction(entry[0])
        action.triggered.connect(lambda _c=False, f=entry[1]: f())
    return menu


def feed_menu(window, value: str) -> QMenu | None:
    """The context menu of a feed in the sidebar."""
    try:
        feed = window.service.feed(int(value))
    except (LibraryError, ValueError):
        return None
    pause = (translate("Feeds", "Resume") if feed.paused else translate("Feeds", "Pause"))
    entries = [
        (translate("Feeds", "Check Now"), lambda: check_now(window, [feed.id])),
        (translate("Feeds", "Mark All Read"), lambda: mark_read(window, feed.id)),
        (translate("Feeds", "Edit Feed…"), lambda: edit_feed_dialog(window, feed.id)),
        (pause, lambda: edit_feed(window, feed.id, {"paused": not feed.paused})),
        (translate("Feeds", "Remove Feed"), lambda: remove_feed_dialog(window, feed.id)),
    ]
    menu = QMenu(window)
    for text, slot in entries:
        action = menu.addAction(text)
        action.triggered.connect(lambda _c=False, f=slot: f())
    return menu


def _themes(window) -> list[str]:
    return [theme.name for theme in window.service.list_themes()]


def _after_feed_change(window, task: Task) -> Task:
    """Feed rows are not clippings: the sidebar and the Undo name are refreshed here."""
    def refresh(_result) -> None:
        window.refresh_sidebar()
        window.undo_stack.refresh()

    task.finished.connect(refresh)
    return task


def add_feed_dialog(window) -> Task | None:
    from clipper.gui.views.feed_dialog import FeedDialog

    dialog = FeedDialog(_themes(window), parent=window)
    if not dialog.exec():
        return None
    fields = dialog.values()
    url = str(fields.pop("url"))
    task = add_feed(window, url, fields)
    # The new feed is checked at once: its first articles arrive without waiting.
    task.finished.connect(lambda feed: window.feeds.check_now([feed.id]))
    return task


def add_feed(window, url: str, fields: dict[str, object]) -> Task:
    return _after_feed_change(window, write(
        window, translate("Feeds", "Add feed"), lambda svc: svc.add_feed(url, **fields)))


def edit_feed_dialog(window, feed_id: int) -> Task | None:
    from clipper.gui.views.feed_dialog import FeedDialog

    try:
        feed = window.service.feed(feed_id)
    except LibraryError as exc:
        plain.warn(window, translate("Feeds", "Edit feed"), str(exc))
        return None
    dialog = FeedDialog(_themes(window), feed, parent=window)
    if not dialog.exec() or not dialog.changed_fields():
        return None
    return edit_feed(window, feed_id, dialog.changed_fields())


def edit_feed(window, feed_id: int, fields: dict[str, object]) -> Task:
    return _after_feed_change(window, write(
        window, translate("Feeds", "Edit feed"), lambda svc: svc.edit_feed(feed_id, **fields)))


def remove_feed_dialog(window, feed_id: int) -> Task | None:
    try:
        feed = window.service.feed(feed_id)
    except LibraryError:
        return None
    if not plain.ask(window, translate("Feeds", "Remove feed"), translate(
            "Feeds", "Stop watching %1? Its clippings stay in the library.").replace(
            "%1", feed.title or feed.url)):
        return None
    if window.sidebar.current_entry() == ("feed", str(feed_id)):
        window.sidebar.select_entry("inbox")
    return _after_feed_change(window, write(
        window, translate("Feeds", "Remove feed"), lambda svc: svc.remove_feed(feed_id)))


def mark_read(window, feed_id: int) -> Task:
    task = write(window, translate("Feeds", "Mark read"),
                 lambda svc: svc.mark_feed_read(feed_id))
    task.finished.connect(lambda _n: _reshow(window))
    return task


def mark_shown_read(window, clipping_id: int) -> None:
    """A clipping opened in the reader is no longer new (quietly, on the writer)."""
    if window.writer is None or not window.service.is_unread_feed_clipping(clipping_id):
        return
    task = write(window, translate("Feeds", "Mark read"),
                 lambda svc: svc.mark_feed_read(clipping_ids=[clipping_id]))
    task.finished.connect(lambda _n: window.refresh_sidebar())


def _reshow(window) -> None:
    window.refresh_sidebar()
    if window.sidebar.current_entry()[0] in ("inbox", "feed"):
        window.lists.show_list(*window.sidebar.current_entry())


def check_now(window, feed_ids: list[int] | None = None) -> None:
    if not window.feeds.check_now(feed_ids):
        window.statusBar().showMessage(
            translate("Feeds", "Feeds are being checked already; try again in a moment."),
            5000)


def import_opml_dialog(window) -> Task | None:
    path, _ = QFileDialog.getOpenFileName(
        window, translate("Feeds", "Import Feeds"), str(Path.home()),
        translate("Feeds", "Feed lists (*.opml *.xml);;All files (*)"))
    if not path:
        return None
    task = write(window, translate("Feeds", "Import feeds"), lambda svc: svc.import_opml(path))
    task.finished.connect(lambda results: _opml_imported(window, results))
    return _after_feed_change(window, task)


def _opml_imported(window, results: list[tuple[str, str]]) -> None:
    added = sum(1 for _url, outcome in results if outcome == "added")
    window.statusBar().showMessage(
        translate("Feeds", "%1 of %2 feed(s) added").replace("%1", str(added))
        .replace("%2", str(len(results))), 10000)
    window.feeds.check_due()


def export_opml_dialog(window) -> Task | None:
    path, _ = QFileDialog.getSaveFileName(
        window, translate("Feeds", "Export Feeds"), str(Path.home() / "clipper-feeds.opml"),
        translate("Feeds", "Feed lists (*.opml)"))
    if not path:
        return None
    task = write(window, translate("Feeds", "Export feeds"), lambda svc: svc.export_opml(path))
    task.finished.connect(lambda count: window.statusBar().showMessage(
        translate("Feeds", "%1 feed(s) written to %2").replace("%1", str(count))
        .replace("%2", path), 10000))
    return task
