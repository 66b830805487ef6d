"""Importing releases and finding their pickups: the steps between the readers, the
matcher and the store.

- A release batch is read file by file (a bad file is one failed outcome; the batch
  goes on), stored, and then every clipping published from the day before the earliest
  new release on is matched against the new releases (an index of just those).
- A new or edited clipping is matched against every release (`match_clippings`); what
  it picked up replaces what was stored for it.
- Photo pickups are found with the text: a photo whose image is near a release photo
  belongs to that release; a photo with the office's credit belongs to the releases
  the clipping's text picked up (a credit alone cannot say which release it is from).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from clipper.domain import ImportOutcome, PhotoPickup
from clipper.errors import user_message
from clipper.importers.source import ImportFailure
from clipper.organise.journal import step
from clipper.progress import Cancelled, Progress
from clipper.releases import passages, photos
from clipper.releases.match import SLACK, Matcher, issued_in_time
from clipper.releases.read import accepts, read_release
from clipper.store import releases as rows
from clipper.store.library import Library, LibraryError

log = logging.getLogger(__name__)
CHUNK = 500  # clippings matched per transaction in a long run


# ---- importing releases -------------------------------------------------------------------

def expand(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files as given (a wrong kind gets its message); folders walked recursively for
    release files, in name order."""
    for item in paths:
        path = Path(item)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*")
                              if p.is_file() and accepts(p) and not p.name.startswith("."))
        else:
            yield path


def import_releases(library: Library, paths: Sequence[str | Path],
                    progress: Progress | None = None, cancelled: Cancelled | None = None,
                    matcher_of: Callable[[], Matcher] | None = None) -> list[ImportOutcome]:
    """Import release files as one undoable step, then match the library's clippings
    against the new releases (in the same step: undo takes both back)."""
    files = list(expand(paths))
    outcomes: list[ImportOutcome] = []
    new_ids: list[int] = []
    label = f"import {len(files)} release(s)"
    with step(library, "import_releases", label, count=len(files)):
        for done, path in enumerate(files):
            if cancelled is not None and cancelled():
                break
            if progress is not None:
                progress(done, len(files), path.name)
            outcome = _import_one(library, path)
            outcomes.append(outcome)
            if outcome.status == "imported" and outcome.clipping_id:
                new_ids.append(outcome.clipping_id)
        if new_ids:
            match_releases(library, new_ids, progress, cancelled)
    if progress is not None:
        progress(len(files), len(files), "")
    return outcomes


def _import_one(library: Library, path: Path) -> ImportOutcome:
    name = str(path)
    try:
        data = path.read_bytes() if path.is_file() else None
        if data is None:
            raise ImportFailure("no such file" if not path.exists() else "not a file")
        draft = read_release(path, data)
        duplicate = rows.find_duplicate(library.db, draft)
        if duplicate is not None:
            return ImportOutcome(name, "duplicate", duplicate,
                                 f"same text as release {duplicate}", draft.title)
        signature = passages.signature(draft.body)
        hashes = [photos.phash(p.data) if p.data else None for p in draft.photos]
        release_id, warnings = rows.add_release(
            library, draft, signature=signature, phashes=hashes, original=data,
            original_suffix=path.suffix)
    except ImportFailure as exc:
        return ImportOutcome(name, "failed", reason=str(exc))
    except OSError as exc:
        return ImportOutcome(name, "failed", reason=f"cannot read the file ({exc.strerror or exc})")
    except LibraryError as exc:
        return ImportOutcome(name, "failed", reason=user_message(exc, library.root))
    except Exception as exc:  # a reader library's own bug on a strange file  # noqa: BLE001
        # Word, HWPX and PDF files come in endless variants; whatever a reader library
        # raises on one, the item fails with a message and the batch goes on.
        log.warning("release %s could not be read", name, exc_info=True)
        return ImportOutcome(name, "failed",
                             reason=f"could not be read as a release ({type(exc).__name__})")
    reason = "; ".join(draft.warnings + warnings)
    return ImportOutcome(name, "imported", release_id, reason, draft.title)


# ---- matching -----------------------------------------------------------------------------

def match_releases(library: Library, release_ids: Sequence[int],
                   progress: Progress | None = None, cancelled: Cancelled | None = None
                   ) -> int:
    """Find the pickups of these releases among the clippings published from the day
    before the earliest of them on (and the undated ones); pickups found."""
    db = library.db
    wanted = set(release_ids)
    signatures = [s for s in rows.signatures(db) if s[0] in wanted]
    if not signatures:
        return 0
    matcher = Matcher(signatures, lambda ids: rows.release_blocks(db, ids))
    dates = [issued for _rid, issued, _sig in signatures]
    earliest = None if any(d is None for d in dates) else min(dates) - SLACK  # type: ignore[type-var]
    ids = rows.clippings_from(db, earliest)
    index = _photo_index(db, wanted)
    found_pickups: list[rows.PickupRecord] = []
    found_photos: list[PhotoPickup] = []
    credits = rows.photo_credits(db)
    for start in range(0, len(ids), CHUNK):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(start, len(ids), "matching clippings")
        texts = rows.clipping_texts(db, ids[start:start + CHUNK])
        got_pickups, got_photos = _match_texts(library, matcher, texts, index, credits)
        found_pickups += got_pickups
        found_photos += got_photos
    with library.transaction() as tx:
        rows.replace_pickups_of_releases(tx, list(wanted), found_pickups, found_photos)
    return len(found_pickups)


def match_clippings(library: Library, matcher: Matcher, clipping_ids: Sequence[int]) -> bool:
    """Match these clippings against every release; whether their pickups changed."""
    db = library.db
    texts = rows.clipping_texts(db, list(clipping_ids))
    if not texts:
        return False
    before = rows.pickups_of_clippings(db, [t.id for t in texts])
    found, found_photos = _match_texts(library, matcher, texts,
                                       _photo_index(db, None), rows.photo_credits(db))
    with library.transaction() as tx:
        rows.replace_pickups_of_clippings(tx, [t.id for t in texts], found, found_photos)
    return bool(before or found or found_photos)


def rematch(library: Library, matcher: Matcher, progress: Progress | None = None,
            cancelled: Cancelled | None = None) -> int:
    """Every clipping against every release again (after new thresholds, or to check);
    stored a chunk at a time, so a cancel keeps what was done; pickups found."""
    db = library.db
    ids = rows.clippings_from(db, None)
    index = _photo_index(db, None)
    credits = rows.photo_credits(db)
    total = 0
    for start in range(0, len(ids), CHUNK):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(start, len(ids), "matching clippings")
        chunk = ids[start:start + CHUNK]
        texts = rows.clipping_texts(db, chunk)
        found, found_photos = _match_texts(library, matcher, texts, index, credits)
        with library.transaction() as tx:
            rows.replace_pickups_of_clippings(tx, chunk, found, found_photos)
        total += len(found)
    if progress is not None:
        progress(len(ids), len(ids), "")
    return total


def refresh_photo_pickups(library: Library) -> None:
    """Photo pickups found again (after the credits changed), text pickups as they are."""
    db = library.db
    ids = rows.clippings_with_photo_pickups(db)
    index = _photo_index(db, None)
    credits = rows.photo_credits(db)
    texts = rows.clipping_texts(db, ids)
    text_rids = rows.release_ids_of_clippings(db, ids)
    issued = rows.release_dates(db)
    hashes = clipping_photo_hashes(library, texts) if index else {}
    found: list[PhotoPickup] = []
    for clip in texts:
        found += photo_pickups_of(clip, text_rids.get(clip.id, []), credits, index, hashes,
                                  issued)
    with library.transaction() as tx:
        rows.replace_photo_pickups_of_clippings(tx, ids, found)


def _photo_index(db, release_ids: set[int] | None) -> photos.PhotoIndex:  # noqa: ANN001
    return photos.PhotoIndex(h for h in rows.release_photo_hashes(db)
                             if release_ids is None or h[0] in release_ids)


def _match_texts(library: Library, matcher: Matcher, texts: Sequence[rows.ClippingText],
                 index: photos.PhotoIndex, credits: list[str]
                 ) -> tuple[list[rows.PickupRecord], list[PhotoPickup]]:
    found: list[rows.PickupRecord] = []
    found_photos: list[PhotoPickup] = []
    hashes = clipping_photo_hashes(library, texts) if index else {}
    for clip in texts:
        matches = matcher.match(clip.blocks, clip.published) if len(matcher) else []
        for rid, result in matches:
            found.append(rows.PickupRecord(rid, clip.id, result.share, result.coverage,
                                           result.kind, result.passages))
        if clip.photos:
            found_photos += photo_pickups_of(clip, [rid for rid, _r in matches], credits,
                                             index, hashes, matcher.issued)
    return found, found_photos


def photo_pickups_of(clip: rows.ClippingText, text_releases: Sequence[int],
                     credits: Sequence[str], index: photos.PhotoIndex,
                     hashes: dict[str, str], issued: dict[int, dt.date | None]
                     ) -> list[PhotoPickup]:
    out: list[PhotoPickup] = []
    for position, caption, credit, image in clip.photos:
        by_credit = photos.credit_in(credits, credit, caption)
        near: dict[int, int] = {}
        if index and image and image in hashes:
            near = {rid: d for rid, d in index.near(hashes[image]).items()
                    if rid in issued and issued_in_time(issued[rid], clip.published)}
        for rid, d in near.items():
            out.append(PhotoPickup(rid, clip.id, position, "both" if by_credit else "image", d))
        if by_credit:
            out += [PhotoPickup(rid, clip.id, position, "credit", None)
                    for rid in text_releases if rid not in near]
    return out


def clipping_photo_hashes(library: Library, texts: Sequence[rows.ClippingText]
                          ) -> dict[str, str]:
    """image path -> perceptual hash of these clippings' stored photos (computed once,
    then cached in the library)."""
    from clipper.store.media import MediaError, resolve_inside

    images = sorted({image for t in texts for _p, _c, _cr, image in t.photos if image})
    if not images:
        return {}
    known = rows.cached_hashes(library.db, images)
    new: dict[str, str] = {}
    for image in images:
        if image in known:
            continue
        try:
            data = resolve_inside(library.root, image).read_bytes()
        except (OSError, MediaError):
            continue
        value = photos.phash(data)
        if value:
            new[image] = value
    if new and not library.read_only:
        try:
            with library.transaction() as tx:
                rows.cache_hashes(tx, new)
        except LibraryError as exc:  # a cache: the next match computes them again
            log.warning("photo hashes not cached: %s", exc)
    return {**known, **new}
