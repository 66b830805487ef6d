"""OCR of pages waiting to be read: one page at a time, each page its own transaction.

A page's state goes pending -> running -> done (or failed, with the reason). A page
left "running" by a crash or a kill is read again next time. Cancelling kills the
running Tesseract and puts that page back to pending; a bad page is a message and
the batch goes on. Runs in the caller's thread with the caller's library connection
(the app gives it a worker thread and a service of its own).
"""

from __future__ import annotations

import time

from clipper.domain import PageOutcome, PrintPage, Word
from clipper.paper.errors import OcrCancelled, PaperError
from clipper.progress import Cancelled, Progress
from clipper.store import media
from clipper.store import print_pages as rows
from clipper.store.library import Library, LibraryError

NO_TEXT = "no text found"


def recognise(library: Library, page_ids: list[int] | None, progress: Progress | None,
              cancelled: Cancelled | None) -> list[PageOutcome]:
    todo = rows.pending_ids(library.db, page_ids)
    outcomes: list[PageOutcome] = []
    for done, page_id in enumerate(todo):
        if cancelled is not None and cancelled():
            break
        page = rows.page(library.db, page_id)
        if page is None:  # deleted meanwhile (the app's other thread)
            continue
        if progress is not None:
            progress(done, len(todo), f"reading {page.label}")
        outcome = recognise_one(library, page, cancelled)
        outcomes.append(outcome)
        if outcome.status == "cancelled":
            break
    if progress is not None:
        progress(len(outcomes), len(todo), "")
    return outcomes


def recognise_one(library: Library, page: PrintPage, cancelled: Cancelled | None = None,
                  vertical: bool | None = None) -> PageOutcome:
    """OCR one page and store its words (or why not); never raises for a bad page."""
    from PIL import Image

    from clipper.paper import ocr

    started = time.monotonic()
    with library.transaction() as db:
        rows.set_state(db, page.id, "running")
    try:
        path = media.resolve_inside(library.root, page.image)
        with Image.open(path) as img:
            img.load()
            result = ocr.read_page(img, page.dpi, cancelled=cancelled,
                                   vertical=_vertical(library, page, vertical))
    except OcrCancelled:
        with library.transaction() as db:
            rows.set_state(db, page.id, "pending")
        return PageOutcome(page.id, "cancelled", "cancelled", 0, time.monotonic() - started)
    except (PaperError, OSError, media.MediaError, MemoryError) as exc:
        reason = str(exc) if isinstance(exc, PaperError) else _os_reason(exc)
        with library.transaction() as db:
            rows.set_state(db, page.id, "failed", reason)
        return PageOutcome(page.id, "failed", f"{page.label}: {reason}", 0,
                           time.monotonic() - started)
    store_words(library, page, result.words, "ocr", result.vertical)
    status = "done" if result.words else "no-text"
    reason = "" if result.words else f"{page.label}: {NO_TEXT}"
    return PageOutcome(page.id, status, reason, len(result.words), time.monotonic() - started)


def store_words(library: Library, page: PrintPage, words: list[Word], source: str,
                vertical: bool = False) -> None:
    """Store a page's words and what its folio line says (date, page), where the page
    does not know them yet."""
    from clipper.paper.names import from_page_lines

    error = "" if words else NO_TEXT
    with library.transaction() as db:
        rows.set_words(db, page.id, words, source if words else "none", "done", error,
                       vertical=vertical)
        if words and (page.published is None or page.page is None):
            folio = from_page_lines(edge_lines(words, page.height))
            fields = {}
            if page.published is None and folio.published:
                fields["published"] = folio.published.isoformat()
            if page.page is None and folio.page:
                fields["page"] = folio.page
            if fields:
                rows.set_fields(db, page.id, **fields)


def edge_lines(words: list[Word], height: int) -> list[str]:
    """The text lines in the top and bottom tenth of a page (where folios are printed)."""
    lines: dict[tuple[int, int], list[Word]] = {}
    for w in words:
        if w.box[3] < 0.1 * height or w.box[1] > 0.9 * height:
            lines.setdefault((w.block, w.line), []).append(w)
    ordered = sorted(lines.values(), key=lambda ws: (min(w.box[1] for w in ws)))
    return [" ".join(w.text for w in sorted(ws, key=lambda w: w.box[0])) for ws in ordered]


def _vertical(library: Library, page: PrintPage, asked: bool | None) -> bool | None:
    if asked is not None:
        return asked
    # A page already read as vertical stays so; otherwise horizontal first, vertical
    # tried when that reading is weak (ocr.read_page).
    return True if rows.is_vertical(library.db, page.id) else None


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, MemoryError):
        return "the page is too large to read"
    if isinstance(exc, LibraryError):
        return str(exc)
    return f"the page image cannot be read ({exc})"
