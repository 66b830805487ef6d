"""A server that drips its answer a byte at a time: the request's deadline holds for the
headers, the body and the photos alike, the failure names the address, the batch goes on."""

from __future__ import annotations

import time

import pytest

from clipper.importers import url as url_fetch
from clipper.importers.source import Source
from tests.local_http import http_server  # noqa: F401 (pytest fixture)


@pytest.fixture
def short_deadlines(monkeypatch):
    """Two seconds instead of a minute, so that the suite does not wait."""
    monkeypatch.setattr(url_fetch, "DEADLINE", 2.0)
    monkeypatch.setattr(url_fetch, "PHOTO_DEADLINE", 2.0)


@pytest.mark.parametrize("route", ["/slow/headers", "/slow/body"])
def test_dripping_page_times_out_and_the_batch_goes_on(service, http_server, route,  # noqa: F811
                                                       short_deadlines):
    slow = f"{http_server}{route}"
    started = time.monotonic()
    outcomes = service.import_paths([slow, f"{http_server}/article/ap"])
    elapsed = time.monotonic() - started
    assert [o.status for o in outcomes] == ["failed", "imported"]
    assert outcomes[0].reason == f"timed out after 2 s fetching {slow}"
    assert elapsed < 10
    assert service.count() == 1


def test_cli_names_the_slow_address(run_cli, http_server, short_deadlines):  # noqa: F811
    slow = f"{http_server}/slow/headers"
    status, out, _err = run_cli("import", slow, f"{http_server}/article/ap")
    assert status == 1
    assert f"failed     {slow}: timed out after 2 s fetching {slow}" in out
    assert "1 imported, 0 duplicate, 1 failed" in out


def test_dripping_photo_is_a_warning_and_the_others_download(service, http_server,  # noqa: F811
                                                             short_deadlines):
    page = (b"<html><body><article><h1>Harbor photos today</h1>"
            b'<figure><img src="/slow/photo.jpg"><figcaption>The harbor at dawn. '
            b"(AP Photo/Jane Doe)</figcaption></figure>"
            b'<figure><img src="/photos/ap-council-vote.jpg"><figcaption>The council. '
            b"(AP Photo/John Roe)</figcaption></figure>"
            + b"".join(b"<p>Paragraph %d of the story, long enough to count as an article body."
                       b"</p>" % i for i in range(4))
            + b"</article></body></html>")
    address = f"{http_server}/news/photos"
    started = time.monotonic()
    [outcome] = service.import_sources([Source(name=address, data=page, url=address,
                                               content_type="text/html")])
    assert time.monotonic() - started < 10
    assert outcome.status == "imported"
    assert f"timed out after 2 s fetching {http_server}/slow/photo.jpg" in outcome.reason
    clip = service.get(outcome.clipping_id)
    assert [p.image is not None for p in clip.photos] == [False, True]


def test_a_whole_response_within_the_deadline_is_kept(http_server):  # noqa: F811
    source = url_fetch.fetch(f"{http_server}/article/ap")
    assert source.data.startswith(b"<!DOCTYPE html>")
