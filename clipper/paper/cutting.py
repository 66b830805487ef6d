"""The cut: rectangles on pages -> a clipping whose page images are the lossless crops
and whose text is the words inside them, in reading order.

Several rectangles (an article running over columns, or continued on another page)
are read in the order given, each in its own reading order. A word is in when most of
its box is inside a rectangle. The title suggested is the largest type in the cut; the
outlet, date, page and edition come from the page (its file's name, its folio line).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from statistics import median
from typing import Any

from clipper.domain import ArticleDraft, Block, Box, Cut, PrintPage, Word
from clipper.organise.common import parse_date
from clipper.paper.layout import lines_of, ordered_text, words_in
from clipper.store import media
from clipper.store import print_pages as rows
from clipper.store.library import Library, LibraryError

MIN_SIDE = 8  # pixels: a smaller rectangle is a slip of the mouse
CUT_FIELDS = ("title", "outlet", "byline", "published", "page", "edition", "language",
              "section", "position")


@dataclass
class Piece:
    page: PrintPage
    box: Box
    words: list[Word]
    vertical: bool


def pieces(library: Library, boxes: list[tuple[int, Box]]) -> list[Piece]:
    """The rectangles checked against their pages, with the words each holds."""
    if not boxes:
        raise LibraryError("no rectangle to cut")
    out: list[Piece] = []
    cache: dict[int, tuple[PrintPage, list[Word], bool]] = {}
    for page_id, raw_box in boxes:
        if page_id not in cache:
            page = rows.page(library.db, page_id)
            if page is None:
                raise LibraryError(f"no page with id {page_id}")
            cache[page_id] = (page, rows.words(library.db, page_id),
                              rows.is_vertical(library.db, page_id))
        page, page_words, vertical = cache[page_id]
        box = clip_box(raw_box, page)
        out.append(Piece(page, box, words_in(page_words, box), vertical))
    return out


def clip_box(raw: Iterable[int], page: PrintPage) -> Box:
    try:
        x0, y0, x1, y1 = (int(v) for v in raw)
    except (TypeError, ValueError) as exc:
        raise LibraryError(f"a rectangle is four whole numbers x0,y0,x1,y1 ({exc})") from exc
    x0, x1 = sorted((x0, x1))
    y0, y1 = sorted((y0, y1))
    box = (max(x0, 0), max(y0, 0), min(x1, page.width), min(y1, page.height))
    if box[2] - box[0] < MIN_SIDE or box[3] - box[1] < MIN_SIDE:
        raise LibraryError(f"the rectangle {x0},{y0},{x1},{y1} is empty or outside "
                           f"{page.label} ({page.width} × {page.height} pixels)")
    return box


def paragraphs_of(parts: list[Piece]) -> list[str]:
    out: list[str] = []
    for piece in parts:
        out += ordered_text(piece.words, piece.vertical)
    return out


def preview_text(library: Library, boxes: list[tuple[int, Box]]) -> str:
    return "\n\n".join(paragraphs_of(pieces(library, boxes)))


def suggest_fields(library: Library, boxes: list[tuple[int, Box]]) -> dict[str, Any]:
    parts = pieces(library, boxes)
    return _suggestions(parts, paragraphs_of(parts))


def _suggestions(parts: list[Piece], paragraphs: list[str]) -> dict[str, Any]:
    from clipper.importers.metadata import detect_language
    from clipper.paper.names import byline_of

    page = parts[0].page
    return {
        "title": title_of(parts),
        "byline": byline_of(paragraphs),
        "outlet": page.outlet,
        "published": page.published,
        "page": page.page,
        "edition": page.edition,
        "language": detect_language("\n".join(paragraphs)) if paragraphs else "",
    }


def title_of(parts: list[Piece]) -> str:
    """The largest type in the cut (its first piece that has any), when it stands out
    from the body type; else the first line."""
    words = [w for piece in parts for w in piece.words]
    if not words:
        return ""
    lines = lines_of(words, parts[0].vertical)
    body = median(line.height for line in lines)
    biggest = max(line.height for line in lines)
    if biggest < 1.3 * body:
        first = min(lines, key=lambda ln: (ln.box[1], ln.box[0]))
        return first.text()[:200]
    # 0.7: OCR boxes of one headline's words differ (brackets and descenders are taller)
    big = sorted((ln for ln in lines if ln.height >= max(0.7 * biggest, 1.3 * body)),
                 key=lambda ln: (ln.box[1], ln.box[0]))
    # The first headline: big lines next to or just under each other (not the next
    # article's headline further down a whole-page cut).
    title = [big[0]]
    for line in big[1:]:
        last = title[-1]
        beside = abs(line.box[1] - last.box[1]) < 0.5 * last.height
        under = 0 <= line.box[1] - last.box[3] < 0.8 * last.height
        # OCR boxes of a single word vary; a headline's next line is set as big
        if (beside or under) and line.height >= 0.85 * title[0].height:
            title.append(line)
        else:
            break
    return " ".join(ln.text() for ln in title)[:300]


# ---- making the clipping -------------------------------------------------------------------

def cut_clipping(library: Library, boxes: list[tuple[int, Box]], fields: dict[str, Any]) -> int:
    """Store the crops and the clipping as one transaction; files written first and
    removed again if it fails. The caller opens the journal step."""
    unknown = set(fields) - set(CUT_FIELDS)
    if unknown:
        raise LibraryError(f"cannot set {', '.join(sorted(unknown))} on a cut")
    library.require_writable()
    parts = pieces(library, boxes)
    paragraphs = paragraphs_of(parts)
    if not paragraphs:
        pending = [p.page.label for p in parts if p.page.ocr_state in ("pending", "running")]
        if pending:
            raise LibraryError(f"{pending[0]} has not been read yet (OCR pending): run "
                               "`clipper page ocr` (or wait for the app to finish) first")
        raise LibraryError("no text found inside the rectangle(s): nothing cut")
    suggested = _suggestions(parts, paragraphs)
    given = {k: v for k, v in fields.items() if v is not None}
    values = {**suggested, **given}
    title = str(values.get("title") or "").strip()
    body = paragraphs
    if "title" not in given and title and paragraphs and paragraphs[0].startswith(title):
        rest = paragraphs[0][len(title):].strip()
        body = ([rest] if rest else []) + paragraphs[1:]
    draft = ArticleDraft(
        title=title or paragraphs[0][:120],
        outlet=str(values.get("outlet") or ""),
        byline=str(values.get("byline") or ""),
        published=parse_date(values.get("published")),
        language=str(values.get("language") or ""),
        body=[Block("paragraph", text) for text in (body or paragraphs)],
        source_kind="print",
        source_name=parts[0].page.file_name,
        section=str(values.get("section") or ""),
        edition=values.get("edition") or None,
        page=values.get("page") or None,
        position=values.get("position") or None,
    )
    return store_cut(library, draft, parts)


def store_cut(library: Library, draft: ArticleDraft, parts: list[Piece]) -> int:
    created: list[Path] = []
    cuts: list[Cut] = []
    try:
        for position, piece in enumerate(parts):
            rel, width, height, new = write_crop(library, piece.page, piece.box)
            if new:
                created.append(library.root / rel)
            cuts.append(Cut(position, piece.page.id, piece.box, rel, width, height))
        with library.transaction() as db:
            for cut in cuts:  # under the write lock: a file removed meanwhile comes back
                if not (library.root / cut.image).exists():
                    raise LibraryError("a cut image vanished while storing; try again")
            clipping_id, _warnings = library.add(draft)
            rows.add_cuts(db, clipping_id, cuts)
    except BaseException:
        for path in created:
            path.unlink(missing_ok=True)
        raise
    return clipping_id


def write_crop(library: Library, page: PrintPage, box: Box) -> tuple[str, int, int, bool]:
    """The lossless crop (PNG) of a page image, stored once per content under media/.
    A rectangle covering the whole page is the page image itself."""
    from PIL import Image

    if box == (0, 0, page.width, page.height):
        return page.image, page.width, page.height, False
    source = media.resolve_inside(library.root, page.image)
    try:
        with Image.open(source) as img:
            crop = img.crop(box)
            buf = io.BytesIO()
            # The page's dpi goes with the crop: a report prints the cut at its size on
            # paper even after the page it came from is deleted.
            crop.save(buf, "PNG", compress_level=6, dpi=(page.dpi, page.dpi))
    except OSError as exc:
        raise LibraryError(f"{page.label}: the page image cannot be read ({exc}); run "
                           "`clipper check`") from exc
    data = buf.getvalue()
    digest = hashlib.sha256(data).hexdigest()
    rel = f"media/{digest[:2]}/{digest}.png"
    target = library.root / rel
    if target.exists():
        return rel, crop.width, crop.height, False
    media.write_atomically(target, data)
    return rel, crop.width, crop.height, True


# ---- pages ------------------------------------------------------------------------------

def edit_page(library: Library, page_id: int, fields: dict[str, Any]) -> None:
    library.require_writable()
    values = dict(fields)
    if "published" in values:
        date = parse_date(values["published"])
        values["published"] = date.isoformat() if date else None
    for key in ("page", "edition"):
        if key in values:
            values[key] = str(values[key]).strip() or None if values[key] is not None else None
    if "outlet" in values:
        values["outlet"] = str(values["outlet"] or "").strip()
    try:
        with library.transaction() as db:
            rows.set_fields(db, page_id, **values)
    except ValueError as exc:
        raise LibraryError(str(exc)) from exc


def delete_pages(library: Library, ids: list[int]) -> None:
    """The rows go (the journal keeps them and so their files, until the entry is
    dropped: organise.journal.release_files)."""
    library.require_writable()
    with library.transaction() as db:
        rows.delete_pages(db, ids)

