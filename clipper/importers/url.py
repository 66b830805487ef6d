"""Fetch a web page (or one of its photos) over http(s), with limits a desktop app needs.

urllib from the standard library is enough: we follow redirects ourselves (so that a
redirect can never lead to file: or ftp:, and a loop is named as such), cap the size of
every response as it streams (also after gzip decompression), and turn every network
failure into one line the user can act on.

Socket timeouts only bound each read, so a server that sends one byte a second would
keep a request alive for ever. Every request therefore runs under a deadline (see
`_Deadline`) that shuts its sockets down when it passes: headers, body and redirects
together, for pages and photos alike.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin, urlsplit

from clipper.importers.source import ImportFailure, Source

MAX_PAGE_BYTES = 20 * 1024 * 1024  # as for a saved page on disk (pipeline.MAX_TEXT_BYTES)
MAX_PHOTO_BYTES = 15 * 1024 * 1024
TIMEOUT = 20.0  # seconds for connecting and for each read
DEADLINE = 60.0  # seconds for a whole request: a server that drips bytes is given up on
PHOTO_TIMEOUT = 10.0
PHOTO_DEADLINE = 30.0
MAX_REDIRECTS = 10
USER_AGENT = "Mozilla/5.0 (compatible; Clipper/0.1; +press clipping organiser)"
_CHUNK = 64 * 1024


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Hand 3xx answers back to us instead of following them blindly."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001
        return None


class _Deadline:
    """Shuts down every socket of one request when `seconds` have passed.

    A timer thread does it, because a blocked read cannot watch the clock itself; after a
    shutdown the read returns end-of-file or an error, and `expired` tells the caller why.
    """

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            self._timer.cancel()
            self._sockets.clear()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    try:
        # The plain socket's method, also for TLS: it wakes a blocked read at once and
        # leaves the SSL object alone for the reading thread to fail on.
        socket.socket.shutdown(sock, socket.SHUT_RDWR)
    except OSError:
        pass  # already closed or never connected


def _watched(connection_class: type[http.client.HTTPConnection],
             deadline: _Deadline) -> type[http.client.HTTPConnection]:
    class Watched(connection_class):  # type: ignore[misc, valid-type]
        def connect(self) -> None:
            # The plain socket is watched from its connection on; a TLS handshake takes
            # it over (Python bounds the whole handshake by the socket timeout), and the
            # TLS socket is watched from then on. Name lookup cannot be interrupted: the
            # system resolver's own timeouts bound it.
            create = self._create_connection

            def create_watched(*args: object, **kwargs: object) -> socket.socket:
                sock = create(*args, **kwargs)
                deadline.watch(sock)
                return sock

            self._create_connection = create_watched
            super().connect()
            deadline.watch(self.sock)

    return Watched


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline):
        super().__init__()
        self.deadline = deadline

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_watched(http.client.HTTPConnection, self.deadline), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline):
        super().__init__()
        self.deadline = deadline

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_watched(http.client.HTTPSConnection, self.deadline), req,
                            context=self._context)


def _opener(deadline: _Deadline) -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(_NoRedirect(), _HTTPHandler(deadline),
                                       _HTTPSHandler(deadline))


def is_web_address(url: str) -> bool:
    """Whether `url` is an http(s) address with a host: the only kind Clipper stores, so a
    `javascript:` or `file:` address never becomes a live link in a report."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def check_scheme(url: str) -> None:
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        shown = f"{scheme}:" if scheme else "no scheme"
        raise ImportFailure(f"only http and https addresses can be imported, not {shown}")
    if not urlsplit(url).hostname:
        raise ImportFailure("the address has no host name")


def fetch(url: str, pace: HostPacer | None = None, timeout: float | None = None,
          deadline: float | None = None) -> Source:
    """Download a page; the Source keeps its final URL, MIME type and declared charset.
    `timeout` and `deadline` default to TIMEOUT and DEADLINE as they are when called."""
    timeout = TIMEOUT if timeout is None else timeout
    deadline = DEADLINE if deadline is None else deadline
    data, final_url, headers = get(url, MAX_PAGE_BYTES, timeout, deadline,
                                   accept="text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
                                   pace=pace)
    content_type = headers.get_content_type()
    if content_type.startswith(("image/", "video/", "audio/", "font/")) or content_type in (
        "application/pdf", "application/zip", "application/octet-stream",
    ):
        raise ImportFailure(f"not a web page but {content_type}")
    return Source(name=url, data=data, url=final_url, content_type=content_type,
                  charset=headers.get_content_charset())


class NotModified(ImportFailure):
    """A conditional GET answered 304: nothing new since the validators we sent."""

    def __init__(self, url: str):
        super().__init__(f"not modified since the last check ({url})")


@dataclass
class Validators:
    """What a server said identifies its answer, for the next conditional GET."""

    etag: str | None = None
    last_modified: str | None = None

    def request_headers(self) -> dict[str, str]:
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers

    @classmethod
    def of(cls, headers: Message) -> Validators:
        return cls(headers.get("ETag"), headers.get("Last-Modified"))


def fetch_conditional(url: str, validators: Validators, limit: int,
                      timeout: float | None = None, deadline: float | None = None,
                      pace: HostPacer | None = None,
                      accept: str = "*/*") -> tuple[bytes, str, Message]:
    """GET `url` unless it is unchanged since `validators` (then NotModified is raised)."""
    timeout = TIMEOUT if timeout is None else timeout
    deadline = DEADLINE if deadline is None else deadline
    return get(url, limit, timeout, deadline, accept, validators.request_headers(), pace)


class HostPacer:
    """At most one request per `interval` seconds to each host, across threads: a sweep
    of many entries of one outlet must not hammer its server."""

    def __init__(self, interval: float = 1.0):
        self.interval = interval
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, url: str) -> None:
        if self.interval <= 0:
            return
        host = (urlsplit(url).hostname or "").lower()
        with self._lock:  # reserve a slot, then sleep outside the lock
            now = time.monotonic()
            slot = max(now, self._next.get(host, 0.0))
            self._next[host] = slot + self.interval
        if slot > now:
            time.sleep(slot - now)


def fetch_photo(url: str) -> bytes:
    """Download one photo of an article (smaller limits; must be an image)."""
    data, _final, headers = get(url, MAX_PHOTO_BYTES, PHOTO_TIMEOUT, PHOTO_DEADLINE,
                                accept="image/*")
    content_type = headers.get_content_type()
    if not content_type.startswith("image/") and content_type not in (
        "application/octet-stream", "binary/octet-stream"
    ):
        raise ImportFailure(f"not an image but {content_type}")
    return data


def get(url: str, limit: int, timeout: float, deadline: float,
        accept: str, headers: dict[str, str] | None = None,
        pace: HostPacer | None = None) -> tuple[bytes, str, Message]:
    """GET `url`, following up to MAX_REDIRECTS redirects; return (body, final URL, headers).

    `timeout` bounds connecting and each read; `deadline` the whole request, redirects
    included. `headers` are sent besides ours (a conditional GET's validators); `pace`
    spaces requests to one host (each redirect hop too). A 304 answer raises NotModified.
    """
    watch = _Deadline(deadline)
    with watch:
        try:
            result = _get(url, limit, timeout, accept, _opener(watch), headers, pace)
        except ImportFailure as exc:
            if watch.expired:
                raise ImportFailure(_timed_out(url, deadline)) from exc
            raise
    # A shut-down socket can end a read early without an error: never return half a
    # page as if it were whole.
    if watch.expired:
        raise ImportFailure(_timed_out(url, deadline))
    return result


def _timed_out(url: str, deadline: float) -> str:
    return f"timed out after {deadline:.0f} s fetching {url}"


def _get(url: str, limit: int, timeout: float, accept: str,
         opener: urllib.request.OpenerDirector, extra: dict[str, str] | None = None,
         pace: HostPacer | None = None) -> tuple[bytes, str, Message]:
    seen: list[str] = []
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        check_scheme(current)
        if current in seen:
            raise ImportFailure(f"redirect loop: the redirects lead back to {current}")
        seen.append(current)
        if pace is not None:
            pace.wait(current)
        request = urllib.request.Request(current, headers={
            "User-Agent": USER_AGENT, "Accept": accept, "Accept-Encoding": "gzip, deflate",
            "Accept-Language": "ko,en;q=0.8", **(extra or {}),
        })
        try:
            response = opener.open(request, timeout=timeout)
        except urllib.error.HTTPError as exc:
            with exc:
                if exc.code in (301, 302, 303, 307, 308):
                    location = exc.headers.get("Location")
                    if not location:
                        raise ImportFailure(f"HTTP {exc.code} redirect without a Location") from exc
                    current = urljoin(current, location.strip())
                    continue
                if exc.code == 304:
                    raise NotModified(current) from exc
                raise ImportFailure(_http_error(exc.code, exc.reason)) from exc
        except urllib.error.URLError as exc:
            raise ImportFailure(_network_error(current, exc.reason)) from exc
        except TimeoutError as exc:
            raise ImportFailure(f"no answer from {_host(current)} within {timeout:.0f} s") from exc
        except (http.client.HTTPException, OSError, ValueError) as exc:
            raise ImportFailure(f"cannot fetch {_host(current)}: {exc}") from exc
        with response:
            return _read_limited(response, limit, timeout), current, response.headers
    raise ImportFailure(f"too many redirects (more than {MAX_REDIRECTS})")


def _read_limited(response: http.client.HTTPResponse, limit: int, timeout: float) -> bytes:
    length = response.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > limit:
        raise ImportFailure(_too_big(int(length), limit))
    encoding = (response.headers.get("Content-Encoding") or "").lower().strip()
    inflater = None
    if encoding in ("gzip", "x-gzip"):
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        inflater = zlib.decompressobj()
    chunks: list[bytes] = []
    size = 0
    try:
        while True:
            chunk = response.read(_CHUNK)
            if not chunk:
                break
            if inflater is not None:
                # max_length keeps a small "gzip bomb" from inflating past the limit at once.
                chunk = inflater.decompress(chunk, limit + 1 - size)
                if inflater.unconsumed_tail:
                    raise ImportFailure(_too_big(None, limit))
            size += len(chunk)
            if size > limit:
                raise ImportFailure(_too_big(None, limit))
            chunks.append(chunk)
    except TimeoutError as exc:
        raise ImportFailure(f"the server stopped answering (no data for {timeout:.0f} s)") from exc
    except zlib.error as exc:
        raise ImportFailure(f"the server sent broken compressed data ({exc})") from exc
    except (http.client.HTTPException, OSError) as exc:
        raise ImportFailure(f"connection broke off while downloading ({exc})") from exc
    return b"".join(chunks)


def _too_big(length: int | None, limit: int) -> str:
    shown = f"{length / 1024 / 1024:.0f} MB, " if length else ""
    return f"response is {shown}over the {limit // 1024 // 1024} MB limit for a single article"


def _http_error(code: int, reason: str) -> str:
    hints = {404: "page not found", 410: "page removed", 401: "login required",
             403: "access refused", 429: "too many requests; try again later"}
    hint = hints.get(code) or ("server error; try again later" if code >= 500 else reason)
    return f"HTTP {code} ({hint})"


def _network_error(url: str, reason: object) -> str:
    host = _host(url)
    if isinstance(reason, socket.gaierror):
        return f"cannot find the server {host} (no such host, or offline)"
    if isinstance(reason, ConnectionRefusedError):
        return f"cannot reach {host}: connection refused"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"no answer from {host} (timed out)"
    if isinstance(reason, ssl.SSLError):
        return f"secure connection to {host} failed ({reason})"
    return f"cannot reach {host}: {reason}"


def _host(url: str) -> str:
    try:
        parts = urlsplit(url)
        return parts.netloc or url
    except ValueError:
        return url
