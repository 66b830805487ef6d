"""Print placement: a clipping's edition (조간/석간/온라인/방송), page (면) and position
on it (면톱, 사이드, 단신 ...), set for one clipping or many at once, undoable."""

from __future__ import annotations

import re
from collections.abc import Iterable

from clipper.domain import EDITIONS, Changes
from clipper.organise.common import chunks, existing_ids
from clipper.organise.journal import step
from clipper.store import placement as rows
from clipper.store.library import Library, LibraryError

UNSET = object()  # "leave this field as it is" (None clears it)
MAX_PAGE = 20  # "경제 12", "A3": anything longer is not a page
MAX_POSITION = 40
_SPACES = re.compile(r"\s+")


def normalise_edition(value: object) -> str | None:
    text = _clean(value)
    if text is None:
        return None
    if text not in EDITIONS:
        raise LibraryError(f"not an edition: {text!r} (use one of {', '.join(EDITIONS)})")
    return text


def normalise_page(value: object) -> str | None:
    """"A1면" -> "A1", " 경제  2 " -> "경제 2"; '' or None clears."""
    text = _clean(value)
    if text is None:
        return None
    text = text.removesuffix("면").strip()
    if not text or len(text) > MAX_PAGE:
        raise LibraryError(f"not a page: {value!r} (e.g. 1, A3, 경제 2)")
    return text


def normalise_position(value: object) -> str | None:
    text = _clean(value)
    if text is not None and len(text) > MAX_POSITION:
        raise LibraryError(f"position longer than {MAX_POSITION} characters: {text[:20]}...")
    return text


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = _SPACES.sub(" ", str(value)).strip()
    return text or None


def set_placement(library: Library, ids: Iterable[int], *, edition: object = UNSET,
                  page: object = UNSET, position: object = UNSET) -> Changes:
    """Set the given fields (None clears one) on every clipping in `ids`: one step."""
    values: dict[str, str | None] = {}
    if edition is not UNSET:
        values["edition"] = normalise_edition(edition)
    if page is not UNSET:
        values["page"] = normalise_page(page)
    if position is not UNSET:
        values["position"] = normalise_position(position)
    ids = existing_ids(library, ids)
    if not values or not ids:
        return Changes()
    shown = ", ".join(f"{k} {v or '-'}" for k, v in values.items())
    with step(library, "set_placement", f"set {shown} on {len(ids)} clipping(s)",
              count=len(ids), **values), library.transaction() as db:
        changed = rows.set_placement(db, list(chunks(ids)), values)
    return Changes(clippings_changed=sorted(changed))
