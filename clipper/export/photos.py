"""A clipping's photo files, out of the library: where the original is, and a copy of
it saved where the user chooses (the photo viewer's Save As)."""

from __future__ import annotations

from pathlib import Path

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
