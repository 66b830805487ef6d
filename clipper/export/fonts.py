"""The report's fonts: NanumGothic (OFL), embedded so Korean renders with no system fonts.

reportlab needs TrueType outlines and subsets them itself when it writes the PDF, so only
the glyphs used are embedded. Nanum covers Hangul, KS X 1001 Hanja, Latin and the usual
punctuation, so one family serves Korean and English text alike.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
REGULAR = "NanumGothic"
BOLD = "NanumGothicBold"


class FontError(RuntimeError):
    """The shipped fonts are missing or unreadable."""


@cache
def register_fonts() -> tuple[str, str]:
    """Register the family once per process; return (regular, bold) font names."""
    for name in (REGULAR, BOLD):
        path = FONT_DIR / f"{name}.ttf"
        if not path.exists():
            raise FontError(f"font file missing: {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    # <b> and <i> in paragraph markup map to these faces; there is no italic Nanum, so
    # italics fall back to the upright faces rather than to a Latin-only Helvetica.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD


@cache
def _covered() -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(REGULAR)
    return frozenset(font.face.charToGlyph)


def printable(text: str) -> str:
    """`text` with characters the font cannot draw replaced by '?', control chars dropped.

    A missing glyph would print as an empty box; a question mark at least says that
    something was there. Control characters are invalid in the paragraph markup.
    """
    covered = _covered()
    out: list[str] = []
    for ch in text:
        code = ord(ch)
        if ch in "\n\t":
            out.append(" ")
        elif code < 32 or 0x7F <= code < 0xA0:
            continue
        elif code in covered or ch.isspace():
            out.append(ch)
        elif 0xFE00 <= code <= 0xFE0F or code in (0x200B, 0x200C, 0x200D, 0xFEFF):
            continue  # variation selectors and zero-width marks draw nothing anyway
        else:
            out.append(_look_alike(ch, covered))
    return "".join(out)


# Punctuation Korean outlets use that NanumGothic lacks, and what draws the same.
_LOOK_ALIKES = {"\u2027": "\u00b7", "\u318d": "\u00b7", "\u2219": "\u00b7", "\u223c": "~",
                "\u2011": "-", "\u2012": "-", "\u2043": "-", "\u2212": "-"}


def _look_alike(ch: str, covered: frozenset[int]) -> str:
    """A drawable stand-in for `ch`: a look-alike, its compatibility form, else '?'."""
    for candidate in (_LOOK_ALIKES.get(ch, ""), unicodedata.normalize("NFKC", ch)):
        if candidate and all(ord(c) in covered for c in candidate):
            return candidate
    return "?"
