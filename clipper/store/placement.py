"""Print placement columns of clippings (edition, page, position)."""

from __future__ import annotations

from sqlite_utils import Database

COLUMNS = ("edition", "page", "position")


def set_placement(db: Database, id_chunks: list[list[int]], values: dict[str, str | None]
                  ) -> set[int]:
    """Write `values` where they differ; the ids that changed."""
    if set(values) - set(COLUMNS):
        raise ValueError(f"not a placement column: {set(values) - set(COLUMNS)}")
    differs = " OR ".join(f"{c} IS NOT ?" for c in values)
    sets = ", ".join(f"{c} = ?" for c in values)
    changed: set[int] = set()
    for chunk in id_chunks:
        marks = ",".join("?" * len(chunk))
        changed.update(r[0] for r in db.execute(
            f"SELECT id FROM clippings WHERE id IN ({marks}) AND ({differs})",
            [*chunk, *values.values()]))
    for chunk in id_chunks:
        marks = ",".join("?" * len(chunk))
        # updated_at stays: it marks a change of what search reads (and placement is
        # not searched), so a bulk placement costs no re-indexing.
        db.execute(f"UPDATE clippings SET {sets} WHERE id IN ({marks}) AND ({differs})",
                   [*values.values(), *chunk, *values.values()])
    return changed


def in_use(db: Database) -> tuple[bool, bool]:
    """(some clipping has an edition or page, some clipping has a tone)."""
    row = db.execute(
        "SELECT EXISTS (SELECT 1 FROM clippings WHERE page IS NOT NULL OR edition IS NOT NULL),"
        " EXISTS (SELECT 1 FROM clippings WHERE tone_id IS NOT NULL)").fetchone()
    return bool(row[0]), bool(row[1])
