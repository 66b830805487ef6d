"""A clipping's date is the day its page was first published, in the page's own zone."""

from __future__ import annotations

from pathlib import Path

import pytest

PARAS = "".join(
    f"<p>{text}</p>" for text in [
        "The council met on Thursday night and voted to rebuild the seawall that the "
        "winter storms broke twice, after a long debate in the school gym.",
        "The town will borrow most of the money and ask the state for the rest, the "
        "selectmen said, and work should begin before the autumn storms arrive.",
        "Residents who spoke at the meeting were split, with some asking for a study of "
        "moving the harbour road inland before any new wall is built.",
    ])


def _page(head: str, top: str, lang: str = "en") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>Harbor town votes to rebuild its seawall</title>{head}</head><body>"
            f'<nav><a href="/">Home</a> <a href="/news">News</a></nav><main><article>'
            f"<h1>Harbor town votes to rebuild its seawall</h1>{top}{PARAS}</article></main>"
            "<footer><p>© 2024 The Gazette</p></footer></body></html>")


def _published(service, tmp_path: Path, html: str) -> str:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    [outcome] = service.import_paths([path])
    assert outcome.status == "imported", outcome.reason
    published = service.get(outcome.clipping_id).published
    return published.isoformat() if published else ""


@pytest.mark.parametrize("top", [
    # printed lines, an AP-like "Updated" stamp under the headline, no other date
    '<div class="meta"><div class="timestamp"><span>Last updated May 12, 2024</span></div>'
    '<div class="share"><a href="#">Share</a> <a href="#">Print</a> <a href="#">Mail</a>'
    '</div></div>',
    # a Guardian-like pair of lines, the modification first
    '<details><summary><span>Last modified on Sun 12 May 2024 10.00 BST</span></summary>'
    '<p class="dcr-1">First published on Thu 9 May 2024 18.30 BST</p></details>',
    # <time> elements: the "Updated" one comes first in the page
    '<div class="dates"><p class="date">Updated <time datetime="2024-05-12T08:00:00-04:00">'
    'May 12</time></p><p class="date">By Jane Doe, <time datetime="2024-05-09T18:30:00-04:00">'
    'May 9</time></p></div>',
    # a modified <time> marked as such, then the published one
    '<div class="byline"><time itemprop="dateModified" datetime="2024-05-12T08:00:00Z">'
    'May 12</time> <time datetime="2024-05-09T18:30:00Z">May 9</time></div>',
])
def test_a_last_updated_date_is_not_the_published_one(service, tmp_path, top):
    # The address says when it was published; a page's "updated" line must not win.
    html = _page('<link rel="canonical" href="https://example.org/2024/05/09/seawall/">', top)
    assert _published(service, tmp_path, html) == "2024-05-09"


@pytest.mark.parametrize("head, want", [
    # JSON-LD in UTC, the page's own <meta> times at -08:00 (a Los Angeles paper)
    ('<script type="application/ld+json">{"@type": "NewsArticle", '
     '"datePublished": "2017-02-24T01:18:00Z", "dateModified": "2017-02-24T03:00:00Z"}</script>'
     '<meta property="article:modified_time" content="2017-02-23T19:00:00-08:00">',
     "2017-02-23"),
    # <meta> published time in UTC, JSON-LD's modified time in Seoul's zone
    ('<meta property="article:published_time" content="2024-05-08T16:30:00+00:00">'
     '<script type="application/ld+json">{"@type": "NewsArticle", '
     '"dateModified": "2024-05-09T02:00:00+09:00"}</script>', "2024-05-09"),
    # the page's own offset is simply kept
    ('<meta property="article:published_time" content="2017-02-23T17:18:00-08:00">',
     "2017-02-23"),
])
def test_a_date_keeps_the_pages_own_time_zone(service, tmp_path, head, want):
    assert _published(service, tmp_path, _page(head, "")) == want


def test_a_korean_page_in_utc_only_is_dated_in_seoul(service, tmp_path):
    head = '<meta property="article:published_time" content="2024-05-08T16:30:00Z">'
    assert _published(service, tmp_path, _page(head, "", lang="ko")) == "2024-05-09"


@pytest.mark.parametrize("attrs", ['data-deploy-dt="2026.01.29 18:40" '
                                   'data-re-deploy-dt="2026.01.30 09:49"',
                                   'data-updated-at="2026-01-30" data-posted-at="2026-01-29"'])
def test_a_publication_data_attribute_dates_the_page(service, tmp_path, attrs):
    top = f'<div class="article-info" {attrs}></div>'
    assert _published(service, tmp_path, _page("", top)) == "2026-01-29"
