"""Highlights with notes, anchored so that they survive an edit or a re-import.

An anchor is a span in a target text (the body: blocks joined with "\\n"; or one photo's
caption, target "photo:<position>") kept two ways, as in the W3C Web Annotation model:
character offsets (a TextPositionSelector) and the quoted text with up to 32
characters before and after it (a TextQuoteSelector). When the text changes, an
annotation is found again by, in order: its offsets if they still hold the quote; the
quote where its context matches best; the quote alone (nearest the old place); the
quote with its spacing relaxed. One that cannot be found is kept and flagged orphaned,
never dropped, and is tried again after the next change.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from clipper.domain import Annotation, Changes
from clipper.organise import common
from clipper.organise.common import chunks
from clipper.organise.journal import step
from clipper.store import annotations as rows
from clipper.store.library import Library, LibraryError

CONTEXT = 32
DEFAULT_COLOUR = "#fff176"
_TARGET = re.compile(r"^(body|photo:\d+)$")


def parse_colour(colour: str | None) -> str:
    """A highlight colour: a name (yellow, green, blue, pink, ...) or `#rrggbb`."""
    return common.parse_colour(colour, DEFAULT_COLOUR)


def target_text(library: Library, clipping_id: int, target: str = "body") -> str:
    """The text an annotation's offsets count in."""
    if not _TARGET.match(target):
        raise LibraryError(f"not an annotation target: {target!r} (use body or photo:N)")
    if not library.exists(clipping_id):
        raise LibraryError(f"no clipping with id {clipping_id}")
    if target == "body":
        return rows.body_text(library.db, clipping_id)
    position = int(target.split(":", 1)[1])
    caption = rows.caption(library.db, clipping_id, position)
    if caption is None:
        raise LibraryError(f"clipping {clipping_id} has no photo {position + 1}")
    return caption


def selector(text: str, start: int, end: int) -> tuple[str, str, str]:
    """(quote, prefix, suffix) for the span text[start:end]."""
    return text[start:end], text[max(0, start - CONTEXT):start], text[end:end + CONTEXT]


def occurrences(text: str, quote: str) -> list[int]:
    found: list[int] = []
    at = text.find(quote)
    while at != -1 and quote:
        found.append(at)
        at = text.find(quote, at + 1)
    return found


def _context_score(text: str, at: int, length: int, prefix: str, suffix: str) -> int:
    """How many characters of the stored context agree with the text around `at`."""
    before = text[max(0, at - len(prefix)):at][::-1]
    wanted = prefix[::-1]
    score = 0
    while score < len(before) and before[score] == wanted[score]:
        score += 1
    after = text[at + length:at + length + len(suffix)]
    n = 0
    while n < len(after) and after[n] == suffix[n]:
        n += 1
    return score + n


def locate(text: str, quote: str, prefix: str, suffix: str, start: int, end: int
           ) -> tuple[int, int] | None:
    """Where the annotation (quote, context, old offsets) is in `text` now, or None."""
    if 0 <= start <= end <= len(text) and text[start:end] == quote and quote:
        return start, end
    spots = occurrences(text, quote)
    if spots:
        # Best context first; among equals, nearest to where it was.
        best = max(spots, key=lambda at: (_context_score(text, at, len(quote), prefix, suffix),
                                          -abs(at - start)))
        return best, best + len(quote)
    words = quote.split()
    if words:
        pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
        matches = list(pattern.finditer(text))
        if matches:
            best_match = min(matches, key=lambda m: abs(m.start() - start))
            return best_match.start(), best_match.end()
    return None


# ---- operations -------------------------------------------------------------------------

def create_annotation(
    library: Library,
    clipping_id: int,
    *,
    quote: str | None = None,
    start: int | None = None,
    end: int | None = None,
    occurrence: int = 1,
    target: str = "body",
    note: str = "",
    colour: str | None = None,
) -> tuple[Annotation, Changes]:
    """Highlight a span given by offsets (the GUI's selection) or by its text (the CLI).

    With `quote`, the `occurrence`-th time it appears is highlighted (1 = first)."""
    text = target_text(library, clipping_id, target)
    colour = parse_colour(colour)
    where = "the body" if target == "body" else f"photo {int(target.split(':')[1]) + 1}'s caption"
    if start is not None and end is not None:
        if not 0 <= start < end <= len(text):
            raise LibraryError(
                f"selection {start}..{end} is outside {where} of clipping {clipping_id} "
                f"({len(text)} characters)"
            )
        if quote is not None and text[start:end] != quote:
            raise LibraryError(f"the text at {start}..{end} is not {quote!r}")
    else:
        if not quote or not quote.strip():
            raise LibraryError("give the passage to highlight (a quote or a selection)")
        if occurrence < 1:
            raise LibraryError("occurrence counts from 1")
        spots = occurrences(text, quote)
        if not spots:
            # Text pasted from macOS may carry decomposed Hangul (NFD): compare composed.
            composed = unicodedata.normalize("NFC", quote)
            if composed != quote and occurrences(text, composed):
                quote, spots = composed, occurrences(text, composed)
        if not spots:
            found = locate(text, quote, "", "", 0, 0)
            if found is None:
                raise LibraryError(f"{quote!r} is not in {where} of clipping {clipping_id}")
            spots = [found[0]]
            quote = text[found[0]:found[1]]
        if occurrence > len(spots):
            raise LibraryError(
                f"{quote!r} occurs {len(spots)} time(s) in {where} of clipping {clipping_id}, "
                f"not {occurrence}"
            )
        start = spots[occurrence - 1]
        end = start + len(quote)
    quote, prefix, suffix = selector(text, start, end)
    kind, label = ("add_note", "add note") if note else ("highlight", "highlight")
    with step(library, kind, f"{label} on clipping {clipping_id}", clipping=clipping_id,
              quote=quote[:40]), library.transaction() as db:
        annotation_id = rows.insert(db, clipping_id, target, start, end, quote, prefix,
                                    suffix, colour, note)
    return get_annotation(library, annotation_id), _changes(clipping_id)


def get_annotation(library: Library, annotation_id: int) -> Annotation:
    clipping_id = rows.clipping_of(library.db, annotation_id)
    if clipping_id is None:
        raise LibraryError(f"no annotation with id {annotation_id}")
    return next(a for a in library.annotations_of(clipping_id) if a.id == annotation_id)


def edit_annotation(library: Library, annotation_id: int, *, note: str | None = None,
                    colour: str | None = None) -> Changes:
    """Change an annotation's note and/or colour."""
    current = get_annotation(library, annotation_id)
    values: dict[str, str] = {}
    if note is not None:
        values["note"] = note
    if colour is not None:
        values["colour"] = parse_colour(colour)
    if not values:
        return Changes()
    with step(library, "edit_annotation", f"edit note on clipping {current.clipping_id}",
              clipping=current.clipping_id, quote=current.quote[:40]), \
            library.transaction() as db:
        rows.update(db, annotation_id, values)
    return _changes(current.clipping_id)


def delete_annotation(library: Library, annotation_id: int) -> Changes:
    current = get_annotation(library, annotation_id)
    with step(library, "delete_annotation", f"remove highlight on clipping {current.clipping_id}",
              clipping=current.clipping_id, quote=current.quote[:40]), \
            library.transaction() as db:
        rows.delete(db, annotation_id)
    return _changes(current.clipping_id)


def reanchor(library: Library, clipping_ids: Iterable[int]) -> Changes:
    """Find each annotation of these clippings again in their current text.

    Call after a body or caption changed; cheap for clippings without annotations."""
    ids = sorted(set(clipping_ids))
    with_annotations: list[int] = []
    for chunk in chunks(ids):
        with_annotations += rows.annotated(library.db, chunk)
    moved: list[int] = []
    pending: list[tuple[int, int, str, str, str, int, int]] = []
    for clipping_id in with_annotations:
        texts: dict[str, str | None] = {}
        updates: list[tuple[int, int, str, str, str, int, int]] = []
        for a in library.annotations_of(clipping_id):
            if a.target not in texts:
                try:
                    texts[a.target] = target_text(library, clipping_id, a.target)
                except LibraryError:
                    texts[a.target] = None  # the photo is gone: the highlight is orphaned
            text = texts[a.target]
            found = None if text is None else locate(text, a.quote, a.prefix, a.suffix,
                                                     a.start, a.end)
            if found is None:
                if not a.orphaned:
                    # Offsets and quote stay as they were: the user can still read what
                    # was highlighted, and a later edit may bring the passage back.
                    updates.append((a.start, a.end, a.quote, a.prefix, a.suffix, 1, a.id))
                continue
            assert text is not None
            # The quote takes the text as found (it differs only when found with
            # relaxed spacing).
            new = (*found, *selector(text, *found), 0, a.id)
            if new != (a.start, a.end, a.quote, a.prefix, a.suffix, int(a.orphaned), a.id):
                updates.append(new)
        if updates:
            pending += updates
            moved.append(clipping_id)
    if not moved:
        return Changes()
    with library.transaction() as db:  # one commit for the lot
        rows.move(db, pending)
    return Changes(clippings_changed=moved, annotations=True)


def _changes(clipping_id: int) -> Changes:
    # clippings_changed too: notes are searchable, so the index must see the change.
    return Changes(clippings_changed=[clipping_id], annotations=True)
