"""Where each photo of a page stood among the article's body blocks (issue 13).

The body comes out of the extractor as text, cut loose from the page; the photos are
page elements. Both are put on one line: the page's visible text in document order,
reduced to letters and digits (the form `_norm` gives the blocks too), with each
photo's offset in it. Each body block is found on that line in order; a photo's place
is the number of blocks that start before it.

It must never guess: a block that cannot be found (the extractor changed its text, a
recovered unit) leaves the photos next to it unplaced (None, shown where photos show
when their place is unknown), rather than maybe after the wrong paragraph.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import lxml.etree
import lxml.html

# Text never shown as the article: code, fallbacks, templates.
_SILENT_TAGS = frozenset(("script", "style", "noscript", "template", "head", "title",
                          "button", "select", "option", "svg", "iframe"))
# A block key shorter than this may well occur in menus or captions too: it is only
# looked for between its neighbours, and taken only when it occurs there once.
MIN_FREE_KEY = 12


def key(text: str) -> str:
    """Letters and digits only, case-folded: what survives any re-spacing or punctuation
    change the extractor makes."""
    return re.sub(r"\W+", "", unicodedata.normalize("NFC", text)).casefold()


def photo_places(root: lxml.html.HtmlElement, blocks: Sequence[str],
                 images: Sequence[lxml.html.HtmlElement], skip_mark: str) -> list[int | None]:
    """For each image, the number of `blocks` (body texts, in order) before it, or None
    when that is not certain. Elements carrying the `skip_mark` attribute (the photos'
    captions) are not body text and are left out of the line."""
    line, offsets = _text_line(root, images, skip_mark)
    starts = _locate(line, [key(b) for b in blocks])
    return [_place(offsets.get(img), starts) for img in images]


def _text_line(root: lxml.html.HtmlElement, images: Sequence[lxml.html.HtmlElement],
               skip_mark: str) -> tuple[str, dict[lxml.html.HtmlElement, int]]:
    """The visible text under `root` as one key, and each image's offset in it."""
    wanted = set(images)
    parts: list[str] = []
    length = 0
    offsets: dict[lxml.html.HtmlElement, int] = {}
    quiet = 0  # depth inside a subtree whose text is not body text

    def add(text: str | None) -> None:
        nonlocal length
        if text:
            part = key(text)
            parts.append(part)
            length += len(part)

    # iterwalk, not recursion: a page nested thousands deep must not overflow the stack.
    for event, el in lxml.etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            if el in wanted:
                offsets[el] = length  # an image inside a silent part still has a place
            if quiet or _silent(el, skip_mark):
                quiet += 1
            else:
                add(el.text)
        else:
            if quiet:
                quiet -= 1
            if not quiet and el is not root:
                add(el.tail)
    return "".join(parts), offsets


def _silent(el: lxml.html.HtmlElement, skip_mark: str) -> bool:
    if not isinstance(el.tag, str):
        return True  # a comment or processing instruction: its tail is still text
    return el.tag in _SILENT_TAGS or bool(el.get(skip_mark))


def _locate(line: str, keys: list[str]) -> list[int | None]:
    """Where each block starts on the line, in order; None where it is not found surely."""
    starts: list[int | None] = [None] * len(keys)
    cursor = 0
    for i, k in enumerate(keys):
        if len(k) < MIN_FREE_KEY:
            continue
        found = line.find(k, cursor)
        if found >= 0:
            starts[i] = found
            cursor = found + len(k)
    for i, k in enumerate(keys):
        if starts[i] is not None or not k:
            continue
        lo = next((starts[j] + len(keys[j]) for j in range(i - 1, -1, -1)
                   if starts[j] is not None), 0)
        hi = next((starts[j] for j in range(i + 1, len(keys)) if starts[j] is not None),
                  len(line))
        window = line[lo:hi]
        found = window.find(k)
        if found >= 0 and window.find(k, found + 1) < 0:
            starts[i] = lo + found
    return starts


def _place(offset: int | None, starts: list[int | None]) -> int | None:
    """Blocks before `offset`, when every block between the nearest found ones on either
    side is accounted for (none unfound between them)."""
    if offset is None:
        return None
    before = [i for i, s in enumerate(starts) if s is not None and s < offset]
    after = [i for i, s in enumerate(starts) if s is not None and s >= offset]
    last_before = before[-1] if before else -1
    first_after = after[0] if after else len(starts)
    return last_before + 1 if first_after == last_before + 1 else None
