"""Checking one feed, in two halves so the app can keep network work off its writer:

`collect` (network; any thread, its own Library): a conditional GET of the feed, its new
entries claimed in one transaction (a second watcher on the library skips them), each
claimed entry's page fetched with the URL importer (redirects through a portal followed
to the outlet, size cap, timeouts, a per-host pace). Failures are recorded per entry and
per feed, never raised.

`store` (the writer): the fetched pages go through the import pipeline (duplicates by
URL after redirects and by text are refused there); the feed's filter (a search query)
keeps only what matches; the feed's tag and theme (as a suggestion to review) are given;
entries are marked unread, which keeps them in the Inbox until read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from clipper.domain import Changes, ImportOutcome
from clipper.feeds.parse import FeedEntry, parse_feed
from clipper.importers import url as url_fetch
from clipper.importers.source import ImportFailure, Source
from clipper.store import feeds as rows
from clipper.store import tags as tag_rows
from clipper.store import themes as theme_rows
from clipper.store.library import Library, LibraryError

MAX_FEED_BYTES = 10 * 1024 * 1024  # a feed of 10,000 entries is about 3 MB
MAX_NEW_PER_CHECK = 50  # pages fetched per check; more wait for the next one
FIRST_CHECK_NOTE = "older than the feed's first check; not fetched"
MAX_BACKOFF = 8  # a failing feed is tried again after at most 8 intervals
PACE_SECONDS = 1.0  # between two requests to one host


@dataclass
class FeedOptions:
    """How politely and how patiently to fetch (tests shorten the times)."""

    timeout: float = url_fetch.TIMEOUT
    deadline: float = url_fetch.DEADLINE
    page_timeout: float = url_fetch.TIMEOUT
    page_deadline: float = url_fetch.DEADLINE
    max_new: int = MAX_NEW_PER_CHECK
    pace: url_fetch.HostPacer = field(
        default_factory=lambda: url_fetch.HostPacer(PACE_SECONDS))


@dataclass
class Collected:
    """What `collect` brought back for `store`."""

    feed: rows.FeedRow
    pages: list[tuple[FeedEntry, Source]] = field(default_factory=list)
    failed: list[tuple[FeedEntry, str]] = field(default_factory=list)
    error: str = ""
    not_modified: bool = False
    busy: bool = False  # another watcher is checking this feed right now
    entries: int = 0  # entries in the feed as read
    skipped: int = 0
    duplicates: int = 0  # already in the library by their address: not fetched


@dataclass
class FeedCheck:
    """How one check of one feed went (the CLI prints it, the app shows it)."""

    feed_id: int
    title: str
    error: str = ""
    not_modified: bool = False
    busy: bool = False
    imported: list[int] = field(default_factory=list)
    duplicates: int = 0
    filtered: int = 0
    skipped: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (link, reason)

    def summary(self) -> str:
        if self.busy:
            return "being checked by another watcher"
        if self.error:
            return f"failed: {self.error}"
        if self.not_modified:
            return "not modified"
        parts = [f"{len(self.imported)} new"]
        for count, word in ((self.duplicates, "duplicate"), (self.filtered, "filtered out"),
                            (len(self.failed), "failed"), (self.skipped, "older, skipped")):
            if count:
                parts.append(f"{count} {word}")
        return ", ".join(parts)


def collect(library: Library, feed: rows.FeedRow, options: FeedOptions,
            cancelled: Callable[[], bool] = lambda: False) -> Collected:
    """Fetch the feed and its new entries' pages; never raises for a bad feed or page."""
    now = dt.datetime.now(dt.UTC)
    result = Collected(feed)
    if not rows.claim_check(library, feed.id, now + dt.timedelta(seconds=_check_budget(options)),
                            now):
        result.busy = True
        return result
    validators = url_fetch.Validators(feed.etag, feed.last_modified)
    try:
        data, final_url, headers = url_fetch.fetch_conditional(
            feed.url, validators, MAX_FEED_BYTES, options.timeout, options.deadline,
            options.pace, accept="application/rss+xml, application/atom+xml, "
                                 "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")
        parsed = parse_feed(data, final_url, headers.get("Content-Type") or "")
    except url_fetch.NotModified:
        result.not_modified = True
        rows.record_check(library, feed.id, keep_validators=True, next_due=_next_due(feed, ""))
        return result
    except ImportFailure as exc:
        result.error = str(exc)
        rows.record_check(library, feed.id, error=result.error, keep_validators=True,
                          next_due=_next_due(feed, result.error))
        return result
    result.entries = len(parsed.entries)
    if parsed.title and not feed.title:
        with library.transaction() as db:  # a feed added by address is named by itself
            rows.update_feed(db, feed.id, {"title": parsed.title[:200]})
        feed.title = parsed.title[:200]
    claimed = _claim(library, feed, parsed.entries, options, result)
    fresh = url_fetch.Validators.of(headers)
    rows.record_check(library, feed.id, etag=fresh.etag, last_modified=fresh.last_modified,
                      next_due=_next_due(feed, ""))
    for entry in claimed:
        if cancelled():
            break  # claimed entries left unfinished are taken again once their claim is stale
        known = rows.clipping_with_url(library, entry.link)
        if known is not None:  # carried by another feed already: no fetch
            rows.finish_entry(library, feed.id, entry.key, "duplicate",
                              f"duplicate of clipping {known} (same URL)", known)
            result.duplicates += 1
            continue
        try:
            source = url_fetch.fetch(entry.link, options.pace, options.page_timeout,
                                     options.page_deadline)
        except ImportFailure as exc:
            rows.finish_entry(library, feed.id, entry.key, "failed", str(exc))
            result.failed.append((entry, str(exc)))
            continue
        source.name = entry.link
        result.pages.append((entry, source))
    return result


def _claim(library: Library, feed: rows.FeedRow, entries: list[FeedEntry],
           options: FeedOptions, result: Collected) -> list[FeedEntry]:
    """The entries this check fetches: new ones, newest first, at most `max_new`; on a
    feed's first check the older rest is recorded as seen without being fetched (a feed
    of 10,000 entries is not a request to import its archive)."""
    by_key = {e.key: e for e in entries}
    known = rows.known_keys(library, feed.id, list(by_key))
    new = [e for e in by_key.values() if e.key not in known]
    new.sort(key=lambda e: e.published or dt.datetime.min.replace(tzinfo=dt.UTC),
             reverse=True)  # stable: undated entries keep the feed's own order
    first_check = not rows.has_entries(library, feed.id)
    wanted, rest = new[: options.max_new], new[options.max_new:]
    if first_check and rest:
        rows.skip_entries(library, feed.id, ((e.key, e.link, e.title) for e in rest),
                          FIRST_CHECK_NOTE)
        result.skipped = len(rest)
    won = set(rows.claim_entries(library, feed.id, ((e.key, e.link, e.title) for e in wanted)))
    stale = [FeedEntry(key, link, title) for key, link, title in rows.stale_claims(
        library, feed.id) if key not in won and key not in by_key]
    won.update(rows.claim_entries(library, feed.id, ((e.key, e.link, e.title) for e in stale)))
    return [e for e in wanted + stale if e.key in won]


def store(library: Library, collected: Collected,
          import_source: Callable[[Library, Source, str], ImportOutcome],
          matching_ids: Callable[[str], list[int]] | None,
          announce: Callable[[Changes], object]) -> FeedCheck:
    """Import what `collect` fetched; `announce` the new clippings before the filter is
    run (it searches the index they are added to)."""
    feed = collected.feed
    check = FeedCheck(feed.id, feed.title or feed.url, collected.error,
                      collected.not_modified, collected.busy, skipped=collected.skipped,
                      duplicates=collected.duplicates)
    check.failed = [(entry.link, reason) for entry, reason in collected.failed]
    new: dict[int, FeedEntry] = {}
    for entry, source in collected.pages:
        outcome = import_source(library, source, entry.link)
        if outcome.status == "imported" and outcome.clipping_id:
            new[outcome.clipping_id] = entry
        elif outcome.status == "duplicate":
            check.duplicates += 1
            rows.finish_entry(library, feed.id, entry.key, "duplicate", outcome.reason,
                              outcome.clipping_id)
        else:
            check.failed.append((entry.link, outcome.reason))
            rows.finish_entry(library, feed.id, entry.key, "failed", outcome.reason)
    if not new:
        return check
    if feed.filter and matching_ids is not None:
        announce(Changes(clippings_added=list(new)))  # indexed, grouped, rules applied
        try:
            kept = set(matching_ids(feed.filter))
        except LibraryError as exc:  # a filter from an OPML file search cannot read
            kept = set(new)
            check.error = _unreadable_filter(exc)
        for clipping_id in [i for i in new if i not in kept]:
            entry = new.pop(clipping_id)
            library.delete(clipping_id)
            rows.finish_entry(library, feed.id, entry.key, "filtered",
                              _not_matching(feed.filter))
            check.filtered += 1
            announce(Changes(clippings_deleted=[clipping_id]))
        added = Changes(tags=bool(feed.tag), themes=bool(feed.theme),
                        clippings_changed=list(new) if (feed.tag or feed.theme) else [])
    else:
        added = Changes(clippings_added=list(new), tags=bool(feed.tag), themes=bool(feed.theme))
    _give_defaults(library, feed, list(new))
    for clipping_id, entry in new.items():
        rows.finish_entry(library, feed.id, entry.key, "imported", clipping_id=clipping_id)
    check.imported = list(new)
    if not added.empty and (added.clippings_added or added.clippings_changed):
        announce(added)
    return check


def _unreadable_filter(exc: Exception) -> str:
    return f"the filter cannot be read ({exc}); every entry was kept"


def _not_matching(query: str) -> str:
    return f"does not match the filter {query}"


def _give_defaults(library: Library, feed: rows.FeedRow, ids: list[int]) -> None:
    """The feed's tag, and its theme as a suggestion (so the clipping stays in the Inbox
    for review, as a theme rule's would). Outside the undo journal: part of the import."""
    if not ids or not (feed.tag or feed.theme):
        return
    with library.transaction() as db:
        if feed.tag:
            tid, _created = tag_rows.ensure_tag(db, feed.tag)
            tag_rows.link(db, ((i, tid) for i in ids))
        if feed.theme:
            theme_id = theme_rows.theme_id(db, feed.theme)
            if theme_id is not None:  # a theme deleted since: the tag is still given
                theme_rows.suggest(db, theme_id, ids)


def _next_due(feed: rows.FeedRow, error: str) -> dt.datetime:
    intervals = min(2 ** feed.failures, MAX_BACKOFF) if error else 1
    return dt.datetime.now(dt.UTC) + dt.timedelta(minutes=feed.interval_minutes * intervals)


def _check_budget(options: FeedOptions) -> float:
    """How long a check may hold its feed before another watcher may take it over."""
    return options.deadline + options.max_new * (options.page_deadline + options.pace.interval)
