"""`clipper feed ...` and `clipper watch --once` (issue 17), run as a user would, against
the local feed server; `watch --once` also as a separate process, twice at once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from clipper.feeds import check as feed_check
from tests.feed_http import feed_server  # noqa: F401 (pytest fixture)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def no_pause_between_requests(monkeypatch):
    """The local server is one host: the CLI's one-request-per-second pace would only
    make the tests slow (tests/test_feeds.py checks the pace itself)."""
    monkeypatch.setattr(feed_check, "PACE_SECONDS", 0.0)


def test_feed_add_list_check_entries_remove(run_cli, run_cli_json, feed_server):  # noqa: F811
    status, out, _ = run_cli("feed", "add", f"{feed_server.base}/feed/rss", "--tag", "경기",
                             "--every", "30")
    assert status == 0 and "watching feed 1" in out and "every 30 min" in out
    run_cli("feed", "add", f"{feed_server.base}/feed/missing")
    run_cli("feed", "add", f"{feed_server.base}/feed/html")
    status, out, _ = run_cli("feed", "check")
    assert status == 1, out  # one feed failed
    assert "feed 1 연합뉴스 경기: 3 new" in out
    assert "feed 2 Missing pages: 1 new, 2 failed" in out and "HTTP 404 (page not found)" in out
    assert "feed 3" in out and "failed: not a feed but a web page" in out
    assert "4 new clipping(s) from 3 feed(s)" in out
    status, out, _ = run_cli("feed", "list")
    assert status == 0 and "failing: not a feed but a web page" in out and "3 new" in out
    feeds = run_cli_json("feed", "list", "--json")
    assert [(f["id"], f["unread"], f["tag"]) for f in feeds if f["id"] == 1] == [(1, 3, "경기")]
    status, out, _ = run_cli("feed", "entries", "2")
    assert out.count("failed") == 2 and "imported" in out
    # New clippings are in the Inbox, tagged.
    clip = run_cli_json("show", "1")
    assert clip["tags"] in (["경기"], []) and clip["source"]["kind"] == "url"
    status, out, _ = run_cli("feed", "remove", "3")
    assert status == 0 and "removed feed 3" in out
    status, out, _ = run_cli("undo")
    assert "remove feed" in out
    assert len(run_cli_json("feed", "list", "--json")) == 3


def test_feed_edit_pause_and_errors(run_cli, run_cli_json, feed_server):  # noqa: F811
    run_cli("feed", "add", f"{feed_server.base}/feed/atom")
    status, out, _ = run_cli("feed", "edit", "1", "--pause", "--title", "AP")
    assert status == 0 and "edited feed 1" in out
    [feed] = run_cli_json("feed", "list", "--json")
    assert feed["paused"] and feed["title"] == "AP"
    status, out, _ = run_cli("watch", "--once")
    assert status == 0 and "no feed is due" in out
    status, out, _ = run_cli("feed", "edit", "1", "--resume")
    status, out, _ = run_cli("watch", "--once")
    assert "feed 1 AP: 2 new" in out
    status, out, err = run_cli("feed", "edit", "9", "--pause")
    assert status == 2 and "no feed '9'" in err and "Traceback" not in err
    status, out, err = run_cli("feed", "add", "ftp://example.org/x")
    assert status == 2 and "not a feed address" in err
    status, out, err = run_cli("feed", "edit", "1")
    assert status == 2 and "nothing to change" in err


def test_feed_export_import_opml(run_cli, run_cli_json, tmp_path, feed_server):  # noqa: F811
    run_cli("feed", "add", f"{feed_server.base}/feed/rss", "--filter", "경기도")
    path = tmp_path / "feeds.opml"
    status, out, _ = run_cli("feed", "export", str(path))
    assert status == 0 and "wrote 1 feed(s)" in out
    run_cli("feed", "remove", "1")
    status, out, _ = run_cli("feed", "import", str(path))
    assert status == 0 and "1 of 1 feed(s) added" in out
    [feed] = run_cli_json("feed", "list", "--json")
    assert feed["filter"] == "경기도"
    status, out, err = run_cli("feed", "import", str(tmp_path / "nope.opml"))
    assert status == 2 and "cannot read" in err


def test_two_watch_processes_at_once_import_each_entry_once(library_path, feed_server):  # noqa: F811
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def clipper(*args: str) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-m", "clipper", "--library",
                                 str(library_path), *args], env=env, cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    for name in ("rss", "atom", "changing", "portal"):
        assert clipper("feed", "add", f"{feed_server.base}/feed/{name}").wait(60) == 0
    watchers = [clipper("watch", "--once") for _ in range(2)]
    outputs = [w.communicate(timeout=300) for w in watchers]
    assert [w.returncode for w in watchers] == [0, 0], outputs
    from clipper.services import LibraryService

    with LibraryService(library_path) as service:
        urls = [service.get(i).url for i in service.clipping_ids()]
    assert len(urls) == 3 + 2 + 2 + 2 and len(set(urls)) == len(urls)
    pages = {k: v for k, v in feed_server.hits.items() if k.startswith("/news/")}
    # Each page once; article 1 once for each feed carrying it (the portal's link has to
    # be followed to learn that it is a copy).
    assert pages.pop("/news/yna/1") == 2
    assert set(pages.values()) == {1}, pages
