"""The daily report as PDF: the generic report's layout (reportlab), with the daily cover,
the index table, section headings and the 언론사 · 날짜 · 면 · 기자 header band.

Built on `report.ReportBuilder`: articles (photos where they stood, highlights and their
notes), footers with page counts, fonts and the two-pass build are the generic report's;
this module only replaces what a morning report prints differently.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer, Table
from reportlab.platypus import TableStyle as TStyle
from reportlab.platypus.flowables import HRFlowable

from clipper.domain import Clipping
from clipper.export import markup
from clipper.export.daily import DailyItem, DailyReport, DailyResult, response_text
from clipper.export.report import (
    ACCENT,
    PANEL,
    RULE,
    Anchor,
    ContentsTable,
    ReportBuilder,
    ReportOptions,
)
from clipper.export.selection import ExportSet
from clipper.progress import Cancelled, Progress
from clipper.store.library import Library

CRITICAL = colors.HexColor("#c0392b")
HEAD = colors.HexColor("#3b4252")
# Index column widths as shares of the frame; the title takes what is left.
WIDTHS = {"number": 0.06, "section": 0.13, "outlet": 0.13, "page": 0.07, "tone": 0.1,
          "category": 0.1, "byline": 0.1, "date": 0.11}


class DailyPdfBuilder(ReportBuilder):
    def __init__(self, library: Library, report: DailyReport,
                 progress: Progress | None = None, cancelled: Cancelled | None = None):
        layout = report.layout
        options = ReportOptions(
            title=f"{layout.title} {report.date_line}".strip(), order="theme",
            include_photos=layout.photos, include_highlights=layout.highlights,
            one_per_page=layout.one_per_page, language="ko", prepared_by=layout.office,
        )
        ids = [item.clipping.id for item in report.items]
        super().__init__(library, ExportSet(ids, "ids", layout.title), options, progress,
                         cancelled)
        self.report = report
        self.items = {item.clipping.id: item for item in report.items}
        self._section_heading: str | None = None
        self.toc = ContentsTable([], self.styles)  # pages are recorded; no contents page

    # ---- what the generic builder asks for

    def _load(self) -> list[Clipping]:
        return [item.clipping for item in self.report.items]

    def _story(self, clippings: list[Clipping]) -> list[Flowable]:
        story: list[Flowable] = self._daily_cover()
        first = True
        for section in self.report.sections:
            self._section_heading = section.name
            for item in section.items:
                self._check_cancel()
                story += self._article(item.clipping, first=first, group=self._section_heading)
                first = False
                self._section_heading = None
        return story

    def _article_break(self, first: bool) -> list[Flowable]:
        """A section starts on a new page under its heading; its clippings follow."""
        heading = self._section_heading
        if heading is None:
            return super()._article_break(first)
        return [PageBreak(),
                Paragraph(markup.escape(heading), self.styles["h1"]),
                HRFlowable(width="100%", thickness=2, color=colors.HexColor(ACCENT),
                           spaceAfter=10)]

    def _header_box(self, c: Clipping) -> Table:
        """The band: 언론사 · 날짜 · 면 · 기자 (and position, tone); critical items in red
        with their response status."""
        s = self.styles
        item: DailyItem = self.items[c.id]
        where = " ".join(x for x in (c.edition or "", f"{item.page_text}면"
                                     if item.page_text else "", c.position or "") if x)
        parts = [c.outlet or "(매체 미상)", _date(c.published), where, c.byline]
        band = " · ".join(markup.escape(p) for p in parts if p and p.strip())
        lines = [Paragraph(f'<font name="{self.bold}">{band}</font>', s["meta_strong"])]
        facts = [f"{item.number}. {item.section}", item.category]
        if item.tone:
            facts.append(f"논조: {item.tone}")
        lines.append(Paragraph(markup.escape(" · ".join(facts)), s["meta"]))
        bar = colors.HexColor(ACCENT)
        if item.critical:
            bar = CRITICAL
            lines.append(Paragraph(
                f'<font color="#c0392b" name="{self.bold}">■ '
                f"{markup.escape(response_text(item.response))}</font>", s["meta"]))
        if c.url:
            lines.append(Paragraph(markup.escape(c.url), s["url"]))
        return Table([[lines]], colWidths=(self.frame_width,), style=TStyle([
            ("BACKGROUND", (0, 0), (-1, -1), PANEL),
            ("LINEBEFORE", (0, 0), (0, -1), 4, bar),
            ("LEFTPADDING", (0, 0), (-1, -1), 9),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ]))

    # ---- cover and index

    def _daily_cover(self) -> list[Flowable]:
        s, report, layout = self.styles, self.report, self.report.layout
        out: list[Flowable] = [Anchor("cover", [("표지", "cover", 0)])]
        if layout.office.strip():
            out.append(Paragraph(markup.escape(layout.office), s["cover_subtitle"]))
        out += [
            Paragraph(markup.escape(layout.title), s["cover_title"]),
            Paragraph(markup.escape(report.date_line), s["cover_subtitle"]),
            HRFlowable(width="100%", thickness=3, color=colors.HexColor(ACCENT),
                       spaceAfter=8),
            Paragraph(markup.escape(f"총 {report.total}건"), s["h2"]),
            self._counts_table(),
            Spacer(1, 6 * mm),
            CondPageBreak(40 * mm),
            Anchor("index", [("목록", "index", 0)]),
            Paragraph("목록", s["h2"]),
            self._index_table(),
        ]
        if report.pickups is not None:  # issue 18
            out += self._pickup_section()
        return out

    # ---- the day's press releases and their pickup (issue 18) ---------------------------

    def _pickup_section(self) -> list[Flowable]:
        from clipper.export import daily_pickups

        s, section = self.styles, self.report.pickups
        rows = section.table_rows()
        data: list[list[object]] = [[Paragraph(markup.escape(h), s["cell_head"])
                                     for h in rows[0]]]
        for values in rows[1:]:
            cells: list[object] = []
            for column, text in enumerate(values):
                title, _sep, details = text.partition("\n")
                shown = markup.escape(title)
                if column == 1:
                    shown = f'<font name="{self.bold}">{shown}</font>'
                if details:
                    shown += f'<br/><font size="7" color="#5b6373">{markup.escape(details)}</font>'
                cells.append(Paragraph(shown, s["cell"]))
            data.append(cells)
        table = Table(data, colWidths=[self.frame_width * w for w in daily_pickups.WIDTHS],
                      repeatRows=1, style=TStyle([
                          ("BACKGROUND", (0, 0), (-1, 0), HEAD),
                          ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, PANEL]),
                          ("VALIGN", (0, 0), (-1, -1), "TOP"),
                          ("GRID", (0, 0), (-1, -1), 0.25, RULE),
                          ("TOPPADDING", (0, 0), (-1, -1), 3),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                      ]))
        return [Spacer(1, 6 * mm), CondPageBreak(40 * mm),
                Anchor("pickups", [(daily_pickups.TITLE, "pickups", 0)]),
                Paragraph(markup.escape(daily_pickups.TITLE), s["h2"]),
                Paragraph(markup.escape(section.summary()), s["meta"]),
                Spacer(1, 2 * mm), table]

    def _counts_table(self) -> Table:
        s, report = self.styles, self.report
        rows: list[list[object]] = []
        for label, pairs in report.summary_rows():
            text = "   ".join(f"{markup.escape(n)} <b>{k}</b>" for n, k in pairs)
            rows.append([Paragraph(label, s["cover_label"]), Paragraph(text, s["base"])])
        return Table(rows, colWidths=(22 * mm, self.frame_width - 22 * mm), hAlign="LEFT",
                     style=TStyle([
                         ("VALIGN", (0, 0), (-1, -1), "TOP"),
                         ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                         ("LEFTPADDING", (0, 0), (-1, -1), 0),
                         ("TOPPADDING", (0, 0), (-1, -1), 4),
                         ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                     ]))

    def _index_table(self) -> Table:
        s, report = self.styles, self.report
        columns = report.layout.columns
        rows = report.index_rows()
        data: list[list[object]] = [[Paragraph(markup.escape(h), s["cell_head"])
                                     for h in rows[0]]]
        style: list[tuple] = [
            ("BACKGROUND", (0, 0), (-1, 0), HEAD),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, PANEL]),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("GRID", (0, 0), (-1, -1), 0.25, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        for n, (item, row) in enumerate(zip(report.items, rows[1:], strict=True), start=1):
            cells: list[object] = []
            for column, text in zip(columns, row, strict=True):
                markup_text = markup.escape(text)
                if column == "title":
                    markup_text = f'<a href="#clip-{item.clipping.id}">{markup_text}</a>'
                if column == "tone" and item.critical:
                    markup_text = f'<font color="#c0392b">{markup_text}</font>'
                cells.append(Paragraph(markup_text, s["cell"]))
            data.append(cells)
            if item.critical:
                style.append(("TEXTCOLOR", (0, n), (-1, n), CRITICAL))
        fixed = sum(WIDTHS.get(c, 0) for c in columns if c != "title")
        widths = [self.frame_width * WIDTHS[c] if c != "title" else 0 for c in columns]
        if "title" in columns:
            widths[columns.index("title")] = self.frame_width * (1 - fixed)
        else:
            widths = [w / fixed * self.frame_width for w in widths]
        return Table(data, colWidths=widths, repeatRows=1, style=TStyle(style))


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def write_daily_pdf(library: Library, report: DailyReport, path: Path,
                    progress: Progress | None = None,
                    cancelled: Cancelled | None = None) -> DailyResult:
    """Write the daily report as PDF, atomically (a cancelled or failed one leaves none)."""
    built = DailyPdfBuilder(library, report, progress, cancelled).build(Path(path))
    return DailyResult(built.path, "pdf", built.clippings, len(report.sections), built.photos,
                       built.pages, built.seconds, [*report.warnings, *built.warnings])

