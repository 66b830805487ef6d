"""Response (대응) tracking: for a critical or wrong report, what the office does about
it (설명자료, 반박자료, 정정·반론보도 청구, 언론중재위 조정), by when, a note and a link
to the office's own document, and whether it is closed. One record per clipping;
every change is one undoable step."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from clipper.domain import RESPONSE_KINDS, Changes, Response
from clipper.organise.common import existing_ids, parse_date
from clipper.organise.journal import step
from clipper.store import responses as rows
from clipper.store.library import Library, LibraryError

UNSET = object()
MAX_NOTE = 5000
MAX_LINK = 2000


def normalise_kind(kind: str) -> str:
    value = str(kind).strip()
    aliases = {"": "none", "없음": "none", "정정보도": "정정·반론보도 청구",
               "반론보도": "정정·반론보도 청구", "정정": "정정·반론보도 청구",
               "언론중재위": "언론중재위 조정", "중재": "언론중재위 조정"}
    value = aliases.get(value, value)
    if value not in RESPONSE_KINDS:
        raise LibraryError(f"not a response kind: {kind!r} (use one of "
                           f"{', '.join(RESPONSE_KINDS)})")
    return value


def set_response(library: Library, clipping_id: int, *, kind: object = UNSET,
                 due: object = UNSET, note: object = UNSET, link: object = UNSET,
                 closed: object = UNSET) -> Changes:
    """Create or change a clipping's response record (only the fields given)."""
    [clipping_id] = existing_ids(library, [clipping_id])
    current = rows.responses(library.db, [clipping_id]).get(clipping_id) or Response(
        clipping_id, "none", None, "", "", False)
    updated = current
    if kind is not UNSET:
        updated = replace(updated, kind=normalise_kind(str(kind)))
    if due is not UNSET:
        updated = replace(updated, due=parse_date(due))
    if note is not UNSET:
        text = str(note or "").strip()
        if len(text) > MAX_NOTE:
            raise LibraryError(f"note longer than {MAX_NOTE} characters")
        updated = replace(updated, note=text)
    if link is not UNSET:
        text = str(link or "").strip()
        if len(text) > MAX_LINK or "\n" in text:
            raise LibraryError("not a link: one line of at most 2000 characters")
        updated = replace(updated, link=text)
    if closed is not UNSET:
        updated = replace(updated, closed=bool(closed))
    if updated == current and clipping_id in rows.responses(library.db, [clipping_id]):
        return Changes()
    with step(library, "set_response", f"response {updated.kind} for clipping {clipping_id}",
              clipping=clipping_id, response=updated.kind), library.transaction() as db:
        rows.save(db, updated)
    return Changes(clippings_changed=[clipping_id], desk=True)


def clear_response(library: Library, clipping_id: int) -> Changes:
    """Remove a clipping's response record (undo brings it back)."""
    [clipping_id] = existing_ids(library, [clipping_id])
    if clipping_id not in rows.responses(library.db, [clipping_id]):
        return Changes()
    with step(library, "clear_response", f"remove response of clipping {clipping_id}",
              clipping=clipping_id), library.transaction() as db:
        rows.delete(db, clipping_id)
    return Changes(clippings_changed=[clipping_id], desk=True)


def open_responses(library: Library, today: dt.date | None = None,
                   overdue_only: bool = False) -> list[Response]:
    """Records not closed (kind "none" too: a critical report nobody answered yet),
    soonest due first; `overdue_only` keeps those past their due date."""
    today = today or dt.date.today()
    found = rows.open_responses(library.db)
    return [r for r in found if r.overdue(today)] if overdue_only else found
