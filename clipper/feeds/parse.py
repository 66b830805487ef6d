"""A feed's bytes -> its title and entries, with feedparser (RSS 0.9x/1.0/2.0, Atom).

feedparser reads almost anything and says little when it fails, so we decide what is
not a feed: no entries and no feed title, or an HTML page (a portal's front page given
instead of its feed, a login wall) is refused with a reason the user can act on.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from clipper.importers.source import ImportFailure
from clipper.importers.url import is_web_address


@dataclass(frozen=True)
class FeedEntry:
    key: str  # what makes it the same entry next time: its id, else its link
    link: str
    title: str = ""
    published: dt.datetime | None = None


@dataclass
class ParsedFeed:
    title: str
    entries: list[FeedEntry]
    site: str = ""


def parse_feed(data: bytes, url: str = "", content_type: str = "") -> ParsedFeed:
    """Read a feed; ImportFailure says why the answer is not one."""
    import feedparser  # a few hundred ms of imports: only when a feed is read

    if not data.strip():
        raise ImportFailure("the feed is empty")
    parsed = feedparser.parse(data, response_headers={"content-location": url,
                                                      "content-type": content_type or ""})
    version = parsed.get("version") or ""
    entries = [e for e in (_entry(raw, url) for raw in parsed.entries) if e is not None]
    title = str(parsed.feed.get("title") or "").strip()
    if not version and not entries:
        if _looks_like_html(data, content_type):
            raise ImportFailure("not a feed but a web page (HTML); look on the site for its "
                                "RSS or Atom address")
        problem = str(parsed.get("bozo_exception") or "").strip()
        if problem:
            raise ImportFailure(f"not an RSS or Atom feed ({problem.splitlines()[0][:120]})")
        raise ImportFailure("not an RSS or Atom feed")
    return ParsedFeed(title=title, entries=entries, site=str(parsed.feed.get("link") or ""))


def _entry(raw: dict, base: str) -> FeedEntry | None:
    link = str(raw.get("link") or "").strip()
    if not is_web_address(link):
        # Some feeds put the article's address only in the id (Atom) or a guid.
        guid = str(raw.get("id") or "").strip()
        link = guid if is_web_address(guid) else ""
    if not link:
        return None  # nothing to fetch: an entry with no web address
    key = str(raw.get("id") or "").strip() or link
    when = raw.get("published_parsed") or raw.get("updated_parsed")
    published = None
    if when:
        try:
            published = dt.datetime.fromtimestamp(calendar.timegm(when), dt.UTC)
        except (OverflowError, ValueError, TypeError):
            published = None
    return FeedEntry(key=key[:2000], link=link, title=str(raw.get("title") or "")[:500],
                     published=published)


def _looks_like_html(data: bytes, content_type: str) -> bool:
    head = data[:2048].lstrip().lower()
    return "html" in content_type.lower() or head.startswith((b"<!doctype html", b"<html"))
