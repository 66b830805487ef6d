"""The daily report as DOCX (python-docx): the cover, the index table and each clipping
with its header band, photos, body, highlights and notes, as an editable Word document.

Korean text is set in 맑은 고딕 (the East Asian font slot, w:eastAsia), which every
Windows PC in a government office has; Word and LibreOffice fall back to another Hangul
font where it is missing.
"""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
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

FONT = "맑은 고딕"
FRAME_MM = 174.0  # A4 less 18 mm margins each side
PHOTO_MAX_MM = 110.0  # tall photos are capped so a photo and its caption fit a page
CUT_MAX_MM = 215.0  # a cut (issue 16) may take most of the page under its header band
POINTS_PER_PIXEL = 72 / 96
CRITICAL = "C0392B"
ACCENT = "4A7BD0"
PANEL = "F2F4F7"
HEAD = "3B4252"
MUTED = RGBColor(0x5B, 0x63, 0x73)
# Index column widths in mm; the title takes what is left.
WIDTHS_MM = {"number": 10, "section": 24, "outlet": 24, "page": 12, "tone": 18,
             "category": 18, "byline": 18, "date": 20}


def _east_asian(element, font: str = FONT) -> None:
    """Set the font of a style or run for Latin and Hangul alike."""
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for key in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(key), font)


def _shade(props, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    props.append(shd)


def _band(paragraph, colour: str) -> None:
    """A shaded paragraph with a thick bar on its left: the clipping's header band."""
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    left = OxmlElement("w:left")
    for key, value in (("w:val", "single"), ("w:sz", "24"), ("w:space", "6"),
                       ("w:color", colour)):
        left.set(qn(key), value)
    borders.append(left)
    ppr.append(borders)
    _shade(ppr, PANEL)


class DailyDocxWriter(DailyWriter):
    suffix = "docx"

    def __init__(self, library: Library, report: DailyReport,
                 progress: Progress | None = None, cancelled: Cancelled | None = None):
        super().__init__(library, report, progress, cancelled)
        self.doc = Document()

    def _section_heading(self, name: str) -> None:
        heading = self.doc.add_heading(name, level=1)
        heading.paragraph_format.page_break_before = True
        _east_asian(heading.runs[0]._r)

    def _save(self, path: str | Path) -> None:
        self.doc.save(path)

    # ---- set-up and cover

    def _setup(self) -> None:
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        for side in ("left_margin", "right_margin"):
            setattr(section, side, Mm(18))
        section.top_margin, section.bottom_margin = Mm(16), Mm(18)
        for name in ("Normal", "Heading 1", "Heading 2", "Title", "Subtitle"):
            style = self.doc.styles[name]
            _east_asian(style.element)
        self.doc.styles["Normal"].font.size = Pt(10)
        self.doc.styles["Heading 1"].font.color.rgb = RGBColor(0x1F, 0x24, 0x30)
        core = self.doc.core_properties
        core.title = f"{self.layout.title} {self.report.date_line}"
        core.author = self.layout.office or "Clipper"
        core.language = "ko-KR"
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self._run(footer, f"{self.layout.title} {self.report.date_line} — ", size=7.5,
                  colour=MUTED)
        self._page_field(footer)

    def _page_field(self, paragraph) -> None:
        run = paragraph.add_run()
        for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
            if kind:
                element = OxmlElement("w:fldChar")
                element.set(qn("w:fldCharType"), kind)
            else:
                element = OxmlElement("w:instrText")
                element.set(qn("xml:space"), "preserve")
                element.text = text
            run._r.append(element)
        run.font.size = Pt(7.5)

    def _run(self, paragraph, text: str, *, bold: bool = False, size: float | None = None,
             colour: RGBColor | None = None, fill: str | None = None):
        run = paragraph.add_run(markup.xml_safe(text))
        run.bold = bold or None
        if size:
            run.font.size = Pt(size)
        if colour is not None:
            run.font.color.rgb = colour
        if fill:
            _shade(run._r.get_or_add_rPr(), fill.lstrip("#").upper())
        return run

    def _cover(self) -> None:
        doc, report, layout = self.doc, self.report, self.layout
        if layout.office.strip():
            self._run(doc.add_paragraph(), layout.office, size=14, colour=MUTED)
        title = doc.add_paragraph()
        self._run(title, layout.title, bold=True, size=26)
        self._run(doc.add_paragraph(), report.date_line, size=15, colour=MUTED)
        self._run(doc.add_paragraph(), f"총 {report.total}건", bold=True, size=12)
        summary = report.summary_rows()
        counts = doc.add_table(rows=len(summary), cols=2)
        counts.style = "Table Grid"
        for row, (label, pairs) in zip(counts.rows, summary, strict=True):
            self._cell(row.cells[0], label, bold=True)
            cell = row.cells[1]
            paragraph = cell.paragraphs[0]
            for i, (name, k) in enumerate(pairs):
                self._run(paragraph, ("   " if i else "") + f"{name} ")
                self._run(paragraph, str(k), bold=True)
        self._widths(counts, [22, FRAME_MM - 22])
        self._run(doc.add_paragraph(), "목록", bold=True, size=12)
        self._index()

    def _cell(self, cell, text: str, *, bold: bool = False, colour: RGBColor | None = None,
              size: float = 8.5) -> None:
        paragraph = cell.paragraphs[0]
        self._run(paragraph, text, bold=bold, size=size, colour=colour)

    def _widths(self, table, widths_mm: list[float]) -> None:
        """Column widths that Word and LibreOffice both keep: the grid's and each cell's."""
        table.autofit = False
        for column, width in zip(table.columns, widths_mm, strict=True):
            column.width = Mm(width)
        for row in table.rows:
            for cell, width in zip(row.cells, widths_mm, strict=True):
                cell.width = Mm(width)

    def _index(self) -> None:
        report = self.report
        columns = report.layout.columns
        rows = report.index_rows()
        table = self.doc.add_table(rows=len(rows), cols=len(columns))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        header = table.rows[0]
        # The header row repeats at the top of every page the table runs onto.
        tr_pr = header._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        tr_pr.append(repeat)
        for cell, text in zip(header.cells, rows[0], strict=True):
            self._cell(cell, text, bold=True, colour=RGBColor(0xFF, 0xFF, 0xFF))
            _shade(cell._tc.get_or_add_tcPr(), HEAD)
        for item, row, values in zip(report.items, table.rows[1:], rows[1:], strict=True):
            colour = RGBColor.from_string(CRITICAL) if item.critical else None
            for column, cell, text in zip(columns, row.cells, values, strict=True):
                self._cell(cell, text, colour=colour)
                if column == "title":
                    _link_runs(cell.paragraphs[0], _anchor(item))
        fixed = sum(WIDTHS_MM.get(c, 0) for c in columns if c != "title")
        widths = [float(WIDTHS_MM.get(c, 0)) for c in columns]
        if "title" in columns:
            widths[columns.index("title")] = FRAME_MM - fixed
        else:
            widths = [w / fixed * FRAME_MM for w in widths]
        self._widths(table, widths)

    # ---- the day's press releases and their pickup (issue 18) ---------------------------

    def _pickup_section(self) -> None:
        from clipper.export import daily_pickups

        section = self.report.pickups
        heading = self.doc.add_paragraph()
        heading.paragraph_format.space_before = Pt(12)
        heading.paragraph_format.keep_with_next = True
        self._run(heading, daily_pickups.TITLE, bold=True, size=12)
        self._run(self.doc.add_paragraph(), section.summary(), size=9, colour=MUTED)
        rows = section.table_rows()
        table = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, text in zip(table.rows[0].cells, rows[0], strict=True):
            self._cell(cell, text, bold=True, colour=RGBColor(0xFF, 0xFF, 0xFF))
            _shade(cell._tc.get_or_add_tcPr(), HEAD)
        for row, values in zip(table.rows[1:], rows[1:], strict=True):
            for column, (cell, text) in enumerate(zip(row.cells, values, strict=True)):
                title, _sep, details = text.partition("\n")
                self._cell(cell, title, bold=column == 1)
                if details:
                    self._run(cell.add_paragraph(), details, size=7.5, colour=MUTED)
        self._widths(table, [FRAME_MM * w for w in daily_pickups.WIDTHS])

    # ---- clippings

    def _item(self, item: DailyItem, new_page: bool) -> None:
        doc, c = self.doc, item.clipping
        band = doc.add_paragraph()
        band.paragraph_format.space_before = Pt(14)
        band.paragraph_format.keep_with_next = True
        if new_page:
            band.paragraph_format.page_break_before = True
        _band(band, CRITICAL if item.critical else ACCENT)
        _bookmark(band, _anchor(item), item.number)
        where = " ".join(x for x in (c.edition or "", f"{item.page_text}면"
                                     if item.page_text else "", c.position or "") if x)
        date = c.published.isoformat() if c.published else ""
        parts = [c.outlet or "(매체 미상)", date, where, c.byline]
        self._run(band, " · ".join(p for p in parts if p and p.strip()), bold=True, size=10)
        facts = [f"{item.number}. {item.section}", item.category]
        if item.tone:
            facts.append(f"논조: {item.tone}")
        band.add_run().add_break()
        self._run(band, " · ".join(facts), size=8.5, colour=MUTED)
        if item.critical:
            band.add_run().add_break()
            self._run(band, "■ " + response_text(item.response), bold=True, size=8.5,
                      colour=RGBColor.from_string(CRITICAL))
        if c.url:
            band.add_run().add_break()
            self._run(band, c.url, size=8, colour=MUTED)
        title = doc.add_paragraph()
        title.paragraph_format.keep_with_next = True
        self._run(title, c.title or "—", bold=True, size=15)
        parts_ = article_parts(self.library, c, photos=self.layout.photos,
                               highlights=self.layout.highlights, warnings=self.warnings)
        self._body(parts_)

    def _body(self, article: ArticleParts) -> None:
        for part in article.parts:
            if isinstance(part, BlockPart):
                paragraph = self.doc.add_paragraph()
                paragraph.paragraph_format.space_after = Pt(6)
                heading = part.kind == "subheading"
                for seg in part.segments:
                    self._run(paragraph, seg.text, bold=heading, size=11 if heading else None,
                              fill=seg.colour)
                    for marker in seg.markers:
                        run = self._run(paragraph, f"[{marker}]", size=7,
                                        colour=RGBColor(0x8A, 0x6D, 0x00))
                        run.font.superscript = True
                for note in part.notes:
                    self._note(note)
            elif isinstance(part, CutPart):
                self._cut(part)
            else:
                self._photo(part)
        if article.lost and any(isinstance(p, CutPart) for p in article.parts):
            self._run(self.doc.add_paragraph(), "하이라이트와 메모", bold=True)
            for note in article.lost:
                self._note(note)
        elif article.lost:
            self._run(self.doc.add_paragraph(), "본문에서 더 이상 찾을 수 없는 하이라이트",
                      bold=True)
            for note in article.lost:
                self._note(note)

    def _note(self, note: Note) -> None:
        paragraph = self.doc.add_paragraph()
        paragraph.paragraph_format.left_indent = Mm(8)
        if note.marker is not None:
            self._run(paragraph, f"[{note.marker}] ", bold=True, size=8.5,
                      colour=RGBColor(0x8A, 0x6D, 0x00))
        if note.marker is None or not note.text.strip():
            self._run(paragraph, f"“{note.quote}”", size=8.5, colour=MUTED,
                      fill=note.colour)
            if note.text.strip():
                self._run(paragraph, " — ", size=8.5)
        self._run(paragraph, note.text, size=8.5)

    def _cut(self, part: CutPart) -> None:
        """A cut image at its paper size, scaled down to the frame (never up)."""
        image = part.image
        w_mm, _h_mm = cuts.fit_mm(image, (FRAME_MM, CUT_MAX_MM))
        try:
            shape = self.doc.add_picture(_docx_image(image.path), width=Mm(w_mm))
            _scrap_edge(shape)
            self.doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
            self.photos += 1
        except Exception as exc:  # python-docx and Pillow raise many types
            self.warnings.append(f"cut {image.path.name} could not be placed: {exc}")

    def _photo(self, part: PhotoPart) -> None:
        if part.file is not None:
            path, width, height = part.file
            w_mm = width * POINTS_PER_PIXEL * 25.4 / 72
            h_mm = height * POINTS_PER_PIXEL * 25.4 / 72
            scale = min(1.0, FRAME_MM / w_mm, PHOTO_MAX_MM / h_mm)
            try:
                self.doc.add_picture(_docx_image(path), width=Mm(w_mm * scale))
                self.doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
                self.doc.paragraphs[-1].paragraph_format.keep_with_next = True
                self.photos += 1
            except Exception as exc:  # python-docx and Pillow raise many types
                self.warnings.append(f"photo {path.name} could not be placed: {exc}")
        caption = self.doc.add_paragraph()
        for seg in part.caption:
            self._run(caption, seg.text, size=8.5, colour=MUTED, fill=seg.colour)
            for marker in seg.markers:
                self._run(caption, f"[{marker}]", size=7)
        if part.credit:
            self._run(caption, (" " if part.caption else "") + part.credit, size=8.5,
                      colour=RGBColor(0x8A, 0x91, 0x9E))
        if part.file is None and part.photo.image:
            self._run(caption, " (사진 파일 없음)", size=8.5,
                      colour=RGBColor(0xB0, 0x4A, 0x4A))
        for note in part.notes:
            self._note(note)


def _scrap_edge(shape) -> None:
    """A hairline frame around a cut image (as the PDF draws it): the picture's own
    outline, <a:ln> in its shape properties."""
    sp_pr = shape._inline.graphic.graphicData.pic.spPr
    line = OxmlElement("a:ln")
    line.set("w", "7620")  # EMU: 0.6 pt
    fill = OxmlElement("a:solidFill")
    colour = OxmlElement("a:srgbClr")
    colour.set("val", "9AA0A6")
    fill.append(colour)
    line.append(fill)
    sp_pr.append(line)


def _anchor(item: DailyItem) -> str:
    return f"clip_{item.clipping.id}"


def _bookmark(paragraph, name: str, number: int) -> None:
    """A bookmark around the paragraph's start: where the index's title links to."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, start)
    paragraph._p.append(end)


def _link_runs(paragraph, anchor: str) -> None:
    """Wrap the paragraph's runs in an internal link to `anchor` (a bookmark)."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), anchor)
    for run in list(paragraph._p.r_lst):
        link.append(run)
    paragraph._p.append(link)


def _docx_image(path: Path) -> io.BytesIO | str:
    """The photo as a file Word can embed: PNG, JPEG, GIF and BMP as they are; anything
    else (WebP, AVIF ...) converted to PNG."""
    with PILImage.open(path) as img:
        if img.format in ("PNG", "JPEG", "GIF", "BMP"):
            return str(path)
        out = io.BytesIO()
        img.convert("RGBA" if "A" in img.getbands() else "RGB").save(out, "PNG")
    out.seek(0)
    return out


def write_daily_docx(library: Library, report: DailyReport, path: Path,
                     progress: Progress | None = None,
                     cancelled: Cancelled | None = None) -> DailyResult:
    return DailyDocxWriter(library, report, progress, cancelled).build(Path(path))
