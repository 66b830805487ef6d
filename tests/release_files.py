"""Release files in each format, laid out as Korean offices file 보도자료: the head as a
table (보도일시 / 배포일시 / 담당부서 / 담당자 / 연락처) above the title, body paragraphs
with □ bullets, a photo with its caption line under it. Built with the same libraries
Clipper reads them with (python-docx, python-hwpx, reportlab for the PDF)."""

from __future__ import annotations

import io
import textwrap
from pathlib import Path

from PIL import Image, ImageDraw

TITLE = "경기도, 도내 스타트업 300곳에 1천억 원 투자 지원"
SUBTITLE = "올해 판교·광교 창업 거점 두 곳 추가 조성"
HEAD = [("보도일시", "2026. 3. 10.(화) 06:00", "배포일시", "2026. 3. 9.(월) 14:00"),
        ("담당부서", "경제실 스타트업지원과", "담당자", "과장 홍길동, 주무관 김철수"),
        ("연락처", "031-8008-1234", "", "")]
BODY = [
    "경기도는 도내 초기 스타트업 300곳에 모두 1천억 원 규모의 투자를 지원한다고 10일 밝혔다. "
    "지원 대상은 창업 7년 이내 기업으로, 기술력과 성장 가능성을 평가해 다음 달 말까지 선정한다.",
    "도는 경기도 투자 펀드와 민간 벤처캐피털이 함께 출자하는 방식으로 재원을 마련한다. "
    "기업당 최대 10억 원까지 투자하며, 후속 투자 유치를 위한 컨설팅도 함께 제공한다.",
    "올해 안에 판교와 광교에 창업 거점 두 곳을 추가로 조성해 입주 공간과 시제품 제작 장비를 "
    "지원할 계획이다. 두 거점에는 모두 120개 기업이 입주할 수 있다.",
    "김동연 경기도지사는 \"스타트업이 경기도에서 창업하고 성장해 세계로 나아갈 수 있도록 "
    "투자부터 공간까지 아낌없이 지원하겠다\"고 말했다.",
]
CAPTION = "▲ 김동연 경기도지사가 판교 창업 거점을 둘러보고 있다. (사진=경기도 제공)"


def photo(seed: int = 1, size: tuple[int, int] = (320, 240)) -> Image.Image:
    """A picture with structure (shapes at places the seed picks), not a flat colour:
    perceptual hashes of flat images say nothing."""
    import random

    rng = random.Random(seed)
    image = Image.new("RGB", size, (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    draw = ImageDraw.Draw(image)
    for _ in range(12):
        x0, y0 = rng.randrange(size[0]), rng.randrange(size[1])
        x1, y1 = x0 + rng.randrange(20, 160), y0 + rng.randrange(20, 120)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        if rng.random() < 0.5:
            draw.rectangle([x0, y0, x1, y1], fill=colour)
        else:
            draw.ellipse([x0, y0, x1, y1], fill=colour)
    return image


def jpeg(image: Image.Image, quality: int = 90) -> bytes:
    out = io.BytesIO()
    image.convert("RGB").save(out, "JPEG", quality=quality)
    return out.getvalue()


def text_release(table: bool = True) -> str:
    if table:
        head = [" | ".join(c for c in row if c) for row in HEAD]
    else:
        head = ["담당부서: 경제실 스타트업지원과", "담당자: 과장 홍길동, 주무관 김철수",
                "연락처: 031-8008-1234", "보도일시: 2026. 3. 10.(화) 06:00"]
    if table:
        return "\n".join(["보도자료", *head, TITLE, f"- {SUBTITLE}", "",
                          *[f"□ {p}" for p in BODY], "", "붙임 사진 1매. 끝."])
    return "\n".join([TITLE, *head, "", *BODY, "", "붙임: 사진 1매"])


def write_docx(path: Path, with_photo: bool = True) -> Path:
    import docx
    from docx.shared import Mm

    document = docx.Document()
    document.add_paragraph("보도자료")
    table = document.add_table(rows=len(HEAD), cols=4)
    for r, row in enumerate(HEAD):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.add_paragraph(TITLE)
    document.add_paragraph(f"- {SUBTITLE}")
    for i, text in enumerate(BODY):
        document.add_paragraph(f"□ {text}")
        if with_photo and i == 1:
            document.add_picture(io.BytesIO(jpeg(photo(1))), width=Mm(60))
            document.add_paragraph(CAPTION)
    document.save(str(path))
    return path


def write_hwpx(path: Path, with_photo: bool = True) -> Path:
    from hwpx import HwpxDocument

    document = HwpxDocument.new()
    document.add_paragraph("보도자료")
    table = document.add_table(len(HEAD), 4)
    for r, row in enumerate(HEAD):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).paragraphs[0].add_run(text)
    document.add_paragraph(TITLE)
    document.add_paragraph(f"- {SUBTITLE}")
    for i, text in enumerate(BODY):
        document.add_paragraph(f"□ {text}")
        if with_photo and i == 1:
            document.add_picture(jpeg(photo(1)), "jpg", width_mm=60, height_mm=45)
            document.add_paragraph(CAPTION)
    document.save_to_path(str(path))
    return path


def write_pdf(path: Path, text: bool = True) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from clipper.export.fonts import register_fonts

    regular, _bold = register_fonts()
    pdf = canvas.Canvas(str(path), pagesize=A4)
    if not text:  # a scan: one picture, no text layer
        pdf.drawImage(ImageReader(photo(3, (600, 800))), 40, 40, 500, 700)
        pdf.save()
        return path
    y = 800
    lines = ["보도자료", *["  ".join(c for c in row if c) for row in HEAD], TITLE,
             f"- {SUBTITLE}", ""]
    for paragraph in BODY:
        # Wrapped as a page wraps it, between words: ~38 characters a line.
        lines += textwrap.wrap(paragraph, 38) + [""]
    for line in lines:
        pdf.setFont(regular, 11)
        pdf.drawString(40, y, line)
        y -= 18
    pdf.save()
    return path
