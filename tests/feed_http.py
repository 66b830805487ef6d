"""A real HTTP server on 127.0.0.1 serving feeds and the news pages they link to (issue 17).

Articles are real news pages in two outlets' layouts (tests/data/html: the Yonhap page
in Korean, the AP page in English) with a title and paragraphs of their own per number,
so each is a different article to the importer and the duplicate detector.

Routes (besides every route of tests/local_http.py):
  /news/yna/<n>, /news/ap/<n>   article n in either layout
  /portal/<layout>/<n>          302 -> /news/<layout>/<n> (a portal's tracking link)
  /copy/<layout>/<n>            article n with one more line (a near-duplicate)
  /feed/copies                  RSS of /copy/yna/1
  /feed/rss                     RSS 2.0, 3 Korean articles (1-3)
  /feed/atom                    Atom, 2 English articles (11, 12)
  /feed/portal                  RSS whose links go through /portal/ (21, 22, and 1 again)
  /feed/changing                RSS of articles 31.. (31 + server.changing entries)
  /feed/etag                    RSS with an ETag and Last-Modified; 304 when they match
  /feed/hang                    never answers (the client's timeout must end it)
  /feed/html                    a web page, not a feed
  /feed/big                     RSS with 10,000 entries (articles 100000..)
  /feed/missing                 RSS whose 2 entries' pages are 404, and 1 page found (41)
  /feed/garbage                 bytes that are neither XML nor HTML
  /feed/many/<f>?n=N            N entries of feed f (articles f*1000+1..), for the bench
Every request is counted in `server.hits[path]`.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Iterator
from email.utils import formatdate
from http.server import ThreadingHTTPServer
from xml.sax.saxutils import escape

import pytest

from tests.conftest import DATA
from tests.local_http import _Handler

HTML = DATA / "html"
ETAG = '"feed-v1"'
LAST_MODIFIED = formatdate(1_700_000_000, usegmt=True)

_KO = ("경기도 김동연 지사 도민 청년 주택 교통 반도체 기후 예산 일자리 복지 의료 인공지능 "
       "데이터 지역 경제 수출 기업 현장 방문 간담회 발표 계획 지원 확대 협약 투자 유치 "
       "소상공인 돌봄 안전 재난 문화 관광 농업 환경 에너지 철도 버스 학교 대학").split()
_EN = ("governor province residents youth housing transit chips climate budget jobs welfare "
       "health data regional economy exports companies visit meeting plan support expand "
       "agreement investment small business care safety disaster culture tourism farming "
       "environment energy railway buses schools universities").split()


def _sentences(words: list[str], n: int, count: int, end: str) -> list[str]:
    rng = random.Random(n)
    return [" ".join(rng.choice(words) for _ in range(14)) + f" {n}-{i}{end}"
            for i in range(count)]


def article_title(layout: str, n: int) -> str:
    if layout == "yna":
        return f"경기도 기사 {n}호: " + " ".join(_sentences(_KO, n, 1, "")[0].split()[:5])
    return f"Gyeonggi report {n}: " + " ".join(_sentences(_EN, n, 1, "")[0].split()[:5])


def article_page(layout: str, n: int) -> bytes:
    """Article `n` in the Yonhap (Korean) or AP (English) layout."""
    title = escape(article_title(layout, n))
    if layout == "yna":
        page = (HTML / "yna_article.html").read_text("utf-8")
        old_title = "경기도, 반도체 인재 1만명 키운다…5년간 3천억 투입"
        paras = _sentences(_KO, n, 5, "다.")
        start = page.index("<p>(수원=연합뉴스)")
        end = page.index('<p class="txt-copyright">')
        body = "\n".join(f"    <p>{escape(p)}</p>" for p in paras)
        page = page[:start] + body.lstrip() + "\n    " + page[end:]
        page = page.replace(old_title, title).replace('src="yna_article_files/', 'src="/photos/')
        # Each served copy is its own page: no canonical address shared by all of them.
        page = page.replace("https://www.yna.co.kr/view/AKR20240509000100061", f"/news/yna/{n}")
    else:
        page = (HTML / "ap_story.html").read_text("utf-8")
        old_title = "Harbor town votes to rebuild its seawall after winter storms"
        paras = _sentences(_EN, n, 5, ".")
        import re

        blocks = list(re.finditer(r"<p>(?!<)[^<]{40,}</p>", page))
        if blocks:
            body = "\n".join(f"<p>{escape(p)}</p>" for p in paras)
            page = page[:blocks[0].start()] + body + page[blocks[-1].end():]
        page = page.replace(old_title, title).replace('src="ap_story_files/', 'src="/photos/')
    return page.encode("utf-8")


def rss(title: str, items: list[tuple[str, str]], base: str = "") -> bytes:
    entries = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(base + link)}</link>"
        f"<guid>{escape(base + link)}</guid>"
        f"<pubDate>{formatdate(1_700_000_000 + i * 60, usegmt=True)}</pubDate></item>\n"
        for i, (t, link) in enumerate(items))
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
            f"<title>{escape(title)}</title><link>{base}/</link>\n{entries}</channel></rss>"
            ).encode()


def atom(title: str, items: list[tuple[str, str]], base: str) -> bytes:
    entries = "".join(
        f'<entry><title>{escape(t)}</title><link href="{escape(base + link)}"/>'
        f"<id>tag:test,2024:{escape(link)}</id><updated>2024-05-0{i + 1}T10:00:00Z</updated>"
        "</entry>\n" for i, (t, link) in enumerate(items))
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{escape(title)}</title><id>tag:test,2024:feed</id>"
            f"<updated>2024-05-09T10:00:00Z</updated>\n{entries}</feed>").encode()


def _items(layout: str, numbers: list[int], prefix: str = "/news") -> list[tuple[str, str]]:
    return [(article_title(layout, n), f"{prefix}/{layout}/{n}") for n in numbers]


class FeedHandler(_Handler):
    server: FeedServer

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        path, _, query = self.path.partition("?")
        with self.server.lock:
            self.server.hits[path] = self.server.hits.get(path, 0) + 1
        base = f"http://{self.headers.get('Host')}"
        xml = "application/rss+xml; charset=utf-8"
        parts = path.strip("/").split("/")
        if len(parts) == 3 and parts[0] == "news" and parts[1] in ("yna", "ap") \
                and parts[2].isdigit():
            self._send(200, article_page(parts[1], int(parts[2])))
        elif len(parts) == 3 and parts[0] == "copy" and parts[2].isdigit():
            # Another outlet carrying the same story with a line of its own.
            page = article_page(parts[1], int(parts[2])).replace(
                b"</article>", "<p>이 기사는 제휴 매체가 함께 전재했다.</p></article>".encode())
            self._send(200, page)
        elif path == "/feed/copies":
            self._send(200, rss("제휴 매체", _items("yna", [1], "/copy"), base), xml)
        elif len(parts) == 3 and parts[0] == "portal":
            self._redirect(302, f"/news/{parts[1]}/{parts[2]}")
        elif path == "/feed/rss":
            self._send(200, rss("연합뉴스 경기", _items("yna", [1, 2, 3]), base), xml)
        elif path == "/feed/atom":
            self._send(200, atom("AP Gyeonggi", _items("ap", [11, 12]), base),
                       "application/atom+xml")
        elif path == "/feed/portal":
            items = _items("yna", [21, 22], "/portal") + _items("yna", [1], "/portal")
            self._send(200, rss("포털 뉴스 검색: 김동연", items, base), xml)
        elif path == "/feed/changing":
            numbers = list(range(31, 31 + self.server.changing))
            self._send(200, rss("Changing", _items("ap", numbers[::-1]), base), xml)
        elif path == "/feed/etag":
            if self.headers.get("If-None-Match") == ETAG or \
                    self.headers.get("If-Modified-Since") == LAST_MODIFIED:
                self.send_response(304)
                self.send_header("ETag", ETAG)
                self.end_headers()
                return
            self._send(200, rss("ETag feed", _items("ap", [51]), base), xml,
                       headers={"ETag": ETAG, "Last-Modified": LAST_MODIFIED})
        elif path == "/feed/hang":
            time.sleep(self.server.hang_seconds)
            self._send(200, rss("late", [], base), xml)
        elif path == "/feed/html":
            self._send(200, article_page("yna", 99))
        elif path == "/feed/garbage":
            self._send(200, b"\x00\x01\x02 this is { not : a feed ]]", "application/xml")
        elif path == "/feed/big":
            items = [(f"entry {n}", f"/news/ap/{n}") for n in range(110_000, 100_000, -1)]
            self._send(200, rss("Big", items, base), xml)
        elif path == "/feed/missing":
            items = [("gone 1", "/gone/1"), ("gone 2", "/gone/2")] + _items("ap", [41])
            self._send(200, rss("Missing pages", items, base), xml)
        elif len(parts) == 3 and parts[:2] == ["feed", "many"] and parts[2].isdigit():
            count = int(query.split("n=")[1]) if "n=" in query else 20
            f = int(parts[2])
            layout = "yna" if f % 2 else "ap"
            self._send(200, rss(f"Feed {f}", _items(layout, [f * 1000 + i for i in range(
                1, count + 1)]), base), xml)
        else:
            super().do_GET()


class FeedServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int]):
        super().__init__(address, FeedHandler)
        self.hits: dict[str, int] = {}
        self.lock = threading.Lock()
        self.changing = 2
        self.hang_seconds = 5.0

    @property
    def base(self) -> str:
        return f"http://{self.server_address[0]}:{self.server_address[1]}"


def start_server(host: str = "127.0.0.1") -> FeedServer:
    server = FeedServer((host, 0))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    server = start_server()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
