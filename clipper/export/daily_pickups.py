"""The daily report's pickup section (issue 18): the day's press releases and who picked
them up, as the three writers print it under the index (보도자료 활용 현황).

"The day's releases" are those issued that day and those the day's clippings draw on
(a morning report carries yesterday's releases in today's papers). For each: the
outlets that ran it (by name, and counted by outlet category, each outlet once), how
many pickups were near-verbatim and their share, and how many clippings used one of
its photos. Pickups published after the report's day are left out, so a report written
again later says what it said that morning.

Built from plain values the service passes in (`ReleaseSummary`, `Pickup`), like the
rest of the daily model; no database here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

UNCATEGORISED = "미분류"
HEADINGS = ("연번", "보도자료", "보도 매체", "매체 수", "매체 구분", "거의 그대로", "사진")
# Column widths as shares of the text's width, in the order of HEADINGS.
WIDTHS = (0.05, 0.27, 0.26, 0.08, 0.15, 0.12, 0.07)
TITLE = "보도자료 활용 현황"
# Outlets named in a row; a release run by 300 outlets says "… 외 285곳" (a table cell
# taller than a page cannot be laid out, and nobody reads 300 names in a morning).
NAMED_OUTLETS = 15


@dataclass
class PickupLine:
    """One release in the section."""

    number: int
    release_id: int
    title: str
    issued: dt.date | None
    department: str
    outlets: list[str]  # names, first pickup first
    by_category: list[tuple[str, int]]  # outlets per category, in the office's order
    pickups: int
    near_verbatim: int
    photos_used: int

    @property
    def near_verbatim_share(self) -> float:
        return self.near_verbatim / self.pickups if self.pickups else 0.0

    def cells(self) -> list[str]:
        """The row as HEADINGS name its cells."""
        heading = self.title or "—"
        details = " · ".join(x for x in (self.issued.isoformat() if self.issued else "",
                                         self.department) if x)
        return [
            str(self.number),
            f"{heading}\n{details}" if details else heading,
            _names(self.outlets),
            str(len(self.outlets)),
            " · ".join(f"{name} {count}" for name, count in self.by_category),
            f"{self.near_verbatim}건 ({self.near_verbatim_share * 100:.0f}%)"
            if self.pickups else "",
            str(self.photos_used) if self.photos_used else "",
        ]


def _names(outlets: list[str]) -> str:
    if not outlets:
        return "보도 없음"
    named = ", ".join(outlets[:NAMED_OUTLETS])
    more = len(outlets) - NAMED_OUTLETS
    return f"{named} 외 {more}곳" if more > 0 else named


@dataclass
class DailyPickups:
    lines: list[PickupLine] = field(default_factory=list)

    @property
    def outlets(self) -> int:
        return len({name for line in self.lines for name in line.outlets})

    def summary(self) -> str:
        """"보도자료 3건 · 보도 매체 14곳 · 보도 22건 · 거의 그대로 9건 · 사진 4건"."""
        pickups = sum(line.pickups for line in self.lines)
        near = sum(line.near_verbatim for line in self.lines)
        photos = sum(line.photos_used for line in self.lines)
        return (f"보도자료 {len(self.lines)}건 · 보도 매체 {self.outlets}곳 · 보도 {pickups}건 · "
                f"거의 그대로 {near}건 · 사진 사용 {photos}건")

    def table_rows(self) -> list[list[str]]:
        return [list(HEADINGS)] + [line.cells() for line in self.lines]


def build_pickups(day: dt.date, releases: Iterable, pickups: Iterable,
                  clipping_ids: Iterable[int],
                  categories: list[str] | None = None) -> DailyPickups | None:
    """The section for `day`: None when the day has no release (the section is left
    out). `releases` are `ReleaseSummary`s, `pickups` the `Pickup`s of those releases,
    `clipping_ids` the day's clippings in the report."""
    day_clippings = set(clipping_ids)
    by_release: dict[int, list] = {}
    for pickup in pickups:
        if pickup.published is not None and pickup.published > day:
            continue  # after the report's day
        by_release.setdefault(pickup.release_id, []).append(pickup)
    chosen = [r for r in releases
              if r.issued == day
              or any(p.clipping_id in day_clippings for p in by_release.get(r.id, []))]
    if not chosen:
        return None
    chosen.sort(key=lambda r: (r.issued or dt.date.min, r.id))
    order = list(categories or [])
    lines = []
    for number, release in enumerate(chosen, start=1):
        mine = sorted(by_release.get(release.id, []),
                      key=lambda p: (p.published or dt.date.max, p.imported_at or "",
                                     p.clipping_id))
        outlets: dict[str, str] = {}  # name -> category, first pickup first
        for p in mine:
            outlets.setdefault(p.outlet or "(매체 미상)", p.category or UNCATEGORISED)
        counts: dict[str, int] = {}
        for category in outlets.values():
            counts[category] = counts.get(category, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: (
            order.index(kv[0]) if kv[0] in order else len(order) + (kv[0] == UNCATEGORISED),
            kv[0]))
        lines.append(PickupLine(
            number, release.id, release.title, release.issued, release.department,
            list(outlets), ranked, len(mine),
            sum(1 for p in mine if p.kind == "near-verbatim"),
            sum(1 for p in mine if p.photos)))
    return DailyPickups(lines)
