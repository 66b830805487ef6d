"""Newspaper-like pages for the cutting tests: a PDF with a text layer drawn with the
fonts we ship (two articles side by side under a masthead), and the same layout as a
scanned PNG. Positions are known, so a test can cut exactly one article."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT

FONT = ROOT / "resources" / "fonts" / "NanumGothic.ttf"
BOLD = ROOT / "resources" / "fonts" / "NanumGothicBold.ttf"
PAGE_PT = (595.0, 842.0)  # A4 in points
PDF_DPI = 200  # what print pages are rendered at

LEFT_TITLE = "경기도 반도체 용수 공급 계획 발표"
LEFT_BODY = [
    "경기도가 반도체 특화단지에 하루 76만t의 용수를",
    "공급하는 계획을 10일 발표했다. 도는 팔당댐",
    "물을 끌어오는 관로를 2030년까지 완공한다.",
    "김동연 지사는 기업 투자를 적극 돕겠다고 말했다.",
]
RIGHT_TITLE = "미국 순방 투자 유치 성과"
RIGHT_BODY = [
    "김동연 경기도지사가 미국 순방에서 투자 협약",
    "다섯 건을 맺었다. 도는 일자리 천 개가 생길",
    "것으로 내다봤다. 순방단은 12일 귀국한다.",
]
# Each article's area on the page, in points from the top-left: (x0, y0, x1, y1).
LEFT_AREA_PT = (36, 90, 290, 330)
RIGHT_AREA_PT = (305, 90, 559, 330)


def to_pixels(box_pt: tuple[float, float, float, float], dpi: int = PDF_DPI) -> tuple[int, ...]:
    scale = dpi / 72
    return tuple(round(v * scale) for v in box_pt)


def newspaper_pdf(path: Path, pages: int = 1) -> Path:
    """A newspaper page (or several) with a text layer, as an e-paper PDF is."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("CutSans", str(FONT)))
    pdfmetrics.registerFont(TTFont("CutSansBold", str(BOLD)))
    pdf = canvas.Canvas(str(path), pagesize=PAGE_PT)
    height = PAGE_PT[1]
    for n in range(pages):
        pdf.setFont("CutSansBold", 22)
        pdf.drawString(36, height - 50, "조선일보")
        pdf.setFont("CutSans", 9)
        pdf.drawString(400, height - 50, f"2024년 5월 10일 금요일 A{3 + n}")
        pdf.setLineWidth(1.5)
        pdf.line(36, height - 62, 559, height - 62)
        pdf.setLineWidth(0.8)
        pdf.line(297, height - 90, 297, height - 330)  # the column rule
        for (x0, y0, _x1, _y1), title, body in (
                (LEFT_AREA_PT, LEFT_TITLE, LEFT_BODY),
                (RIGHT_AREA_PT, RIGHT_TITLE, RIGHT_BODY)):
            pdf.setFont("CutSansBold", 16)
            pdf.drawString(x0 + 4, height - y0 - 24, title)
            pdf.setFont("CutSans", 10)
            for i, line in enumerate(body):
                pdf.drawString(x0 + 4, height - y0 - 56 - i * 16, line)
        pdf.showPage()
    pdf.save()
    return path


def scanned_page(path: Path, dpi: int = 200) -> Path:
    """The same layout as a scan (PNG, no text layer): OCR must read it."""
    from PIL import Image, ImageDraw, ImageFont

    scale = dpi / 72
    width, height = round(PAGE_PT[0] * scale), round(PAGE_PT[1] * scale)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    title_font = ImageFont.truetype(str(BOLD), round(16 * scale))
    body_font = ImageFont.truetype(str(FONT), round(10 * scale))
    mast = ImageFont.truetype(str(BOLD), round(22 * scale))
    draw.text((36 * scale, 30 * scale), "조선일보", font=mast, fill=0)
    draw.line([(36 * scale, 62 * scale), (559 * scale, 62 * scale)], fill=0,
              width=max(1, round(1.5 * scale)))
    for (x0, y0, _x1, _y1), title, body in ((LEFT_AREA_PT, LEFT_TITLE, LEFT_BODY),
                                            (RIGHT_AREA_PT, RIGHT_TITLE, RIGHT_BODY)):
        draw.text(((x0 + 4) * scale, (y0 + 6) * scale), title, font=title_font, fill=0)
        for i, line in enumerate(body):
            draw.text(((x0 + 4) * scale, (y0 + 44 + i * 16) * scale), line, font=body_font,
                      fill=0)
    image.save(path, dpi=(dpi, dpi))
    return path
