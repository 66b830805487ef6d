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

from dataclasses import dataclass, field
from typing import Any

from whoosh import query as Q
from whoosh.util.numeric import to_sortable

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


def dated_docs(reader: Any, ranges: list[Q.NumericRange]) -> list[int]:
    """Documents whose date lies in every range, oldest first (then by document)."""
    result: list[int] | None = None
    for date_range in ranges:
        docs = _docs_in_range(reader, date_range)
        if result is None:
            result = docs
        else:
            keep = set(docs)
            result = [d for d in result if d in keep]
    return result or []


def _docs_in_range(reader: Any, date_range: Q.NumericRange) -> list[int]:
    # The field indexes every date at several precisions; the finest level (shift 0)
    # has one term per distinct date, in date order, which also gives the order.
    fieldobj = reader.schema[DATE_FIELD]
    low = _sortable(fieldobj, date_range.start, 0)
    high = _sortable(fieldobj, date_range.end, (1 << fieldobj.bits) - 1)
    first = fieldobj.sortable_to_bytes(low, 0)
    last = fieldobj.sortable_to_bytes(high, 0)
    docs: list[int] = []
    for fieldname, btext in reader.terms_from(DATE_FIELD, first):
        if fieldname != DATE_FIELD or btext > last:
            break
        if (btext == first and date_range.startexcl) or (btext == last and date_range.endexcl):
            continue
        docs.extend(reader.postings(DATE_FIELD, btext).all_ids())
    return docs


def _sortable(fieldobj: Any, value: Any, default: int) -> int:
    if value is None:
        return default
    return to_sortable(fieldobj.numtype, fieldobj.bits, fieldobj.signed,
                       fieldobj.prepare_number(value))
