"""Article text the extractor skipped although the page's own structure is plain.

trafilatura judges each element on its own (link density, length, neighbours) and now
and then drops or cuts one of the article's paragraphs: a short paragraph with a link
wrapped in its own `<div>`, the text run that follows a photo in a body written as text
and `<br>`s, a `◆` subheading. The page itself says what its paragraphs look like: the
ones the extractor kept. A skipped unit built exactly like them (the same tags and
classes up to three ancestors, or a text run of the same container) that sits among them
is the article's too, and goes back in its place. A kept block that is only the start of
such a unit is given the unit's whole text.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

import lxml.html

from clipper.domain import Block
from clipper.importers import metadata
from clipper.importers.html_photos import in_junk

# Elements that end a text run inside a container written as text and <br>s.
_BLOCK_TAGS = frozenset(
    "address article aside blockquote center dd details dialog div dl dt fieldset figcaption "
    "figure "
    "footer form h1 h2 h3 h4 h5 h6 header hr iframe li main nav ol p picture pre section "
    "table template ul video audio script style noscript button select textarea".split())
# Never article text, wherever it sits.
_OUTSIDE = frozenset("figure figcaption aside nav footer header form button script style "
                     "noscript template select textarea".split())
CAPTION_MARK = "data-clipper-caption"  # set on a photo's caption elements (html.py)
SUBHEAD_BULLET = re.compile(r"^[■◆◇●○□▣▶▷]\s*")
_SENTENCE_END = re.compile(r"[.!?…。다요]['\"”’)\]]?$")
MIN_SHAPE_MATCHES = 2  # paragraphs the extractor kept before a shape counts as the article's
MAX_SUBHEAD_CHARS = 60


@dataclass
class _Unit:
    """One paragraph-sized piece of the page: a <p>, or a text run of a container."""

    shape: tuple[str, ...]
    lines: list[str]
    anchor: lxml.html.HtmlElement  # where it is in the page (for junk and caption checks)
    link_chars: int = 0
    after_image: bool = False  # the first text after a photo: maybe its caption

    @property
    def text(self) -> str:
        return " ".join(self.lines)


def norm(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()


def _chain(el: lxml.html.HtmlElement, depth: int = 3) -> tuple[str, ...]:
    out = []
    for node in [el, *el.iterancestors()][: depth + 1]:
        out.append(f"{node.tag}.{' '.join(sorted((node.get('class') or '').split()))}")
    return tuple(out)


def _clean(text: str) -> str:
    return metadata.clean_line(re.sub(r"[ \t\r\n\f\v]+", " ", text))


class _Pieces:
    """A stretch of page text as pieces: text (and whether it is a link's), line breaks
    and images, in order."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str, bool]] = []  # (kind, text, in a link)

    def add(self, text: str | None, link: bool = False) -> None:
        if text:
            self.items.append(("text", text, link))

    def mark(self, kind: str) -> None:
        self.items.append((kind, "", False))

    def paragraphs(self) -> list[tuple[list[str], int, bool]]:
        """(lines, link characters, right after an image) of each paragraph: one <br>
        breaks a line, an empty line (two <br>s) or a block ends the paragraph."""
        out: list[tuple[list[str], int, bool]] = []
        lines: list[str] = []
        line: list[str] = []
        links = 0
        after_image = seen_image = False

        def end_line() -> bool:
            text = _clean("".join(line))
            line.clear()
            if text:
                lines.append(text)
            return bool(text)

        def end_paragraph() -> None:
            nonlocal links, after_image
            end_line()
            if lines:
                out.append((list(lines), links, after_image))
            lines.clear()
            links = 0
            after_image = False

        for kind, text, link in self.items:
            if kind == "text":
                if text.strip() and not lines and not _clean("".join(line)):
                    after_image, seen_image = seen_image, False
                line.append(text)
                links += len(text.strip()) if link else 0
            elif kind == "br":
                if not end_line():
                    end_paragraph()
            elif kind == "img":
                seen_image = True
            else:  # a block
                end_paragraph()
                seen_image = False
        end_paragraph()
        return out


def _inline_text(el: lxml.html.HtmlElement, out: _Pieces, link: bool = False) -> None:
    """An inline element's text (its tail not included), <br> as a line break."""
    if not isinstance(el.tag, str) or el.tag in ("script", "style", "noscript", "template",
                                                 "button") or el.get(CAPTION_MARK):
        return
    if el.tag == "br":
        out.mark("br")
        return
    if el.tag in ("img", "picture", "svg", "video", "iframe"):
        out.mark("img")
        return
    link = link or el.tag == "a"
    out.add(el.text, link)
    for child in el:
        _inline_text(child, out, link)
        out.add(child.tail, link)


def _paragraph_unit(p: lxml.html.HtmlElement) -> list[_Unit]:
    out = _Pieces()
    out.add(p.text)
    for child in p:
        if isinstance(child.tag, str) and child.tag in _BLOCK_TAGS - {"p"}:
            return []  # a <p> holding blocks is a wrapper, not a paragraph
        _inline_text(child, out)
        out.add(child.tail)
    lines = [line for lines, _, _ in out.paragraphs() for line in lines]
    if not lines:
        return []
    links = sum(n for _, n, _ in out.paragraphs())
    return [_Unit(_chain(p), lines, p, links)]


def _run_units(container: lxml.html.HtmlElement) -> list[_Unit]:
    """A container's own text cut into paragraphs at block children and blank lines."""
    shape = ("#run", *_chain(container))
    out = _Pieces()
    out.add(container.text)
    for child in container:
        if isinstance(child.tag, str) and child.tag in _BLOCK_TAGS:
            out.mark("img" if child.tag in ("figure", "picture", "video", "iframe") else "block")
            if child.tag not in ("figure", "picture", "video", "iframe") and \
                    child.find(".//img") is not None and not _clean(child.text_content()):
                out.mark("img")
        else:
            _inline_text(child, out)
        out.add(child.tail)
    return [_Unit(shape, lines, container, links, after_image)
            for lines, links, after_image in out.paragraphs()]


def _units(root: lxml.html.HtmlElement) -> list[_Unit]:
    """Every paragraph-sized unit under `root`, in page order."""
    units: list[_Unit] = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "p":
            units.extend(_paragraph_unit(el))
        elif el.tag in ("div", "section", "article", "td", "main") and \
                len(_clean("".join([el.text or ""] + [c.tail or "" for c in el]))) >= 2:
            units.extend(_run_units(el))
    return units


def _usable(unit: _Unit, root: lxml.html.HtmlElement) -> bool:
    text = unit.text
    if len(norm(text)) < 4:
        return False
    if unit.link_chars > 0.5 * len(text):
        return False  # a link list or a "read more" line
    if unit.after_image and len(text) <= 200 and not _SENTENCE_END.search(text):
        return False  # the line under a photo: its caption, not the article's
    for node in [unit.anchor, *unit.anchor.iterancestors()]:
        if node.get(CAPTION_MARK) or node.tag in _OUTSIDE:
            return False
        if node is root:
            break
    return not in_junk(unit.anchor, root)


def _is_subheading(text: str) -> bool:
    return bool(SUBHEAD_BULLET.match(text)) and len(text) <= MAX_SUBHEAD_CHARS and \
        not _SENTENCE_END.search(text)


def as_block(lines: list[str]) -> list[Block]:
    """A unit's lines as blocks: a bullet-led short line is a subheading."""
    blocks = []
    for line in lines:
        if _is_subheading(line):
            blocks.append(Block("subheading", SUBHEAD_BULLET.sub("", line)))
        else:
            blocks.append(Block("paragraph", line))
    return blocks


MAX_LEAD_UNITS = 2  # skipped units of the shape put back before its first kept one


def recover(root: lxml.html.HtmlElement, blocks: list[Block]) -> list[Block]:
    """`blocks` with the units trafilatura skipped among the article's own put back."""
    if not blocks:
        return blocks
    keys = [norm(b.text) for b in blocks]
    joined = "".join(keys)
    starts = list(itertools.accumulate([0] + [len(k) for k in keys[:-1]]))
    units = _units(root)
    # Which block each unit is (or starts) in the body's text, found in order as the
    # page reads; a unit of several lines that the extractor kept as several blocks is
    # kept too.
    where: list[int | None] = []
    cursor = 0
    for unit in units:
        found = None
        for key in [norm(unit.text)] + [norm(line) for line in unit.lines[:-1]]:
            if len(key) < 4:
                continue
            at = joined.find(key, cursor)
            if at < 0:
                at = joined.find(key)
            if at >= 0:
                found = bisect.bisect_right(starts, at) - 1
                break
        where.append(found)
        if found is not None:
            cursor = starts[found]
    kept_by_shape: dict[tuple[str, ...], list[int]] = {}
    for i, (unit, n) in enumerate(zip(units, where, strict=True)):
        if n is not None and len(norm(unit.text)) >= 20:
            kept_by_shape.setdefault(unit.shape, []).append(i)
    shapes = {s: idx for s, idx in kept_by_shape.items() if len(idx) >= MIN_SHAPE_MATCHES}
    if not shapes:
        return blocks

    inserts: dict[int, list[Block]] = {}  # after block n (-1: before the first)
    replaced: dict[int, str] = {}
    for i, (unit, n) in enumerate(zip(units, where, strict=True)):
        kept = shapes.get(unit.shape)
        if n is not None or kept is None or not _usable(unit, root):
            continue
        key = norm(unit.text)
        # A kept block that is only this unit's start was cut: give it the whole text.
        cut = next((m for m, k in enumerate(keys) if len(k) >= 20 and key.startswith(k)
                    and m not in replaced), None)
        if cut is not None:
            replaced[cut] = unit.text
            continue
        before = [where[j] for j in range(i) if where[j] is not None]
        between = kept[0] < i < kept[-1]
        # The lead: units of the shape before its first kept one, when nothing of the
        # body comes before them.
        leading = i < kept[0] and not before and sum(
            1 for j in range(i + 1, kept[0]) if units[j].shape == unit.shape) < MAX_LEAD_UNITS
        if not (between or leading):
            continue
        at = max(before) if before else -1
        inserts.setdefault(at, []).extend(as_block(unit.lines))
    if not inserts and not replaced:
        return blocks
    out: list[Block] = list(inserts.get(-1, []))
    for n, block in enumerate(blocks):
        out.append(Block(block.kind, replaced[n]) if n in replaced else block)
        out.extend(inserts.get(n, []))
    return out
