"""The morning clipping report (조간 스크랩), as a neutral model the three writers print.

A Korean press office sends it every morning: the clippings of a day, grouped into the
office's sections (도정 주요 보도, 지사 동정, 시군, 비판·오보, 사설·칼럼 ...), each ordered
by the outlet's weight in the office's registry (조선·중앙·동아 first) and then by page; a
cover with the office, the date and weekday ("2024. 5. 10.(금) 조간"), an index table
(연번 | 구분 | 제목 | 언론사 | 면 | 논조) and counts by tone and by outlet category.

This module decides what goes where; `daily_pdf`, `daily_docx` and `daily_hwpx` only lay
it out. It reads the registry through plain values the service passes in (outlets, tones,
responses), so it needs no database of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path

from clipper.domain import (
    OUTLET_CATEGORIES,
    POSITIONS,
    Clipping,
    Outlet,
    Response,
    Tone,
    page_sort_key,
)
from clipper.export.daily_pickups import DailyPickups
from clipper.progress import Cancelled, OperationCancelled, Progress
from clipper.store.library import Library, LibraryError

WEEKDAYS = "월화수목금토일"
PRINT_EDITIONS = ("조간", "석간")
UNCATEGORISED = "미분류"
NO_TONE = "미지정"
GROUP_LABELS = {"positive": "긍정", "neutral": "중립", "negative": "부정"}
# The columns the index table can show, in the order they print; labels as offices use.
COLUMNS: dict[str, str] = {
    "number": "연번", "section": "구분", "title": "제목", "outlet": "언론사",
    "page": "면", "tone": "논조", "category": "매체 구분", "byline": "기자",
    "date": "날짜",
}
DEFAULT_COLUMNS = ("number", "section", "title", "outlet", "page", "tone")
AUTO_MODES = ("theme_category", "category", "theme", "none")
# Where a clipping of no section lands when the automatic grouping is "none".
OTHERS = "기타 보도"


@dataclass
class SectionRule:
    """A section the office defines: a clipping belongs to the first section one of
    whose lists matches it (any list; an empty list matches nothing)."""

    name: str
    themes: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)  # a tag or a tag below it (a/b)
    categories: list[str] = field(default_factory=list)  # outlet categories
    tones: list[str] = field(default_factory=list)  # tone names or groups ("negative")
    words: list[str] = field(default_factory=list)  # in the position, section or title

    def to_json(self) -> dict[str, object]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> SectionRule:
        name = " ".join(str(data.get("name") or "").split())
        if not name:
            raise LibraryError("a report section needs a name")

        def strings(key: str) -> list[str]:
            value = data.get(key) or []
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list):
                raise LibraryError(f"section {name!r}: {key} must be a list of names")
            return [str(v).strip() for v in value if str(v).strip()]

        return cls(name, strings("themes"), strings("tags"), strings("categories"),
                   strings("tones"), strings("words"))


@dataclass
class DailyLayout:
    """The report's layout choices: what a named preset saves."""

    office: str = ""  # "경기도 대변인실" on the cover
    title: str = "언론보도 스크랩"
    sections: list[SectionRule] = field(default_factory=list)
    auto: str = "theme_category"  # how clippings of no section are grouped
    columns: list[str] = field(default_factory=lambda: list(DEFAULT_COLUMNS))
    photos: bool = True
    highlights: bool = True  # highlights and notes
    one_per_page: bool = False  # else clippings run on continuously
    edition: str = "조간"
    pickups: bool = True  # the day's press releases and who ran them (issue 18)

    def check(self) -> None:
        if self.auto not in AUTO_MODES:
            raise LibraryError(
                f"unknown grouping {self.auto!r}; choose from {', '.join(AUTO_MODES)}")
        unknown = [c for c in self.columns if c not in COLUMNS]
        if unknown:
            raise LibraryError(f"unknown index column {', '.join(unknown)}; choose from "
                               f"{', '.join(COLUMNS)}")
        if not self.columns:
            raise LibraryError("the index table needs at least one column")
        names = [s.name.casefold() for s in self.sections]
        twice = {s.name for s in self.sections if names.count(s.name.casefold()) > 1}
        if twice:
            raise LibraryError(f"section named twice: {', '.join(sorted(twice))}")

    def to_json(self) -> dict[str, object]:
        return {
            "office": self.office, "title": self.title,
            "sections": [s.to_json() for s in self.sections], "auto": self.auto,
            "columns": list(self.columns), "photos": self.photos,
            "highlights": self.highlights, "one_per_page": self.one_per_page,
            "edition": self.edition, "pickups": self.pickups,
        }

    @classmethod
    def from_json(cls, data: object) -> DailyLayout:
        """A layout from stored or user-written JSON; unknown keys are refused by name."""
        if not isinstance(data, dict):
            raise LibraryError("a report preset must be a JSON object")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise LibraryError(f"unknown report setting {', '.join(unknown)}")
        layout = cls()
        for key in ("office", "title", "auto", "edition"):
            if key in data:
                setattr(layout, key, str(data[key] or "").strip())
        for key in ("photos", "highlights", "one_per_page", "pickups"):
            if key in data:
                setattr(layout, key, bool(data[key]))
        if "columns" in data:
            columns = data["columns"]
            if isinstance(columns, str):
                columns = [c.strip() for c in columns.split(",")]
            if not isinstance(columns, list):
                raise LibraryError("report columns must be a list of names")
            layout.columns = [str(c) for c in columns or [] if str(c)]
        sections = data.get("sections") or []
        if not isinstance(sections, list):
            raise LibraryError("report sections must be a list")
        layout.sections = [SectionRule.from_json(s if isinstance(s, dict) else {"name": s})
                           for s in sections]
        layout.auto = layout.auto or "theme_category"
        layout.title = layout.title or "언론보도 스크랩"
        layout.check()
        return layout


_RULE_KEYS = {"theme": "themes", "tag": "tags", "category": "categories", "tone": "tones",
              "word": "words"}


def parse_section(text: str) -> SectionRule:
    """'비판·오보=tone:negative,word:오보' -> a SectionRule (the command line's form)."""
    name, sep, rules = text.partition("=")
    rule = SectionRule(" ".join(name.split()))
    if not rule.name:
        raise LibraryError(f"section {text!r} needs a name before '='")
    if not sep or not rules.strip():
        raise LibraryError(f"section {rule.name!r} needs rules after '=', e.g. "
                           f"'{rule.name}=theme:도정,tone:negative'")
    for part in rules.split(","):
        key, colon, value = part.partition(":")
        field_name = _RULE_KEYS.get(key.strip().lower())
        if field_name is None or not colon or not value.strip():
            raise LibraryError(f"section {rule.name!r}: cannot read {part.strip()!r}; use "
                               "theme:X, tag:X, category:X, tone:X or word:X")
        getattr(rule, field_name).append(value.strip())
    return rule


def example_sections() -> list[SectionRule]:
    """Sections as a Gyeonggi press office lays them out (a start to edit; the names
    of themes and tags are the office's own)."""
    return [
        SectionRule("비판·오보", tones=["negative"]),
        SectionRule("사설·칼럼", words=["사설", "칼럼", "시론", "기고"]),
        SectionRule("도정 주요 보도", themes=["도정 주요 보도", "도정"], tags=["도정"]),
        SectionRule("지사 동정", themes=["지사 동정"], tags=["지사 동정", "지사"]),
        SectionRule("시군", themes=["시군"], tags=["시군"]),
    ]


@dataclass
class DailyItem:
    """One clipping in the report, with what its index row and header band print."""

    number: int  # 연번, 1-based in report order
    clipping: Clipping
    section: str
    category: str  # the outlet's category, or 미분류
    weight: int
    tone: str | None
    tone_group: str | None
    response: Response | None

    @property
    def critical(self) -> bool:
        """Flagged in the report: a negative tone (건전비판, 악의적비판, 오보 ...)."""
        return self.tone_group == "negative"

    @property
    def page_text(self) -> str:
        c = self.clipping
        return (c.page or "").strip()

    def cell(self, column: str) -> str:
        c = self.clipping
        values = {
            "number": str(self.number), "section": self.section, "title": c.title or "—",
            "outlet": c.outlet or "(매체 미상)", "page": self.page_text,
            "tone": self.tone or "", "category": self.category, "byline": c.byline,
            "date": c.published.isoformat() if c.published else "",
        }
        return values[column]


@dataclass
class DailySection:
    name: str
    items: list[DailyItem]


@dataclass
class DailyReport:
    day: dt.date
    layout: DailyLayout
    sections: list[DailySection]
    tone_counts: list[tuple[str, int]]  # every tone of the library, then 미지정
    category_counts: list[tuple[str, int]]  # categories in the office's order
    warnings: list[str] = field(default_factory=list)
    # The pickup section (issue 18, export/daily_pickups.py); None leaves it out.
    pickups: DailyPickups | None = None

    @property
    def items(self) -> list[DailyItem]:
        return [item for section in self.sections for item in section.items]

    @property
    def total(self) -> int:
        return sum(len(s.items) for s in self.sections)

    @property
    def date_line(self) -> str:
        return date_line(self.day, self.layout.edition)

    @property
    def group_counts(self) -> list[tuple[str, int]]:
        """Clippings by tone group (긍정 / 중립 / 부정), as the office's charts pool them."""
        counts = dict.fromkeys(GROUP_LABELS.values(), 0)
        for item in self.items:
            if item.tone_group in GROUP_LABELS:
                counts[GROUP_LABELS[item.tone_group]] += 1
        return list(counts.items())

    def summary_rows(self) -> list[tuple[str, list[tuple[str, int]]]]:
        """The cover's counts, label and (name, count) pairs: tones (미지정 only when
        some clipping has none), tone groups, and outlet categories that occur."""
        tones = [(n, k) for n, k in self.tone_counts if k or n != NO_TONE]
        categories = [(n, k) for n, k in self.category_counts if k]
        return [("논조", tones), ("논조 분류", self.group_counts), ("매체", categories)]

    def index_rows(self) -> list[list[str]]:
        """The index table: a header row, then one row per clipping in report order."""
        columns = self.layout.columns
        rows = [[COLUMNS[c] for c in columns]]
        rows += [[item.cell(c) for c in columns] for item in self.items]
        return rows


def date_line(day: dt.date, edition: str = "") -> str:
    """"2024. 5. 10.(금) 조간": the date as Korean offices print it on the cover."""
    text = f"{day.year}. {day.month}. {day.day}.({WEEKDAYS[day.weekday()]})"
    return f"{text} {edition}".strip()


def response_text(response: Response | None, today: dt.date | None = None) -> str:
    """"대응: 반박자료 · 기한 2024-05-12 · 진행 중" (or "대응: 없음")."""
    if response is None or response.kind == "none":
        return "대응: 없음"
    parts = [f"대응: {response.kind}"]
    if response.due:
        parts.append(f"기한 {response.due.isoformat()}")
    if response.closed:
        parts.append("완료")
    elif response.overdue(today or dt.date.today()):
        parts.append("기한 지남")
    else:
        parts.append("진행 중")
    return " · ".join(parts)


@dataclass
class DailyResult:
    """What a writer wrote: pages is known for the PDF only (word processors paginate
    when they open the file)."""

    path: Path
    format: str  # pdf | docx | hwpx
    clippings: int
    sections: int
    photos: int
    pages: int | None
    seconds: float
    warnings: list[str] = field(default_factory=list)


class EmptyDay(LibraryError):
    """No clippings for the day asked: nothing is written."""


def build_daily(
    clippings: Iterable[Clipping],
    day: dt.date,
    layout: DailyLayout,
    *,
    outlets: list[Outlet],
    tones: list[Tone],
    responses: dict[int, Response],
    categories: list[str] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> DailyReport:
    """Group and order a day's clippings into the report. Raises EmptyDay when none is
    left after the edition filter."""
    layout.check()
    by_name: dict[str, Outlet] = {}
    for outlet in outlets:
        for name in (outlet.name, *outlet.aliases):
            by_name.setdefault(name.casefold(), outlet)
    tone_by_name = {t.name: t for t in tones}
    order = list(categories or OUTLET_CATEGORIES)
    warnings: list[str] = []
    kept: list[DailyItem] = []
    for n, c in enumerate(clippings):
        if cancelled is not None and cancelled():
            raise OperationCancelled("daily report cancelled")
        if progress is not None and n % 50 == 0:
            progress(n, 0, "grouping clippings")
        if not _in_edition(c, layout.edition):
            continue
        outlet = by_name.get((c.outlet or "").casefold())
        category = outlet.category if outlet and outlet.category else UNCATEGORISED
        if category != UNCATEGORISED and category not in order:
            order.append(category)
        tone = tone_by_name.get(c.tone) if c.tone else None
        if c.tone and tone is None:
            warnings.append(f"clipping {c.id}: tone {c.tone!r} is not in the tone list")
        weight = outlet.weight if outlet is not None else 10**6
        kept.append(DailyItem(0, c, "", category, weight, c.tone, tone.group if tone else None,
                              responses.get(c.id)))
    if not kept:
        raise EmptyDay(f"no clippings for {date_line(day, layout.edition)}; nothing written")
    for item in kept:
        item.section = _section_of(item, layout, tone_by_name)
    sections = _ordered_sections(kept, layout, order)
    number = 0
    for section in sections:
        section.items.sort(key=_item_key)
        for item in section.items:
            number += 1
            item.number = number
    tone_counts = _counts([i.tone or NO_TONE for i in kept], [t.name for t in tones] + [NO_TONE])
    category_counts = _counts([i.category for i in kept], [*order, UNCATEGORISED])
    return DailyReport(day, layout, sections, tone_counts, category_counts, warnings)


def _in_edition(c: Clipping, edition: str) -> bool:
    """A 조간 report leaves out 석간 clippings (and the other way round); online and
    broadcast items, and those whose edition is not known, go in either."""
    if edition not in PRINT_EDITIONS:
        return True
    return not (c.edition in PRINT_EDITIONS and c.edition != edition)


def _matches(values: Iterable[str], wanted: list[str], prefix: bool = False) -> bool:
    want = [w.casefold() for w in wanted]
    for value in values:
        v = value.casefold()
        if v in want or (prefix and any(v.startswith(w + "/") for w in want)):
            return True
    return False


def _section_of(item: DailyItem, layout: DailyLayout, tones: dict[str, Tone]) -> str:
    c = item.clipping
    for rule in layout.sections:
        tone_keys = [x for x in (item.tone, item.tone_group) if x]
        text = " ".join(x for x in (c.position or "", c.section, c.title) if x)
        if (_matches(c.themes, rule.themes) or _matches(c.tags, rule.tags, prefix=True)
                or _matches([item.category], rule.categories)
                or _matches(tone_keys, rule.tones)
                or any(w and w in text for w in rule.words)):
            return rule.name
    if layout.auto == "none":
        return OTHERS
    if layout.auto in ("theme_category", "theme") and c.themes:
        return c.themes[0]
    if layout.auto == "theme":
        return OTHERS
    return item.category


def _ordered_sections(items: list[DailyItem], layout: DailyLayout,
                      categories: list[str]) -> list[DailySection]:
    """The office's sections in its order, then themes (by name), then categories in
    the registry's order, then what is left."""
    groups: dict[str, list[DailyItem]] = {}
    for item in items:
        groups.setdefault(item.section, []).append(item)
    named = [s.name for s in layout.sections]
    category_order = [*categories, UNCATEGORISED]

    def rank(name: str) -> tuple:
        if name in named:
            return (0, named.index(name), "")
        if name in category_order:
            return (2, category_order.index(name), "")
        if name == OTHERS:
            return (3, 0, "")
        return (1, 0, name.casefold())  # a theme

    return [DailySection(name, groups[name]) for name in sorted(groups, key=rank)]


def _item_key(item: DailyItem) -> tuple:
    c = item.clipping
    position = c.position or ""
    place = POSITIONS.index(position) if position in POSITIONS else len(POSITIONS)
    return (item.weight, (c.outlet or "").casefold(), page_sort_key(c.page), place,
            c.published or dt.date.max, c.id)


def _counts(values: list[str], order: list[str]) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    known = [(name, counts.pop(name, 0)) for name in dict.fromkeys(order)]
    return known + sorted(counts.items())


# ---- reading a day and writing a report ------------------------------------------------

FORMATS = ("pdf", "docx", "hwpx")
MORNING_ENDS = dt.time(12, 0)  # "imported that morning": before noon, the office's time


def morning_window(day: dt.date, tz: dt.tzinfo | None = None) -> tuple[str, str]:
    """The morning of `day` in the office's time zone (the computer's, by default) as
    UTC ISO times, comparable with `clippings.imported_at`."""
    start = dt.datetime.combine(day, dt.time(0, 0))
    end = dt.datetime.combine(day, MORNING_ENDS)
    if tz is None:
        start, end = start.astimezone(), end.astimezone()
    else:
        start, end = start.replace(tzinfo=tz), end.replace(tzinfo=tz)
    return (start.astimezone(dt.UTC).isoformat(timespec="seconds"),
            end.astimezone(dt.UTC).isoformat(timespec="seconds"))


def day_clippings(library: Library, day: dt.date, tz: dt.tzinfo | None = None,
                  cancelled: Cancelled | None = None) -> Iterator[Clipping]:
    """The clippings of a day (published that day, or imported that morning), read one
    at a time."""
    from clipper.store.report_presets import day_ids

    for cid in day_ids(library.db, day, *morning_window(day, tz)):
        if cancelled is not None and cancelled():
            raise OperationCancelled("daily report cancelled")
        clipping = library.get(cid)
        if clipping is not None:
            yield clipping


def format_of(path: Path, fmt: str | None = None) -> str:
    """The format asked for, or the one the file name's suffix says."""
    chosen = (fmt or Path(path).suffix.lstrip(".")).lower()
    if chosen not in FORMATS:
        raise LibraryError(f"cannot tell the report format from {Path(path).name!r}: use "
                           ".pdf, .docx or .hwpx (or --format)")
    return chosen


def write_report(library: Library, report: DailyReport, path: Path, fmt: str,
                 progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> DailyResult:
    """Write `report` as PDF, DOCX or HWPX (each writer is loaded only when used)."""
    if fmt == "pdf":
        from clipper.export.daily_pdf import write_daily_pdf as write
    elif fmt == "docx":
        from clipper.export.daily_docx import write_daily_docx as write
    elif fmt == "hwpx":
        from clipper.export.daily_hwpx import write_daily_hwpx as write
    else:
        raise LibraryError(f"unknown report format {fmt!r}; choose pdf, docx or hwpx")
    return write(library, report, Path(path), progress, cancelled)
