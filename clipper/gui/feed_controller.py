"""The app's feed scheduler: while the window is open, due feeds are checked in the
background and their new articles come into the Inbox.

A QTimer looks every minute for feeds whose interval has passed. A sweep's network
half (feeds and article pages) runs on a thread of its own (`LibraryService.sweep_feeds`,
connections of its own); each feed's fetched pages are handed to the one writer
(`store_feed`), so imports queue up with the user's own writes and the GUI thread never
waits on the network. The sweep's status shows beside the sidebar's Feeds heading.
"""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

TICK_MS = 60_000  # how often due feeds are looked for
STOP_WAIT_S = 2.0  # how long closing the window waits for a sweep's thread
READ_AFTER_MS = 1500  # a feed clipping shown this long in the reader is no longer new


translate = QCoreApplication.translate


class _Relay(QObject):
    """Carries the sweep thread's news to the GUI thread (queued signals)."""

    collected = Signal(object)
    progress = Signal(int, int, str)
    ended = Signal()


class FeedController(QObject):
    sweep_finished = Signal(list)  # the FeedChecks of a sweep, once all are stored

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.options = None  # FeedOptions; tests shorten timeouts and drop the pace
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.check_due)
        self._thread: threading.Thread | None = None
        self._cancel = threading.Event()
        self._relay: _Relay | None = None
        self._waiting = 0  # feeds collected and not yet stored by the writer
        self._results: list = []
        self._collecting = False
        self.read_timer = QTimer(self)
        self.read_timer.setSingleShot(True)
        self.read_timer.setInterval(READ_AFTER_MS)
        self.read_timer.timeout.connect(self._mark_current_read)
        window.list_view.selectionModel().currentRowChanged.connect(
            lambda *_: self.read_timer.start())
        # Undoing a feed's addition or removal changes no clipping, so no Changes come:
        # the sidebar's feeds are compared after every undo and redo instead.
        window.undo_stack.changed.connect(self._after_undo)
        self._shown: list[tuple] = []

    def _after_undo(self) -> None:
        service = self.window.service
        if service is None:
            return
        shown = [(f.id, f.title, f.paused, f.url) for f in service.list_feeds()]
        if shown != self._shown:
            self._shown = shown
            self.window.refresh_sidebar()

    def _mark_current_read(self) -> None:
        from clipper.gui.actions import feeds as feed_actions

        current = self.window.current_id()
        if current is not None and self.window.service is not None:
            feed_actions.mark_shown_read(self.window, current)

    # ---- life --------------------------------------------------------------------------

    def start(self) -> None:
        """Begin watching (after the library is shown): a first look at once."""
        self.timer.start()
        QTimer.singleShot(0, self.check_due)

    def stop(self) -> None:
        """Stop the timer and the sweep (before the library is closed)."""
        self.timer.stop()
        self.read_timer.stop()
        self._cancel.set()
        if self._relay is not None:
            # What the sweep still brings belongs to this library, not the next one.
            for signal in (self._relay.collected, self._relay.progress, self._relay.ended):
                try:
                    signal.disconnect()
                except (RuntimeError, TypeError):
                    pass
            self._relay = None
        if self._thread is not None:
            # A request under way ends at its own timeout; the window does not wait
            # for it (the thread writes only through connections of its own).
            self._thread.join(timeout=STOP_WAIT_S)
        self._thread = None
        self._collecting = False
        self._waiting = 0

    def busy(self) -> bool:
        return self._collecting or self._waiting > 0

    # ---- sweeps ------------------------------------------------------------------------

    def check_due(self) -> None:
        service = self.window.service
        if self.busy() or service is None or service.library.read_only:
            return
        due = service.due_feeds()
        if due:
            self._sweep(due)

    def check_now(self, feed_ids: list[int] | None = None) -> bool:
        """Check these feeds (or every one not paused) now; False if a sweep is running."""
        service = self.window.service
        if self.busy() or service is None:
            return False
        feeds = [f for f in service.list_feeds()
                 if (f.id in feed_ids if feed_ids is not None else not f.paused)]
        if feeds:
            self._sweep(feeds)
        return bool(feeds)

    def _sweep(self, feeds: list) -> None:
        service = self.window.service
        relay = _Relay()
        relay.collected.connect(self._store)
        relay.progress.connect(self._on_progress)
        relay.ended.connect(self._on_collected_all)
        self._relay = relay
        self._cancel = threading.Event()
        self._results = []
        self._collecting = True
        self._set_status(translate("Feeds", "checking…"))
        options, cancel = self.options, self._cancel

        def run() -> None:
            try:
                service.sweep_feeds(feeds, relay.collected.emit, options,
                                    lambda d, t, m: relay.progress.emit(d, t, m), cancel.is_set)
            except Exception as exc:  # noqa: BLE001 (reported; the app goes on)
                relay.progress.emit(0, 0, str(exc))
            finally:
                try:
                    relay.ended.emit()
                except RuntimeError:
                    pass  # the window is gone

        self._thread = threading.Thread(target=run, name="clipper-feeds", daemon=True)
        self._thread.start()

    def _store(self, collected) -> None:
        writer = self.window.writer
        if writer is None:
            return
        self._waiting += 1
        label = translate("Feeds", "Check feed %1").replace("%1", collected.feed.title or collected.feed.url)
        # Connected before it starts: a quick job could end before the connections.
        task = writer.submit(label, lambda svc, _p, _c: svc.store_feed(collected), start=False)
        task.finished.connect(self._results.append)
        task.ended.connect(self._stored)
        writer.start(task)

    def _stored(self) -> None:
        self._waiting = max(0, self._waiting - 1)
        if self.window.service is None:
            return  # the library was closed meanwhile
        self.window.refresh_sidebar()  # last check, errors, unread counts
        if not self._collecting and self._waiting == 0:
            self._finish()

    def _on_progress(self, done: int, total: int, _name: str) -> None:
        if total:
            self._set_status(translate("Feeds", "checking %1 of %2…").replace("%1", str(done + 1 if done
                             < total else done)).replace("%2", str(total)))

    def _on_collected_all(self) -> None:
        self._collecting = False
        self._thread = None
        if self._waiting == 0:
            self._finish()

    def _finish(self) -> None:
        if self.window.service is None:
            return
        new = sum(len(r.imported) for r in self._results)
        failing = sum(1 for r in self._results if r.error)
        status = translate("Feeds", "checked %1").replace("%1", time.strftime("%H:%M"))
        if new:
            status += " · " + translate("Feeds", "%1 new").replace("%1", str(new))
        if failing:
            status += " · " + translate("Feeds", "%1 failing").replace("%1", str(failing))
        self._set_status(status)
        self.window.refresh_sidebar()
        self.sweep_finished.emit(list(self._results))

    def _set_status(self, text: str) -> None:
        self.window.sidebar.set_feeds_status(text)
