"""Whoosh's BM25F ranking of a word query, computed over whole posting lists with numpy.

Why: Whoosh walks posting lists one document at a time in Python (matchers calling
matchers); at 100k clippings a word in 30k of them cost 50-60 ms and two words over
100 ms, almost all of it in `skip_to`/`next`/`score`. Here a query's terms are read
block by block into arrays and scored, intersected and merged in numpy.

The result is Whoosh's own, not an approximation: the same matches and the same
scores to the bit, in the same order (score descending, then document number):

- a term scores `bm25(idf, weight, length, avgfl, B, K1) * boost` with Whoosh's idf and
  average field length and the same operations in the same order (numpy's float64
  arithmetic rounds as Python's does);
- sums are added in the order Whoosh's matcher tree adds them. Adding two numbers is
  exact either way round; for three or more (an AND of three words) the tree Whoosh
  builds in each segment (smallest estimated size first, `make_weighted_tree`) is
  rebuilt here from the same sizes, because (a + b) + c may round differently from
  a + (b + c), and a one-bit difference would break a tie differently.

Only the shapes the query rewriter makes for words are handled (term, AND, OR of two,
AND-MAYBE); anything else (phrases checked by position, prefixes, wildcards, OR of
three or more) is left to Whoosh by the caller (`plan` returns None).

This module knows nothing of Whoosh (only search/index.py imports it): the caller
turns a Whoosh query into the nodes below and gives each segment's postings as arrays.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

Array = Any  # numpy arrays (numpy's own types add nothing here)


@dataclass(frozen=True)
class TermNode:
    """One index term, scored with BM25F (`idf`, `avgfl`, `B`, `K1` as Whoosh has them)."""

    field: str
    text: bytes
    boost: float
    idf: float
    avgfl: float
    B: float
    K1: float
    source: Any = None  # the Whoosh query, for its per-segment size estimate


@dataclass(frozen=True)
class EmptyNode:
    """A term no segment holds: matches nothing."""

    source: Any = None


@dataclass(frozen=True)
class AndNode:
    parts: tuple[Any, ...]
    boost: float = 1.0
    source: Any = None


@dataclass(frozen=True)
class OrNode:
    """An OR of exactly two parts (Whoosh's union of two: a + b where both match)."""

    a: Any
    b: Any
    boost: float = 1.0
    source: Any = None


@dataclass(frozen=True)
class MaybeNode:
    """AND-MAYBE: the matches of `required`, plus `optional`'s score where it matches too.
    (Whoosh ignores a boost on it, so it has none.)"""

    required: Any
    optional: Any
    source: Any = None


Node = TermNode | EmptyNode | AndNode | OrNode | MaybeNode


class Segment(Protocol):
    """What the evaluator needs of one index segment."""

    offset: int  # its first document's number in the whole index

    def postings(self, field: str, text: bytes) -> tuple[Array, Array] | None:
        """(document numbers ascending, weights) of the term's live postings, or None."""

    def lengths(self, field: str) -> Array | None:
        """Every document's length of the field (as Whoosh stores it), or None."""

    def size(self, source: Any) -> int:
        """Whoosh's estimate of how many documents `source` matches in this segment."""


_EMPTY = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64))


def evaluate(node: Node, segment: Segment) -> tuple[Array, Array]:
    """(document numbers ascending, scores) of the node's matches in one segment."""
    if isinstance(node, EmptyNode):
        return _EMPTY
    if isinstance(node, TermNode):
        return _term(node, segment)
    if isinstance(node, MaybeNode):
        ids, scores = evaluate(node.required, segment)
        if not len(ids):
            return _EMPTY
        oids, oscores = evaluate(node.optional, segment)
        if len(oids):
            _, here, there = np.intersect1d(ids, oids, assume_unique=True,
                                            return_indices=True)
            scores = scores.copy()
            scores[here] = scores[here] + oscores[there]
        return ids, scores
    if isinstance(node, OrNode):
        ids, scores = _union(evaluate(node.a, segment), evaluate(node.b, segment))
        return ids, _boosted(scores, node.boost)
    if isinstance(node, AndNode):
        ids, scores = _intersect_tree(node.parts, segment)
        return ids, _boosted(scores, node.boost)
    raise TypeError(f"not a vectorised query node: {node!r}")


def _term(node: TermNode, segment: Segment) -> tuple[Array, Array]:
    found = segment.postings(node.field, node.text)
    if found is None:
        return _EMPTY
    ids, weights = found
    lengths = segment.lengths(node.field)
    # Whoosh's scorer: a field without a lengths column counts as length 1.
    fl = np.ones(len(ids)) if lengths is None else lengths[ids]
    tf, idf, avgfl, B, K1 = weights, node.idf, node.avgfl, node.B, node.K1
    # scoring.bm25, operation for operation.
    scores = idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)))
    return ids, _boosted(scores, node.boost)


def _boosted(scores: Array, boost: float) -> Array:
    # Whoosh wraps a boosted matcher: its score times the boost.
    return scores if boost == 1.0 else scores * boost


def _union(a: tuple[Array, Array], b: tuple[Array, Array]) -> tuple[Array, Array]:
    (aids, ascores), (bids, bscores) = a, b
    if not len(aids):
        return b
    if not len(bids):
        return a
    ids = np.union1d(aids, bids)
    scores = np.zeros(len(ids))
    ain = np.searchsorted(ids, aids)
    bin_ = np.searchsorted(ids, bids)
    scores[ain] = ascores
    # Where both match, a + b (addition of two numbers rounds the same either way round).
    scores[bin_] = scores[bin_] + bscores
    return ids, scores


def _intersect(a: tuple[Array, Array], b: tuple[Array, Array]) -> tuple[Array, Array]:
    (aids, ascores), (bids, bscores) = a, b
    ids, here, there = np.intersect1d(aids, bids, assume_unique=True, return_indices=True)
    return ids, ascores[here] + bscores[there]


def _intersect_tree(parts: Sequence[Any], segment: Segment) -> tuple[Array, Array]:
    """The AND of `parts`, summed in the order of Whoosh's `make_weighted_tree`.

    Whoosh sorts the parts by weight (minus their estimated size in this segment; a
    stable sort, as its matchers compare equal), then repeatedly joins the first two
    and inserts the join after every entry of equal or smaller weight.
    """
    results = [evaluate(p, segment) for p in parts]
    if any(not len(ids) for ids, _ in results):
        return _EMPTY
    if len(results) == 2:
        return _intersect(results[0], results[1])
    weighted = sorted(((0 - segment.size(p.source), i) for i, p in enumerate(parts)),
                      key=lambda item: item[0])
    queue: list[tuple[int, tuple[Array, Array]]] = [(w, results[i]) for w, i in weighted]
    while len(queue) > 1:
        (wa, a), (wb, b) = queue.pop(0), queue.pop(0)
        weight = wa + wb
        at = bisect_right([w for w, _ in queue], weight)
        queue.insert(at, (weight, _intersect(a, b)))
    return queue[0][1]


def ranked(node: Node, segments: Sequence[Segment], limit: int | None,
           allow: Callable[[Array], Array] | None = None) -> tuple[Array, Array]:
    """(document numbers, scores) of the best `limit` matches (all if None), best first,
    ties by document number, as Whoosh's collectors order them. `allow` maps an array of
    document numbers to a boolean array of those a filter or mask lets through."""
    all_ids, all_scores = [], []
    for segment in segments:
        ids, scores = evaluate(node, segment)
        if len(ids):
            all_ids.append(ids + segment.offset)
            all_scores.append(scores)
    if not all_ids:
        return _EMPTY
    ids = np.concatenate(all_ids)
    scores = np.concatenate(all_scores)
    if allow is not None:
        keep = allow(ids)
        ids, scores = ids[keep], scores[keep]
    if limit is not None and len(ids) > limit:
        # Only documents scoring at least the limit-th best can be in the top; sorting
        # those alone is exact (ties at the threshold are all kept).
        threshold = np.partition(scores, len(scores) - limit)[len(scores) - limit]
        keep = scores >= threshold
        ids, scores = ids[keep], scores[keep]
    order = np.lexsort((ids, -scores))
    if limit is not None:
        order = order[:limit]
    return ids[order], scores[order]
