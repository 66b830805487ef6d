"""The PDF clipping report: cover, summary with charts and clip list, contents, articles.

Laid out with reportlab's platypus. The report is built in two passes: the first finds
each article's page and the page count, the second prints them in the contents and the
footers. The contents table knows its rows before the first pass (only the page numbers
are missing, in a fixed-width column), so its height, and with it every later page, is
the same in both passes and a third pass is never needed.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable
from reportlab.platypus.tableofcontents import IndexingFlowable

from clipper.domain import Annotation, Clipping, Theme
from clipper.domain import Photo as StoredPhoto
from clipper.export import charts, coverage, cuts, markup
from clipper.export.fonts import printable, register_fonts
from clipper.export.photos import photo_image, photos_by_place
from clipper.export.selection import ExportSet, theme_colours
from clipper.importers.url import is_web_address
from clipper.progress import Cancelled, OperationCancelled, Progress
from clipper.store.leftovers import export_temp
from clipper.store.library import Library, LibraryError

# reportlab wraps every stream in ASCII85 by default, which its pure-Python encoder does at
# about 1 MB/s: two thirds of a report's time went there. Binary streams are standard PDF
# and a quarter smaller.
rl_config.useA85 = 0

ORDERS = ("date", "outlet", "theme")
PAPERS = {"A4": A4, "LETTER": LETTER}
# A photo is never drawn bigger than its pixels at 96 dpi (0.75 pt per pixel): a small
# web image stays small rather than turning to mush.
POINTS_PER_PIXEL = 72 / 96
PHOTO_MAX_HEIGHT = 0.45  # of the frame, so a photo and its caption always fit one page
# A cut image (issue 16) may take most of a page: an article printed at its own size is
# the point, and reportlab cannot split an image over two pages.
CUT_MAX_HEIGHT = 0.78  # of the frame: the header band and title fit above it
INK = colors.HexColor("#1f2430")
MUTED = colors.HexColor("#5b6373")
RULE = colors.HexColor("#c9cfd8")
PANEL = colors.HexColor("#f2f4f7")
SCRAP_EDGE = colors.HexColor("#9aa0a6")  # the hairline around a cut image (issue 16)
ACCENT = "#4a7bd0"

LABELS = {
    "en": {
        "clippings": "Clippings", "stories": "distinct stories", "period": "Period",
        "prepared": "Prepared", "prepared_by": "Prepared by", "outlets": "Outlets",
        "summary": "Summary", "contents": "Contents", "articles": "Articles",
        "cover": "Cover", "clip_list": "Clip list", "date": "Date", "outlet": "Outlet",
        "title": "Title", "byline": "Byline", "section": "Section", "page": "Page",
        "by_day": "Coverage by day", "by_week": "Coverage by week (weeks from Monday)",
        "by_outlet": "Top outlets", "by_theme": "Coverage by theme",
        "key_messages": "Key messages", "tags": "Tags", "themes": "Themes",
        "notes": "Notes", "unplaced": "Highlights whose text is no longer in the article",
        "footer": "{title} — page {n} of {m}", "footer_first": "{title} — page {n}",
        "no_theme": "No theme", "no_outlet": "(outlet unknown)", "undated": "undated",
        "photo_missing": "photo file missing", "none": "No clippings in this set.",
        "overview": "{n} clippings from {k} outlets, {first} to {last}.",
        "overview_undated": "{n} clippings from {k} outlets.",
        "default_title": "Clipping report",
    },
    "ko": {
        "clippings": "기사 수", "stories": "개 별도 기사", "period": "기간",
        "prepared": "작성일", "prepared_by": "작성자", "outlets": "매체 수",
        "summary": "요약", "contents": "목차", "articles": "기사", "cover": "표지",
        "clip_list": "기사 목록", "date": "날짜", "outlet": "매체", "title": "제목",
        "byline": "기자", "section": "면/섹션", "page": "쪽",
        "by_day": "일별 보도량", "by_week": "주별 보도량 (월요일 기준)",
        "by_outlet": "주요 매체", "by_theme": "주제별 보도량",
        "key_messages": "핵심 메시지", "tags": "태그", "themes": "주제",
        "notes": "메모", "unplaced": "본문에서 더 이상 찾을 수 없는 하이라이트",
        "footer": "{title} — {n} / {m}쪽", "footer_first": "{title} — {n}쪽",
        "no_theme": "주제 없음", "no_outlet": "(매체 미상)", "undated": "날짜 없음",
        "photo_missing": "사진 파일 없음", "none": "내보낼 기사가 없습니다.",
        "overview": "{first} ~ {last}, {k}개 매체 기사 {n}건.",
        "overview_undated": "{k}개 매체 기사 {n}건.",
        "default_title": "언론 보도 보고서",
    },
}


@dataclass
class ReportOptions:
    title: str = ""
    subtitle: str = ""
    period: str = ""  # free text; by default the theme's date range or the set's dates
    prepared_by: str = ""
    order: str = "date"  # date | outlet | theme
    include_photos: bool = True
    include_highlights: bool = True  # highlights and their notes
    one_per_page: bool = False  # else articles run on continuously
    paper: str = "A4"  # A4 | Letter
    language: str = "en"  # the report's own labels: en | ko
    prepared_on: dt.date | None = None  # default today

    def check(self) -> None:
        if self.order not in ORDERS:
            raise LibraryError(f"unknown order {self.order!r}; choose from {', '.join(ORDERS)}")
        if self.paper.upper() not in PAPERS:
            raise LibraryError(f"unknown paper {self.paper!r}; choose A4 or Letter")
        if self.language not in LABELS:
            raise LibraryError(f"unknown report language {self.language!r}; choose en or ko")


@dataclass
class ReportResult:
    path: Path
    pages: int
    clippings: int
    photos: int
    passes: int
    seconds: float
    warnings: list[str] = field(default_factory=list)


# ---- flowables -------------------------------------------------------------------------


class Anchor(Flowable):
    """Where an article (or section) starts: a link target, outline entries, a TOC page."""

    _ZEROSIZE = 1

    def __init__(self, key: str, outline: list[tuple[str, str, int]],
                 on_draw: Callable[[str, int], None] | None = None):
        super().__init__()
        self.key = key
        self.outline = outline  # (title, key, level); keys other than self.key share the spot
        self.on_draw = on_draw
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        canv = self.canv
        keys = {self.key} | {key for _, key, _ in self.outline}
        for key in keys:
            # a little above the anchor, so the viewer shows the header box's top edge
            canv.bookmarkHorizontal(key, 0, 16)
        for title, key, level in self.outline:
            canv.addOutlineEntry(title, key, level, closed=False)
        if self.on_draw is not None:
            self.on_draw(self.key, canv.getPageNumber())


@dataclass
class TocRow:
    key: str
    title: str
    detail: str  # outlet and date
    group: str | None = None  # a group heading printed before this row


class ContentsTable(IndexingFlowable):
    """The table of contents: each article's title (linked) and page number."""

    def __init__(self, rows: list[TocRow], styles: dict[str, ParagraphStyle]):
        super().__init__()
        self.rows = rows
        self.styles = styles
        self._pages: dict[str, int] = {}
        self._last_pages: dict[str, int] = {}
        self._table: Table | None = None

    def isIndexing(self) -> int:  # noqa: N802 (reportlab's name)
        return 1

    def beforeBuild(self) -> None:  # noqa: N802
        self._last_pages = self._pages
        self._pages = {}

    def isSatisfied(self) -> bool:  # noqa: N802
        return self._pages == self._last_pages

    def record(self, key: str, page: int) -> None:
        self._pages.setdefault(key, page)

    def page_of(self, key: str) -> int | None:
        return self._pages.get(key) or self._last_pages.get(key)

    def _make_table(self, width: float) -> Table:
        s = self.styles
        data: list[list[object]] = []
        style: list[tuple] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        for row in self.rows:
            if row.group is not None:
                style.append(("SPAN", (0, len(data)), (-1, len(data))))
                style.append(("TOPPADDING", (0, len(data)), (-1, len(data)), 8))
                data.append([Paragraph(markup.escape(row.group), s["toc_group"]), ""])
            page = self._last_pages.get(row.key)
            link = f'<a href="#{row.key}">'
            title = Paragraph(
                f'{link}{markup.escape(row.title)}</a><br/>'
                f'<font size="7.5" color="#5b6373">{markup.escape(row.detail)}</font>',
                s["toc_entry"],
            )
            number = Paragraph(f"{link}{page}</a>" if page else "", s["toc_page"])
            data.append([title, number])
        if not data:
            data = [["", ""]]
        return Table(data, colWidths=(width - 42, 42), style=TableStyle(style))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._table = self._make_table(availWidth)
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self._table = self._make_table(availWidth)
        return self._table.splitOn(self.canv, availWidth, availHeight)

    def drawOn(self, canvas, x, y, _sW=0) -> None:  # noqa: N802, N803
        assert self._table is not None
        self._table.drawOn(canvas, x, y, _sW)


class Photo(Image):
    """A photo that is placed but not drawn in the first pass, whose page is thrown away.

    The first pass only finds where things fall; embedding every photo twice doubled the
    time spent on images.
    """

    def __init__(self, *args: object, doc_passes: Callable[[], int], **kw: object):
        super().__init__(*args, **kw)
        self._doc_passes = doc_passes

    def draw(self) -> None:
        if self._doc_passes() > 1:
            super().draw()


class Scrap(Photo):
    """A cut image with a hairline frame, as a paper scrap pasted on the page shows
    its edge (the cut's white margins would otherwise melt into the page)."""

    def draw(self) -> None:
        super().draw()
        if self._doc_passes() > 1:
            canv = self.canv
            canv.saveState()
            canv.setStrokeColor(SCRAP_EDGE)
            canv.setLineWidth(0.6)
            canv.rect(getattr(self, "_offs_x", 0), getattr(self, "_offs_y", 0),
                      self.drawWidth, self.drawHeight)
            canv.restoreState()


class ReportDoc(BaseDocTemplate):
    """A document that also repeats its passes until the footers know the page count."""

    def __init__(self, filename: str, footer: Callable[[object, int, int | None], None],
                 **kw: object):
        super().__init__(filename, **kw)
        self._footer = footer
        self.page_total: int | None = None  # from the previous pass
        self._pages_this_pass = 0
        self.passes = 0
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._on_page)])

    def beforeDocument(self) -> None:  # noqa: N802
        self.passes += 1
        self._pages_this_pass = 0

    def _on_page(self, canv, doc) -> None:
        n = canv.getPageNumber()
        self._pages_this_pass = max(self._pages_this_pass, n)
        self._footer(canv, n, self.page_total)

    def _allSatisfied(self) -> bool:  # noqa: N802 (reportlab's hook)
        happy = super()._allSatisfied()
        counted = self._pages_this_pass
        same = counted == self.page_total
        self.page_total = counted
        return bool(happy and same)


# ---- the report ------------------------------------------------------------------------


class ReportBuilder:
    def __init__(self, library: Library, export_set: ExportSet, options: ReportOptions,
                 progress: Progress | None = None, cancelled: Cancelled | None = None):
        options.check()
        self.library = library
        self.set = export_set
        self.options = options
        self.labels = LABELS[options.language]
        self.progress = progress
        self.cancelled = cancelled
        self.regular, self.bold = register_fonts()
        self.pagesize = PAPERS[options.paper.upper()]
        self.margins = (18 * mm, 18 * mm, 16 * mm, 20 * mm)  # left, right, top, bottom
        self.frame_width = self.pagesize[0] - self.margins[0] - self.margins[1]
        self.frame_height = self.pagesize[1] - self.margins[2] - self.margins[3]
        self.title = options.title.strip() or (
            export_set.label if export_set.kind in ("theme", "tag", "saved") and export_set.label
            else self.labels["default_title"]
        )
        self.styles = self._styles()
        self.theme_colours = theme_colours(library)
        self.photos = 0
        self.warnings: list[str] = []
        self.toc: ContentsTable | None = None
        self._drawn = 0
        self._total = 0

    # ---- styles

    def _styles(self) -> dict[str, ParagraphStyle]:
        r, b = self.regular, self.bold
        base = ParagraphStyle("base", fontName=r, bulletFontName=r, fontSize=9.5, leading=15,
                              textColor=INK)
        # wordWrap stays None (break at spaces): reportlab's 'CJK' mode breaks anywhere,
        # which splits Korean words; Korean puts spaces between words, so this keeps
        # every word whole.
        def s(name: str, **kw: object) -> ParagraphStyle:
            return ParagraphStyle(name, parent=base, **kw)

        return {
            "base": base,
            "body": s("body", fontSize=10, leading=16.5, alignment=TA_JUSTIFY, spaceAfter=7),
            "subheading": s("subheading", fontName=b, fontSize=11.5, leading=16, spaceBefore=6,
                            spaceAfter=5, keepWithNext=1),
            "article_title": s("article_title", fontName=b, fontSize=16, leading=21,
                               spaceBefore=8, spaceAfter=8),
            "meta": s("meta", fontSize=8.5, leading=12.5, textColor=MUTED),
            "meta_strong": s("meta_strong", fontName=b, fontSize=10, leading=14),
            "url": s("url", fontSize=8, leading=11.5, textColor=colors.HexColor("#1a56b0"),
                     uriWasteReduce=0.3),
            "caption": s("caption", fontSize=8.5, leading=12.5, textColor=MUTED, spaceAfter=9),
            "note": s("note", fontSize=8.5, leading=12.5, textColor=INK),
            "chips": s("chips", fontSize=8.5, leading=13, textColor=MUTED, spaceBefore=6),
            "cover_title": s("cover_title", fontName=b, fontSize=26, leading=33, spaceAfter=8),
            "cover_subtitle": s("cover_subtitle", fontSize=14, leading=20, textColor=MUTED,
                                spaceAfter=14),
            "cover_text": s("cover_text", fontSize=10.5, leading=17),
            "cover_label": s("cover_label", fontName=b, fontSize=9, leading=14, textColor=MUTED),
            "h1": s("h1", fontName=b, fontSize=16, leading=22, spaceAfter=8),
            "h2": s("h2", fontName=b, fontSize=11.5, leading=16, spaceBefore=10, spaceAfter=5),
            "cell": s("cell", fontSize=7.5, leading=10.5),
            "cell_head": s("cell_head", fontName=b, fontSize=7.5, leading=10.5,
                           textColor=colors.white),
            "toc_entry": s("toc_entry", fontSize=9.5, leading=13.5),
            "toc_page": s("toc_page", fontSize=9.5, leading=13.5, alignment=TA_RIGHT),
            "toc_group": s("toc_group", fontName=b, fontSize=10.5, leading=14,
                           textColor=MUTED),
            "centre": s("centre", alignment=TA_CENTER),
            "left": s("left", alignment=TA_LEFT),
        }

    # ---- loading and ordering

    def _load(self) -> list[Clipping]:
        clippings: list[Clipping] = []
        for n, cid in enumerate(self.set.ids):
            self._check_cancel()
            clipping = self.library.get(cid)
            if clipping is None:
                self.warnings.append(f"clipping {cid} no longer exists; left out")
                continue
            clippings.append(clipping)
            if self.progress and n % 25 == 0:
                self.progress(0, max(1, len(self.set.ids)), "reading clippings")
        return self._ordered(clippings)

    def group_of(self, c: Clipping) -> str | None:
        if self.options.order == "outlet":
            return c.outlet or self.labels["no_outlet"]
        if self.options.order == "theme":
            if self.set.kind == "theme" and self.set.label in c.themes:
                return self.set.label
            return c.themes[0] if c.themes else None
        return None

    def _ordered(self, clippings: list[Clipping]) -> list[Clipping]:
        def by_date(c: Clipping) -> tuple:
            return (c.published is None, c.published or dt.date.min, c.id)

        if self.options.order == "outlet":
            return sorted(clippings, key=lambda c: (not c.outlet, c.outlet.casefold(),
                                                    *by_date(c)))
        if self.options.order == "theme":
            def theme_key(c: Clipping) -> tuple:
                group = self.group_of(c)
                return (group is None, (group or "").casefold(), *by_date(c))

            return sorted(clippings, key=theme_key)
        return sorted(clippings, key=by_date)

    # ---- building

    def build(self, path: Path) -> ReportResult:
        started = time.perf_counter()
        path = Path(path)
        clippings = self._load()
        self._total = len(clippings)
        story = self._story(clippings)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = export_temp(path.parent, ".report-", ".pdf")
        os.close(fd)
        left, right, top, bottom = self.margins
        doc = ReportDoc(
            tmp, self._draw_footer, pagesize=self.pagesize, leftMargin=left,
            rightMargin=right, topMargin=top, bottomMargin=bottom,
            title=printable(self.title), author=printable(self.options.prepared_by),
            subject=printable(self.options.subtitle), creator="Clipper",
            lang="ko" if self.options.language == "ko" else "en",
        )
        self.doc = doc
        try:
            doc.multiBuild(story, maxPasses=6)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        if self.progress:
            self.progress(self._total, self._total, "done")
        return ReportResult(
            path=path, pages=doc.page_total or 0, clippings=len(clippings), photos=self.photos,
            passes=doc.passes, seconds=time.perf_counter() - started, warnings=self.warnings,
        )

    def _check_cancel(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise OperationCancelled("report cancelled")

    def _article_drawn(self, key: str, page: int) -> None:
        assert self.toc is not None
        self.toc.record(key, page)
        self._check_cancel()
        if self.progress and self._total:
            self._drawn += 1
            done = min(self._drawn, 2 * self._total)
            self.progress(done, 2 * self._total, f"laying out articles (pass {self.doc.passes})")

    def _draw_footer(self, canv, page: int, total: int | None) -> None:
        canv.saveState()
        width, _ = self.pagesize
        left, right, _, bottom = self.margins
        template = self.labels["footer"] if total else self.labels["footer_first"]
        title = printable(self.title)
        text = template.format(title=title, n=page, m=total)
        size = 7.5
        # Shorten a long title rather than run the footer off the page.
        while stringWidth(text, self.regular, size) > width - left - right and len(title) > 8:
            title = title[:-2]
            text = template.format(title=title + "…", n=page, m=total)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(left, bottom - 8 * mm + 10, width - right, bottom - 8 * mm + 10)
        canv.setFont(self.regular, size)
        canv.setFillColor(MUTED)
        canv.drawCentredString(width / 2, bottom - 8 * mm, text)
        canv.restoreState()

    def _story(self, clippings: list[Clipping]) -> list[Flowable]:
        story: list[Flowable] = []
        story += self._cover(clippings)
        story.append(PageBreak())
        story += self._summary(clippings)
        story.append(PageBreak())
        story += self._contents(clippings)
        for n, clipping in enumerate(clippings):
            self._check_cancel()
            story += self._article(clipping, first=n == 0, group=self._group_start(clippings, n))
        return story

    def _group_start(self, clippings: list[Clipping], n: int) -> str | None:
        group = self.group_of(clippings[n])
        if self.options.order == "date":
            return None
        if n == 0 or self.group_of(clippings[n - 1]) != group:
            return group if group is not None else self.labels["no_theme"]
        return None

    # ---- cover

    def period_text(self, clippings: list[Clipping]) -> str:
        if self.options.period.strip():
            return self.options.period.strip()
        theme = self.set.theme
        if theme and (theme.date_from or theme.date_to):
            return f"{_iso(theme.date_from)} – {_iso(theme.date_to)}".strip(" –")
        dates = [c.published for c in clippings if c.published]
        if not dates:
            return ""
        return f"{min(dates).isoformat()} – {max(dates).isoformat()}"

    def _cover(self, clippings: list[Clipping]) -> list[Flowable]:
        s, lab = self.styles, self.labels
        accent = markup.colour(self.set.theme.colour if self.set.theme else ACCENT, ACCENT)
        out: list[Flowable] = [
            Anchor("cover", [(lab["cover"], "cover", 0)]),
            HRFlowable(width="100%", thickness=6, color=colors.HexColor(accent),
                       spaceAfter=40 * mm * 0.5),
            Spacer(1, 18 * mm),
            Paragraph(markup.escape(self.title), s["cover_title"]),
        ]
        if self.options.subtitle.strip():
            out.append(Paragraph(markup.escape(self.options.subtitle), s["cover_subtitle"]))
        theme: Theme | None = self.set.theme
        if theme and theme.description.strip():
            out.append(Paragraph(markup.escape(theme.description), s["cover_text"]))
            out.append(Spacer(1, 8))
        if theme and theme.key_messages:
            out.append(Paragraph(markup.escape(lab["key_messages"]), s["cover_label"]))
            for message in theme.key_messages:
                out.append(Paragraph(markup.escape(message), s["cover_text"], bulletText="•"))
            out.append(Spacer(1, 8))
        count = str(len(clippings))
        stories = coverage.story_count(self.library, [c.id for c in clippings])
        if stories is not None and stories != len(clippings):
            count += f" ({stories} {lab['stories']})"
        outlets = len({c.outlet.casefold() for c in clippings if c.outlet})
        rows = [
            (lab["period"], self.period_text(clippings)),
            (lab["clippings"], count),
            (lab["outlets"], str(outlets)),
            (lab["prepared"], (self.options.prepared_on or dt.date.today()).isoformat()),
            (lab["prepared_by"], self.options.prepared_by.strip()),
        ]
        data = [
            [Paragraph(markup.escape(k), s["cover_label"]),
             Paragraph(markup.escape(v), s["cover_text"])]
            for k, v in rows if v
        ]
        out.append(Spacer(1, 10 * mm))
        out.append(Table(data, colWidths=(38 * mm, self.frame_width - 38 * mm), hAlign="LEFT",
                         style=TableStyle([
                             ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE),
                             ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                             ("TOPPADDING", (0, 0), (-1, -1), 5),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0),
                         ])))
        return out

    # ---- summary

    def _summary(self, clippings: list[Clipping]) -> list[Flowable]:
        s, lab = self.styles, self.labels
        ids = [c.id for c in clippings]
        cov = coverage.coverage(self.library, ids)
        out: list[Flowable] = [
            Anchor("summary", [(lab["summary"], "summary", 0)]),
            Paragraph(markup.escape(lab["summary"]), s["h1"]),
        ]
        if not clippings:
            out.append(Paragraph(markup.escape(lab["none"]), s["base"]))
            return out
        outlets = len(cov.by_outlet)
        if cov.first and cov.last:
            text = lab["overview"].format(n=cov.total, k=outlets, first=cov.first.isoformat(),
                                          last=cov.last.isoformat())
        else:
            text = lab["overview_undated"].format(n=cov.total, k=outlets)
        if cov.undated and cov.first:
            text += f" ({cov.undated} {lab['undated']})"
        out.append(Paragraph(markup.escape(text), s["base"]))
        out.append(Spacer(1, 8))
        if cov.by_day:
            out.append(charts.day_chart(cov.by_day, self.frame_width, 150, lab["by_day"],
                                        lab["by_week"]))
            out.append(Spacer(1, 8))
        top = [(name or lab["no_outlet"], n, None) for name, n in cov.by_outlet[:10]]
        themes = [(name, n, markup.colour(col, ACCENT)) for name, n, col in cov.by_theme[:10]]
        if len(themes) >= 2:
            half = (self.frame_width - 12) / 2
            out.append(Table(
                [[charts.ranking_chart(top, half, lab["by_outlet"], 14),
                  charts.ranking_chart(themes, half, lab["by_theme"], 14)]],
                colWidths=(half + 12, half), hAlign="LEFT",
                style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)]),
            ))
        else:
            out.append(charts.ranking_chart(top, self.frame_width, lab["by_outlet"]))
        out.append(Spacer(1, 6))
        out.append(Paragraph(markup.escape(lab["clip_list"]), s["h2"]))
        out.append(self._clip_list(clippings))
        return out

    def _clip_list(self, clippings: list[Clipping]) -> Table:
        s, lab = self.styles, self.labels
        head = [Paragraph(markup.escape(lab[k]), s["cell_head"])
                for k in ("date", "outlet", "title", "byline", "section")]
        data: list[list[object]] = [head]
        for c in clippings:
            data.append([
                Paragraph(_iso(c.published), s["cell"]),
                Paragraph(markup.escape(c.outlet), s["cell"]),
                Paragraph(f'<a href="#{_key(c)}" color="#1a56b0">'
                          f"{markup.escape(c.title or '—')}</a>", s["cell"]),
                Paragraph(markup.escape(c.byline), s["cell"]),
                Paragraph(markup.escape(c.section), s["cell"]),
            ])
        w = self.frame_width
        widths = (60, 70, w - 60 - 70 - 78 - 56, 78, 56)
        return Table(data, colWidths=widths, repeatRows=1, style=TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#3b4252")),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, PANEL]),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]))

    # ---- contents

    def _contents(self, clippings: list[Clipping]) -> list[Flowable]:
        s, lab = self.styles, self.labels
        rows: list[TocRow] = []
        for n, c in enumerate(clippings):
            detail = " · ".join(x for x in (c.outlet, _iso(c.published)) if x)
            rows.append(TocRow(_key(c), c.title or "—", detail,
                               group=self._group_start(clippings, n)))
        self.toc = ContentsTable(rows, s)
        return [
            Anchor("contents", [(lab["contents"], "contents", 0)]),
            Paragraph(markup.escape(lab["contents"]), s["h1"]),
            self.toc,
        ]

    # ---- articles

    def _article(self, c: Clipping, first: bool, group: str | None) -> list[Flowable]:
        s, lab = self.styles, self.labels
        key = _key(c)
        outline: list[tuple[str, str, int]] = []
        grouped = self.options.order != "date"
        if first:
            outline.append((lab["articles"], "articles", 0))
        if group is not None:
            outline.append((printable(group), f"group-{key}", 1))
        outline.append((printable(c.title or "—"), key, 2 if grouped else 1))
        out: list[Flowable] = self._article_break(first)
        head: list[Flowable] = [Anchor(key, outline, self._article_drawn), self._header_box(c),
                                Paragraph(markup.escape(c.title or "—"), s["article_title"])]
        cut = self._cuts(c)  # a print clipping (issue 16): its cut image is the clipping
        if cut is not None:
            # The header stays with the first cut, as a label pasted above the scrap.
            return out + [KeepTogether(head + cut[:1])] + cut[1:] + [self._chips(c)]
        out.append(KeepTogether(head))
        # Note markers run [1], [2], ... in reading order: each photo where it stood in
        # the article (after the block it followed; unknown places on top, past the
        # body at its end), each body note where its highlight ends.
        number = 0
        photos: dict[int, list[StoredPhoto]] = (
            photos_by_place(c) if self.options.include_photos else {})
        for photo in photos.get(0, []):
            flowables, number = self._photo(c, photo, number)
            out += flowables
        placed, lost = [], []
        if self.options.include_highlights:
            placed, lost = markup.place(
                c.body_text(), [a for a in c.annotations if a.target == "body"])
        noted = [p for p in placed if p.annotation.note.strip()]
        for i, ((start, end), block) in enumerate(
                zip(markup.block_spans(c.body), c.body, strict=True)):
            style = s["subheading"] if block.kind == "subheading" else s["body"]
            for p in noted:
                if p.marker is None and p.start < end + 1:
                    number += 1
                    p.marker = number
            if block.text.strip():
                out.append(Paragraph(markup.highlighted(block.text, placed, start), style))
                for p in placed:
                    if p.marker is not None and markup.ends_in(p, start, end):
                        out.append(self._note(p.marker, p.annotation))
            for photo in photos.get(i + 1, []):
                flowables, number = self._photo(c, photo, number)
                out += flowables
        if lost:
            out.append(Paragraph(markup.escape(lab["unplaced"]), s["h2"]))
            for a in lost:
                out.append(self._note(None, a, quote=True))
        out.append(self._chips(c))
        return out

    def _article_break(self, first: bool) -> list[Flowable]:
        """What comes before an article: a new page, or a rule and a new page only when
        little room is left. (The daily report adds its section headings here.)"""
        if self.options.one_per_page or first:
            return [PageBreak()]
        # The rule closes the previous article, so it never heads a fresh page.
        return [HRFlowable(width="100%", thickness=1.2, color=RULE, spaceBefore=10,
                           spaceAfter=14),
                CondPageBreak(0.28 * self.frame_height)]

    def _header_box(self, c: Clipping) -> Table:
        s, lab = self.styles, self.labels
        first_line = " · ".join(
            markup.escape(x) for x in (_iso(c.published), c.section) if x
        )
        lines = [Paragraph(f"{markup.escape(c.outlet or lab['no_outlet'])}", s["meta_strong"])]
        if first_line:
            lines.append(Paragraph(first_line, s["meta"]))
        if c.byline.strip():
            lines.append(Paragraph(markup.escape(c.byline), s["meta"]))
        if c.url and is_web_address(c.url):
            lines.append(Paragraph(
                f'<a href="{markup.attr(c.url)}">{markup.escape(c.url)}</a>', s["url"]))
        elif c.url:
            # Stored before addresses were checked: shown, never a live link (javascript:).
            lines.append(Paragraph(markup.escape(c.url), s["meta"]))
        # The set's own theme first, so a theme report's boxes all wear its colour.
        themes = sorted(c.themes, key=lambda t: t != self.set.label)
        colour = next((self.theme_colours[t] for t in themes if t in self.theme_colours),
                      ACCENT)
        return Table([[lines]], colWidths=(self.frame_width,), style=TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), PANEL),
            ("LINEBEFORE", (0, 0), (0, -1), 3, colors.HexColor(markup.colour(colour, ACCENT))),
            ("LEFTPADDING", (0, 0), (-1, -1), 9),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ]))

    def _photo(self, c: Clipping, photo: StoredPhoto, number: int) -> tuple[list[Flowable], int]:
        """A photo and its caption kept together on one page; and the last note marker."""
        s, lab = self.styles, self.labels
        parts: list[Flowable] = []
        size = self._photo_size(photo)
        if size is not None:
            path, w, h = size
            # lazy=2: open the file when drawn, then let go, so 500 decoded photos are
            # never held at once.
            image = Photo(str(path), width=w, height=h, hAlign="CENTER", mask="auto", lazy=2,
                          doc_passes=lambda: self.doc.passes)
            parts.append(image)
            parts.append(Spacer(1, 4))
            self.photos += 1
        caption = photo.caption
        target = f"photo:{photo.position}"
        annotations = [a for a in c.annotations if a.target == target]
        placed: list = []
        lost: list[Annotation] = []
        if self.options.include_highlights and annotations:
            placed, lost = markup.place(caption, annotations)
            for p in placed:
                if p.annotation.note.strip():
                    number += 1
                    p.marker = number
        text = markup.highlighted(caption, placed) if caption else ""
        if photo.credit.strip():
            text += f' <font color="#8a919e">{markup.escape(photo.credit)}</font>'
        if size is None and photo.image:
            text += f' <font color="#b04a4a">({markup.escape(lab["photo_missing"])})</font>'
        if text.strip():
            parts.append(Paragraph(text.strip(), s["caption"]))
        for p in placed:
            if p.marker is not None:
                parts.append(self._note(p.marker, p.annotation))
        for a in lost:
            parts.append(self._note(None, a, quote=True))
        if not parts:
            return [], number
        return [KeepTogether(parts)], number

    def _cuts(self, c: Clipping) -> list[Flowable] | None:
        """The cut image(s) of a print clipping at their paper size (scaled down to fit,
        never up), then the notes made on its text; None for a clipping without cuts
        or whose cut files are all gone (its text is printed instead). See export/cuts."""
        images = cuts.cut_images(self.library, c, self.warnings) if c.cuts else []
        if not images:
            return None
        out: list[Flowable] = []
        frame = (self.frame_width, self.frame_height * CUT_MAX_HEIGHT)
        for image in images:
            w, h = cuts.fit_points(image, frame)
            out.append(Scrap(str(image.path), width=w, height=h, hAlign="CENTER",
                             mask="auto", lazy=2, doc_passes=lambda: self.doc.passes))
            out.append(Spacer(1, 6))
            self.photos += 1
        if self.options.include_highlights:
            for a in c.annotations:
                if a.target == "body":
                    out.append(self._note(None, a, quote=True))
        return out

    def _photo_size(self, photo: StoredPhoto) -> tuple[Path, float, float] | None:
        found = photo_image(self.library, photo, self.warnings)
        if found is None:
            return None
        path, width, height = found
        natural_w, natural_h = width * POINTS_PER_PIXEL, height * POINTS_PER_PIXEL
        scale = min(1.0, self.frame_width / natural_w,
                    self.frame_height * PHOTO_MAX_HEIGHT / natural_h)
        return path, natural_w * scale, natural_h * scale

    def _note(self, marker: int | None, a: Annotation, quote: bool = False) -> Table:
        s = self.styles
        text = ""
        if marker is not None:
            text += f'<font name="{self.bold}" color="#8a6d00">[{marker}]</font> '
        if quote or not a.note.strip():
            text += f'<font color="#5b6373">“{markup.escape(a.quote)}”</font>'
            if a.note.strip():
                text += " — "
        text += markup.escape(a.note)
        bar = colors.HexColor(markup.colour(a.colour))
        return Table([[Paragraph(text, s["note"])]], colWidths=(self.frame_width - 24,),
                     hAlign="RIGHT", style=TableStyle([
                         ("LINEBEFORE", (0, 0), (0, -1), 3, bar),
                         ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fbfaf3")),
                         ("LEFTPADDING", (0, 0), (-1, -1), 7),
                         ("TOPPADDING", (0, 0), (-1, -1), 3),
                         ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                     ]), spaceAfter=7)

    def _chips(self, c: Clipping) -> Paragraph:
        lab = self.labels
        parts: list[str] = []
        if c.themes:
            chips = " ".join(
                f'<font color="{markup.colour(self.theme_colours.get(t), ACCENT)}">■</font> '
                f"{markup.escape(t)}" for t in c.themes
            )
            parts.append(f'<font name="{self.bold}">{markup.escape(lab["themes"])}</font>: {chips}')
        if c.tags:
            tags = ", ".join(f"#{markup.escape(t)}" for t in c.tags)
            parts.append(f'<font name="{self.bold}">{markup.escape(lab["tags"])}</font>: {tags}')
        return Paragraph("&nbsp;&nbsp;&nbsp;".join(parts), self.styles["chips"])


def _key(c: Clipping) -> str:
    return f"clip-{c.id}"


def _iso(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def build_report(library: Library, export_set: ExportSet, path: Path | str,
                 options: ReportOptions | None = None, progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> ReportResult:
    """Write the PDF report for `export_set` to `path` (atomically: all or nothing)."""
    builder = ReportBuilder(library, export_set, options or ReportOptions(), progress, cancelled)
    return builder.build(Path(path))
