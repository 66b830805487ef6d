"""The bytes of each article photo: from the page itself, its `_files` folder, its MHTML
archive, or the web (fetched pages only), tried in that order over all the photo's
addresses (`photo_sources.addresses`).

A photo that stays without its image for a reason the user can act on (the saved copy is
missing, outside the page's folder, over a cap) is named in the import's warnings.
"""

from __future__ import annotations

import base64
import binascii
import io
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from clipper.domain import PhotoDraft
from clipper.importers.html_photos import EMBEDDED_MIN_CHARS, FoundPhoto
from clipper.importers.photo_sources import ResourceIndex, is_local_path, resolve
from clipper.importers.source import ImportFailure, Source
from clipper.store.media import MAX_IMAGE_BYTES

MAX_PHOTOS = 40  # files loaded per article; a gallery's further photos keep their captions
PHOTO_DOWNLOAD_BUDGET = 60.0  # seconds for all of a fetched page's photos together
MAX_DOWNLOADS_PER_PHOTO = 2  # the preferred address, then one other size or copy
PLACEHOLDER_BYTES = 2048  # lazy-loading placeholders are tiny files...
PLACEHOLDER_SIDE = 16  # ...of a pixel or a few


def shown_src(src: str) -> str:
    """What a photo's address is stored as: a data: URI only by its type, not its bytes."""
    return src.split(",", 1)[0] + ",…" if src.startswith("data:") else src


@dataclass
class _Lookup:
    """What a search of the local copies found, and why it found nothing."""

    data: bytes | None = None
    missing: list[str] = field(default_factory=list)  # saved copies not in the folder
    outside: list[str] = field(default_factory=list)  # paths leading out of the folder


def photo_drafts(photos: list[FoundPhoto], source: Source, download: bool,
                 warnings: list[str]) -> list[PhotoDraft]:
    """One draft per photo, with its bytes where they can be had; problems to `warnings`."""
    drafts: list[PhotoDraft] = []
    index = ResourceIndex(source.resources) if source.resources else None
    started = time.monotonic()
    over: list[str] = []
    for n, photo in enumerate(photos, 1):
        draft = PhotoDraft(caption=photo.caption, credit=photo.credit,
                           src=shown_src(photo.src), alt=photo.alt,
                           after_block=photo.after_block)
        drafts.append(draft)
        if n > MAX_PHOTOS:
            over.append(draft.src or "")
            continue
        try:
            found = _local(photo, source, index)
            draft.data = found.data
            if draft.data is None and download:
                if time.monotonic() - started > PHOTO_DOWNLOAD_BUDGET:
                    raise ImportFailure("not downloaded: the page's photos took too long")
                draft.data = _download(photo)
        except ImportFailure as exc:
            warnings.append(f"photo {n} ({draft.src}): {exc}")
            continue
        if draft.data is None and found.outside:
            warnings.append(f"photo {n} ({draft.src}): {found.outside[0]} is outside the "
                            "saved page's folder; not read")
        elif draft.data is None and found.missing:
            warnings.append(f"photo {n} ({draft.src}): saved copy {found.missing[0]} not "
                            "found beside the page; the photo is stored without its image")
    if over:
        warnings.append(f"photos {MAX_PHOTOS + 1} to {len(photos)} stored without their "
                        f"images (over {MAX_PHOTOS} photos per clipping), from {over[0]}")
    return drafts


def _local(photo: FoundPhoto, source: Source, index: ResourceIndex | None) -> _Lookup:
    """The photo's bytes from the page, its archive or its folder, without the network."""
    found = _Lookup()
    candidates = photo.addresses or [photo.src]
    for address in candidates:
        # A short data: URI is a lazy-loading placeholder, not an embedded photo.
        if address.startswith("data:") and len(address) > EMBEDDED_MIN_CHARS:
            data = embedded_bytes(address)
            if not is_placeholder(data):
                found.data = data
                return found
    if source.path is not None:
        for address in candidates:
            if is_local_path(address):
                data = _folder_bytes(address, source.path, found)
                if data is not None and not is_placeholder(data):
                    found.data = data
                    return found
    if index is not None:
        resolved = [resolve(a, photo.base) for a in candidates if not a.startswith("data:")]
        data = index.find(list(dict.fromkeys(candidates + resolved)))
        if data is not None and not is_placeholder(data):
            found.data = data
    return found


def _folder_bytes(address: str, page: Path, found: _Lookup) -> bytes | None:
    """A saved copy beside the page; never a file elsewhere on the disk."""
    folder = page.parent.resolve()
    rel = unquote(urlsplit(address).path)
    try:
        path = (folder / rel).resolve()
    except (OSError, ValueError):
        return None
    if not path.is_relative_to(folder):
        found.outside.append(address)
        return None
    if not path.is_file():
        found.missing.append(rel)
        return None
    size = path.stat().st_size
    if size > MAX_IMAGE_BYTES:
        raise ImportFailure(f"photo file is {size // (1024 * 1024)} MB, over the limit")
    return path.read_bytes()


def _download(photo: FoundPhoto) -> bytes | None:
    """The photo from the web: its preferred address, then one other."""
    from clipper.importers import url as url_fetch

    remote = [photo.src] + [resolve(a, photo.base) for a in photo.addresses]
    remote = [a for a in dict.fromkeys(remote)
              if urlsplit(a).scheme in ("http", "https")][:MAX_DOWNLOADS_PER_PHOTO]
    error: ImportFailure | None = None
    for address in remote:
        try:
            return url_fetch.fetch_photo(address)
        except ImportFailure as exc:
            error = error or exc
    if error is not None:
        raise error
    return None


def embedded_bytes(src: str) -> bytes:
    """The image inside a data: URI (base64 or percent-encoded)."""
    header, _, payload = src.partition(",")
    if len(payload) * 3 // 4 > MAX_IMAGE_BYTES:
        raise ImportFailure("embedded photo is over the size limit")
    try:
        if header.endswith(";base64"):
            return base64.b64decode(payload, validate=False)
        return unquote(payload).encode("latin-1")
    except (binascii.Error, ValueError, UnicodeEncodeError) as exc:
        raise ImportFailure(f"embedded photo is not readable ({exc})") from exc


def is_placeholder(data: bytes) -> bool:
    """A lazy-loading placeholder (a transparent pixel, a blank SVG), not a photo."""
    if len(data) > PLACEHOLDER_BYTES:
        return False
    if data.lstrip()[:5].lower() in (b"<svg ", b"<?xml"):
        return True
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            return max(image.size) <= PLACEHOLDER_SIDE
    except Exception:  # noqa: BLE001 -- not an image we can read: the store will say so
        return False
