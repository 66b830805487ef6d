"""Searching releases: every word of the query in the title, department, contact or
text (case and width folded, Korean matched inside words, so `스타트업` finds
`스타트업을`). Releases are few (hundreds a year) and short, so this reads them from
SQLite rather than keeping them in the clippings' Whoosh index; `kind:release` in a
query (what the search box accepts for "only releases") is dropped here, and the
service sends such a query here."""

from __future__ import annotations

import re
import shlex
import unicodedata

from sqlite_utils import Database

from clipper.store import releases as rows

KIND_TERM = re.compile(r"(?<!\S)kind\s*:\s*(release|releases|보도자료)(?!\S)", re.I)


def is_release_query(query: str) -> bool:
    return bool(KIND_TERM.search(query))


def words(query: str) -> list[str]:
    text = KIND_TERM.sub(" ", query)
    try:
        parts = shlex.split(text)
    except ValueError:  # an unclosed quote: the words as typed
        parts = text.split()
    return [_fold(p) for p in parts if _fold(p) and p.upper() not in ("AND",)]


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def search_releases(db: Database, query: str) -> list[int]:
    """Release ids matching every word (newest first); all releases for no words."""
    wanted = words(query)
    ids = rows.release_ids(db)
    if not wanted:
        return ids
    texts = {i: _fold(t) for i, t in rows.search_texts(db).items()}
    return [i for i in ids if all(w in texts.get(i, "") for w in wanted)]
