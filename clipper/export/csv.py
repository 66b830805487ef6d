"""A set of clippings as CSV: one row per clipping, for spreadsheets.

Written as UTF-8 with a byte-order mark so that Excel opens Korean text correctly. Cells
that a spreadsheet would take for a formula (=, +, -, @ first) get a leading apostrophe:
clipping text comes from the web and must not run as a formula.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Sequence
from pathlib import Path

from clipper.domain import Clipping
from clipper.store.leftovers import export_temp
from clipper.store.library import Library

COLUMNS = [
    "id", "published", "outlet", "title", "byline", "section", "url", "language", "tags",
    "themes", "photos", "highlights", "notes", "characters", "lead", "source_kind",
    "source_name", "imported_at",
]
LEAD_CHARS = 300
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def row(c: Clipping) -> dict[str, str | int]:
    paragraphs = [b.text for b in c.body if b.kind == "paragraph" and b.text.strip()]
    lead = paragraphs[0] if paragraphs else ""
    if len(lead) > LEAD_CHARS:
        lead = lead[: LEAD_CHARS - 1] + "…"
    notes = [a.note.strip() for a in c.annotations if a.note.strip()]
    return {
        "id": c.id,
        "published": c.published.isoformat() if c.published else "",
        "outlet": c.outlet,
        "title": c.title,
        "byline": c.byline,
        "section": c.section,
        "url": c.url or "",
        "language": c.language,
        "tags": "; ".join(c.tags),
        "themes": "; ".join(c.themes),
        "photos": len(c.photos),
        "highlights": len(c.annotations),
        "notes": " | ".join(notes),
        "characters": len(c.body_text()),
        "lead": lead,
        "source_kind": c.source_kind,
        "source_name": c.source_name,
        "imported_at": c.imported_at,
    }


def _safe(value: str | int) -> str | int:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(library: Library, ids: Sequence[int], path: Path | str) -> int:
    """Write the rows for `ids` (in that order) to `path`; return the number written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = export_temp(path.parent, ".export-", ".csv")
    written = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=COLUMNS)
            writer.writeheader()
            for cid in ids:
                clipping = library.get(cid)
                if clipping is None:
                    continue
                writer.writerow({k: _safe(v) for k, v in row(clipping).items()})
                written += 1
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return written
