"""Print and e-paper clippings (issue 16), as service methods mixed into LibraryService.

PDF pages and scans come in as pages waiting to be cut (`PrintPage`), with the words
on them (from the PDF's text layer, or by OCR run later, one page at a time). Cutting
rectangles out of pages makes a clipping whose page image is the lossless crop and
whose body is the words inside, in reading order. The work itself is in
`clipper/paper/` (no SQL, no Qt) and `clipper/store/print_pages.py` (all SQL).

Heavy modules (pypdfium2, the paper package, numpy) load on first use, so `clipper
list` and the app's start-up never pay for them.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clipper.domain import Box, Changes, ImportOutcome, PageOutcome, PrintPage, Region, Word
from clipper.store import print_pages as page_rows
from clipper.store.library import LibraryError

if TYPE_CHECKING:
    from clipper.progress import Cancelled, Progress
    from clipper.store.library import Library

# What `clipper import` and the app's drop take as print (PDFs, scans, photos).
PRINT_SUFFIXES = (".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff")
CutBoxes = Iterable[tuple[int, Box]]


def is_print_file(item: str | Path) -> bool:
    return str(item).lower().endswith(PRINT_SUFFIXES) and Path(item).is_file()


class PrintServices:
    """Print's part of LibraryService (which provides `library`, `root`, `_changed`,
    `_step`)."""

    library: Library
    root: Path

    # ---- import -----------------------------------------------------------------------

    def import_print(self, paths: Iterable[str | Path], *, pages: bool = False,
                     whole_pages: bool = False, progress: Progress | None = None,
                     cancelled: Cancelled | None = None) -> list[ImportOutcome]:
        """Import PDFs and images: a PDF's pages (and a multi-page TIFF's) become pages
        waiting to be cut ("12 pages to cut"); a single image becomes a clipping at once,
        cut whole, its text by OCR. `pages`: keep single images as pages too;
        `whole_pages`: make a clipping of every PDF page as well. One outcome per file."""
        from clipper.paper import importing

        self.library.require_writable()
        outcomes = importing.import_files(self.library, [Path(p) for p in paths],
                                          keep_pages=pages, whole_pages=whole_pages,
                                          progress=progress, cancelled=cancelled)
        self._changed(Changes(clippings_added=[  # type: ignore[attr-defined]
            o.clipping_id for o in outcomes if o.status == "imported" and o.clipping_id],
            print_pages=any(o.status == "imported" for o in outcomes)))
        return outcomes

    def _split_print_inputs(self, inputs: list[str | Path]) -> tuple[list[Path], list[str | Path]]:
        """(print files, the rest): folders are walked for print files; a folder left
        with nothing else to import is not passed on (it would fail as empty)."""
        from clipper.paper.importing import split_inputs

        return split_inputs(inputs, PRINT_SUFFIXES)

    # ---- pages ------------------------------------------------------------------------

    def print_pages(self, waiting_only: bool = False) -> list[PrintPage]:
        """Every page imported from PDFs and scans, in import order; `waiting_only`:
        those no clipping has been cut from yet."""
        return page_rows.pages(self.library.db, waiting_only)

    def print_page(self, page_id: int) -> PrintPage:
        found = page_rows.page(self.library.db, page_id)
        if found is None:
            raise LibraryError(f"no page with id {page_id}")
        return found

    def print_page_file(self, page_id: int) -> Path:
        """The page image (a PNG inside the library)."""
        return self._library_file(self.print_page(page_id).image, f"page {page_id}")

    def page_words(self, page_id: int) -> list[Word]:
        """The words on a page with their boxes in page-image pixels (empty until OCR)."""
        self.print_page(page_id)
        return page_rows.words(self.library.db, page_id)

    def suggest_regions(self, page_id: int) -> list[Region]:
        """Article regions the page's layout makes clear (text blocks, ruled lines),
        biggest first; the user's rectangle rules."""
        from clipper.paper import regions

        page = self.print_page(page_id)
        return regions.suggest(self.print_page_file(page_id), page_rows.words(
            self.library.db, page_id), page.width, page.height)

    def edit_print_page(self, page_id: int, **fields: Any) -> Changes:
        """Correct what a page says about itself (outlet, published, page, edition) as one
        undoable step; cuts made from it later take these as their suggestions."""
        from clipper.paper import cutting

        page = self.print_page(page_id)
        with self._step_named("edit_print_page", f"edit {page.label}"):
            cutting.edit_page(self.library, page_id, fields)
        return self._changed(Changes(print_pages=True))  # type: ignore[attr-defined]

    def recognise_pages(self, page_ids: list[int] | None = None,
                        progress: Progress | None = None,
                        cancelled: Cancelled | None = None) -> list[PageOutcome]:
        """OCR every page (of `page_ids`, or all) whose OCR is pending: one page at a
        time, each its own transaction; a bad page is a message and the batch goes on.
        Cancelling stops the running Tesseract at once; that page stays pending.
        Safe in a worker thread with its own LibraryService."""
        from clipper.paper import recognising

        self.library.require_writable()
        return recognising.recognise(self.library, page_ids, progress, cancelled)

    # ---- cutting ----------------------------------------------------------------------

    def cut_text(self, boxes: CutBoxes) -> str:
        """The text these rectangles would give, in reading order (the form's preview):
        paragraphs separated by blank lines."""
        from clipper.paper import cutting

        return cutting.preview_text(self.library, list(boxes))

    def cut_fields(self, boxes: CutBoxes) -> dict[str, Any]:
        """Suggested title (the largest type in the cut), byline, outlet, published,
        page and edition, from the page's text and its file's name."""
        from clipper.paper import cutting

        return cutting.suggest_fields(self.library, list(boxes))

    def cut_clipping(self, boxes: CutBoxes, **fields: Any) -> tuple[int, Changes]:
        """Make a clipping of rectangles cut from pages (one step, one undo): the lossless
        crops are its page images, the words inside its text. `fields` (title, outlet,
        byline, published, page, edition, language) override the suggestions."""
        from clipper.paper import cutting

        boxes = list(boxes)
        if not boxes:
            raise LibraryError("no rectangle to cut")
        first = self.print_page(boxes[0][0])
        with self._step_named("cut_clipping", f"cut an article from {first.label}"):
            clipping_id = cutting.cut_clipping(self.library, boxes, fields)
        return clipping_id, self._changed(  # type: ignore[attr-defined]
            Changes(clippings_added=[clipping_id], print_pages=True))

    def page_cuts(self, page_id: int) -> list[tuple[int, Box]]:
        """(clipping id, rectangle) of every cut made from a page: the cutting view draws
        them hatched, whenever and wherever (app or CLI) they were made."""
        return page_rows.cuts_on_page(self.library.db, page_id)

    def cut_file(self, clipping_id: int, position: int) -> Path:
        """The cut image (PNG inside the library) of a clipping's cut at `position`."""
        rel = page_rows.cut_image(self.library.db, clipping_id, position)
        if rel is None:
            raise LibraryError(f"clipping {clipping_id} has no cut {position}")
        return self._library_file(rel, f"cut {position} of clipping {clipping_id}")

    def delete_print_pages(self, ids: Iterable[int]) -> Changes:
        """Delete pages (undoable; clippings cut from them keep their cut images). All or
        none: every id is checked first."""
        from clipper.paper import cutting

        ids = list(dict.fromkeys(ids))
        missing = [i for i in ids if page_rows.page(self.library.db, i) is None]
        if missing:
            raise LibraryError(f"no page with id {', '.join(map(str, missing))}; "
                               "nothing deleted")
        with self._step_named("delete_print_pages", f"delete {len(ids)} page(s)"):
            cutting.delete_pages(self.library, ids)
        return self._changed(Changes(print_pages=True))  # type: ignore[attr-defined]

    # ---- helpers ----------------------------------------------------------------------

    def _step_named(self, kind: str, label: str):  # noqa: ANN202 -- a context manager
        from clipper.organise import journal

        return journal.step(self.library, kind, label)

    def _library_file(self, rel: str, what: str) -> Path:
        from clipper.store.media import MediaError, resolve_inside

        try:
            path = resolve_inside(self.root, rel)
        except MediaError as exc:
            raise LibraryError(f"{what}: {exc}") from exc
        if not path.is_file():
            raise LibraryError(f"{what}: its image file is missing from the library "
                               f"({rel}); run `clipper check`")
        return path
