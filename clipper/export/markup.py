"""Clipping text as reportlab paragraph markup, with the user's highlights drawn in.

Annotations store character offsets into the body text (blocks joined by "\\n") plus the
quoted text. If the offsets no longer point at the quote (the text was edited), the quote
is looked for again; a highlight that cannot be placed is listed apart, never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from xml.sax.saxutils import escape as _xml_escape

from clipper.domain import Annotation, Block
from clipper.export.fonts import printable

DEFAULT_HIGHLIGHT = "#fff176"
_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


def escape(text: str) -> str:
    """Plain text made safe for paragraph markup (and drawable by the report font)."""
    return _xml_escape(printable(text))


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    """Text an XML document can hold (DOCX and HWPX runs): control characters dropped,
    nothing else changed (Word and Hangul draw with their own fonts' fallbacks)."""
    return _XML_INVALID.sub("", text)


def attr(text: str) -> str:
    """Text for a markup attribute value in double quotes."""
    return _xml_escape(printable(text), {'"': "&quot;"})


def colour(value: str | None, default: str = DEFAULT_HIGHLIGHT) -> str:
    """A colour from the database, trusted only if it is #rgb or #rrggbb."""
    value = (value or "").strip()
    if not _HEX.match(value):
        return default
    if len(value) == 4:
        value = "#" + "".join(c * 2 for c in value[1:])
    return value.lower()


@dataclass
class Placed:
    """An annotation placed in a text: [start, end) and its note marker (1-based) if any."""

    annotation: Annotation
    start: int
    end: int
    marker: int | None = None


def place(text: str, annotations: Iterable[Annotation]) -> tuple[list[Placed], list[Annotation]]:
    """Place annotations in `text`; return (placed in text order, those that cannot be)."""
    placed: list[Placed] = []
    lost: list[Annotation] = []
    for a in annotations:
        span = _locate(text, a)
        if span is None:
            lost.append(a)
        else:
            placed.append(Placed(a, *span))
    placed.sort(key=lambda p: (p.start, p.end, p.annotation.id))
    return placed, lost


def _locate(text: str, a: Annotation) -> tuple[int, int] | None:
    quote = a.quote
    if not quote:
        if 0 <= a.start < a.end <= len(text) and not a.orphaned:
            return a.start, a.end
        return None
    if 0 <= a.start <= len(text) and text[a.start : a.start + len(quote)] == quote:
        return a.start, a.start + len(quote)
    # The text moved: take the occurrence whose context matches, else the nearest one.
    best: tuple[int, int] | None = None
    at = text.find(quote)
    while at != -1:
        context = int(text[max(0, at - len(a.prefix)) : at] == a.prefix) + int(
            text[at + len(quote) : at + len(quote) + len(a.suffix)] == a.suffix
        )
        score = (context, -abs(at - a.start))
        if best is None or score > best:
            best = score
            found = at
        at = text.find(quote, at + 1)
    if best is None:
        return None
    return found, found + len(quote)


def block_spans(blocks: list[Block]) -> list[tuple[int, int]]:
    """[start, end) of each block in the body text (blocks joined by "\\n")."""
    spans: list[tuple[int, int]] = []
    at = 0
    for block in blocks:
        spans.append((at, at + len(block.text)))
        at += len(block.text) + 1
    return spans


@dataclass
class Segment:
    """A run of text with one look: its highlight colour (None: plain) and the note
    markers that follow it."""

    text: str
    colour: str | None
    markers: list[int]


def segments(text: str, placed: list[Placed], offset: int = 0) -> list[Segment]:
    """`text` (which starts at `offset` in the annotated text) cut where highlights start
    and end. Overlapping highlights show the colour of the one that starts last; a
    highlight with a note puts its marker where it ends. (Formats other than the PDF's
    markup - DOCX and HWPX runs - print these directly.)"""
    end_of_text = offset + len(text)
    mine = [p for p in placed if p.start < end_of_text and p.end > offset]
    if not mine:
        return [Segment(text, None, [])]
    cuts = {0, len(text)}
    for p in mine:
        cuts.add(max(0, p.start - offset))
        cuts.add(min(len(text), p.end - offset))
    points = sorted(cuts)
    out: list[Segment] = []
    for a, b in zip(points, points[1:], strict=False):
        covering = [p for p in mine if p.start - offset <= a and p.end - offset >= b]
        top = max(covering, key=lambda p: (p.start, p.annotation.id)) if covering else None
        markers = [p.marker for p in mine if p.marker is not None
                   and ends_in(p, offset, end_of_text)
                   and min(p.end, end_of_text) - offset == b]
        out.append(Segment(text[a:b], colour(top.annotation.colour) if top else None,
                           markers))
    return out


def highlighted(text: str, placed: list[Placed], offset: int = 0) -> str:
    """Markup for `text` (which starts at `offset` in the annotated text) with highlights.

    Overlapping highlights show the colour of the one that starts last; a highlight with a
    note gets its marker, e.g. [2], where it ends.
    """
    out: list[str] = []
    for seg in segments(text, placed, offset):
        piece = escape(seg.text)
        if seg.colour is not None:
            piece = f'<span backColor="{seg.colour}">{piece}</span>'
        out.append(piece)
        out += [marker_markup_number(m) for m in seg.markers]
    return "".join(out)


def ends_in(p: Placed, start: int, end: int) -> bool:
    """Whether highlight `p` ends in the block [start, end) (or on the newline after it)."""
    return start < p.end <= end + 1


def marker_markup(p: Placed) -> str:
    return marker_markup_number(p.marker or 0)


def marker_markup_number(marker: int) -> str:
    return f'<super><font size="7" color="#8a6d00">[{marker}]</font></super>'
