"""What the index holds for a clipping, read from SQLite in bulk (store/search_rows.py).

A document is {field: [value, ...]} of plain strings (see analysis.TEXT_FIELDS) plus
its date and a digest of everything indexed, so `check` can tell a stale entry from a
current one without trusting any marker.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from sqlite_utils import Database

from clipper.search.analysis import ANALYZER_VERSION, TEXT_FIELDS
from clipper.store import clippings as clipping_rows
from clipper.store import search_rows
from clipper.store.library import parse_stored_date

_BATCH = 500  # ids per IN (...) query: well under SQLite's variable limit


@dataclass
class IndexDocument:
    id: int
    fields: dict[str, list[str]] = field(default_factory=dict)
    published: dt.date | None = None

    @property
    def digest(self) -> str:
        h = hashlib.sha1(ANALYZER_VERSION.encode())
        h.update((self.published.isoformat() if self.published else "-").encode())
        for name in TEXT_FIELDS:
            for value in self.fields.get(name, ()):
                h.update(b"\x1f" + name.encode() + b"\x1e" + value.encode("utf-8"))
        return h.hexdigest()[:16]

    def snippet_text(self) -> str:
        """The text a snippet is cut from: body, then captions, then notes."""
        return "\n".join(
            self.fields.get("body", []) + self.fields.get("caption", [])
            + self.fields.get("note", [])
        )


def all_ids(db: Database) -> list[int]:
    return clipping_rows.all_ids(db)


def load_documents(db: Database, ids: Sequence[int]) -> dict[int, IndexDocument]:
    """Documents for the ids that exist (a deleted id is simply absent)."""
    docs: dict[int, IndexDocument] = {}
    for start in range(0, len(ids), _BATCH):
        docs.update(_load_batch(db, list(ids[start:start + _BATCH])))
    return docs


def iter_documents(db: Database, ids: Sequence[int]) -> Iterator[IndexDocument]:
    for start in range(0, len(ids), _BATCH):
        batch = list(ids[start:start + _BATCH])
        loaded = _load_batch(db, batch)
        for clipping_id in batch:
            if clipping_id in loaded:
                yield loaded[clipping_id]


def _load_batch(db: Database, ids: list[int]) -> dict[int, IndexDocument]:
    if not ids:
        return {}
    docs: dict[int, IndexDocument] = {}
    for cid, title, outlet, byline, published in search_rows.heads(db, ids):
        doc = IndexDocument(cid, {name: [] for name in TEXT_FIELDS}, parse_stored_date(published))
        doc.fields["title"] = [title] if title else []
        doc.fields["outlet"] = [outlet] if outlet else []
        doc.fields["byline"] = [byline] if byline else []
        docs[cid] = doc
    for name, rows in search_rows.values(db, ids).items():
        for cid, value in rows:
            if value and cid in docs:
                docs[cid].fields[name].append(value)
    return docs
