"""A clipping's photo files, out of the library: where the original is, and a copy of
it saved where the user chooses (the photo viewer's Save As)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image as PILImage

from clipper.domain import Clipping, Photo
from clipper.store import media
from clipper.store.leftovers import export_temp
from clipper.store.library import Library, LibraryError


def photo_file(library: Library, clipping_id: int, position: int) -> Path | None:
    """The original file of photo `position` of a clipping, or None when the clipping
    has no image for it (captions only) or the file is gone from the media folder."""
    clipping = library.get(clipping_id)
    if clipping is None:
        raise LibraryError(f"no clipping with id {clipping_id}")
    photo = next((p for p in clipping.photos if p.position == position), None)
    if photo is None:
        raise LibraryError(f"clipping {clipping_id} has no photo {position + 1}")
    if not photo.image:
        return None
    try:
        path = media.resolve_inside(library.root, photo.image)
    except media.MediaError:  # a damaged row must never point outside the library
        return None
    return path if path.is_file() else None


def save_photo(library: Library, clipping_id: int, position: int, target: Path) -> Path:
    """Copy a photo's original file to `target`, byte for byte.

    Written as exports are: a temporary file beside the target (made with the umask,
    not 0600) renamed over it, so a crash never leaves half a picture under the name."""
    source = photo_file(library, clipping_id, position)
    if source is None:
        raise LibraryError(f"clipping {clipping_id}: photo {position + 1} has no stored image")
    target = Path(target)
    data = source.read_bytes()
    fd, tmp = export_temp(target.parent, ".export-", target.suffix)
    media.fill_and_replace(fd, tmp, data, target)
    return target


def photos_by_place(clipping: Clipping) -> dict[int, list[Photo]]:
    """A clipping's photos by where they stood: the number of body blocks before them.

    Unknown places go on top (0); a place past the end of the body goes after its last
    block. Every report layout prints photo n after block n of the body."""
    places: dict[int, list[Photo]] = {}
    for photo in clipping.photos:
        place = 0 if photo.after_block is None else \
            max(0, min(photo.after_block, len(clipping.body)))
        places.setdefault(place, []).append(photo)
    return places


def photo_image(library: Library, photo: Photo,
                warnings: list[str]) -> tuple[Path, int, int] | None:
    """The stored file of a photo and its size in pixels, or None (a warning said why)."""
    if not photo.image:
        return None
    try:
        path = media.resolve_inside(library.root, photo.image)
    except media.MediaError:
        warnings.append(f"photo path {photo.image!r} is outside the library; skipped")
        return None
    if not path.is_file():
        warnings.append(f"photo file missing: {photo.image}")
        return None
    width, height = photo.width, photo.height
    if not width or not height:
        try:
            with PILImage.open(path) as img:
                width, height = img.size
        except Exception as exc:  # Pillow raises many types for broken files
            warnings.append(f"unreadable photo {photo.image}: {exc}")
            return None
    return path, width, height
