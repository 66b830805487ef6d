"""The daily report as HWPX (Hancom's OWPML, the format Korean government offices file),
written with python-hwpx.

python-hwpx was chosen after trying the PyPI candidates: it writes paragraphs with styled
runs (bold, size, colour, highlight), tables with cell shading and column widths, embedded
pictures, page breaks, footers and page numbers, and reads its files back (text, tables,
images); its authors measure that Hancom Office opens what it writes. The package named
`hwpx` on PyPI is a 3 KB placeholder with no writer. The text is set in the document's
default faces (함초롬돋움/바탕), which Hangul ships, so Korean needs no font of ours.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image as PILImage

from clipper.export import cuts, markup
from clipper.export.article_parts import (
    ArticleParts,
    BlockPart,
    CutPart,
    Note,
    PhotoPart,
    article_parts,
)
from clipper.export.daily import DailyItem, DailyReport, DailyResult, response_text
from clipper.export.daily_writer import DailyWriter
from clipper.progress import Cancelled, Progress
from clipper.store.library import Library

FRAME_MM = 170.0  # A4 less the margins set below
PHOTO_MAX_MM = 110.0
CUT_MAX_MM = 215.0  # a cut (issue 16) may take most of the page under its header band
SCRAP_EDGE = "#9AA0A6"  # the hairline around a cut image (HWPUNIT width 57: 0.2 mm)
MM_PER_PIXEL = 25.4 / 96
HWPUNIT_PER_MM = 7200 / 25.4
CRITICAL = "#C0392B"
ACCENT = "#4A7BD0"
PANEL = "#F2F4F7"
CRITICAL_PANEL = "#FBE9E7"
HEAD = "#3B4252"
MUTED = "#5B6373"
MARKER = "#8A6D00"
WEIGHTS = {"number": 6, "section": 13, "outlet": 13, "page": 7, "tone": 10,
           "category": 10, "byline": 10, "date": 11}


def _open_new():
    from hwpx import HwpxDocument

    return HwpxDocument.new()


class DailyHwpxWriter(DailyWriter):
    suffix = "hwpx"

    def __init__(self, library: Library, report: DailyReport,
                 progress: Progress | None = None, cancelled: Cancelled | None = None):
        super().__init__(library, report, progress, cancelled)
        self.doc = _open_new()
        self._frame = round(FRAME_MM * HWPUNIT_PER_MM)  # tables run the text's full width
        # Paragraph formats are applied at the end, one call per distinct format: each
        # call costs milliseconds whatever it formats (1,000 clippings make ~6,000).
        self._formats: dict[tuple, list] = {}

    def _section_heading(self, name: str) -> None:
        heading = self._paragraph()
        heading.add_run(markup.xml_safe(name), bold=True, size=16)
        self._format(heading, page_break_before=True, spacing_after_pt=8)

    def _finish(self) -> None:
        self._apply_formats()

    def _save(self, path: str | Path) -> None:
        self.doc.save_to_path(path)

    # ---- set-up and cover

    def _format(self, paragraph, **kw: object) -> None:
        self._formats.setdefault(tuple(sorted(kw.items())), []).append(paragraph)

    def _apply_formats(self) -> None:
        """Each format is made once, on the first paragraph of those that start from the
        same paragraph property; the others take the property it got (python-hwpx looks
        for a matching property per paragraph, a millisecond each)."""
        for key, paragraphs in self._formats.items():
            by_base: dict[object, list] = {}
            for paragraph in paragraphs:
                by_base.setdefault(paragraph.para_pr_id_ref, []).append(paragraph)
            for group in by_base.values():
                self.doc.styles.apply_paragraph_format(paragraphs=group[:1], **dict(key))
                made = group[0].para_pr_id_ref
                for paragraph in group[1:]:
                    paragraph.para_pr_id_ref = made
        self._formats.clear()

    def _setup(self) -> None:
        page = self.doc.page
        page.set_size(width=round(210 * HWPUNIT_PER_MM), height=round(297 * HWPUNIT_PER_MM))
        margin = round(20 * HWPUNIT_PER_MM)
        page.set_margins(left=margin, right=margin, top=round(15 * HWPUNIT_PER_MM),
                         bottom=round(15 * HWPUNIT_PER_MM))
        # The footer: the report's name and the page number Hangul counts as it lays out.
        try:
            page.set_page_number(prefix=markup.xml_safe(
                f"{self.layout.title} {self.report.date_line} — "))
        except Exception as exc:  # python-hwpx refused: the report goes on without them
            self.warnings.append(f"page numbers left out: {exc}")

    def _paragraph(self):
        """A new empty paragraph at the end. inherit_style=False: inheriting looks up the
        previous paragraph by listing them all, which made 1,000 clippings quadratic; the
        formats are set by _format anyway."""
        return self.doc.add_paragraph("", inherit_style=False)

    def _line(self, text: str, **run: object):
        paragraph = self._paragraph()
        paragraph.add_run(markup.xml_safe(text), **run)
        return paragraph

    def _cover(self) -> None:
        report, layout = self.report, self.layout
        if layout.office.strip():
            self._line(layout.office, size=14, color=MUTED)
        self._line(layout.title, bold=True, size=26)
        self._line(report.date_line, size=15, color=MUTED)
        self._line(f"총 {report.total}건", bold=True, size=12)
        summary = report.summary_rows()
        counts = self.doc.add_table(len(summary), 2, width=self._frame)
        counts.set_column_widths([15, 85])
        cells = _cells(counts)
        for row, (label, pairs) in enumerate(summary):
            self._cell(cells[row][0], label, bold=True)
            paragraph = cells[row][1].paragraphs[0]
            for i, (name, k) in enumerate(pairs):
                paragraph.add_run(markup.xml_safe(("   " if i else "") + f"{name} "), size=9)
                paragraph.add_run(str(k), bold=True, size=9)
        self._line("목록", bold=True, size=12)
        self._index()

    def _cell(self, cell, text: str, **run: object) -> None:
        run.setdefault("size", 8.5)
        cell.paragraphs[0].add_run(markup.xml_safe(text), **run)

    def _index(self) -> None:
        report = self.report
        columns = report.layout.columns
        rows = report.index_rows()
        table = self.doc.add_table(len(rows), len(columns), width=self._frame)
        weights = [WEIGHTS.get(c, 0) for c in columns]
        if "title" in columns:
            weights[columns.index("title")] = 100 - sum(weights)
        table.set_column_widths(weights)
        cells = _cells(table)
        for col, text in enumerate(rows[0]):
            table.set_cell_shading(0, col, HEAD)
            self._cell(cells[0][col], text, bold=True, color="#FFFFFF")
        for r, (item, values) in enumerate(zip(report.items, rows[1:], strict=True), start=1):
            colour = CRITICAL if item.critical else None
            for col, text in enumerate(values):
                self._cell(cells[r][col], text, **({"color": colour} if colour else {}))

    # ---- the day's press releases and their pickup (issue 18) ---------------------------

    def _pickup_section(self) -> None:
        from clipper.export import daily_pickups

        section = self.report.pickups
        heading = self._line(daily_pickups.TITLE, bold=True, size=12)
        self._format(heading, keep_with_next=True, spacing_before_pt=10)
        self._line(section.summary(), size=9, color=MUTED)
        rows = section.table_rows()
        table = self.doc.add_table(len(rows), len(rows[0]), width=self._frame)
        table.set_column_widths([round(w * 100) for w in daily_pickups.WIDTHS])
        cells = _cells(table)
        for col, text in enumerate(rows[0]):
            table.set_cell_shading(0, col, HEAD)
            self._cell(cells[0][col], text, bold=True, color="#FFFFFF")
        for r, values in enumerate(rows[1:], start=1):
            for col, text in enumerate(values):
                title, _sep, details = text.partition("\n")
                self._cell(cells[r][col], title, **({"bold": True} if col == 1 else {}))
                if details:
                    cells[r][col].add_paragraph("").add_run(markup.xml_safe(details),
                                                            size=7.5, color=MUTED)

    # ---- clippings

    def _item(self, item: DailyItem, new_page: bool) -> None:
        c = item.clipping
        band = self.doc.add_table(1, 1, width=self._frame)
        band.set_cell_shading(0, 0, CRITICAL_PANEL if item.critical else PANEL)
        band.set_cell_borders(0, 0, color=CRITICAL if item.critical else ACCENT)
        cell = _cells(band)[0][0]
        where = " ".join(x for x in (c.edition or "", f"{item.page_text}면"
                                     if item.page_text else "", c.position or "") if x)
        date = c.published.isoformat() if c.published else ""
        parts = [c.outlet or "(매체 미상)", date, where, c.byline]
        cell.paragraphs[0].add_run(
            markup.xml_safe(" · ".join(p for p in parts if p and p.strip())), bold=True,
            size=10)
        facts = [f"{item.number}. {item.section}", item.category]
        if item.tone:
            facts.append(f"논조: {item.tone}")
        cell.add_paragraph("").add_run(markup.xml_safe(" · ".join(facts)), size=8.5,
                                        color=MUTED)
        if item.critical:
            cell.add_paragraph("").add_run(
                markup.xml_safe("■ " + response_text(item.response)), bold=True, size=8.5,
                color=CRITICAL)
        if c.url:
            cell.add_paragraph("").add_run(markup.xml_safe(c.url), size=8, color=MUTED)
        self._format(band.paragraph,  # the paragraph the band's table sits in
                     page_break_before=new_page, keep_with_next=True,
                     spacing_before_pt=12)
        title = self._line(c.title or "—", bold=True, size=15)
        self._format(title, keep_with_next=True, spacing_after_pt=6)
        self._body(article_parts(self.library, c, photos=self.layout.photos,
                                 highlights=self.layout.highlights, warnings=self.warnings))

    def _runs(self, paragraph, segments: list[markup.Segment], **run: object) -> None:
        for seg in segments:
            style = dict(run)
            if seg.colour:
                style["highlight"] = seg.colour
            if seg.text:
                paragraph.add_run(markup.xml_safe(seg.text), **style)
            for marker in seg.markers:
                paragraph.add_run(f"[{marker}]", size=7, color=MARKER)

    def _body(self, article: ArticleParts) -> None:
        for part in article.parts:
            if isinstance(part, BlockPart):
                paragraph = self._paragraph()
                if part.kind == "subheading":
                    self._runs(paragraph, part.segments, bold=True, size=11)
                else:
                    self._runs(paragraph, part.segments, size=10)
                self._format(paragraph, spacing_after_pt=5, line_spacing_percent=160)
                for note in part.notes:
                    self._note(note)
            elif isinstance(part, CutPart):
                self._cut(part)
            else:
                self._photo(part)
        if article.lost and any(isinstance(p, CutPart) for p in article.parts):
            self._line("하이라이트와 메모", bold=True)
            for note in article.lost:
                self._note(note)
        elif article.lost:
            self._line("본문에서 더 이상 찾을 수 없는 하이라이트", bold=True)
            for note in article.lost:
                self._note(note)

    def _note(self, note: Note) -> None:
        paragraph = self._paragraph()
        if note.marker is not None:
            paragraph.add_run(f"[{note.marker}] ", bold=True, size=8.5, color=MARKER)
        if note.marker is None or not note.text.strip():
            paragraph.add_run(markup.xml_safe(f"“{note.quote}”"), size=8.5, color=MUTED,
                              highlight=note.colour)
            if note.text.strip():
                paragraph.add_run(" — ", size=8.5)
        if note.text.strip():
            paragraph.add_run(markup.xml_safe(note.text), size=8.5)
        self._format(paragraph, indent_left_mm=8)

    def _cut(self, part: CutPart) -> None:
        """A cut image at its paper size, scaled down to the frame (never up)."""
        image = part.image
        w_mm, h_mm = cuts.fit_mm(image, (FRAME_MM, CUT_MAX_MM))
        try:
            data, kind = _hwpx_image(image.path)
            # Framed by a hairline like a pasted scrap, as the PDF and DOCX draw it.
            self.doc.add_picture(data, kind, width_mm=w_mm, height_mm=h_mm, align="CENTER",
                                 line_color=SCRAP_EDGE, line_width=57)
            self.photos += 1
        except Exception as exc:  # python-hwpx and Pillow raise many types
            self.warnings.append(f"cut {image.path.name} could not be placed: {exc}")

    def _photo(self, part: PhotoPart) -> None:
        if part.file is not None:
            path, width, height = part.file
            w_mm, h_mm = width * MM_PER_PIXEL, height * MM_PER_PIXEL
            scale = min(1.0, FRAME_MM / w_mm, PHOTO_MAX_MM / h_mm)
            try:
                data, kind = _hwpx_image(path)
                picture = self.doc.add_picture(data, kind, width_mm=w_mm * scale,
                                               height_mm=h_mm * scale, align="CENTER")
                self._format(picture.paragraph, keep_with_next=True)
                self.photos += 1
            except Exception as exc:  # python-hwpx and Pillow raise many types
                self.warnings.append(f"photo {path.name} could not be placed: {exc}")
        caption = self._paragraph()
        self._runs(caption, part.caption, size=8.5, color=MUTED)
        if part.credit:
            caption.add_run(markup.xml_safe((" " if part.caption else "") + part.credit),
                            size=8.5, color="#8A919E")
        if part.file is None and part.photo.image:
            caption.add_run(" (사진 파일 없음)", size=8.5, color="#B04A4A")
        for note in part.notes:
            self._note(note)


def _cells(table) -> list[list]:
    """The cells of a table without merged cells, row by row. (python-hwpx's
    table.cell(r, c) maps the whole grid on every call: quadratic in the index table.)"""
    return [row.cells for row in table.rows]


def _hwpx_image(path: Path) -> tuple[bytes, str]:
    """The photo's bytes and format for the HWPX package: PNG, JPEG, GIF and BMP as they
    are; anything else (WebP, AVIF ...) converted to PNG."""
    with PILImage.open(path) as img:
        kind = {"PNG": "png", "JPEG": "jpg", "GIF": "gif", "BMP": "bmp"}.get(img.format or "")
        if kind is not None:
            return path.read_bytes(), kind
        out = io.BytesIO()
        img.convert("RGBA" if "A" in img.getbands() else "RGB").save(out, "PNG")
    return out.getvalue(), "png"


def write_daily_hwpx(library: Library, report: DailyReport, path: Path,
                     progress: Progress | None = None,
                     cancelled: Cancelled | None = None) -> DailyResult:
    return DailyHwpxWriter(library, report, progress, cancelled).build(Path(path))
