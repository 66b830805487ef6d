"""The parts of a query that only include or exclude, answered as sets of documents.

A date range and a NOT word narrow a search but add nothing to a document's score.
Whoosh scores them as query parts: a date range becomes a union of dozens of term
matchers walked document by document, and a NOT turns the whole query into an AndNot,
which cannot skip low-scoring blocks, so every positive match gets scored (seven times
the cost of the word alone at 100k clippings). Taken out of the top-level AND, they
become Whoosh's `filter` and `mask` sets, read straight from posting lists, and the
remaining words keep Whoosh's block-skipping top-N search.

Only a top-level AND is split: a NOT or a date range inside an OR stays a query part.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from whoosh import query as Q
from whoosh.util.numeric import split_ranges, to_sortable

DATE_FIELD = "published"


@dataclass
class QueryPlan:
    """A parsed query split into what ranks and what only filters."""

    positive: Q.Query | None
    negatives: list[Q.Query] = field(default_factory=list)
    dates: list[Q.NumericRange] = field(default_factory=list)


def split(parsed: Q.Query) -> QueryPlan:
    if isinstance(parsed, Q.AndNot):
        parts = [parsed.a, Q.Not(parsed.b)]
    elif isinstance(parsed, Q.And):
        parts = list(parsed.subqueries)
    else:
        parts = [parsed]
    plan = QueryPlan(positive=None)
    positives: list[Q.Query] = []
    for part in parts:
        if isinstance(part, Q.Not):
            plan.negatives.append(part.query)
        elif _is_date_range(part):
            plan.dates.append(part)
        else:
            positives.append(part)
    if positives:
        plan.positive = positives[0] if len(positives) == 1 else Q.And(positives)
    return plan


def _is_date_range(q: Q.Query) -> bool:
    return isinstance(q, Q.NumericRange) and q.fieldname == DATE_FIELD


def dated_set(reader: Any, ranges: list[Q.NumericRange]) -> set[int]:
    """Documents whose date lies in every range."""
    result: set[int] | None = None
    for date_range in ranges:
        docs = _docs_in_range(reader, date_range)
        result = docs if result is None else result & docs
    return result or set()


def newest_dated(reader: Any, ranges: list[Q.NumericRange], allowed: set[int],
                 limit: int | None) -> list[int]:
    """Up to `limit` of `allowed` in the first range, newest date first.

    The finest level of the date field has one term per distinct date, in date
    order; postings are read from the newest date back only until `limit` are found.
    """
    fieldobj = reader.schema[DATE_FIELD]
    low, high = _bounds(fieldobj, ranges[0])
    dates = list(_terms_between(reader, fieldobj.sortable_to_bytes(low, 0),
                                fieldobj.sortable_to_bytes(high, 0)))
    out: list[int] = []
    for btext in reversed(dates):
        found = [d for d in reader.postings(DATE_FIELD, btext).all_ids() if d in allowed]
        out.extend(sorted(found, reverse=True))
        if limit is not None and len(out) >= limit:
            return out[:limit]
    return out


def _docs_in_range(reader: Any, date_range: Q.NumericRange) -> set[int]:
    # Every date is indexed at several precisions (the value, then blocks of 2^8,
    # 2^16... microseconds); a range is read as the fewest blocks that cover it, as
    # Whoosh's own NumericRange does, but straight from the posting lists into a set.
    fieldobj = reader.schema[DATE_FIELD]
    low, high = _bounds(fieldobj, date_range)
    docs: set[int] = set()
    for first_num, last_num, shift in split_ranges(fieldobj.bits, fieldobj.shift_step,
                                                   low, high):
        for btext in _terms_between(reader, fieldobj.sortable_to_bytes(first_num, shift),
                                    fieldobj.sortable_to_bytes(last_num, shift)):
            docs.update(reader.postings(DATE_FIELD, btext).all_ids())
    return docs


def _terms_between(reader: Any, first: bytes, last: bytes) -> Iterator[bytes]:
    """The date field's indexed terms from `first` to `last`, inclusive, in order."""
    for fieldname, btext in reader.terms_from(DATE_FIELD, first):
        if fieldname != DATE_FIELD or btext > last:
            return
        yield btext


def _bounds(fieldobj: Any, date_range: Q.NumericRange) -> tuple[int, int]:
    """The range's ends as the field's sortable numbers, exclusive ends made inclusive."""
    low = 0 if date_range.start is None else _sortable(fieldobj, date_range.start)
    high = ((1 << fieldobj.bits) - 1 if date_range.end is None
            else _sortable(fieldobj, date_range.end))
    if date_range.start is not None and date_range.startexcl:
        low += 1
    if date_range.end is not None and date_range.endexcl:
        high -= 1
    return low, high


def _sortable(fieldobj: Any, value: Any) -> int:
    return to_sortable(fieldobj.numtype, fieldobj.bits, fieldobj.signed,
                       fieldobj.prepare_number(value))
