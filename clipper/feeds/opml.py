"""Feed lists as OPML 2.0 (what feed readers import and export): one <outline> per feed,
with Clipper's own settings as extra attributes other readers ignore."""

from __future__ import annotations

from dataclasses import dataclass
from xml.etree import ElementTree as ET

from clipper.importers.source import ImportFailure
from clipper.importers.url import is_web_address

_OWN = ("filter", "tag", "theme")  # our attributes, prefixed clipper- in the file


@dataclass
class OpmlFeed:
    url: str
    title: str = ""
    filter: str = ""
    tag: str = ""
    theme: str = ""
    interval_minutes: int | None = None


def read_opml(data: bytes) -> list[OpmlFeed]:
    """Every outline with an xmlUrl, folders walked; ImportFailure for a file that is
    not OPML. Outlines whose address is not http(s) are left out."""
    if b"<!DOCTYPE" in data[:4096].upper() or b"<!ENTITY" in data[:65536].upper():
        raise ImportFailure("not an OPML file (it declares a DTD; refused for safety)")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise ImportFailure(f"not an OPML file ({exc})") from exc
    if root.tag.lower() != "opml":
        raise ImportFailure(f"not an OPML file (its root is <{root.tag}>)")
    found: list[OpmlFeed] = []
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if not is_web_address(url):
            continue
        interval = outline.get("clipper-interval") or ""
        found.append(OpmlFeed(
            url=url,
            title=(outline.get("title") or outline.get("text") or "").strip(),
            interval_minutes=int(interval) if interval.isdigit() else None,
            **{name: (outline.get(f"clipper-{name}") or "").strip() for name in _OWN},
        ))
    return found


def write_opml(feeds: list[OpmlFeed], title: str = "Clipper feeds") -> bytes:
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    body = ET.SubElement(root, "body")
    for feed in feeds:
        attrs = {"type": "rss", "text": feed.title or feed.url, "title": feed.title or feed.url,
                 "xmlUrl": feed.url}
        for name in _OWN:
            if getattr(feed, name):
                attrs[f"clipper-{name}"] = getattr(feed, name)
        if feed.interval_minutes:
            attrs["clipper-interval"] = str(feed.interval_minutes)
        ET.SubElement(body, "outline", attrs)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
