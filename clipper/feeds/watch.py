"""When feeds are checked, and a sweep over many: used by `clipper watch` and the app's
scheduler alike (no Qt here).

A sweep fetches several feeds at once (threads, each with its own connection to the
library: network waits overlap, and one feed that hangs holds one thread, never the
others) and imports their pages one feed at a time in the caller's thread, the one
writer. At most a few feeds' pages are held in memory at once.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path

from clipper.errors import LibraryError, user_message
from clipper.feeds.check import Collected, FeedOptions, collect
from clipper.store import feeds as rows
from clipper.store.library import open_library

WORKERS = 8  # feeds fetched at once (pages of one feed one after another, paced per host)


def is_due(feed: rows.FeedRow, now: dt.datetime | None = None) -> bool:
    """A feed not paused whose time has come (never checked: at once)."""
    if feed.paused:
        return False
    if not feed.next_due:
        return True
    now = now or dt.datetime.now(dt.UTC)
    return feed.next_due <= now.isoformat(timespec="seconds")


def due_feeds(feeds: Iterable[rows.FeedRow], now: dt.datetime | None = None
              ) -> list[rows.FeedRow]:
    return [f for f in feeds if is_due(f, now)]


def collect_in_own_connection(root: Path, feed: rows.FeedRow, options: FeedOptions,
                              cancelled: Callable[[], bool]) -> Collected:
    """`collect` from a thread of its own: a connection of its own to the library."""
    library = open_library(root)
    try:
        return collect(library, feed, options, cancelled)
    finally:
        library.close()


def sweep(root: Path, feeds: list[rows.FeedRow], options: FeedOptions,
          store: Callable[[Collected], object],
          progress: Callable[[int, int, str], None] | None = None,
          cancelled: Callable[[], bool] = lambda: False,
          workers: int = WORKERS) -> None:
    """Collect every feed in `feeds` (in threads) and `store` each as it arrives, in
    this thread."""
    pending = list(feeds)
    running: set[Future[Collected]] = set()
    running_feeds: dict[Future[Collected], rows.FeedRow] = {}
    done = 0
    with ThreadPoolExecutor(max_workers=max(1, workers),
                            thread_name_prefix="clipper-feed") as pool:
        while pending or running:
            # Few in flight: pages wait in memory only until their feed is stored.
            while pending and len(running) < workers and not cancelled():
                feed = pending.pop(0)
                future = pool.submit(collect_in_own_connection, root, feed, options,
                                     cancelled)
                running.add(future)
                running_feeds[future] = feed
            if not running:
                break
            finished, running = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                collected = _result(future, running_feeds.pop(future))
                store(collected)
                done += 1
                if progress is not None:
                    progress(done, len(feeds), collected.feed.title or collected.feed.url)


def _result(future: Future[Collected], feed: rows.FeedRow) -> Collected:
    """`collect` records a bad feed or page itself; what is left (the library locked
    for a minute by another program, a full disk) fails this feed only."""
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 (one feed's failure must not stop the sweep)
        if isinstance(exc, (LibraryError, sqlite3.Error, OSError)):
            return Collected(feed, error=user_message(exc))
        return Collected(feed, error=f"{type(exc).__name__}: {exc}")
