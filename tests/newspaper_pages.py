"""Newspaper-like test pages (issue 16), made at run time with the fonts we ship.

A page has a folio line (outlet, date, page), then articles in bands separated by ruled
lines: each a headline across the band, a byline, body text in columns (first lines
indented, as Korean papers set them) and, for some, a photo (grey noise) with a small
caption. reportlab writes the page as a PDF with a text layer; pypdfium2 renders it to
200/300 dpi images, and `degrade` adds scanner noise, skew and JPEG artefacts with
Pillow. Each article knows its boxes (points) and its source text, so a test or the
bench (bench/ocr_bench.py) can cut it and measure the character error rate.
"""

from __future__ import annotations

import io
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "resources" / "fonts"
TEXTS = Path(__file__).resolve().parent / "data" / "text"
KOREAN_FILES = ("yonhap-style.txt", "yonhap-style-2.txt", "naver-style.txt", "news1-style.txt",
                "daum-style.txt", "ohmynews-style-2.txt")
ENGLISH_FILES = ("ap-style.txt", "guardian-style.txt")

Rect = tuple[float, float, float, float]  # x0, y0, x1, y1 in points, origin top left


@dataclass
class Article:
    headline: str
    byline: str
    paragraphs: list[str]
    caption: str = ""
    box: Rect = (0, 0, 0, 0)  # the whole article (headline to last line, photo too)
    body_box: Rect = (0, 0, 0, 0)  # the body columns only

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def text(self) -> str:
        parts = [self.headline, self.byline, *self.paragraphs]
        return "\n".join(parts + ([self.caption] if self.caption else []))


@dataclass
class Page:
    pdf: bytes
    size: tuple[float, float]  # points
    articles: list[Article] = field(default_factory=list)
    folio: str = ""

    def pixels(self, rect: Rect, dpi: int) -> tuple[int, int, int, int]:
        s = dpi / 72
        return (int(rect[0] * s), int(rect[1] * s), int(rect[2] * s) + 1, int(rect[3] * s) + 1)


def sentences(language: str = "ko") -> list[str]:
    """Paragraph-length lines of our text fixtures: real news prose to set."""
    names = KOREAN_FILES if language == "ko" else ENGLISH_FILES
    out: list[str] = []
    for name in names:
        for line in (TEXTS / name).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if len(line) >= 60 and "@" not in line and "저작권" not in line and "Copyright" not in line:
                out.append(re.sub(r"\s+", " ", line))
    return list(dict.fromkeys(out))


def _fonts() -> tuple[str, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "NanumGothic" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("NanumGothic", str(FONTS / "NanumGothic.ttf")))
        pdfmetrics.registerFont(TTFont("NanumGothicBold", str(FONTS / "NanumGothicBold.ttf")))
    return "NanumGothic", "NanumGothicBold"


def _wrap(text: str, font: str, size: float, width: float, indent: float) -> list[tuple[str, float]]:
    """Lines of `text` (broken at spaces) as (text, x offset)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[tuple[str, float]] = []
    current, offset = "", indent
    for word in text.split(" "):
        trial = f"{current} {word}" if current else word
        if stringWidth(trial, font, size) <= width - offset or not current:
            current = trial
        else:
            lines.append((current, offset))
            current, offset = word, 0.0
    if current:
        lines.append((current, offset))
    return lines


def make_page(language: str = "ko", *, size: tuple[float, float] = (595.0, 842.0),
              columns: int = 4, body_size: float = 9.5, articles: int = 3,
              outlet: str = "경기일보", folio_date: str = "2024년 5월 10일 금요일",
              page_label: str = "A3", seed: int = 1, photo: bool = True,
              max_lines: int | None = None) -> Page:
    """A newspaper-like page; `max_lines` caps each article's body lines (small pages)."""
    from reportlab.lib.colors import Color
    from reportlab.pdfgen import canvas

    regular, bold = _fonts()
    rng = random.Random(seed)
    pool = sentences(language)
    width, height = size
    margin = 36.0
    gutter = 12.0
    leading = body_size * 1.55
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size)
    c.setTitle("test page")
    folio = f"{outlet}   {folio_date}   {page_label}"
    c.setFont(regular, 8)
    c.drawString(margin, height - 24, folio)
    y = 34.0
    c.setLineWidth(1.2)
    c.line(margin, height - y, width - margin, height - y)
    band_height = (height - y - margin) / articles
    page = Page(b"", size, folio=folio)
    for index in range(articles):
        top = y + 8
        bottom = y + band_height - 8
        paragraphs = [pool[(index * 5 + k + rng.randrange(len(pool))) % len(pool)]
                      for k in range(12)]
        headline = _headline(paragraphs[0], language)
        byline = (f"{'김수원 이도청 박경기'.split()[index % 3]} 기자" if language == "ko"
                  else f"By {['Jane Kim', 'Tom Park', 'Ana Lee'][index % 3]}")
        head_size = 20.0 if index == 0 else 15.0
        c.setFont(bold, head_size)
        c.drawString(margin, height - (top + head_size), headline)
        c.setFont(regular, 8)
        c.drawString(margin, height - (top + head_size + 14), byline)
        body_top = top + head_size + 24
        cols = columns
        with_photo = photo and index == 1 and columns >= 3
        col_width = (width - 2 * margin - (cols - 1) * gutter) / cols
        caption = ""
        if with_photo:
            px0 = margin + (cols - 1) * (col_width + gutter)
            ph = min(120.0, bottom - body_top - 40)
            for _ in range(400):  # a "photo": grey blocks
                gx = px0 + rng.random() * (col_width - 8)
                gy = body_top + rng.random() * (ph - 8)
                shade = rng.random() * 0.6
                c.setFillColor(Color(shade, shade, shade))
                c.rect(gx, height - gy - 8, 8, 8, stroke=0, fill=1)
            c.setFillColor(Color(0, 0, 0))
            caption = (paragraphs[-1][:38] if language == "ko" else paragraphs[-1][:60]).strip()
            c.setFont(regular, 7)
            cap_lines = _wrap(caption, regular, 7, col_width, 0)
            for k, (text, _) in enumerate(cap_lines):
                c.drawString(px0, height - (body_top + ph + 10 + k * 9), text)
            caption = " ".join(t for t, _ in cap_lines)
            cols -= 1
        c.setFont(regular, body_size)
        lines_per_col = int((bottom - body_top) // leading)
        capacity = lines_per_col * cols
        if max_lines:
            capacity = min(capacity, max_lines)
        laid: list[tuple[str, float]] = []
        used: list[str] = []
        for paragraph in paragraphs:
            wrapped = _wrap(paragraph, regular, body_size, col_width, body_size)
            if len(laid) + len(wrapped) > capacity:
                break
            laid += wrapped
            used.append(paragraph)
        per_col = -(-len(laid) // cols)
        last_bottom = body_top
        for k, (text, offset) in enumerate(laid):
            col, row = divmod(k, per_col)
            x = margin + col * (col_width + gutter) + offset
            baseline = body_top + (row + 1) * leading - leading * 0.3
            c.drawString(x, height - baseline, text)
            last_bottom = max(last_bottom, baseline + leading * 0.3)
        body_right = margin + cols * (col_width + gutter) - gutter
        article = Article(headline, byline, used, caption,
                          box=(margin - 4, top - 2, width - margin + 4, last_bottom + 4),
                          body_box=(margin - 4, body_top - 2, body_right + 4, last_bottom + 4))
        page.articles.append(article)
        y += band_height
        if index < articles - 1:
            c.setLineWidth(0.8)
            c.line(margin, height - y, width - margin, height - y)
    c.showPage()
    c.save()
    page.pdf = buf.getvalue()
    return page


def _headline(paragraph: str, language: str) -> str:
    words = paragraph.split(" ")
    return " ".join(words[: 6 if language == "ko" else 8]).rstrip(",.")


def render(page: Page, dpi: int):  # noqa: ANN201 -- a PIL image
    """The page as an RGB image at `dpi` (pypdfium2, as a scanner would see print)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(page.pdf)
    try:
        return doc[0].render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        doc.close()


def degrade(image, *, noise: float = 0.0, skew: float = 0.0, jpeg: int | None = None,
            seed: int = 7):  # noqa: ANN001, ANN201 -- PIL images
    """Scanner noise (grey speckle, slightly grey paper, softened edges), skew in
    degrees (counter-clockwise) and JPEG artefacts at `jpeg` quality."""
    import numpy as np
    from PIL import Image, ImageFilter

    out = image.convert("L")
    if noise:
        rng = np.random.default_rng(seed)
        arr = np.asarray(out.filter(ImageFilter.GaussianBlur(0.6))).astype(np.float32)
        arr = arr * 0.92 + 10  # grey paper, less than black ink
        arr += rng.normal(0, noise, arr.shape)
        specks = rng.random(arr.shape) < 0.0008
        arr[specks] = 40
        out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if skew:
        out = out.rotate(skew, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=235)
    if jpeg:
        buf = io.BytesIO()
        out.save(buf, "JPEG", quality=jpeg)
        buf.seek(0)
        out = Image.open(buf)
        out.load()
    return out.convert("RGB")


def save_png(image, path: Path, dpi: int) -> Path:  # noqa: ANN001
    image.save(path, "PNG", dpi=(dpi, dpi))
    return path


# ---- character error rate --------------------------------------------------------------

def normalise(text: str) -> str:
    """What CER compares: NFC, every whitespace character removed (line breaks and
    spaces are layout, not text)."""
    import unicodedata

    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def levenshtein(a: str, b: str) -> int:
    """Edit distance (insertions, deletions, substitutions of one character each), by
    Myers' bit-parallel algorithm (Hyyrö's formulation): fast on pages of text."""
    if len(a) < len(b):
        a, b = b, a
    m = len(b)
    if m == 0:
        return len(a)
    peq: dict[str, int] = {}
    for i, ch in enumerate(b):
        peq[ch] = peq.get(ch, 0) | (1 << i)
    full = (1 << m) - 1
    top = 1 << (m - 1)
    pv, mv, score = full, 0, m
    for ch in a:
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = ((((eq & pv) + pv) & full) ^ pv) | eq
        ph = mv | (~(xh | pv) & full)
        mh = pv & xh
        if ph & top:
            score += 1
        elif mh & top:
            score -= 1
        ph = ((ph << 1) | 1) & full
        mh = (mh << 1) & full
        pv = mh | (~(xv | ph) & full)
        mv = ph & xv
    return score


def cer(hypothesis: str, reference: str) -> float:
    """Character error rate: edit distance over the reference's length, whitespace
    ignored (see `normalise`)."""
    ref, hyp = normalise(reference), normalise(hypothesis)
    return levenshtein(hyp, ref) / max(len(ref), 1)
