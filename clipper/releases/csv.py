"""The pickup table and a release's pickups as CSV (UTF-8 with a byte-order mark, so
Excel opens Korean correctly, as export/csv.py writes clippings), written all or
nothing (export/atomic.py)."""

from __future__ import annotations

import csv
from pathlib import Path

from clipper.domain import Pickup, PickupTable
from clipper.export.atomic import write_atomically

TABLE_HEAD = ["release_id", "release", "date", "department", "outlets", "pickups",
              "near_verbatim", "near_verbatim_share", "photos_used", "first_pickup",
              "last_pickup"]
PICKUP_HEAD = ["release_id", "clipping_id", "title", "outlet", "category", "published",
               "kind", "share", "coverage", "photos"]
UNSORTED_LABEL = "미분류"  # outlets not yet sorted into a category


def _write(path: Path, lines: list[list[object]]) -> None:
    def fill(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as out:
            csv.writer(out).writerows(lines)

    write_atomically(Path(path), ".csv", fill)


def write_table(path: Path, table: PickupTable) -> int:
    """One row per release, a column per outlet category, and a total row; rows written
    (the total row not counted)."""
    categories = [c or UNSORTED_LABEL for c in table.categories]
    lines: list[list[object]] = [
        TABLE_HEAD[:5] + [f"outlets:{c}" for c in categories] + TABLE_HEAD[5:]]
    for row in [*table.rows, table.total]:
        lines.append([
            row.release_id or "", row.title, row.issued.isoformat() if row.issued else "",
            row.department, row.outlets,
            *[row.by_category.get(c, 0) for c in table.categories],
            row.pickups, row.near_verbatim, f"{row.near_verbatim_share:.2f}",
            row.photos_used, row.first_pickup or "", row.last_pickup or ""])
    _write(path, lines)
    return len(table.rows)


def write_pickups(path: Path, pickups: list[Pickup]) -> int:
    lines: list[list[object]] = [PICKUP_HEAD]
    for p in pickups:
        lines.append([p.release_id, p.clipping_id, p.title, p.outlet, p.category or "",
                      p.published.isoformat() if p.published else "", p.kind,
                      f"{p.share:.2f}", f"{p.coverage:.2f}", p.photos])
    _write(path, lines)
    return len(pickups)
