"""http(s) URLs: fetched from a real local HTTP server, with their photos; every failure named."""

from __future__ import annotations

import time

import pytest

from clipper.importers import url as url_fetch
from clipper.importers.source import ImportFailure
from tests.local_http import http_server, unused_port  # noqa: F401 (pytest fixture)


def test_url_imports_with_photos_downloaded(service, http_server):  # noqa: F811
    address = f"{http_server}/article/ap"
    [outcome] = service.import_paths([address])
    assert outcome.status == "imported", outcome.reason
    assert outcome.item == address
    clip = service.get(outcome.clipping_id)
    assert clip.source_kind == "url"
    assert clip.url == address
    assert clip.title == "Harbor town votes to rebuild its seawall after winter storms"
    assert clip.published.isoformat() == "2024-05-09"
    assert clip.byline == "Jane Doe, John Roe"
    assert [(p.credit, p.src) for p in clip.photos] == [
        ("AP Photo/Mary Major", f"{http_server}/photos/ap-harbor.jpg"),
        ("AP Photo/Jane Doe", f"{http_server}/photos/ap-council-vote.jpg"),
    ]
    assert all(p.image and (service.root / p.image).exists() for p in clip.photos)


def test_cli_imports_a_url(run_cli, run_cli_json, http_server):  # noqa: F811
    status, out, err = run_cli("import", f"{http_server}/redirect/ap")
    assert status == 0, out + err
    assert "1 imported" in out
    clip = run_cli_json("show", "1")
    # The clipping keeps the address the redirect led to.
    assert clip["url"] == f"{http_server}/article/ap"
    assert clip["source"]["kind"] == "url"


def test_charset_from_http_header(service, http_server):  # noqa: F811
    [outcome] = service.import_paths([f"{http_server}/article/euckr"])
    assert outcome.status == "imported", outcome.reason
    clip = service.get(outcome.clipping_id)
    assert clip.title == "폐교가 마을 도서관으로... 주민 손으로 살린 학교"
    assert clip.photos[0].credit == "이민수" and clip.photos[0].image


def test_gzip_response(http_server):  # noqa: F811
    source = url_fetch.fetch(f"{http_server}/article/gzip")
    assert source.data.startswith(b"<!DOCTYPE html>")
    assert source.content_type == "text/html" and source.charset == "utf-8"


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "HTTP 404 (page not found)"),
        ("/loop/a", "redirect loop"),
        ("/to-file", "only http and https addresses can be imported, not file:"),
        ("/huge", "over the 20 MB limit"),
        ("/huge-declared", "response is 50 MB, over the 20 MB limit"),
        ("/gzip-bomb", "over the 20 MB limit"),
    ],
)
def test_bad_urls_fail_with_a_reason_and_the_batch_goes_on(service, http_server, path,  # noqa: F811
                                                           reason):
    started = time.monotonic()
    outcomes = service.import_paths([f"{http_server}{path}", f"{http_server}/article/ap"])
    assert time.monotonic() - started < 30
    assert [o.status for o in outcomes] == ["failed", "imported"]
    assert reason in outcomes[0].reason
    assert outcomes[0].item == f"{http_server}{path}"
    assert service.count() == 1


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("file:///etc/passwd", "not file:"),
        ("ftp://ftp.example.com/article.html", "not ftp:"),
    ],
)
def test_other_schemes_are_refused(service, address, reason):
    [outcome] = service.import_paths([address])
    assert outcome.status == "failed"
    assert reason in outcome.reason
    assert service.count() == 0


def test_unreachable_server(service):
    address = f"http://127.0.0.1:{unused_port()}/news"
    [outcome] = service.import_paths([address])
    assert outcome.status == "failed"
    assert outcome.reason.startswith("cannot reach 127.0.0.1")
    assert "connection refused" in outcome.reason


def test_unknown_host_is_named():
    with pytest.raises(ImportFailure, match="cannot find the server no-such-host.invalid"):
        url_fetch.fetch("http://no-such-host.invalid/news")


def test_broken_photo_download_is_a_warning(service, http_server):  # noqa: F811
    from clipper.importers.source import Source

    page = (b"<html><body><article><h1>Harbor photos today</h1>"
            b'<figure><img src="/photos/broken.jpg"><figcaption>The harbor at dawn. '
            b"(AP Photo/Jane Doe)</figcaption></figure>"
            b'<figure><img src="/photos/nothing-here.jpg"><figcaption>The pier. '
            b"(AP Photo/John Roe)</figcaption></figure>"
            + b"".join(b"<p>Paragraph %d of the story, long enough to count as an article body."
                       b"</p>" % i for i in range(4))
            + b"</article></body></html>")
    address = f"{http_server}/news/photos"
    [outcome] = service.import_sources([Source(name=address, data=page, url=address,
                                               content_type="text/html")])
    assert outcome.status == "imported"
    assert "broken.jpg" in outcome.reason and "not a readable image" in outcome.reason
    assert "nothing-here.jpg" in outcome.reason and "HTTP 404" in outcome.reason
    clip = service.get(outcome.clipping_id)
    assert [(p.credit, p.image) for p in clip.photos] == [
        ("AP Photo/Jane Doe", None), ("AP Photo/John Roe", None)]
