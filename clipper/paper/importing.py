"""Importing print files: PDFs and images into pages waiting to be cut (or, for a
single scanned clipping, a clipping straight away). One outcome per file; a bad file
is a message naming it and the batch goes on."""

from __future__ import annotations

import hashlib
import io
import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from clipper.domain import ImportOutcome, Word
from clipper.errors import user_message
from clipper.paper.errors import OcrCancelled, PaperError
from clipper.store import media
from clipper.store import print_pages as rows
from clipper.store.library import DuplicateError, Library, LibraryError

if TYPE_CHECKING:
    from clipper.paper.names import PrintMeta
    from clipper.progress import Cancelled, Progress


def split_inputs(inputs: Iterable[str | Path],
                 suffixes: tuple[str, ...]) -> tuple[list[Path], list[str | Path]]:
    """(print files, the rest). Folders are walked for print files; a folder is passed
    on to the other importers only when it holds something else than print files."""
    printed: list[Path] = []
    rest: list[str | Path] = []
    for raw in inputs:
        path = Path(raw)
        if "://" in str(raw) and not path.exists():
            rest.append(raw)
        elif path.is_dir():
            found, other = _walk(path, suffixes)
            printed += found
            if other or not found:
                rest.append(raw)
        elif str(raw).lower().endswith(suffixes):
            printed.append(path)
        else:
            rest.append(raw)
    return printed, rest


def _walk(folder: Path, suffixes: tuple[str, ...]) -> tuple[list[Path], bool]:
    from clipper.importers.pipeline import supported_suffixes

    others = supported_suffixes()
    found: list[Path] = []
    other = False
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not d.endswith("_files"))
        for name in sorted(files):
            if name.startswith("."):
                continue
            if name.lower().endswith(suffixes):
                found.append(Path(root) / name)
            elif Path(name).suffix.lower() in others:
                other = True
    return found, other


# ---- importing files ---------------------------------------------------------------------

MAX_FILE_BYTES = 500 * 1024 * 1024


@dataclass
class _PageSpec:
    number: int
    image: str
    width: int
    height: int
    dpi: int
    words: list[Word]
    text_source: str  # text-layer or none (OCR pending)


def import_files(library: Library, paths: list[Path], *, keep_pages: bool = False,
                 whole_pages: bool = False, progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> list[ImportOutcome]:
    """Import each file in turn; one outcome per file, the batch goes on past a bad one
    and stops early only when cancelled."""
    names, labels = _outlet_lookups(library)
    outcomes: list[ImportOutcome] = []
    for done, path in enumerate(paths):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(done, len(paths), str(path))
        item = str(path)
        try:
            outcome = _import_one(library, path, names, labels, keep_pages, whole_pages,
                                  _page_progress(progress, done, len(paths), path), cancelled)
        except OcrCancelled:
            outcomes.append(ImportOutcome(item, "failed", reason="cancelled: nothing stored"))
            break
        except (PaperError, LibraryError) as exc:
            outcome = ImportOutcome(item, "failed", reason=str(exc))
        except DuplicateError as exc:
            outcome = ImportOutcome(item, "duplicate", exc.existing_id, str(exc))
        except MemoryError:
            outcome = ImportOutcome(item, "failed", reason="too large to process")
        except (OSError, sqlite3.Error) as exc:
            outcome = ImportOutcome(item, "failed", reason=user_message(exc, library.root))
        outcomes.append(outcome)
    if progress is not None:
        progress(len(outcomes), len(paths), "")
    return outcomes


def _page_progress(progress: Progress | None, done: int, total: int,
                   path: Path) -> Callable[[int, int], None]:
    def report(page: int, pages: int) -> None:
        if progress is not None:
            progress(done, total, f"{path.name}: page {page} of {pages}")
    return report


def _import_one(library: Library, path: Path, names: dict[str, str], labels: dict[str, str],
                keep_pages: bool, whole_pages: bool, page_progress: Callable[[int, int], None],
                cancelled: Cancelled | None) -> ImportOutcome:
    from clipper.paper.names import from_file_name

    data = _read(path)
    suffix = path.suffix.lower()
    meta = from_file_name(path.name, names, labels)
    digest = hashlib.sha256(data).hexdigest()
    original = f"originals/{digest[:2]}/{digest}{suffix if suffix.isascii() else ''}"
    already = rows.pages_of_original(library.db, original)
    if already:
        return ImportOutcome(str(path), "duplicate", None,
                             f"already imported (pages {_ids(already)})", title=path.name)
    created: list[Path] = []
    try:
        if suffix == ".pdf":
            specs = _pdf_pages(library, data, created, page_progress, cancelled)
            single = None
        else:
            specs, single = _image_pages(library, data, created, keep_pages, cancelled)
        page_ids, clipping_id = _store(library, path, data, original, created, specs, meta,
                                       single)
    except BaseException:
        for file in created:
            file.unlink(missing_ok=True)
        raise
    if single is not None:
        return ImportOutcome(str(path), "imported", clipping_id, title=_title(library, clipping_id))
    reason = _pages_reason(library, page_ids)
    first_clipping = None
    if whole_pages:
        made, problems = _whole_pages(library, page_ids, cancelled)
        first_clipping = made[0] if made else None
        reason += f"; {len(made)} clipping(s) made of whole pages" + (
            f" ({'; '.join(problems)})" if problems else "")
    return ImportOutcome(str(path), "imported", first_clipping, reason, title=path.name)


def _read(path: Path) -> bytes:
    if not path.exists():
        raise PaperError("no such file")
    if not path.is_file():
        raise PaperError("not a regular file")
    size = path.stat().st_size
    if size == 0:
        raise PaperError("empty file")
    if size > MAX_FILE_BYTES:
        raise PaperError(f"file is {size / 1024 / 1024:.0f} MB, over the "
                         f"{MAX_FILE_BYTES // 1024 // 1024} MB limit")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise PaperError(f"cannot read file: {exc.strerror or exc}") from exc


def _pdf_pages(library: Library, data: bytes, created: list[Path],
               page_progress: Callable[[int, int], None],
               cancelled: Cancelled | None) -> list[_PageSpec]:
    from clipper.paper import pdf

    specs: list[_PageSpec] = []
    with pdf.open_pdf(data) as doc:
        count = pdf.page_count(doc)
        if count > pdf.MAX_PAGES:
            raise PaperError(f"the PDF has {count} pages, over the limit of {pdf.MAX_PAGES} "
                             "pages per file; split it (for example with `qpdf --split-pages`)")
        for index in range(count):
            if cancelled is not None and cancelled():
                raise OcrCancelled()
            page_progress(index + 1, count)
            dpi = pdf.render_dpi(doc, index)
            image = pdf.render(doc, index, dpi)
            text = pdf.text_words(doc, index, dpi)
            rel = _store_png(library, _png(image), created)
            specs.append(_PageSpec(index + 1, rel, image.width, image.height, dpi, text.words,
                                   "text-layer" if text.words else "none"))
            image.close()
    return specs


def _image_pages(library: Library, data: bytes, created: list[Path], keep_pages: bool,
                 cancelled: Cancelled | None) -> tuple[list[_PageSpec], list[Word] | None]:
    """Pages of an image file; for a single image made a clipping at once, its words by
    OCR (read before anything is stored: an image with no text stores nothing)."""
    from PIL import Image

    from clipper.paper import images, ocr

    frames = images.frame_count(data)
    specs: list[_PageSpec] = []
    single: list[Word] | None = None
    for number, page in enumerate(images.pages(data), start=1):
        if frames == 1 and not keep_pages:
            with Image.open(io.BytesIO(page.png)) as img:
                img.load()
                result = ocr.read_page(img, page.dpi, vertical=None, cancelled=cancelled)
            if not result.words:
                raise PaperError("no text found in the image: nothing stored (import it "
                                 "with `--pages` to keep it as a page)")
            single = result.words
        rel = _store_png(library, page.png, created)
        specs.append(_PageSpec(number, rel, page.width, page.height, page.dpi or 0,
                               single or [], "ocr" if single else "none"))
    return specs, single


def _png(image) -> bytes:  # noqa: ANN001 -- a PIL image
    buf = io.BytesIO()
    # compress_level 3: a broadsheet page in well under a second, still lossless
    image.save(buf, "PNG", compress_level=3)
    return buf.getvalue()


def _store_png(library: Library, data: bytes, created: list[Path]) -> str:
    digest = hashlib.sha256(data).hexdigest()
    rel = f"media/{digest[:2]}/{digest}.png"
    target = library.root / rel
    if not target.exists():
        media.write_atomically(target, data)
        created.append(target)
    return rel


def _store(library: Library, path: Path, data: bytes, original: str, created: list[Path],
           specs: list[_PageSpec], meta: PrintMeta, single: list[Word] | None
           ) -> tuple[list[int], int | None]:
    """All pages of the file in one transaction (and, for a single image, its clipping):
    nothing partial is stored."""
    from clipper.paper import cutting, recognising
    from clipper.paper.names import from_page_lines

    target = library.root / original
    if not target.exists():
        media.write_atomically(target, data)
        created.append(target)
    page_ids: list[int] = []
    clipping_id = None
    with library.transaction() as db:
        for file in created:  # under the write lock: a file removed meanwhile comes back
            if not file.exists():
                raise LibraryError("a page image vanished while storing; try again")
        for spec in specs:
            folio = from_page_lines(recognising.edge_lines(spec.words, spec.height))
            page = meta.page if len(specs) == 1 else None
            published = meta.published or folio.published
            page_id = rows.add_page(
                db, file_name=path.name, original=original, page_number=spec.number,
                image=spec.image, width=spec.width, height=spec.height, dpi=spec.dpi,
                text_source=spec.text_source,
                ocr_state="pending" if spec.text_source == "none" else (
                    "not-needed" if spec.text_source == "text-layer" else "done"),
                outlet=meta.outlet, published=published.isoformat() if published else None,
                page=page or folio.page, edition=meta.edition)
            if spec.words:
                rows.set_words(db, page_id, spec.words, spec.text_source,
                               "not-needed" if spec.text_source == "text-layer" else "done")
            page_ids.append(page_id)
        if single is not None:
            spec = specs[0]
            clipping_id = cutting.cut_clipping(
                library, [(page_ids[0], (0, 0, spec.width, spec.height))], {})
    return page_ids, clipping_id


def _whole_pages(library: Library, page_ids: list[int],
                 cancelled: Cancelled | None) -> tuple[list[int], list[str]]:
    """A clipping of each whole page (`--whole-pages`); pages without a text layer are
    read by OCR first. A page that gives no clipping is a message; the rest go on."""
    from clipper.paper import cutting, recognising

    made: list[int] = []
    problems: list[str] = []
    for page_id in page_ids:
        page = rows.page(library.db, page_id)
        assert page is not None
        if page.ocr_state == "pending":
            outcome = recognising.recognise_one(library, page, cancelled)
            if outcome.status == "cancelled":
                raise OcrCancelled()
            page = rows.page(library.db, page_id)
            assert page is not None
        try:
            made.append(cutting.cut_clipping(
                library, [(page_id, (0, 0, page.width, page.height))], {}))
        except DuplicateError as exc:
            problems.append(f"page {page.page_number}: {exc}")
        except LibraryError as exc:
            problems.append(f"page {page.page_number}: {exc}")
    return made, problems


def _pages_reason(library: Library, page_ids: list[int]) -> str:
    pending = len(rows.pending_ids(library.db, page_ids))
    reason = f"{len(page_ids)} page{'s' if len(page_ids) != 1 else ''} to cut"
    if pending:
        reason += f" ({pending} to read by OCR)"
    return reason


def _title(library: Library, clipping_id: int | None) -> str:
    clipping = library.get(clipping_id) if clipping_id else None
    return clipping.title if clipping else ""


def _ids(ids: list[int]) -> str:
    return f"{ids[0]}–{ids[-1]}" if len(ids) > 1 else str(ids[0])


def _outlet_lookups(library: Library) -> tuple[dict[str, str], dict[str, str]]:
    """Names and aliases (casefolded) -> display name; first labels of registered
    domains (hankyung for hankyung.com) -> display name."""
    from clipper.store.outlets import all_outlets

    names: dict[str, str] = {}
    labels: dict[str, str] = {}
    for outlet in all_outlets(library.db):
        for alias in outlet.aliases:
            names.setdefault(alias.casefold(), outlet.name)
        for domain in outlet.domains:
            label = domain.lower().removeprefix("www.").split(".")[0]
            if len(label) >= 2:
                labels.setdefault(label, outlet.name)
    for outlet in all_outlets(library.db):
        names[outlet.name.casefold()] = outlet.name
    return names, labels
