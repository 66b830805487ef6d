"""What a drop or a paste holds, as things the import service understands.

Files and folders (text/uri-list with file: URLs) and links (http(s) URLs) go to
`import_paths`; a selection dragged from a browser (text/html, with the page's URL when
the browser says it) and plain text become in-memory `Source`s for `import_sources`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import QMimeData

from clipper.importers.source import Source

# Where browsers put the address of the page a selection was dragged from.
_SOURCE_URL_FORMATS = (
    "text/x-moz-url-priv",  # Firefox
    "chromium/x-source-url",  # Chromium
    "text/x-moz-url",  # Firefox: URL, newline, title
)
_CF_HTML_SOURCE = re.compile(rb"SourceURL:(\S+)")  # Windows' HTML clipboard header
_ONE_URL = re.compile(r"^https?://\S+$", re.I)


@dataclass
class DroppedItems:
    paths: list[str] = field(default_factory=list)  # files, folders and URLs
    sources: list[Source] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.paths or self.sources)


def can_import(mime: QMimeData) -> bool:
    return mime.hasUrls() or mime.hasHtml() or mime.hasText()


def items_from_mime(mime: QMimeData) -> DroppedItems:
    items = DroppedItems()
    if mime.hasUrls():
        for url in mime.urls():
            if url.isLocalFile():
                items.paths.append(url.toLocalFile())
            elif url.scheme().lower() in ("http", "https"):
                items.paths.append(url.toString())
        if items.paths:
            return items
    if mime.hasHtml():
        html = mime.html()
        if html.strip():
            source_url = _source_url(mime)
            items.sources.append(Source(
                name=source_url or "dropped page",
                data=html.encode("utf-8"),
                url=source_url,
                content_type="text/html",
                charset="utf-8",
            ))
            return items
    if mime.hasText():
        text = mime.text().strip()
        if _ONE_URL.match(text):
            items.paths.append(text)
        elif text:
            items.sources.append(Source(
                name="pasted text",
                data=text.encode("utf-8"),
                content_type="text/plain",
                charset="utf-8",
            ))
    return items


def _source_url(mime: QMimeData) -> str | None:
    for fmt in _SOURCE_URL_FORMATS:
        if mime.hasFormat(fmt):
            raw = bytes(mime.data(fmt).data())
            text = _decode(raw).strip().split("\n", 1)[0].strip()
            if _ONE_URL.match(text):
                return text
    if mime.hasFormat("text/html"):
        match = _CF_HTML_SOURCE.search(bytes(mime.data("text/html").data())[:2000])
        if match:
            url = match.group(1).decode("ascii", "replace")
            if _ONE_URL.match(url):
                return url
    return None


def _decode(raw: bytes) -> str:
    # Firefox writes these formats as UTF-16 on Linux.
    if len(raw) >= 2 and (raw[1:2] == b"\x00" or raw[:2] in (b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", "replace").replace("\x00", "")
    return raw.decode("utf-8", "replace")
