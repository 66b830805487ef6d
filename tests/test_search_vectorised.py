"""Ranking with numpy (search/vectorised.py) gives exactly what Whoosh's search gives.

A library of a few hundred short clippings, written in several segments with some
clippings edited and deleted (so segments hold deleted postings), and words in over 128
clippings (posting lists of several blocks). Many clippings share words and lengths, so
scores tie and the order of ties (by document number, across segments) is checked too.
"""

from __future__ import annotations

import random

import pytest

from clipper.search import index as search_index
from clipper.search import vectorised
from tests.search_helpers import add_article

KO_WORDS = ["반도체", "수출", "경기도", "배터리", "전기차", "탄소중립", "정책", "치매", "헬스케어",
            "스타트업", "연구소", "지원"]
EN_WORDS = ["climate", "change", "interest", "rates", "pensions", "policy", "battery",
            "exports", "startups"]
OUTLETS = ["연합뉴스", "경기일보", "Reuters", "AP"]

QUERIES = [
    "반도체", "치매", "경기도", "climate", "전기차 배터리", "interest rates", '"탄소중립 정책"',
    '"climate change"', "title:반도체", "outlet:연합뉴스", "반도체 published:2024-01-01..2024-06-30",
    "반도체 NOT 수출", "climate -pensions", "헬스케어", "스타트*", "반도체 OR 수출",
    "title:반도체 경기도", "반도체 수출 경기도", "climate change policy", "없는낱말", "반도체 없는낱말",
]


def _sentence(rng: random.Random, korean: bool) -> str:
    words = KO_WORDS if korean else EN_WORDS
    picked = rng.sample(words, rng.randint(1, 3))
    if korean:
        return " ".join(f"{w}{rng.choice(['은', '을', '', '에서'])}" for w in picked) + " 발표했다."
    return " ".join(picked) + " announced."


@pytest.fixture
def library(service, monkeypatch):
    import clipper.search.indexer as indexer

    rng = random.Random(14)
    made = []
    for n in range(360):
        korean = n % 3 != 0
        paragraphs = [_sentence(rng, korean) for _ in range(rng.randint(1, 3))]
        paragraphs.append(f"#{n}")  # no two texts alike (an import refuses duplicates)
        made.append(add_article(
            service, _sentence(rng, korean), paragraphs, outlet=rng.choice(OUTLETS),
            published=f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            language="ko" if korean else "en"))
    # Segments of 100 documents, then edits and deletions that leave deleted postings in
    # the older segments and add small new ones.
    monkeypatch.setattr(indexer, "COMMIT_EVERY", 50)
    monkeypatch.setattr(indexer, "SEGMENT_DOCS", 100)
    monkeypatch.setattr(indexer, "MERGE_GROUP", 10)
    service.reindex()
    for clipping_id in made[5:60:7]:
        service.edit(clipping_id, title="반도체 수출 경기도 climate change")
    service.delete(made[100:140:5])
    assert service._search.index.segment_count() >= 4
    return service


def _whoosh_and_vectorised(index, query: str, limit: int | None):
    searcher = index._current_searcher()
    segments = index._segment_arrays(searcher)
    plan = search_index.split_query(index.parse(query))
    mask = allow = None
    if plan.negatives:
        negative = search_index._Rewriter(searcher, index._queries.morphemes).rewrite(
            search_index.Q.Or(plan.negatives), tier=1, negated=True)
        mask = search_index._matching_docs(negative, searcher, segments)
        assert mask.tolist() == sorted(negative.docs(searcher))
    if plan.dates:
        allow = search_index.dated_docs(searcher.reader(), segments, plan.dates)
        whoosh_dated = search_index.Q.And(plan.dates).docs(searcher)
        assert allow.tolist() == sorted(whoosh_dated)
    whoosh_allow = None if allow is None else set(allow.tolist())
    whoosh_mask = None if mask is None else set(mask.tolist())
    out = []
    for tier in (1, 2):
        query_tree = search_index._Rewriter(searcher, index._queries.morphemes).rewrite(
            plan.positive, tier=tier)
        whoosh = [(float(s), d) for s, d in searcher.search(
            query_tree, limit=limit, filter=whoosh_allow, mask=whoosh_mask or None).top_n]
        tree = search_index._vector_plan(query_tree, searcher)
        if tree is None:
            out.append((query_tree, whoosh, None))
            continue
        docs, scores = vectorised.ranked(tree, segments, limit,
                                         search_index._admitter(allow, mask))
        out.append((query_tree, whoosh, list(zip(scores.tolist(), docs.tolist(),
                                                 strict=True))))
    return out


@pytest.mark.parametrize("limit", [1, 7, 20, None])
def test_numpy_ranking_is_whooshs_to_the_bit(library, limit):
    index = library._search.index
    left_to_whoosh = set()
    for query in QUERIES:
        for tier, (query_tree, whoosh, ours) in enumerate(
                _whoosh_and_vectorised(index, query, limit), 1):
            if ours is None:
                left_to_whoosh.add((query, tier))
                continue
            assert ours == whoosh, (query, query_tree)
    # Every first tier is ranked with numpy but the OR of three words' title boosts;
    # second tiers with a phrase of Hangul bigrams (positions) are Whoosh's.
    assert {q for q, tier in left_to_whoosh if tier == 1} == {
        "반도체 수출 경기도", "climate change policy"}


def test_ties_across_segments_keep_document_order(library):
    index = library._search.index
    (_, whoosh, ours), _ = _whoosh_and_vectorised(index, "경기도", None)
    scores = [s for s, _ in ours]
    assert len(set(scores)) < len(scores) * 0.75  # plenty of ties
    assert ours == whoosh


def test_shapes_whoosh_ranks_differently_by_segment_are_left_to_whoosh(library):
    # An OR of three or more parts is summed in an array in small segments and by a
    # tree in large ones; a phrase needs positions: both stay Whoosh's.
    searcher = library._search.index._current_searcher()
    Q = search_index.Q
    three = Q.Or([Q.Term("text", "반도체"), Q.Term("text", "수출"), Q.Term("text", "경기도")])
    assert search_index._vector_plan(three, searcher) is None
    assert search_index._vector_plan(Q.Phrase("body", ["반도체", "수출"]), searcher) is None
    assert search_index._vector_plan(Q.Term("text", "반도체"), searcher) is not None


def test_a_search_after_an_edit_reads_the_new_segments(library):
    before = library.search_ids("헬스케어")
    clipping_id = next(c for c in library.search_ids("반도체") if c not in before)
    library.edit(clipping_id, title="헬스케어 소식")
    assert set(library.search_ids("헬스케어")) == set(before) | {clipping_id}


@pytest.mark.parametrize("query", ["published:2024-03-01..2024-03-31",
                                   "published:2024-02-10..2024-09-05 -반도체",
                                   "published:2024-01-01..2024-12-31 published:..2024-04-30"])
@pytest.mark.parametrize("limit", [5, None])
def test_a_date_range_alone_lists_as_whooshs_postings_do(library, query, limit):
    # The reference reads Whoosh's own postings through the whole index's reader, the
    # way dates were listed before they were read as arrays: the newest date first,
    # within a date the highest docnum first.
    index = library._search.index
    searcher = index._current_searcher()
    reader = searcher.reader()
    plan = search_index.split_query(index.parse(query))
    inside = set(search_index.Q.And(plan.dates).docs(searcher))
    if plan.negatives:
        negative = search_index._Rewriter(searcher, index._queries.morphemes).rewrite(
            search_index.Q.Or(plan.negatives), tier=1, negated=True)
        inside -= set(negative.docs(searcher))
    fieldobj = reader.schema["published"]
    low, high = search_index._bounds(fieldobj, plan.dates[0])
    expected: list[int] = []
    first, last = fieldobj.sortable_to_bytes(low, 0), fieldobj.sortable_to_bytes(high, 0)
    dates = [btext for name, btext in reader.terms_from("published", first)
             if name == "published" and btext <= last]
    for btext in reversed(dates):
        expected += sorted((d for d in reader.postings("published", btext).all_ids()
                            if d in inside), reverse=True)
    expected = expected if limit is None else expected[:limit]
    assert expected
    ids_column = index._ids_column(searcher)
    assert index.search(query, limit).ids == [int(ids_column[d]) for d in expected]
