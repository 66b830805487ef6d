"""A release as PDF: the text layer, page by page (pypdfium2). A PDF without one (a
scan) says that it needs OCR rather than importing an empty release."""

from __future__ import annotations

import re

from clipper.domain import ReleaseDraft
from clipper.importers.source import ImportFailure
from clipper.releases.read_text import draft_from_lines, lines_of

SUFFIXES = (".pdf",)
MIN_TEXT = 20  # characters: less over the whole file is a scan's stray marks


def read_pdf(data: bytes, name: str = "") -> ReleaseDraft:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except Exception as exc:  # pypdfium2 raises PdfiumError and others
        raise ImportFailure(f"not a readable PDF ({exc})") from exc
    try:
        pages = []
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
    finally:
        pdf.close()
    text = "\n".join(pages)
    if len("".join(text.split())) < MIN_TEXT:
        raise ImportFailure("the PDF has no text layer (a scanned page): it needs OCR "
                            "first; save the release as text, Word or HWPX instead")
    return draft_from_lines(_paragraphs(lines_of(text)), "pdf", name)


def _paragraphs(lines: list[str]) -> list[str]:
    """A PDF breaks lines where the page ran out of width: a line as wide as the page's
    prose that does not end a sentence continues in the next one. Shorter lines (the
    title, head cells) and lines starting with a bullet stand alone."""
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    if not lengths:
        return []
    full = lengths[int(len(lengths) * 0.9)] if len(lengths) > 1 else lengths[0]
    out: list[str] = []
    joining = False
    for line in lines:
        text = line.strip()
        if not text:
            joining = False
            out.append("")
            continue
        if joining and out and not _BULLET.match(text):
            out[-1] = f"{out[-1]} {text}" if not out[-1].endswith("-") else out[-1] + text
        else:
            out.append(text)
        joining = len(text) >= 0.85 * full and not text.endswith(_ENDS)
    return out


_ENDS = (".", "다", "”", "\"", "’", ":")
_BULLET = re.compile(r"^\s*(?:[□■○◦ㅇ●◆◇▣※▲-]|\d+\.)")
