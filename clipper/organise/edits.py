"""Corrections: what extraction got wrong, put right by the user, each one undoable step.

Metadata (title, outlet, byline, date, URL, section, language), the body's text and
each photo's caption and credit. The corrected text is what the library stores, so a
search index rebuilt from the library (`clipper reindex`) finds the corrected words;
highlights are found again in the new text by the service's follow-up (reanchor).
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Mapping
from typing import Any

from clipper.domain import Block, Changes
from clipper.organise.journal import step
from clipper.store import clippings as rows
from clipper.store.library import EDITABLE_FIELDS, Library, LibraryError


def correct_clipping(
    library: Library,
    clipping_id: int,
    *,
    fields: Mapping[str, Any] | None = None,
    body: list[Block] | None = None,
    photos: Mapping[int, Mapping[str, str]] | None = None,
) -> Changes:
    """Correct a clipping in one undoable step.

    `fields`: metadata by name (see EDITABLE_FIELDS; `published` a date, `YYYY-MM-DD`
    or None). `body`: the new blocks (see `blocks_from_text`). `photos`: by photo
    position (0-based), a dict with "caption" and/or "credit". Only what differs from
    the stored clipping is written; nothing differs -> empty Changes, no journal entry.
    """
    current = library.get(clipping_id)
    if current is None:
        raise LibraryError(f"no clipping with id {clipping_id}")
    new_fields = _changed_fields(current, dict(fields or {}))
    new_body = None
    if body is not None:
        if not any(b.text.strip() for b in body):
            raise LibraryError(f"clipping {clipping_id}: the corrected body is empty "
                               "(delete the clipping instead)")
        if [(b.kind, b.text) for b in body] != [(b.kind, b.text) for b in current.body]:
            new_body = list(body)
    new_photos = _changed_photos(library, clipping_id, photos or {})
    if not (new_fields or new_body is not None or new_photos):
        return Changes()
    what = [*new_fields, *(["body"] if new_body is not None else []),
            *(["captions"] if new_photos else [])]
    with step(library, "correct_clipping", f"correct {', '.join(what)} of clipping {clipping_id}",
              clipping=clipping_id, what=what), library.transaction() as db:
        if new_fields:
            library.update_fields(clipping_id, **new_fields)
        if new_body is not None:
            # Photos follow the paragraphs they stood after (replace_body clamps what
            # is left past the end); in this step, so undo gives their places back.
            library.replace_body(clipping_id, new_body)
            for photo in current.photos:
                place = moved_place(photo.after_block, current.body, new_body)
                if place != photo.after_block:
                    rows.set_photo_place(db, clipping_id, photo.position, place)
        for position, (caption, credit) in new_photos.items():
            rows.set_photo_text(db, clipping_id, position, caption, credit)
    # Annotations too: highlights in the body or a caption are re-anchored after this.
    return Changes(clippings_changed=[clipping_id],
                   annotations=new_body is not None or bool(new_photos))


def moved_place(after_block: int | None, old: list[Block], new: list[Block]) -> int | None:
    """Where a photo that stood after `after_block` old blocks stands in the new body.

    A correction that inserts or deletes paragraphs above a photo would otherwise leave
    it beside other text. Blocks are matched by their text (difflib): the photo keeps
    the blocks it followed; inside rewritten blocks it keeps its offset in them.
    """
    if after_block is None:
        return None
    matcher = difflib.SequenceMatcher(a=[b.text for b in old], b=[b.text for b in new],
                                      autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if not i1 <= after_block <= i2:
            continue
        if tag == "equal":
            return j1 + (after_block - i1)
        if tag == "insert":  # new paragraphs where the photo stood: it stays above them
            return j1
        if after_block == i2:  # after rewritten or deleted blocks: after what replaced them
            return j2
        return j1 + min(after_block - i1, j2 - j1)
    return min(after_block, len(new))


def _changed_fields(current, fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise LibraryError(f"cannot edit {', '.join(sorted(unknown))}")
    changed: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "published":
            value = _as_date(value)
        elif value is None:
            value = None if name == "url" else ""
        else:
            value = str(value).strip()
            if name == "url" and not value:
                value = None
        if getattr(current, name) != value:
            changed[name] = value
    return changed


def _changed_photos(library: Library, clipping_id: int,
                    photos: Mapping[int, Mapping[str, str]]) -> dict[int, tuple[str, str]]:
    changed: dict[int, tuple[str, str]] = {}
    for position, values in photos.items():
        stored = rows.photo_text(library.db, clipping_id, int(position))
        if stored is None:
            raise LibraryError(f"clipping {clipping_id} has no photo {int(position) + 1}")
        unknown = set(values) - {"caption", "credit"}
        if unknown:
            raise LibraryError(f"cannot edit a photo's {', '.join(sorted(unknown))}")
        caption = str(values.get("caption", stored[0])).strip()
        credit = str(values.get("credit", stored[1])).strip()
        if (caption, credit) != stored:
            changed[int(position)] = (caption, credit)
    return changed


def blocks_from_text(text: str, previous: list[Block] = ()) -> list[Block]:  # type: ignore[assignment]
    """The body as the user edited it in a text box: one block per non-empty line.

    A line that is, word for word, one of the previous subheadings stays a subheading,
    so correcting a typo in a paragraph keeps the article's structure."""
    headings = {b.text.strip() for b in previous if b.kind == "subheading"}
    blocks: list[Block] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        clean = line.strip()
        if clean:
            blocks.append(Block("subheading" if clean in headings else "paragraph", clean))
    return blocks


def _as_date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise LibraryError(f"not a date: {value!r} (use YYYY-MM-DD)") from exc
