"""Watched feeds (issue 17) against a real local HTTP server: RSS 2.0, Atom, a portal's
redirecting links, a feed that changes, 304, a hanging server, HTML, 10,000 entries,
pages that are 404; filters, default tag and theme, the Inbox, two watchers at once."""

from __future__ import annotations

import re
import sqlite3
import threading
import time

import pytest
from sqlite_utils import Database

from clipper.feeds import opml
from clipper.feeds.check import FIRST_CHECK_NOTE, FeedOptions
from clipper.feeds.watch import is_due
from clipper.importers.url import HostPacer
from clipper.services import LibraryService
from clipper.store import feeds as feed_rows
from clipper.store import migrations
from clipper.store.library import DB_NAME, Library, LibraryError
from tests.feed_http import _EN, article_page, feed_server  # noqa: F401 (pytest fixture)


def quick(**kw) -> FeedOptions:
    """Short timeouts, no pause between requests to the (local) host."""
    return FeedOptions(timeout=kw.pop("timeout", 5), deadline=kw.pop("deadline", 10),
                       page_timeout=5, page_deadline=10, pace=HostPacer(0), **kw)


def check(service: LibraryService, *feeds, **kw):
    results = service.check_feeds(list(feeds) or None, options=quick(**kw))
    return {r.feed_id: r for r in results}


def clip_urls(service: LibraryService, ids) -> list[str]:
    return sorted(service.get(i).url for i in ids)


# ---- kinds of feed ------------------------------------------------------------------------

def test_rss_feed_brings_its_articles_into_the_inbox(service, feed_server):  # noqa: F811
    feed = service.add_feed(f"{feed_server.base}/feed/rss")
    result = check(service)[feed.id]
    assert result.summary() == "3 new" and not result.error
    assert clip_urls(service, result.imported) == [
        f"{feed_server.base}/news/yna/{n}" for n in (1, 2, 3)]
    clip = service.get(result.imported[0])
    assert clip.outlet == "연합뉴스" and clip.language == "ko"
    assert clip.photos and all(p.image for p in clip.photos)  # photos fetched with the page
    # In the Inbox, marked new, and listed under the feed in the sidebar.
    assert set(result.imported) <= set(service.browse_ids("inbox"))
    assert sorted(service.browse_ids("feed", str(feed.id))) == sorted(result.imported)
    [row] = service.list_feeds()
    assert row.title == "연합뉴스 경기"  # named by the feed itself
    assert row.unread == 3 and row.last_checked and row.last_error == ""


def test_atom_feed(service, feed_server):  # noqa: F811
    feed = service.add_feed(f"{feed_server.base}/feed/atom")
    result = check(service)[feed.id]
    assert clip_urls(service, result.imported) == [
        f"{feed_server.base}/news/ap/{n}" for n in (11, 12)]
    assert {service.get(i).language for i in result.imported} == {"en"}


def test_portal_links_are_followed_to_the_outlet_and_deduplicated(service, feed_server):  # noqa: F811
    rss = service.add_feed(f"{feed_server.base}/feed/rss")
    check(service, rss.id)
    portal = service.add_feed(f"{feed_server.base}/feed/portal")
    result = check(service, portal.id)[portal.id]
    # The clipping keeps the outlet's address the portal's link redirected to.
    assert clip_urls(service, result.imported) == [
        f"{feed_server.base}/news/yna/{n}" for n in (21, 22)]
    # Article 1 came through the portal too: the same URL after redirects, not imported twice.
    assert result.duplicates == 1 and service.count() == 5
    [entry] = [e for e in service.feed_entries(portal.id) if e["status"] == "duplicate"]
    assert entry["link"].endswith("/portal/yna/1") and "same URL" in entry["reason"]


def test_changing_feed_imports_only_what_is_new_and_fetches_nothing_twice(
        service, feed_server):  # noqa: F811
    feed = service.add_feed(f"{feed_server.base}/feed/changing")
    first = check(service)[feed.id]
    assert len(first.imported) == 2
    feed_server.changing = 3  # the outlet published one more
    second = check(service)[feed.id]
    assert clip_urls(service, second.imported) == [f"{feed_server.base}/news/ap/33"]
    assert [feed_server.hits[f"/news/ap/{n}"] for n in (31, 32, 33)] == [1, 1, 1]
    assert check(service)[feed.id].summary() == "0 new"


def test_not_modified_feed_is_not_read_again(service, feed_server):  # noqa: F811
    feed = service.add_feed(f"{feed_server.base}/feed/etag")
    assert len(check(service)[feed.id].imported) == 1
    stored = service.feed(feed.id)
    assert stored.etag == '"feed-v1"' and stored.last_modified
    again = check(service)[feed.id]
    assert again.not_modified and again.summary() == "not modified"
    assert feed_server.hits["/feed/etag"] == 2 and feed_server.hits["/news/ap/51"] == 1
    # The validators are kept for the next check, and the feed counts as healthy.
    stored = service.feed(feed.id)
    assert stored.etag == '"feed-v1"' and stored.last_error == "" and stored.failures == 0


def test_hanging_feed_fails_alone(service, feed_server):  # noqa: F811
    feed_server.hang_seconds = 30
    hang = service.add_feed(f"{feed_server.base}/feed/hang")
    rss = service.add_feed(f"{feed_server.base}/feed/rss")
    results = check(service, timeout=0.5, deadline=1.5)
    assert "no answer" in results[hang.id].error or "timed out" in results[hang.id].error
    assert len(results[rss.id].imported) == 3  # the other feed went on
    failing = service.feed(hang.id)
    assert failing.last_error == results[hang.id].error and failing.failures == 1


def test_html_page_is_not_a_feed(service, feed_server):  # noqa: F811
    feed = service.add_feed(f"{feed_server.base}/feed/html")
    result = check(service)[feed.id]
    assert result.error.startswith("not a feed but a web page")
    assert service.count() == 0
    stored = service.feed(feed.id)
    assert stored.last_error == result.error and stored.failures == 1
    check(service)
    assert service.feed(feed.id).failures == 2  # tried again later, backing off


def test_garbage_is_not_a_feed(service, feed_server):  # noqa: F811
    feed = service.add_feed(f"{feed_server.base}/feed/garbage")
    assert check(service)[feed.id].error.startswith("not an RSS or Atom feed")


def test_feed_of_ten_thousand_entries(service, feed_server):  # noqa: F811
    feed = service.add_feed(f"{feed_server.base}/feed/big")
    result = check(service, max_new=3)[feed.id]
    # The newest few by their dates (the feed lists its oldest first) are fetched; the
    # archive behind them is recorded, not fetched.
    assert len(result.imported) == 3 and result.skipped == 9_997
    assert clip_urls(service, result.imported) == [
        f"{feed_server.base}/news/ap/{n}" for n in (100_001, 100_002, 100_003)]
    assert sum(v for k, v in feed_server.hits.items() if k.startswith("/news/")) == 3
    skipped = [e for e in service.feed_entries(feed.id, 10) if e["status"] == "skipped"]
    assert skipped and skipped[0]["reason"] == FIRST_CHECK_NOTE
    assert check(service, max_new=3)[feed.id].summary() == "0 new"


def test_entries_whose_pages_are_missing(service, feed_server):  # noqa: F811
    feed = service.add_feed(f"{feed_server.base}/feed/missing")
    result = check(service)[feed.id]
    assert len(result.imported) == 1
    assert sorted(result.failed) == [(f"{feed_server.base}/gone/{n}", "HTTP 404 (page not found)")
                                     for n in (1, 2)]
    assert not result.error  # the feed itself is fine
    failed = [e for e in service.feed_entries(feed.id) if e["status"] == "failed"]
    assert len(failed) == 2 and all("404" in e["reason"] for e in failed)
    check(service)  # seen: never fetched again
    assert feed_server.hits["/gone/1"] == 1


# ---- what is kept and how --------------------------------------------------------------

def _word_only_in(n: int, other: int) -> str:
    def words(number: int) -> set[str]:
        text = re.sub(r"<[^>]+>", " ", article_page("ap", number).decode()).lower()
        return set(re.findall(r"[a-z]+", text))

    # A word of article n that article `other` lacks, also as a prefix or stem.
    return next(w for w in sorted(_EN) if w in words(n)
                and not any(o.startswith(w[:5]) for o in words(other)))


def test_filter_keeps_only_matching_pages(service, feed_server):  # noqa: F811
    word = _word_only_in(11, 12)
    feed = service.add_feed(f"{feed_server.base}/feed/atom", filter=word)
    result = check(service)[feed.id]
    assert clip_urls(service, result.imported) == [f"{feed_server.base}/news/ap/11"]
    assert result.filtered == 1 and service.count() == 1
    assert service.search_ids(word) == result.imported  # the filtered one left the index
    [filtered] = [e for e in service.feed_entries(feed.id) if e["status"] == "filtered"]
    assert filtered["link"].endswith("/news/ap/12")
    check(service)
    assert feed_server.hits["/news/ap/12"] == 1  # not fetched again


def test_unreadable_filter_is_refused(service):
    with pytest.raises(LibraryError):
        service.add_feed("https://example.org/rss", filter="published:[2024 TO")


def test_default_tag_and_theme_keep_new_clippings_in_the_inbox(service, feed_server):  # noqa: F811
    service.create_theme("도지사")
    feed = service.add_feed(f"{feed_server.base}/feed/atom", tag="feeds/AP", theme="도지사")
    result = check(service)[feed.id]
    for cid in result.imported:
        assert service.get(cid).tags == ["feeds/AP"]
        assert service.browse_suggested_themes(cid) == ["도지사"]
    inbox = service.browse_ids("inbox")
    assert set(result.imported) <= set(inbox)
    # Read, tagged and with the suggestion reviewed, it leaves the Inbox.
    service.review_suggestions(result.imported[0], accept=True)
    assert service.mark_feed_read(clipping_ids=[result.imported[0]]) == 1
    assert result.imported[0] not in service.browse_ids("inbox")
    assert service.feed(feed.id).unread == 1
    assert service.mark_feed_read(feed.id) == 1 and service.feed(feed.id).unread == 0


def test_unknown_theme_and_bad_address_are_refused(service):
    with pytest.raises(LibraryError, match="no theme named"):
        service.add_feed("https://example.org/rss", theme="nope")
    with pytest.raises(LibraryError, match="not a feed address"):
        service.add_feed("javascript:alert(1)")
    service.add_feed("https://example.org/rss")
    with pytest.raises(LibraryError, match="already watched"):
        service.add_feed("https://example.org/rss")
    assert len(service.list_feeds()) == 1


def test_near_duplicate_from_a_feed_joins_the_story_group(service, feed_server):  # noqa: F811
    rss = service.add_feed(f"{feed_server.base}/feed/rss")
    [original] = [i for i in check(service)[rss.id].imported
                  if service.get(i).url.endswith("/news/yna/1")]
    copies = service.add_feed(f"{feed_server.base}/feed/copies")
    [copy] = check(service)[copies.id].imported  # not the same text: imported
    group = service.story_group(copy)
    assert group is not None and set(group.members) == {original, copy}


# ---- when -------------------------------------------------------------------------------

def test_due_paused_and_interval(service, feed_server):  # noqa: F811
    feed = service.add_feed(f"{feed_server.base}/feed/rss", interval_minutes=30)
    assert is_due(service.feed(feed.id))  # never checked
    check(service)
    assert not is_due(service.feed(feed.id)) and service.due_feeds() == []
    paused = service.add_feed(f"{feed_server.base}/feed/atom", paused=True)
    assert service.due_feeds() == [] and not check(service).get(paused.id)
    service.edit_feed(paused.id, paused=False)
    assert [f.id for f in service.due_feeds()] == [paused.id]


def test_pace_spaces_requests_to_one_host():
    pacer = HostPacer(0.2)
    started = time.monotonic()
    for _ in range(3):
        pacer.wait("http://example.org/a")
    pacer.wait("http://example.com/other-host")  # another host is not held up
    assert time.monotonic() - started >= 0.4


# ---- two watchers ------------------------------------------------------------------------

def test_two_watchers_at_once_import_each_entry_once(library_path, feed_server):  # noqa: F811
    with LibraryService(library_path) as service:
        for name in ("rss", "atom", "changing", "missing"):
            service.add_feed(f"{feed_server.base}/feed/{name}")
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def watcher() -> None:
        try:
            with LibraryService(library_path) as own:
                barrier.wait()
                own.check_feeds(options=quick())
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=watcher) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors
    with LibraryService(library_path) as service:
        assert service.count() == 3 + 2 + 2 + 1
        urls = [service.get(i).url for i in service.clipping_ids()]
        assert len(urls) == len(set(urls))
    pages = {k: v for k, v in feed_server.hits.items() if k.startswith(("/news/", "/gone/"))}
    assert len(pages) == 10 and set(pages.values()) == {1}


def test_entry_claims_are_exclusive_and_stale_ones_are_taken_again(library_path):
    with Library(library_path) as a, Library(library_path) as b:
        entries = [(f"k{i}", f"https://example.org/{i}", "") for i in range(5)]
        won_a = feed_rows.claim_entries(a, 1, entries)
        won_b = feed_rows.claim_entries(b, 1, entries)
        assert won_a == [e[0] for e in entries] and won_b == []
        with a.transaction() as db:  # the first watcher died an hour ago
            db.execute("UPDATE feed_entries SET seen_at = '2000-01-01T00:00:00+00:00'")
        assert len(feed_rows.stale_claims(b, 1)) == 5
        assert feed_rows.claim_entries(b, 1, entries) == won_a


def test_feed_being_checked_is_left_to_its_watcher(service, feed_server):  # noqa: F811
    import datetime as dt

    feed = service.add_feed(f"{feed_server.base}/feed/rss")
    now = dt.datetime.now(dt.UTC)
    assert feed_rows.claim_check(service.library, feed.id, now + dt.timedelta(minutes=5), now)
    assert check(service)[feed.id].busy and service.count() == 0


# ---- manage --------------------------------------------------------------------------------

def test_add_edit_remove_are_undoable(service):
    feed = service.add_feed("https://example.org/rss", title="Example")
    service.edit_feed(feed.id, title="Renamed", interval_minutes=60)
    assert service.feed(feed.id).title == "Renamed"
    service.remove_feed(feed.id)
    assert service.list_feeds() == []
    label, _ = service.undo()
    assert label == "remove feed Renamed"
    back = service.feed(feed.id)
    assert (back.id, back.title, back.interval_minutes) == (feed.id, "Renamed", 60)
    service.undo()
    assert service.feed(feed.id).title == "Example"
    service.undo()
    assert service.list_feeds() == []
    service.redo()
    assert service.feed(feed.id).title == "Example"


def test_removed_feed_keeps_its_clippings_and_undo_keeps_its_entries(service, feed_server):  # noqa: F811
    feed = service.add_feed(f"{feed_server.base}/feed/rss")
    check(service)
    service.remove_feed(feed.id)
    assert service.count() == 3
    service.undo()
    assert check(service)[feed.id].summary() == "0 new"


def test_opml_round_trip(service, tmp_path, feed_server):  # noqa: F811
    service.create_theme("도지사")
    service.add_feed(f"{feed_server.base}/feed/rss", title="연합 경기", tag="경기",
                     interval_minutes=60)
    service.add_feed(f"{feed_server.base}/feed/atom", filter="governor", theme="도지사")
    path = tmp_path / "feeds.opml"
    assert service.export_opml(path) == 2
    with LibraryService(tmp_path / "other") as other:
        other.create_theme("도지사")
        results = other.import_opml(path)
        assert [r[1] for r in results] == ["added", "added"]
        got = {f.url: f for f in other.list_feeds()}
        rss = got[f"{feed_server.base}/feed/rss"]
        assert (rss.title, rss.tag, rss.interval_minutes) == ("연합 경기", "경기", 60)
        atom = got[f"{feed_server.base}/feed/atom"]
        assert (atom.filter, atom.theme) == ("governor", "도지사")
        assert [r[1] for r in other.import_opml(path)] == [
            f"the feed {u} is already watched" for u, _ in results]
        other.undo()  # the import is one step (the second one added nothing)
        assert other.list_feeds() == []


def test_opml_from_a_feed_reader_and_bad_files(service, tmp_path):
    path = tmp_path / "reader.opml"
    path.write_text(
        '<?xml version="1.0"?><opml version="1.0"><head/><body>'
        '<outline text="News"><outline text="Yonhap" type="rss" '
        'xmlUrl="https://www.yna.co.kr/rss/news.xml"/>'
        '<outline text="bad" xmlUrl="file:///etc/passwd"/></outline></body></opml>',
        encoding="utf-8")
    assert service.import_opml(path) == [("https://www.yna.co.kr/rss/news.xml", "added")]
    assert service.list_feeds()[0].title == "Yonhap"
    for name, data in (("x.opml", b"<html><body>no</body></html>"), ("y.opml", b"\x00junk"),
                       ("z.opml", b'<!DOCTYPE x [<!ENTITY a "b">]><opml/>')):
        (tmp_path / name).write_bytes(data)
        with pytest.raises(LibraryError, match="not an OPML file"):
            service.import_opml(tmp_path / name)
    with pytest.raises(LibraryError, match="cannot read"):
        service.import_opml(tmp_path / "missing.opml")
    assert opml.read_opml(opml.write_opml([])) == []


# ---- the library -----------------------------------------------------------------------------

def test_old_library_gets_the_feed_tables_and_keeps_its_data(library_path):
    library_path.mkdir()
    db = Database(sqlite3.connect(library_path / DB_NAME))
    migrations.migrations.apply(db, stop_before="m0006_feeds")
    db["clippings"].insert({"id": 1, "title": "old", "body_key": "k", "source_kind": "text",
                            "imported_at": "2024-01-01", "updated_at": "2024-01-01"})
    db.conn.commit()
    db.conn.close()
    with LibraryService(library_path) as service:
        assert service.get(1).title == "old"
        assert service.list_feeds() == [] and service.browse_ids("inbox") == [1]
        service.add_feed("https://example.org/rss")
        assert len(service.list_feeds()) == 1
