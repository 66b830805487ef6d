"""Counts over a set of clippings, for coverage charts: by day, outlet, theme and story.

Ids travel as one JSON parameter (`json_ids`), so a set of 100k clippings needs no
temporary table and meets no limit on `?` parameters.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlite_utils import Database


def json_ids(ids: Sequence[int]) -> str:
    """Ids as a JSON array, for `IN (SELECT value FROM json_each(?))` with no variable limit."""
    return json.dumps([int(i) for i in ids])


def day_counts(db: Database, ids: Sequence[int]) -> list[tuple[str, int]]:
    """(YYYY-MM-DD as stored, clippings) of the dated ones, oldest first."""
    return [(r[0], r[1]) for r in db.execute(
        "SELECT substr(published, 1, 10) AS day, count(*) FROM clippings "
        "WHERE id IN (SELECT value FROM json_each(?)) AND published IS NOT NULL "
        "GROUP BY day ORDER BY day",
        [json_ids(ids)],
    ).fetchall()]


def outlet_counts(db: Database, ids: Sequence[int]) -> list[tuple[str | None, int]]:
    """(outlet, clippings), most first; outlets differing in ASCII case count as one."""
    return [(r[0], r[1]) for r in db.execute(
        "SELECT outlet, count(*) AS n FROM clippings "
        "WHERE id IN (SELECT value FROM json_each(?)) "
        "GROUP BY outlet COLLATE NOCASE ORDER BY n DESC, outlet COLLATE NOCASE",
        [json_ids(ids)],
    )]


def theme_counts(db: Database, ids: Sequence[int],
                 states: Sequence[str]) -> list[tuple[str, int, str]]:
    """(theme, clippings of the set in one of `states`, colour), most first."""
    marks = ",".join("?" * len(states))
    return [(r[0], r[1], r[2]) for r in db.execute(
        f"SELECT t.name, count(DISTINCT ct.clipping_id) AS n, t.colour FROM themes t "
        f"JOIN clipping_themes ct ON ct.theme_id = t.id "
        f"WHERE ct.clipping_id IN (SELECT value FROM json_each(?)) AND ct.state IN ({marks}) "
        f"GROUP BY t.id ORDER BY n DESC, t.name COLLATE NOCASE",
        [json_ids(ids), *states],
    )]


def story_count(db: Database, ids: Sequence[int]) -> int | None:
    """Distinct stories in the set (a clipping in no group is a story of its own); None
    for a library without story groups."""
    if "story_members" not in db.table_names():
        return None
    row = db.execute(
        "SELECT count(DISTINCT coalesce(sm.story_id, -c.id)) FROM clippings c "
        "LEFT JOIN story_members sm ON sm.clipping_id = c.id "
        "WHERE c.id IN (SELECT value FROM json_each(?))",
        [json_ids(ids)],
    ).fetchone()
    return int(row[0])
