"""The last step of every import before a draft is stored: text fit to store and print.

Every importer's draft passes through `normalise` (the pipeline calls it for files, URLs
and drops; bundle import for its records): no control character reaches the library,
and one-line fields (title, byline, outlet, URL, captions...) hold one line.
"""

from __future__ import annotations

import re

from clipper.domain import ArticleDraft, Block
from clipper.importers.control_chars import strip_controls


def one_line(text: str | None) -> str:
    """A one-line field's text: controls gone, any run of whitespace one space."""
    return re.sub(r"\s+", " ", strip_controls(text or "")).strip()


def _text(text: str) -> str:
    """Body text: controls gone, line breaks kept."""
    return strip_controls(text).strip()


def normalise(draft: ArticleDraft) -> ArticleDraft:
    """Clean the draft's text fields in place (and return it)."""
    draft.title = one_line(draft.title)
    draft.outlet = one_line(draft.outlet)
    draft.byline = one_line(draft.byline)
    draft.section = one_line(draft.section)
    draft.language = one_line(draft.language)
    draft.source_name = one_line(draft.source_name)
    draft.url = one_line(draft.url) or None if draft.url is not None else None
    draft.source_keywords = [k for k in (one_line(k) for k in draft.source_keywords) if k]
    draft.body = [Block(b.kind, t) for b in draft.body if (t := _text(b.text))]
    for photo in draft.photos:
        photo.caption = one_line(photo.caption)
        photo.credit = one_line(photo.credit)
        photo.alt = one_line(photo.alt)
        photo.src = one_line(photo.src) or None if photo.src is not None else None
    draft.warnings = [one_line(w) for w in draft.warnings]
    return draft
