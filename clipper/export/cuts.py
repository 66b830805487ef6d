"""A print clipping's cut-out images, sized for a report page like a paper scrap.

The generic PDF report and the daily report's PDF, DOCX and HWPX writers all place a
clipping's cuts (issue 16) through this module, so the four agree on one rule: a cut
is printed at its size on paper (its pixels at the dpi its page was rendered or
scanned at), scaled down to fit the frame and never scaled up. A cut drawn bigger than
its paper size would only blur; a 200 dpi crop is sharp at 100%.

What stands for the clipping: the cut image(s) and not the recognised text. The image
is what the press office sends (the article as printed, with its headline, photos and
layout), and OCR text printed under it would repeat the article with recognition
errors. The text stays in the library for search and highlights; notes and highlights
the user made on it are printed after the image as quoted notes, so no note is lost.
A clipping whose cut files are gone falls back to its text (with a warning).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image as PILImage

from clipper.domain import Clipping, Cut
from clipper.store import media
from clipper.store.leftovers import export_temp
from clipper.store.library import Library

MM_PER_INCH = 25.4
POINTS_PER_INCH = 72.0
# The dpi print pages are rendered at (h-ocr renders PDF pages at 200 dpi); a crop
# whose file does not say its dpi, and whose page is gone, is taken at this.
DEFAULT_DPI = 200.0
MIN_DPI = 50.0  # a file claiming less (72 from a careless scanner) would print huge
MAX_DPI = 1200.0


@dataclass(frozen=True)
class CutImage:
    """A cut's stored file, its pixel size and the dpi it was made at."""

    cut: Cut
    path: Path
    width: int
    height: int
    dpi: float

    @property
    def natural_mm(self) -> tuple[float, float]:
        """The cut's size on paper, in millimetres."""
        return (self.width / self.dpi * MM_PER_INCH, self.height / self.dpi * MM_PER_INCH)


def fit(natural: tuple[float, float], frame: tuple[float, float]) -> tuple[float, float]:
    """`natural` (w, h) scaled down to fit inside `frame` (w, h), never up. Any unit,
    the same for both."""
    w, h = natural
    if w <= 0 or h <= 0:
        return 0.0, 0.0
    scale = min(1.0, frame[0] / w, frame[1] / h)
    return w * scale, h * scale


def fit_mm(image: CutImage, frame_mm: tuple[float, float]) -> tuple[float, float]:
    return fit(image.natural_mm, frame_mm)


def fit_points(image: CutImage, frame_pt: tuple[float, float]) -> tuple[float, float]:
    w_mm, h_mm = image.natural_mm
    per_mm = POINTS_PER_INCH / MM_PER_INCH
    return fit((w_mm * per_mm, h_mm * per_mm), frame_pt)


def cut_images(library: Library, clipping: Clipping, warnings: list[str]) -> list[CutImage]:
    """The clipping's cuts that have a readable file, in order; a warning for each that
    has not (missing, outside the library, unreadable)."""
    images = []
    for cut in sorted(getattr(clipping, "cuts", []) or [], key=lambda c: c.position):
        found = _cut_image(library, cut, warnings)
        if found is not None:
            images.append(found)
    return images


def _cut_image(library: Library, cut: Cut, warnings: list[str]) -> CutImage | None:
    try:
        path = media.resolve_inside(library.root, cut.image)
    except media.MediaError:
        warnings.append(f"cut image path {cut.image!r} is outside the library; skipped")
        return None
    if not path.is_file():
        warnings.append(f"cut image missing: {cut.image}")
        return None
    try:
        with PILImage.open(path) as img:
            width, height = img.size
            dpi = _file_dpi(img.info.get("dpi"))
    except Exception as exc:  # Pillow raises many types for broken files
        warnings.append(f"unreadable cut image {cut.image}: {exc}")
        return None
    if dpi is None:
        dpi = _page_dpi(library, cut.page_id) or DEFAULT_DPI
    return CutImage(cut, path, width or cut.width, height or cut.height, dpi)


def _file_dpi(value) -> float | None:
    """The dpi a PNG/TIFF/JPEG says it has, when it is plausible."""
    try:
        dpi = float(value[0]) if isinstance(value, tuple) else float(value)
    except (TypeError, ValueError, IndexError):
        return None
    if abs(dpi - round(dpi)) < 0.01:  # PNG keeps dots per metre: 200 dpi reads 199.9996
        dpi = float(round(dpi))
    return dpi if MIN_DPI <= dpi <= MAX_DPI else None


def _page_dpi(library: Library, page_id: int | None) -> float | None:
    """The dpi of the page a cut came from, when the page is still in the library."""
    if page_id is None:
        return None
    try:
        from clipper.store import print_pages

        page = print_pages.page(library.db, page_id)
    except Exception:  # no such page (deleted), or an older store: the default will do
        return None
    dpi = float(page.dpi) if page is not None and page.dpi else None
    return dpi if dpi is not None and MIN_DPI <= dpi <= MAX_DPI else None


def save_cut(source: Path, target: Path) -> Path:
    """Copy a cut's file to `target` the way exports are written: a temporary file
    beside it renamed over it, so a crash never leaves half a picture under the name."""
    data = source.read_bytes()
    fd, tmp = export_temp(target.parent, ".export-", target.suffix)
    media.fill_and_replace(fd, tmp, data, target)
    return target
