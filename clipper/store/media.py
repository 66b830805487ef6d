"""Photo files inside a library: content-addressed originals and rebuildable thumbnails.

Originals live at `media/<first two hex digits>/<sha256>.<ext>`, so the same photo
imported twice is stored once. Thumbnails live under `thumbs/` and can be deleted at
any time: `thumbnail_path` makes them again on demand.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

# Pillow's own guard raises DecompressionBombError above twice this; we make the
# warning level an error too, so a 100-megapixel "photo" never reaches the decoder.
MAX_IMAGE_PIXELS = 60_000_000
MAX_IMAGE_BYTES = 40 * 1024 * 1024
THUMBNAIL_SIZE = (320, 320)

_EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp", "BMP": "bmp"}


class MediaError(ValueError):
    """An image that cannot be stored: corrupt, unsupported or too big."""


@dataclass(frozen=True)
class StoredImage:
    path: str  # relative to the library root, with forward slashes
    width: int
    height: int
    created: bool  # False when the same file was already in the library


def inspect_image(data: bytes) -> tuple[str, int, int]:
    """Check that `data` is a whole, sane image; return (extension, width, height)."""
    if len(data) > MAX_IMAGE_BYTES:
        raise MediaError(f"image is {len(data) // (1024 * 1024)} MB, over the limit")
    from PIL import Image  # when needed: every command imports this module (20 ms)

    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                fmt = img.format or ""
                width, height = img.size
                img.verify()
            # verify() does not decode pixels; load() catches truncated files.
            with Image.open(io.BytesIO(data)) as img:
                img.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise MediaError(f"image too large to decode safely ({exc})") from exc
    except Exception as exc:  # Pillow raises many types for broken files
        raise MediaError(f"not a readable image ({type(exc).__name__}: {exc})") from exc
    ext = _EXTENSIONS.get(fmt)
    if ext is None:
        raise MediaError(f"unsupported image format {fmt or 'unknown'}")
    return ext, width, height


def store_image(root: Path, data: bytes) -> StoredImage:
    """Store `data` under the library's media folder (once per content)."""
    ext, width, height = inspect_image(data)
    digest = hashlib.sha256(data).hexdigest()
    rel = f"media/{digest[:2]}/{digest}.{ext}"
    target = root / rel
    if target.exists():
        return StoredImage(rel, width, height, created=False)
    write_atomically(target, data)
    return StoredImage(rel, width, height, created=True)


def write_atomically(target: Path, data: bytes) -> None:
    """Write a file so that a crash leaves either the old state or the whole file.

    A crash can leave the temporary file; its name carries our process id, so
    `clipper check` tells a leftover (its process is gone) from a file being written.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=temp_prefix(".tmp-"))
    fill_and_replace(fd, tmp, data, target)


def fill_and_replace(fd: int, tmp: str, data: bytes, target: Path) -> None:
    """Write `data` into the open temporary file `fd` (named `tmp`) and rename it over
    `target`; on any failure the temporary file goes and the target is untouched."""
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def temp_prefix(kind: str) -> str:
    """A temporary file name's start: `kind`, then this process's id and a dash."""
    return f"{kind}{os.getpid()}-"


# Every (table, column) that names a library file: photos, originals, and print's page
# images, PDF/scan originals and cut-out crops (m0009_print). Journal, `check` and
# deletion all ask this list, so a file in use is never taken for an orphan.
FILE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("photos", "image"), ("clippings", "original"),
    ("print_pages", "image"), ("print_pages", "original"), ("clipping_cuts", "image"),
    ("release_photos", "image"), ("releases", "original"),  # press releases (issue 18)
)


def is_referenced(db: Database, rel: str) -> bool:
    """Whether a row refers to the library file `rel` (a photo, an original, a page
    image or a cut)."""
    return any(
        db.execute(f"SELECT 1 FROM {table} WHERE {column} = ? LIMIT 1", [rel]).fetchone()
        for table, column in FILE_COLUMNS
    )


def resolve_inside(root: Path, rel: str) -> Path:
    """The absolute path of `rel` inside `root`; refuses paths that escape it."""
    path = (root / rel).resolve()
    if not path.is_relative_to(root.resolve()):
        raise MediaError(f"path {rel!r} escapes the library folder")
    return path


def thumbnail_path(root: Path, image_rel: str) -> Path:
    """The thumbnail of a stored image, made on first use."""
    stem = Path(image_rel).stem
    thumb = root / "thumbs" / stem[:2] / f"{stem}.jpg"
    if thumb.exists():
        return thumb
    source = resolve_inside(root, image_rel)
    from PIL import Image

    with Image.open(source) as img:
        img = img.convert("RGB")
        img.thumbnail(THUMBNAIL_SIZE)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=85)
    write_atomically(thumb, buf.getvalue())
    return thumb
