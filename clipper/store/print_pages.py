"""Print rows (m0009_print): pages waiting to be cut, their words, and the cuts a
clipping was made of. All SQL for print lives here; the paper package and the print
services never write a statement of their own."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from clipper.domain import Box, Cut, PrintPage, Word
from clipper.store.clippings import chunks
from clipper.store.library import now_iso, parse_stored_date

_PAGE_COLUMNS = (
    "p.id, p.file_name, p.page_number, p.image, p.width, p.height, p.dpi, p.text_source, "
    "p.ocr_state, p.error, p.outlet, p.published, p.page, p.edition, "
    "(SELECT count(DISTINCT clipping_id) FROM clipping_cuts c WHERE c.page_id = p.id)"
)
PAGE_FIELDS = ("outlet", "published", "page", "edition")


def _page(row: tuple) -> PrintPage:
    return PrintPage(
        id=row[0], file_name=row[1], page_number=row[2], image=row[3], width=row[4],
        height=row[5], dpi=row[6], text_source=row[7], ocr_state=row[8], error=row[9],
        outlet=row[10], published=parse_stored_date(row[11]), page=row[12],
        edition=row[13], cut_count=row[14],
    )


def add_page(db: Database, *, file_name: str, original: str, page_number: int, image: str,
             width: int, height: int, dpi: int, text_source: str, ocr_state: str,
             error: str = "", outlet: str = "", published: str | None = None,
             page: str | None = None, edition: str | None = None,
             vertical: bool = False) -> int:
    """Insert one page (inside the caller's transaction); its id."""
    return int(db["print_pages"].insert({
        "file_name": file_name, "original": original, "page_number": page_number,
        "image": image, "width": width, "height": height, "dpi": dpi,
        "text_source": text_source, "ocr_state": ocr_state, "error": error,
        "outlet": outlet, "published": published, "page": page, "edition": edition,
        "vertical": int(vertical), "imported_at": now_iso(),
    }).last_pk)


def pages(db: Database, waiting_only: bool = False) -> list[PrintPage]:
    """Every page, in the order imported (file, then page number); `waiting_only`: the
    pages no clipping has been cut from yet."""
    where = ("WHERE NOT EXISTS (SELECT 1 FROM clipping_cuts c WHERE c.page_id = p.id)"
             if waiting_only else "")
    return [_page(r) for r in db.execute(
        f"SELECT {_PAGE_COLUMNS} FROM print_pages p {where} ORDER BY p.id")]


def page(db: Database, page_id: int) -> PrintPage | None:
    if not -(2**63) <= page_id < 2**63:
        return None
    row = db.execute(f"SELECT {_PAGE_COLUMNS} FROM print_pages p WHERE p.id = ?",
                     [page_id]).fetchone()
    return _page(row) if row else None


def page_ids(db: Database) -> list[int]:
    return [r[0] for r in db.execute("SELECT id FROM print_pages ORDER BY id")]


def original_of(db: Database, page_id: int) -> str | None:
    row = db.execute("SELECT original FROM print_pages WHERE id = ?", [page_id]).fetchone()
    return row[0] if row else None


def is_vertical(db: Database, page_id: int) -> bool:
    row = db.execute("SELECT vertical FROM print_pages WHERE id = ?", [page_id]).fetchone()
    return bool(row and row[0])


def pages_of_original(db: Database, original: str) -> list[int]:
    """Pages already imported from this stored original (the same file imported again)."""
    return [r[0] for r in db.execute(
        "SELECT id FROM print_pages WHERE original = ? ORDER BY page_number", [original])]


def pending_ids(db: Database, ids: Iterable[int] | None = None) -> list[int]:
    """Pages whose OCR has not run (or was cut short), in order; of `ids` if given."""
    rows = [r[0] for r in db.execute(
        "SELECT id FROM print_pages WHERE ocr_state IN ('pending', 'running') ORDER BY id")]
    if ids is None:
        return rows
    wanted = set(ids)
    return [r for r in rows if r in wanted]


def set_state(db: Database, page_id: int, state: str, error: str = "") -> None:
    db.execute("UPDATE print_pages SET ocr_state = ?, error = ? WHERE id = ?",
               [state, error, page_id])


def set_fields(db: Database, page_id: int, **fields: Any) -> None:
    unknown = set(fields) - set(PAGE_FIELDS)
    if unknown:
        raise ValueError(f"cannot set {', '.join(sorted(unknown))} on a page")
    if fields:
        db["print_pages"].update(page_id, fields)


def words(db: Database, page_id: int) -> list[Word]:
    row = db.execute("SELECT words FROM print_words WHERE page_id = ?", [page_id]).fetchone()
    if not row:
        return []
    return [Word(w[0], (w[1], w[2], w[3], w[4]), w[5], w[6], float(w[7]))
            for w in json.loads(row[0])]


def set_words(db: Database, page_id: int, page_words: list[Word], text_source: str,
              state: str, error: str = "", vertical: bool | None = None) -> None:
    """Store a page's words and how they were found (one call: one transaction's part)."""
    data = json.dumps([[w.text, *w.box, w.block, w.line, round(w.conf, 1)]
                       for w in page_words], ensure_ascii=False, separators=(",", ":"))
    db.execute("INSERT OR REPLACE INTO print_words (page_id, words) VALUES (?, ?)",
               [page_id, data])
    db.execute("UPDATE print_pages SET text_source = ?, ocr_state = ?, error = ? "
               "WHERE id = ?", [text_source, state, error, page_id])
    if vertical is not None:
        db.execute("UPDATE print_pages SET vertical = ? WHERE id = ?",
                   [int(vertical), page_id])


def delete_pages(db: Database, ids: list[int]) -> list[str]:
    """Delete pages (their words by cascade; cuts keep their crops, page_id NULL);
    the files (page images, originals) the rows named, for release after commit."""
    files: list[str] = []
    for chunk in chunks(ids):
        marks = ",".join("?" * len(chunk))
        for image, original in db.execute(
                f"SELECT image, original FROM print_pages WHERE id IN ({marks})", chunk):
            files += [image, original]
        db.execute(f"DELETE FROM print_pages WHERE id IN ({marks})", chunk)
    return files


# ---- cuts ------------------------------------------------------------------------------

def add_cuts(db: Database, clipping_id: int, cuts: list[Cut]) -> None:
    db["clipping_cuts"].insert_all({
        "clipping_id": clipping_id, "position": c.position, "page_id": c.page_id,
        "x0": c.box[0], "y0": c.box[1], "x1": c.box[2], "y1": c.box[3],
        "image": c.image, "width": c.width, "height": c.height,
    } for c in cuts)


def cuts_of(db: Database, clipping_id: int) -> list[Cut]:
    return [
        Cut(position=r[0], page_id=r[1], box=_box(r[2:6]), image=r[6], width=r[7],
            height=r[8])
        for r in db.execute(
            "SELECT position, page_id, x0, y0, x1, y1, image, width, height "
            "FROM clipping_cuts WHERE clipping_id = ? ORDER BY position", [clipping_id])
    ]


def cuts_on_page(db: Database, page_id: int) -> list[tuple[int, Box]]:
    """(clipping id, rectangle) of every cut made from a page, oldest first."""
    return [(r[0], _box(r[1:5])) for r in db.execute(
        "SELECT clipping_id, x0, y0, x1, y1 FROM clipping_cuts WHERE page_id = ? "
        "ORDER BY clipping_id, position", [page_id])]


def cut_image(db: Database, clipping_id: int, position: int) -> str | None:
    row = db.execute("SELECT image FROM clipping_cuts WHERE clipping_id = ? AND position = ?",
                     [clipping_id, position]).fetchone()
    return row[0] if row else None


def with_cuts(db: Database, clipping_ids: list[int]) -> set[int]:
    """Which of these clippings have a cut (the list's `has_cut`)."""
    found: set[int] = set()
    for chunk in chunks(clipping_ids):
        marks = ",".join("?" * len(chunk))
        found.update(r[0] for r in db.execute(
            f"SELECT DISTINCT clipping_id FROM clipping_cuts WHERE clipping_id IN ({marks})",
            chunk))
    return found


def _box(values: Iterable[int]) -> Box:
    x0, y0, x1, y1 = (int(v) for v in values)
    return (x0, y0, x1, y1)
