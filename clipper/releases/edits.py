"""Deleting and editing releases, setting the office's photo credits: each one undoable
step (one journal entry), returning Changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from clipper.domain import Block, Changes
from clipper.organise.journal import release_files, step
from clipper.releases import passages, pickup
from clipper.releases.match import Matcher
from clipper.store import releases as rows
from clipper.store.library import Library, LibraryError

MAX_CREDIT = 100
MAX_CREDITS = 50


def delete_releases(library: Library, ids: Iterable[int]) -> Changes:
    """Delete releases with their pickups; undo brings all of it back."""
    wanted = list(dict.fromkeys(int(i) for i in ids))
    missing = [i for i in wanted if not rows.exists(library.db, i)]
    if missing:
        raise LibraryError(f"no release with id {', '.join(map(str, missing))}")
    if not wanted:
        return Changes()
    files = rows.release_media(library.db, wanted)
    with step(library, "delete_releases", f"delete {len(wanted)} release(s)",
              ids=wanted), library.transaction() as db:
        for release_id in wanted:
            rows.delete_release(db, release_id)
    release_files(library, files)  # files only this release held, once nothing names them
    return Changes(releases=True)


def edit_release(library: Library, release_id: int, fields: dict[str, Any],
                 matcher_of: Callable[[], Matcher] | None = None) -> Changes:
    """Change a release's head fields and/or body; a new body or date matches it again
    (in the same step, so undo also gives back the pickups it had)."""
    if not rows.exists(library.db, release_id):
        raise LibraryError(f"no release with id {release_id}")
    unknown = set(fields) - set(rows.EDITABLE) - {"body"}
    if unknown:
        raise LibraryError(f"cannot edit {', '.join(sorted(unknown))} of a release "
                           f"(editable: {', '.join(rows.EDITABLE)}, body)")
    head = {k: v for k, v in fields.items() if k in rows.EDITABLE}
    for key in ("title", "department", "contact"):
        if key in head:
            head[key] = " ".join(str(head[key] or "").split())
    if "title" in head and not head["title"]:
        raise LibraryError("a release needs a title")
    if "issued" in head:
        head["issued"] = _date(head["issued"])
    body = fields.get("body")
    if body is not None:
        body = [b if isinstance(b, Block) else Block("paragraph", str(b)) for b in body]
        body = [b for b in body if b.text.strip()]
        if not body:
            raise LibraryError("a release needs some text")
    with step(library, "edit_release", f"edit release {release_id}", id=release_id):
        with library.transaction() as db:
            if head:
                rows.update_release(db, release_id, head)
            if body is not None:
                rows.set_body(db, release_id, body, passages.signature(body))
        if body is not None or "issued" in head:
            pickup.match_releases(library, [release_id])
    return Changes(releases=True)


def _date(value: object) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise LibraryError(f"not a date (YYYY-MM-DD): {value}") from exc


def set_photo_credits(library: Library, credits: Iterable[str],
                      matcher_of: Callable[[], Matcher] | None = None) -> Changes:
    """Replace the office's photo credits; photo pickups are found again with them."""
    clean = list(dict.fromkeys(" ".join(str(c).split()) for c in credits if str(c).strip()))
    if len(clean) > MAX_CREDITS:
        raise LibraryError(f"at most {MAX_CREDITS} photo credits")
    long = [c for c in clean if len(c) > MAX_CREDIT]
    if long:
        raise LibraryError(f"a photo credit longer than {MAX_CREDIT} characters: {long[0][:30]}...")
    if clean == rows.photo_credits(library.db):
        return Changes()
    with step(library, "set_photo_credits", f"set photo credits ({len(clean)})",
              credits=clean):
        with library.transaction() as db:
            rows.set_photo_credits(db, clean)
        pickup.refresh_photo_pickups(library)
    return Changes(releases=True)
