"""Scans and photos of printed pages: opened with Pillow behind a decompression-bomb
guard, turned upright by their EXIF orientation, one image per TIFF page, and kept as
lossless PNG (a PNG that needs no turning is kept byte for byte)."""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from dataclasses import dataclass

from clipper.paper.errors import PaperError

# 20,000 x 20,000 is 400 MP; an A2 scan at 400 dpi is ~62 MP. Checked from the header,
# before a pixel is decoded.
MAX_SCAN_PIXELS = 100_000_000
MAX_FRAMES = 600
_KEEP_MODES = ("1", "L", "LA", "RGB", "RGBA", "P", "I;16")


@dataclass
class PageImage:
    png: bytes  # lossless
    width: int
    height: int
    dpi: int  # as the file declares it (0: not said or implausible)


def frame_count(data: bytes) -> int:
    """How many pages the image file holds (a multi-page TIFF: more than one)."""
    with _open(data) as img:
        return max(getattr(img, "n_frames", 1), 1)


def pages(data: bytes) -> Iterator[PageImage]:
    """Each page of an image file as an upright, lossless PNG."""
    from PIL import Image, ImageOps

    with _open(data) as img:
        frames = max(getattr(img, "n_frames", 1), 1)
        if frames > MAX_FRAMES:
            raise PaperError(f"the image has {frames} pages, over the limit of {MAX_FRAMES}")
        for index in range(frames):
            img.seek(index)
            _guard(img.size)
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("error", Image.DecompressionBombWarning)
                    img.load()
                    upright = ImageOps.exif_transpose(img)
            except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
                raise PaperError(f"the image is too large to open safely ({exc})") from exc
            except (OSError, ValueError, SyntaxError) as exc:
                raise PaperError(f"the image is damaged ({exc})") from exc
            dpi = _dpi(img.info.get("dpi"))
            turned = upright is not img
            if img.format == "PNG" and frames == 1 and not turned and img.mode in _KEEP_MODES:
                yield PageImage(data, img.width, img.height, dpi)
                continue
            frame = upright if upright.mode in _KEEP_MODES else upright.convert("RGB")
            buf = io.BytesIO()
            frame.save(buf, "PNG", dpi=(dpi, dpi) if dpi else None, compress_level=3)
            yield PageImage(buf.getvalue(), frame.width, frame.height, dpi)


def _open(data: bytes):  # noqa: ANN202 -- a PIL image (a context manager)
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_SCAN_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise PaperError(_too_big_message(str(exc))) from exc
    except Exception as exc:  # Pillow raises many types for what is not an image
        raise PaperError("not a readable image (damaged, or not an image)") from exc
    _guard(img.size)
    return img


def _guard(size: tuple[int, int]) -> None:
    width, height = size
    if width * height > MAX_SCAN_PIXELS:
        raise PaperError(
            f"the image is {width:,} × {height:,} pixels ({width * height / 1e6:.0f} "
            f"megapixels), over the limit of {MAX_SCAN_PIXELS // 1_000_000} megapixels "
            "for a page; scan at 300 dpi or less")
    if width < 1 or height < 1:
        raise PaperError("the image is empty (0 pixels)")


def _too_big_message(detail: str) -> str:
    import re

    # Pillow refuses at the header, before we see the size: "Image size (400000000
    # pixels) exceeds limit ..."
    match = re.search(r"\((\d+) pixels\)", detail)
    size = f" ({int(match.group(1)) / 1e6:.0f} megapixels)" if match else ""
    return (f"the image is too large to open safely{size}, over the limit of "
            f"{MAX_SCAN_PIXELS // 1_000_000} megapixels for a page; scan at 300 dpi or less")


def _dpi(value: object) -> int:
    try:
        dpi = int(round(float(value[0])))  # type: ignore[index]
    except (TypeError, ValueError, IndexError):
        return 0
    return dpi if 70 <= dpi <= 1200 else 0
