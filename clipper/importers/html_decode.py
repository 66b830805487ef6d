"""HTML bytes to an lxml tree: charset from the BOM, the HTTP header or <meta>, else detection.

Pages declare their charset in three places that can disagree. We follow the HTML rule
(BOM, then the transport's header, then <meta>) with one real-world exception: a saved page
whose <meta> still says EUC-KR but whose bytes are valid UTF-8 was re-encoded by the
browser on saving, so valid UTF-8 wins over a legacy <meta> declaration.
"""

from __future__ import annotations

import re

import lxml.etree
import lxml.html

from clipper.importers.encoding import decode_bytes, normalise_charset
from clipper.importers.source import ImportFailure

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*(?P<cs>[A-Za-z0-9_.:\-]+)""", re.I
)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


def meta_charset(data: bytes) -> str | None:
    """The charset a page's own <meta> declares (in its first 8 KB), normalised."""
    match = _META_CHARSET.search(data[:8192])
    if not match:
        return None
    charset = normalise_charset(match.group("cs").decode("ascii", "replace"))
    # A <meta> readable as ASCII cannot be in UTF-16: browsers take it as UTF-8 (HTML's
    # "prescan" rule), and so do we.
    return "utf-8" if charset and charset.startswith(("utf-16", "utf-32")) else charset


def decode_html(data: bytes, declared: str | None = None,
                warnings: list[str] | None = None) -> tuple[str, str]:
    """Return (text, encoding used) for an HTML document's bytes; what was read only
    approximately (bytes replaced) is added to `warnings`."""
    header = normalise_charset(declared)
    meta = meta_charset(data)
    if header is None and meta not in (None, "utf-8"):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            if any(ord(c) > 127 for c in text[:200_000]):
                return text, "utf-8"
    return decode_bytes(data, header or meta, warnings)


def parse_html(text: str) -> lxml.html.HtmlElement:
    """Parse HTML text leniently (as browsers do); refuse what holds no document at all."""
    text = _XML_DECL.sub("", text, count=1).replace("\x00", "")
    if not text.strip():
        raise ImportFailure("empty page")
    try:
        return lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ImportFailure(f"not readable as HTML ({exc})") from exc


def looks_truncated(text: str) -> bool:
    """A page that opens <body>, never closes it nor </html>, and stops mid-tag or mid-text.

    Browsers always write both closing tags when they save a page; a download that stopped
    half-way has neither and usually ends in the middle of a tag or a sentence. (Some live
    pages forget their closing tags but still end on a complete tag: those are kept.)
    Fragments (a drop from a browser) have no <body> and are never "cut off".
    """
    tail = text[-4096:].lower()
    if "</body" in tail or "</html" in tail or "</body" in text.lower():
        return False
    if re.search(r"<body[\s>]", text[:500_000], re.I) is None:
        return False
    return not text.rstrip().endswith(">")
