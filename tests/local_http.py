"""A real HTTP server on 127.0.0.1 (http.server in a thread) serving the fixture pages.

Routes:
  /article/ap           the AP-like page, photos under /photos/
  /article/euckr        the EUC-KR page with its <meta charset> removed: only the header says
  /article/gzip         the AP-like page, gzip-compressed
  /redirect/ap          301 -> /article/ap
  /loop/a, /loop/b      302 to each other
  /to-file              302 -> file:///etc/passwd
  /missing              404
  /huge                 50 MB of HTML with no Content-Length
  /huge-declared        declares 50 MB
  /gzip-bomb            60 MB of spaces in a small gzip body
  /photos/<name>        the fixtures' photos; /photos/broken.jpg is cut short
  /slow/headers         drips its status line and headers, a byte at a time
  /slow/body            sends headers at once, then drips the page a byte at a time
  /slow/photo.jpg       an image's headers at once, then its bytes dripped
"""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.conftest import DATA

HTML_DATA = DATA / "html"
DRIP_INTERVAL = 0.2  # seconds between two bytes of a /slow/ route


def _ap_page() -> bytes:
    return (HTML_DATA / "ap_story.html").read_bytes().replace(
        b'src="ap_story_files/', b'src="/photos/')


def _photo(name: str) -> bytes | None:
    for path in HTML_DATA.glob(f"*_files/{name}"):
        return path.read_bytes()
    if name == "broken.jpg":
        return (HTML_DATA / "ap_story_files" / "ap-harbor.jpg").read_bytes()[:150]
    return None


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, status: int, location: str) -> None:
        self.send_response(status)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _drip(self, data: bytes, interval: float = DRIP_INTERVAL) -> None:
        """Send one byte per `interval` until the client hangs up (or 60 s have passed)."""
        ends = time.monotonic() + 60
        try:
            for byte in data:
                if time.monotonic() > ends:
                    return
                self.wfile.write(bytes([byte]))
                time.sleep(interval)
        except OSError:
            pass  # the client gave up, as it should

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        path = self.path.split("?")[0]
        if path == "/slow/headers":
            self.close_connection = True
            self._drip(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Drip: "
                       + b"z" * 1000 + b"\r\n\r\n" + _ap_page())
        elif path in ("/slow/body", "/slow/photo.jpg"):
            body = _ap_page() if path == "/slow/body" else _photo("ap-harbor.jpg") or b""
            self.send_response(200)
            self.send_header("Content-Type", "text/html" if path == "/slow/body" else "image/jpeg")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self._drip(body)
        elif path == "/article/ap":
            self._send(200, _ap_page())
        elif path == "/article/euckr":
            page = (HTML_DATA / "ohmy_euckr.html").read_bytes().replace(
                b'<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">', b"")
            page = page.replace(b'src="ohmy_euckr_files/', b'src="/photos/')
            self._send(200, page, "text/html; charset=EUC-KR")
        elif path == "/article/gzip":
            self._send(200, gzip.compress(_ap_page()), headers={"Content-Encoding": "gzip"})
        elif path == "/redirect/ap":
            self._redirect(301, "/article/ap")
        elif path == "/loop/a":
            self._redirect(302, "/loop/b")
        elif path == "/loop/b":
            self._redirect(302, "/loop/a")
        elif path == "/to-file":
            self._redirect(302, "file:///etc/passwd")
        elif path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"x" * 65530 + b"</p>"
            try:
                self.wfile.write(b"<html><body>")
                for _ in range(50 * 16):  # 50 MB
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stopped reading at its limit, as it should
        elif path == "/huge-declared":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(50 * 1024 * 1024))
            self.end_headers()
        elif path == "/gzip-bomb":
            body = gzip.compress(b" " * (60 * 1024 * 1024), compresslevel=9)
            self._send(200, body, headers={"Content-Encoding": "gzip"})
        elif path.startswith("/photos/") and (data := _photo(path.rsplit("/", 1)[-1])):
            self._send(200, data, "image/jpeg")
        else:
            self._send(404, b"<html><body>Not found</body></html>")


@pytest.fixture(scope="module")
def http_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def unused_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]

