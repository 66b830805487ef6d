"""Feeds in the app (issue 17): the sidebar's Feeds with new counts and errors, the add
and edit dialog, the context menu (check, mark read, pause, remove + undo), OPML, the
background scheduler, and a clipping read in the reader no longer new. Real window, real
library, real local HTTP server."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from clipper.feeds.check import FeedOptions
from clipper.gui import plain
from clipper.gui.actions import feeds as feed_actions
from clipper.importers.url import HostPacer
from clipper.services import LibraryService
from clipper.store.library import now_iso
from tests.feed_http import feed_server  # noqa: F401 (pytest fixture)
from tests.gui_support import answer_modal, open_window, wait_writer


def quick() -> FeedOptions:
    return FeedOptions(timeout=5, deadline=10, page_timeout=5, page_deadline=10,
                       pace=HostPacer(0))


def settle(qtbot, window, timeout: int = 60000) -> None:
    """Until the sweep's network half and its writes are done."""
    qtbot.waitUntil(lambda: not window.feeds.busy(), timeout=timeout)
    wait_writer(qtbot, window, timeout)  # the first import loads the Korean analyser


def open_swept(qtbot, library_path, tmp_path, language: str | None = "en"):
    """A window on the library, once its first sweep (started on opening) is done."""
    win = open_window(qtbot, library_path, tmp_path / "s.ini", language)
    win.feeds.options = quick()  # before the first look at due feeds (queued at start)
    with qtbot.waitSignal(win.feeds.sweep_finished, timeout=60000):
        pass  # connected before the event loop runs the first look
    settle(qtbot, win)
    return win


def feed_items(window) -> dict[str, object]:
    return {item.text(0): item for item in window.sidebar._items()
            if (item.data(0, 0x0101) or ("",))[0] == "feed"}


@pytest.fixture
def window(qtbot, library_path, tmp_path, feed_server):  # noqa: F811
    with LibraryService(library_path) as svc:
        svc.add_feed(f"{feed_server.base}/feed/rss", tag="경기")
        svc.add_feed(f"{feed_server.base}/feed/html", title="Broken outlet")
    return open_swept(qtbot, library_path, tmp_path)


def test_due_feeds_are_checked_on_opening_and_shown_in_the_sidebar(window):
    items = feed_items(window)
    assert "연합뉴스 경기  (3 new)" in items
    assert items["연합뉴스 경기  (3 new)"].font(0).bold()
    broken = items["Broken outlet"]
    assert "Failing: not a feed but a web page" in broken.toolTip(0)
    assert "Last check:" in broken.toolTip(0)
    heading = window.sidebar._feeds_item.text(0)
    assert heading.startswith("Feeds · checked") and "3 new" in heading and "1 failing" in heading
    # The Inbox holds them, marked new; the feed's entry lists them.
    window.sidebar.select_entry("inbox")
    assert window.model.rowCount() == 3
    marks = window.model.data(window.model.index(0, 6))
    assert marks == "New from a feed"
    window.sidebar.select_entry("feed", "1")
    assert window.model.rowCount() == 3


def test_add_feed_dialog_adds_and_checks_it_at_once(window, qtbot, feed_server):  # noqa: F811
    def fill(dialog):
        dialog.url.setText(f"{feed_server.base}/feed/atom")
        dialog.tag.setText("AP")
        dialog.interval.setValue(30)
        dialog.accept()

    answer_modal(fill)
    task = feed_actions.add_feed_dialog(window)
    assert task is not None
    qtbot.waitUntil(lambda: len(window.service.list_feeds()) == 3, timeout=10000)
    qtbot.waitUntil(lambda: window.service.count() == 5, timeout=60000)
    settle(qtbot, window)
    feed = window.service.feed(f"{feed_server.base}/feed/atom")
    assert (feed.tag, feed.interval_minutes, feed.unread) == ("AP", 30, 2)
    assert "AP Gyeonggi  (2 new)" in feed_items(window)
    assert window.undo_action.text().startswith("&Undo") or window.undo_stack.canUndo()


def test_bad_address_in_the_dialog_is_refused_with_a_message(window, qtbot):
    def fill(dialog):
        dialog.url.setText("not a web address")
        dialog.accept()

    answer_modal(fill)
    feed_actions.add_feed_dialog(window)
    qtbot.waitUntil(lambda: getattr(window, "failure_box", None) is not None, timeout=10000)
    assert "not a feed address" in window.failure_box.text()
    window.failure_box.close()
    assert len(window.service.list_feeds()) == 2


def test_edit_pause_remove_and_undo_from_the_context_menu(window, qtbot, monkeypatch):
    def fill(dialog):
        assert dialog.url.text().endswith("/feed/rss") and dialog.tag.text() == "경기"
        dialog.title.setText("Yonhap Gyeonggi")
        dialog.accept()

    answer_modal(fill)
    feed_actions.edit_feed_dialog(window, 1)
    wait_writer(qtbot, window, 30000)
    assert window.service.feed(1).title == "Yonhap Gyeonggi"
    assert "Yonhap Gyeonggi  (3 new)" in feed_items(window)

    menu = window.sidebar_menu("feed", "1", "")
    texts = [a.text() for a in menu.actions()]
    assert texts == ["Check Now", "Mark All Read", "Edit Feed…", "Pause", "Remove Feed"]
    menu.actions()[3].trigger()
    wait_writer(qtbot, window, 30000)
    assert window.service.feed(1).paused
    assert [a.text() for a in window.sidebar_menu("feed", "1", "").actions()][3] == "Resume"

    monkeypatch.setattr(plain, "ask", lambda *a: True)
    window.sidebar.select_entry("feed", "1")
    window.sidebar_menu("feed", "1", "").actions()[4].trigger()
    wait_writer(qtbot, window, 30000)
    assert [f.id for f in window.service.list_feeds()] == [2]
    assert window.sidebar.current_entry() == ("inbox", "")
    assert window.service.count() == 3  # its clippings stay
    window.undo_stack.undo()
    wait_writer(qtbot, window, 30000)
    qtbot.waitUntil(lambda: any(k.startswith("Yonhap Gyeonggi") for k in feed_items(window)),
                    timeout=5000)


def test_mark_all_read_and_reading_one(window, qtbot):
    window.sidebar.select_entry("feed", "1")
    window.select_row(0)
    window.feeds.read_timer.timeout.emit()  # as if shown for READ_AFTER_MS
    wait_writer(qtbot, window, 30000)
    assert window.service.feed(1).unread == 2
    assert "연합뉴스 경기  (2 new)" in feed_items(window)
    window.sidebar_menu("feed", "1", "").actions()[1].trigger()  # Mark All Read
    wait_writer(qtbot, window, 30000)
    assert window.service.feed(1).unread == 0
    # Tagged by the feed and read: no longer in the Inbox.
    window.sidebar.select_entry("inbox")
    assert window.model.rowCount() == 0


def test_scheduler_checks_a_feed_when_it_is_due_again(window, qtbot, feed_server):  # noqa: F811
    window.feeds.check_due()
    assert not window.feeds.busy()  # nothing is due yet
    with window.service.library.transaction() as db:  # its interval passed
        db.execute("UPDATE feed_state SET next_due = ? WHERE feed_id = 1", [now_iso()])
    hits = feed_server.hits["/feed/rss"]
    with qtbot.waitSignal(window.feeds.sweep_finished, timeout=60000) as finished:
        window.feeds.timer.timeout.emit()  # the minute's tick
    assert feed_server.hits["/feed/rss"] == hits + 1
    assert [r.summary() for r in finished.args[0]] == ["0 new"]


def test_check_now_while_a_sweep_runs_says_so(window, qtbot):
    window.feeds._collecting = True
    try:
        feed_actions.check_now(window)
        assert "being checked already" in window.statusBar().currentMessage()
    finally:
        window.feeds._collecting = False


def test_opml_export_and_import_through_the_menu(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "feeds.opml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    actions = {a.text(): a for a in window.feeds_menu.menu().actions()} \
        if hasattr(window.feeds_menu, "menu") else {}
    actions["Export Feeds (OPML)…"].trigger()
    wait_writer(qtbot, window, 30000)
    assert target.exists() and b"/feed/rss" in target.read_bytes()
    source = tmp_path / "more.opml"
    source.write_text('<opml version="2.0"><body><outline text="Atom" '
                      f'xmlUrl="{window.service.feed(1).url.replace("rss", "atom")}"/>'
                      "</body></opml>", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(source), "")))
    actions["Import Feeds (OPML)…"].trigger()
    qtbot.waitUntil(lambda: len(window.service.list_feeds()) == 3, timeout=10000)
    settle(qtbot, window)
    assert "1 of 1 feed(s) added" in window.statusBar().currentMessage() or \
        window.service.feed(3).last_checked


def test_korean_sidebar(qtbot, library_path, tmp_path, feed_server):  # noqa: F811
    from clipper.gui.app import Translations, create_app

    with LibraryService(library_path) as svc:
        svc.add_feed(f"{feed_server.base}/feed/rss")
    translations = Translations(create_app())
    translations.install("ko")
    try:
        win = open_swept(qtbot, library_path, tmp_path, language=None)
        assert win.sidebar._feeds_item.text(0).startswith("피드")
        assert "연합뉴스 경기  (새 기사 3)" in feed_items(win)
    finally:
        translations.install("en")  # removes the Korean catalogue it installed


def test_every_feed_reason_has_a_translation():
    """What the feed modules say (a feed's last error, an entry's reason) is shown in the
    user's language, as the importers' reasons are (tests/test_gui_reasons.py)."""
    from pathlib import Path

    from clipper.feeds import check
    from clipper.gui import reasons
    from tests.test_gui_reasons import reasons_in

    folder = Path(__file__).resolve().parent.parent / "clipper" / "feeds"
    said = {r for path in sorted(folder.glob("*.py")) for r in reasons_in(path)}
    said |= {check.FIRST_CHECK_NOTE, check._not_matching("7"),
             check._unreadable_filter(ValueError("7")), "not modified since the last check (7)"}
    assert len(said) >= 8
    assert [r for r in sorted(said) if not reasons.match(r)] == []


def test_a_library_with_a_failing_feed_and_no_clipping_shows_its_sidebar(
        qtbot, library_path, tmp_path, feed_server):  # noqa: F811
    with LibraryService(library_path) as svc:
        svc.add_feed(f"{feed_server.base}/feed/html", title="Broken outlet")
    win = open_swept(qtbot, library_path, tmp_path)
    # Not the drop zone: the feed and why it fails are in view before any clipping.
    assert win.stack.currentWidget() is win.splitter
    assert "Failing:" in feed_items(win)["Broken outlet"].toolTip(0)
