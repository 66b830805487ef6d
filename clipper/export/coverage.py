"""Coverage figures for a set of clippings: by day, by outlet, by theme.

Plain functions over the counts store/coverage.py reads, shared by the PDF report's
charts and the GUI's dashboard (which draws them with its own chart widget).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from clipper.export.selection import MEMBER_STATES
from clipper.store import coverage as counts
from clipper.store.library import Library

UNDATED = None
NO_OUTLET = ""


@dataclass
class Coverage:
    """Everything a dashboard or a summary page shows about a set."""

    total: int
    undated: int
    first: dt.date | None
    last: dt.date | None
    by_day: list[tuple[dt.date, int]] = field(default_factory=list)
    by_outlet: list[tuple[str, int]] = field(default_factory=list)
    by_theme: list[tuple[str, int, str]] = field(default_factory=list)


def by_day(library: Library, ids: Sequence[int], fill: bool = True) -> list[tuple[dt.date, int]]:
    """(date, clippings) oldest first; days without coverage appear with 0 when `fill`."""
    per_day: dict[dt.date, int] = {}
    for day, n in counts.day_counts(library.db, ids):
        try:
            per_day[dt.date.fromisoformat(day)] = n
        except ValueError:
            continue
    if not per_day:
        return []
    if not fill:
        return sorted(per_day.items())
    first, last = min(per_day), max(per_day)
    return [
        (first + dt.timedelta(days=d), per_day.get(first + dt.timedelta(days=d), 0))
        for d in range((last - first).days + 1)
    ]


def by_week(days: list[tuple[dt.date, int]]) -> list[tuple[dt.date, int]]:
    """Daily counts folded into weeks (keyed by their Monday), for long periods."""
    weeks: dict[dt.date, int] = {}
    for day, n in days:
        monday = day - dt.timedelta(days=day.weekday())
        weeks[monday] = weeks.get(monday, 0) + n
    return sorted(weeks.items())


def by_outlet(
    library: Library, ids: Sequence[int], top: int | None = None
) -> list[tuple[str, int]]:
    """(outlet, clippings), most first; ties by name. `top` keeps the first N."""
    rows = [(outlet or NO_OUTLET, n) for outlet, n in counts.outlet_counts(library.db, ids)]
    return rows[:top] if top else rows


def by_theme(library: Library, ids: Sequence[int]) -> list[tuple[str, int, str]]:
    """(theme, clippings of the set in it, colour), most first; only real membership."""
    return counts.theme_counts(library.db, ids, MEMBER_STATES)


def coverage(library: Library, ids: Sequence[int], top_outlets: int | None = None) -> Coverage:
    days = by_day(library, ids, fill=True)
    dated = sum(n for _, n in days)
    outlets = by_outlet(library, ids)
    total = sum(n for _, n in outlets)  # ids that exist, counted once
    return Coverage(
        total=total,
        undated=total - dated,
        first=days[0][0] if days else None,
        last=days[-1][0] if days else None,
        by_day=days,
        by_outlet=outlets[:top_outlets] if top_outlets else outlets,
        by_theme=by_theme(library, ids),
    )


def story_count(library: Library, ids: Sequence[int]) -> int | None:
    """Distinct stories in the set when syndicated copies are grouped, else None.

    The organise work (migration m0002) records groups of near-duplicates in
    `story_members`; a clipping in no group is a story of its own. A library without
    that table has nothing to count, and the report shows clippings only.
    """
    return counts.story_count(library.db, ids)
