"""Single-file saved pages (.mhtml/.mht): a MIME multipart/related archive.

Parsed with the standard library's `email` package. The page part is handed to the HTML
reader as bytes with the charset its MIME header declares; when it declares none (Chrome
often omits it) the page's own <meta charset> decides, never ASCII. The other parts
(photos) are kept in memory by their Content-Location and `cid:` names, only ever as
dictionary keys: a part called `../../x` is never a file path, so nothing it names can be
written outside the library (the store names photo files by their content hash).
"""

from __future__ import annotations

import email
import email.policy
from email.message import Message
from urllib.parse import urljoin

from clipper.domain import ArticleDraft
from clipper.importers import html
from clipper.importers.source import ImportFailure, Source

MHTML_SUFFIXES = (".mhtml", ".mht")
MHTML_TYPES = ("multipart/related", "message/rfc822", "application/x-mimearchive")
MAX_PARTS = 2000


def accepts(source: Source) -> bool:
    if source.suffix in MHTML_SUFFIXES or source.content_type.split(";")[0] in MHTML_TYPES:
        return True
    head = source.data[:2048].lower()
    return b"multipart/related" in head and b"content-type:" in head and source.suffix == ""


def read(source: Source) -> ArticleDraft:
    try:
        message = email.message_from_bytes(source.data, policy=email.policy.compat32)
    except Exception as exc:  # the email parser is lenient; this is truly unreadable data
        raise ImportFailure(f"not a readable MHTML archive ({exc})") from exc
    if not message.is_multipart():
        raise ImportFailure("not an MHTML archive (no MIME parts)")
    snapshot = (message.get("Snapshot-Content-Location") or "").strip()
    every_part = [p for p in message.walk() if not p.is_multipart()]
    parts, dropped = every_part[:MAX_PARTS], every_part[MAX_PARTS:]
    pages = [p for p in parts if p.get_content_type() in html.HTML_TYPES]
    if not pages:
        raise ImportFailure("no HTML page inside this MHTML archive")
    # The saved page is the part at the snapshot's address, else the first HTML part.
    page_part = next((p for p in pages if snapshot and _location(p) == snapshot), pages[0])
    resources: dict[str, bytes] = {}
    for part in parts:
        if part is page_part:
            continue
        try:
            payload = part.get_payload(decode=True)
        except Exception:  # a broken part is only a photo we will not have
            continue
        if not isinstance(payload, bytes):
            continue
        location = _location(part)
        content_id = (part.get("Content-ID") or "").strip().strip("<>")
        if location:
            resources.setdefault(location, payload)
            if snapshot:
                resources.setdefault(_join(snapshot, location), payload)
        if content_id:
            resources[f"cid:{content_id}"] = payload
    data = page_part.get_payload(decode=True)
    if not isinstance(data, bytes) or not data.strip():
        raise ImportFailure("the MHTML archive's page part is empty")
    page = Source(
        name=source.name,
        data=data,
        path=None,
        url=snapshot or _location(page_part) or None,
        content_type="text/html",
        charset=page_part.get_content_charset(),  # None when undeclared: <meta> decides
        resources=resources,
    )
    draft = html.read_page(page, kind="mhtml", download_photos=False)
    draft.source_name = source.name
    if dropped:
        draft.warnings.append(_dropped_warning(dropped))
    return draft


def _dropped_warning(dropped: list[Message]) -> str:
    """Name the photos among the parts past MAX_PARTS: they were never read."""
    photos = [_location(p) or "(unnamed)" for p in dropped
              if p.get_content_maintype() == "image"]
    named = f"; photos among them: {', '.join(photos[:5])}" if photos else ""
    more = f" and {len(photos) - 5} more" if len(photos) > 5 else ""
    return (f"{len(dropped)} parts after the archive's first {MAX_PARTS} were not read"
            f"{named}{more}")


def _join(base: str, location: str) -> str:
    try:
        return urljoin(base, location)
    except ValueError:
        return location


def _location(part: Message) -> str:
    return (part.get("Content-Location") or "").strip()
