"""Reading PDFs with pypdfium2 (Google's PDFium, the engine of Chrome's viewer):
page count, rendering to images, and the text layer as words with boxes.

Safe by construction: no form environment is ever initialised (`init_forms` is not
called), so PDFium runs no JavaScript; attachments (embedded files) are never read,
listed or written. Page images are rendered at PAGE_DPI, lower for a page so big that
it would exceed MAX_PAGE_PIXELS (a PDF can declare a page of 200 inches).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from clipper.domain import Word
from clipper.paper.errors import PaperError
from clipper.paper.layout import group_lines

if TYPE_CHECKING:
    import pypdfium2
    from PIL import Image

PAGE_DPI = 200
MAX_PAGE_PIXELS = 40_000_000  # a broadsheet at 200 dpi is ~13 MP
MAX_PAGES = 600  # a bigger PDF is a book, not a paper: refused with a message


@dataclass
class PdfPageText:
    words: list[Word]  # in page-image pixels at the render dpi
    chars: int  # characters in the text layer (0: a scan, or only images)


@contextmanager
def open_pdf(data: bytes) -> Iterator[pypdfium2.PdfDocument]:
    """The PDF as a pypdfium2 document; PaperError with a message for an encrypted,
    broken or empty one."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = raw.FPDF_GetLastError()
        if code == raw.FPDF_ERR_PASSWORD:
            raise PaperError("the PDF is encrypted (password-protected); save a copy "
                             "without the password and import that") from exc
        if code == raw.FPDF_ERR_SECURITY:
            raise PaperError("the PDF uses an unsupported security handler") from exc
        raise PaperError("not a readable PDF (damaged or not a PDF)") from exc
    try:
        if len(doc) == 0:
            raise PaperError("the PDF has no pages")
        yield doc
    finally:
        doc.close()


def page_count(doc: pypdfium2.PdfDocument) -> int:
    return len(doc)


def render_dpi(doc: pypdfium2.PdfDocument, index: int, dpi: int = PAGE_DPI) -> int:
    """The dpi a page is rendered at: `dpi`, or less for a page so big it would
    exceed MAX_PAGE_PIXELS."""
    width, height = doc.get_page_size(index)  # points
    pixels = (width * dpi / 72) * (height * dpi / 72)
    if pixels <= MAX_PAGE_PIXELS:
        return dpi
    return max(int(dpi * (MAX_PAGE_PIXELS / pixels) ** 0.5), 1)


def render(doc: pypdfium2.PdfDocument, index: int, dpi: int) -> Image.Image:
    """One page as an RGB image at `dpi` (forms are never drawn: no form environment)."""
    page = doc[index]
    try:
        bitmap = page.render(scale=dpi / 72, may_draw_forms=False)
        try:
            return bitmap.to_pil().convert("RGB")
        finally:
            bitmap.close()
    except Exception as exc:  # PDFium's errors for a damaged page
        raise PaperError(f"page {index + 1} cannot be drawn ({exc})") from exc
    finally:
        page.close()


def text_words(doc: pypdfium2.PdfDocument, index: int, dpi: int) -> PdfPageText:
    """The words of a page's text layer with boxes in page-image pixels (at `dpi`),
    grouped into lines and blocks (layout.group_lines). Characters are read one by
    one with their boxes, so the text is exactly the layer's, spaces included."""
    import pypdfium2.raw as raw

    page = doc[index]
    try:
        textpage = page.get_textpage()
        try:
            count = textpage.count_chars()
            left, bottom, right, top = page.get_cropbox()
            rotation = page.get_rotation()
            scale = dpi / 72
            chars: list[tuple[str, float, float, float, float, float]] = []
            for i in range(count):
                code = raw.FPDFText_GetUnicode(textpage.raw, i)
                char = chr(code) if 0 < code < 0x110000 else ""
                if not char or char in "\r\n\x02" or 0xD800 <= code < 0xE000:
                    chars.append(("\n", 0, 0, 0, 0, 0))
                    continue
                if char.isspace():
                    chars.append((" ", 0, 0, 0, 0, 0))
                    continue
                x0, y0, x1, y1 = textpage.get_charbox(i, loose=True)
                box = _to_pixels((x0, y0, x1, y1), (left, bottom, right, top), rotation, scale)
                size = raw.FPDFText_GetFontSize(textpage.raw, i) * scale
                chars.append((char, *box, size))
        finally:
            textpage.close()
    finally:
        page.close()
    solid = sum(1 for c in chars if c[0] not in " \n")
    return PdfPageText(group_lines(_words_of(chars)), solid)


def _to_pixels(box: tuple[float, float, float, float], crop: tuple[float, float, float, float],
               rotation: int, scale: float) -> tuple[float, float, float, float]:
    """A box in PDF points (origin bottom left) as pixels of the rendered page (origin
    top left), following the page's /Rotate as PDFium's rendering does."""
    x0, y0, x1, y1 = box
    left, bottom, right, top = crop
    width, height = right - left, top - bottom
    # unrotated page pixels: x from the left, y from the top
    ux0, ux1 = x0 - left, x1 - left
    uy0, uy1 = top - y1, top - y0
    if rotation == 90:  # clockwise: the page's top goes to the right
        ux0, uy0, ux1, uy1 = height - uy1, ux0, height - uy0, ux1
    elif rotation == 180:
        ux0, uy0, ux1, uy1 = width - ux1, height - uy1, width - ux0, height - uy0
    elif rotation == 270:
        ux0, uy0, ux1, uy1 = uy0, width - ux1, uy1, width - ux0
    return (ux0 * scale, uy0 * scale, ux1 * scale, uy1 * scale)


def _words_of(chars: list[tuple[str, float, float, float, float, float]]) -> list[list]:
    """Characters into words: a space, a line break or a jump backwards (or a wide gap
    forwards: the next column on the same baseline) ends a word. Each word is
    [text, x0, y0, x1, y1, font size]."""
    words: list[list] = []
    current: list = []

    def flush() -> None:
        if current:
            words.append(current.copy())
            current.clear()

    for char, x0, y0, x1, y1, size in chars:
        if char in (" ", "\n"):
            flush()
            continue
        if current:
            height = max(current[4] - current[2], y1 - y0, 1.0)
            same_line = min(current[4], y1) - max(current[2], y0) > 0.3 * height
            gap = x0 - current[3]
            if not same_line or gap > 1.0 * height or gap < -0.5 * height:
                flush()
        if not current:
            current.extend([char, x0, y0, x1, y1, size])
        else:
            current[0] += char
            current[1], current[2] = min(current[1], x0), min(current[2], y0)
            current[3], current[4] = max(current[3], x1), max(current[4], y1)
            current[5] = max(current[5], size)
    flush()
    return words
