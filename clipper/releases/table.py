"""The pickup table: per release issued in a period, the outlets that picked it up (in
all and per category), how many pickups were near-verbatim, how many ran its photos;
and the period's totals (each outlet counted once)."""

from __future__ import annotations

import datetime as dt

from clipper.domain import PickupRow, PickupTable
from clipper.store import outlets as outlet_rows
from clipper.store import releases as rows
from clipper.store.library import Library

UNSORTED = ""  # the category column of outlets not yet sorted in the registry


def pickup_table(library: Library, since: dt.date | None = None,
                 until: dt.date | None = None) -> PickupTable:
    db = library.db
    ids = rows.release_ids(db, since, until)
    summaries = rows.summaries(db, ids)
    by_release: dict[int, list] = {i: [] for i in ids}
    for p in rows.pickups(db, since=since, until=until):
        if p.release_id in by_release:
            by_release[p.release_id].append(p)
    categories = outlet_rows.categories(db)
    table_rows: list[PickupRow] = []
    all_outlets: dict[str, str | None] = {}
    used_categories: set[str] = set()
    totals = {"pickups": 0, "near": 0, "photos": 0}
    first_all: list[str] = []
    last_all: list[str] = []
    for summary in summaries:
        picks = by_release[summary.id]
        outlets: dict[str, str | None] = {p.outlet: p.category for p in picks}
        by_category: dict[str, int] = {}
        for category in outlets.values():
            key = category or UNSORTED
            by_category[key] = by_category.get(key, 0) + 1
            used_categories.add(key)
        all_outlets.update(outlets)
        near = sum(1 for p in picks if p.kind == "near-verbatim")
        photos_used = summary.photos_used  # clippings that ran its photos, text or not
        table_rows.append(PickupRow(
            summary.id, summary.title, summary.issued, summary.department, len(outlets),
            len(picks), by_category, near, near / len(picks) if picks else 0.0,
            photos_used, summary.first_pickup, summary.last_pickup))
        totals["pickups"] += len(picks)
        totals["near"] += near
        totals["photos"] += photos_used
        if summary.first_pickup:
            first_all.append(summary.first_pickup)
        if summary.last_pickup:
            last_all.append(summary.last_pickup)
    columns = [c for c in categories if c in used_categories]
    if UNSORTED in used_categories:
        columns.append(UNSORTED)
    columns += sorted(used_categories - set(columns))
    total_by: dict[str, int] = {}
    for category in all_outlets.values():
        key = category or UNSORTED
        total_by[key] = total_by.get(key, 0) + 1
    total = PickupRow(0, "합계", None, "", len(all_outlets), totals["pickups"], total_by,
                      totals["near"],
                      totals["near"] / totals["pickups"] if totals["pickups"] else 0.0,
                      totals["photos"], min(first_all) if first_all else None,
                      max(last_all) if last_all else None)
    return PickupTable(since, until, table_rows, columns, total)
