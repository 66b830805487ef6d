"""Passage-level near-duplicate matching of articles against the office's releases.

Two steps. Finding candidates: every release's sampled shingle hashes (its stored
signature, passages.py) go into an in-memory inverted index (sorted numpy arrays, one
posting list per hash); an article's sampled hashes are looked up there, and a release
sharing at least MIN_HITS of them is a candidate. Hashes that more than 5% of the releases
(and more than five) share are dropped from the index (boilerplate: `경기도는`,
`밝혔다`, `김동연경기도지사는`): they find everything and prove nothing. Confirming: the article's passages are compared with the
candidate release's passages on full shingle sets:

- a passage of the article is *copied* from the release when at least FROM_RELEASE of
  its shingles are in the release (so a passage with a clause added or cut counts);
- the pair is a pickup when at least MIN_PASSAGES passages are copied (an article that
  copies three paragraphs and adds its own is one), or one is and the release's text is
  at least ONE_PASSAGE of the article (a rewrite around the release's quote); and the
  shared text is at least MIN_SHARED shingles. An independent article on the same topic
  shares names, figures and set phrases but no passage, so it is not one.

share is the fraction of the article's shingles that are the release's, coverage the
fraction of the release's that the article carries. The kind: near-verbatim when share
is at least NEAR_VERBATIM (the release trimmed, reordered, under a new headline or lead,
or with a paragraph of comment); partial when at least MIN_PASSAGES passages are copied
within the outlet's own text; rewrite otherwise (the outlet's wording, one passage,
usually the quote, copied). On the set of bench/pickup_bench.py (tests/release_set.py)
near-verbatim copies measure share 0.80-1.0; partial ones 0.37-0.58 with 2-3 copied
passages; rewrites 0.30-0.51 with one; same-topic articles at most 14 shared shingles,
share 0.08 and no copied passage.

A release issued after the article is not its source, with a day of slack (a release
embargoed to 06:00 is often online the evening before, and a release's date is often
entered as the day it was sent out).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from clipper.domain import Block, Passage
from clipper.releases.passages import Piece, normalise, pieces, sampled

if TYPE_CHECKING:
    from clipper.store.library import Library

FROM_RELEASE = 0.5  # of a passage's shingles in the release: the passage is from it
SAME = 0.8  # Jaccard of a passage pair at or above: "same" (else "changed")
PAIR_MIN = 0.3  # containment of a release passage in an article passage to pair them
MIN_PASSAGES = 2  # copied passages that make a pickup (and a "partial" one)
ONE_PASSAGE = 0.2  # ... or one copied passage that is at least this share of the article
MIN_PIECE = 20  # shingles: shorter passages (a dateline, "이하 생략") are not counted
MIN_SHARED = 30  # shingles (characters of shared text, roughly)
MIN_HITS = 6  # sampled hashes shared with a release to compare it in full
NEAR_VERBATIM = 0.75
SLACK = dt.timedelta(days=1)
COMMON = 0.05  # hashes in more than this fraction of releases are not indexed,
MIN_COMMON = 5  # ... nor those in more than this many (whichever is more)


@dataclass
class Found:
    """How one article stands to one release."""

    share: float
    coverage: float
    kind: str
    passages: int  # passages of the article that are from the release (copied)
    shared: int  # shingles in common

    @property
    def is_pickup(self) -> bool:
        if self.shared < MIN_SHARED:
            return False
        return self.passages >= MIN_PASSAGES or (self.passages >= 1 and self.share >= ONE_PASSAGE)


def kind_of(share: float, copied: int) -> str:
    if share >= NEAR_VERBATIM:
        return "near-verbatim"
    if copied >= MIN_PASSAGES:
        return "partial"
    return "rewrite"


@dataclass
class ReleaseText:
    """A release's passages and their union, prepared once."""

    id: int
    issued: dt.date | None
    pieces: list[Piece]
    all: frozenset[int] = field(default_factory=frozenset)

    @classmethod
    def of(cls, release_id: int, issued: dt.date | None, blocks: Sequence[Block]
           ) -> ReleaseText:
        parts = pieces(blocks)
        return cls(release_id, issued, parts, frozenset().union(*(p.shingles for p in parts)))


@dataclass
class ArticleText:
    pieces: list[Piece]
    all: frozenset[int]
    published: dt.date | None

    @classmethod
    def of(cls, blocks: Sequence[Block], published: dt.date | None = None) -> ArticleText:
        parts = pieces(blocks, article=True)
        return cls(parts, frozenset().union(*(p.shingles for p in parts)), published)


def compare(release: ReleaseText, article: ArticleText) -> Found:
    """How much of the article is the release's text, and how much of the release it
    carries; `is_pickup` says whether that makes it a pickup."""
    if not article.all or not release.all:
        return Found(0.0, 0.0, "rewrite", 0, 0)
    shared = len(article.all & release.all)
    from_release = 0
    for piece in article.pieces:
        if len(piece.shingles) >= MIN_PIECE and \
                len(piece.shingles & release.all) >= FROM_RELEASE * len(piece.shingles):
            from_release += 1
    share = shared / len(article.all)
    return Found(share, shared / len(release.all), kind_of(share, from_release),
                 from_release, shared)


def issued_in_time(issued: dt.date | None, published: dt.date | None) -> bool:
    """Whether a release issued on `issued` can be the source of an article published
    on `published` (unknown dates never rule it out)."""
    return issued is None or published is None or issued <= published + SLACK


class Matcher:
    """The inverted index over every release's signature, and the releases' passages
    (prepared on first use). `key` says which state of the releases it was built from."""

    def __init__(self, signatures: list[tuple[int, dt.date | None, bytes]],
                 load_blocks: Any = None, key: object = None):
        import numpy as np

        self.key = key
        self._load_blocks = load_blocks  # callable(ids) -> {id: [Block]}
        self.issued = {rid: issued for rid, issued, _sig in signatures}
        self._texts: dict[int, ReleaseText] = {}
        ids = np.array([rid for rid, _i, _s in signatures], dtype=np.int64)
        arrays = [np.frombuffer(sig, dtype="<u4") for _r, _i, sig in signatures]
        lengths = np.array([len(a) for a in arrays], dtype=np.int64)
        hashes = np.concatenate(arrays) if arrays else np.zeros(0, dtype="<u4")
        owners = np.repeat(ids, lengths) if len(ids) else np.zeros(0, dtype=np.int64)
        order = np.argsort(hashes, kind="stable")
        hashes, owners = hashes[order], owners[order]
        unique, starts, counts = np.unique(hashes, return_index=True, return_counts=True)
        keep = counts <= max(MIN_COMMON, int(COMMON * len(ids)))
        unique, starts, counts = unique[keep], starts[keep], counts[keep]
        self._unique, self._starts, self._counts = unique, starts, counts
        self._owners = owners

    @classmethod
    def from_library(cls, library: Library, key: object = None) -> Matcher:
        from clipper.store import releases as rows

        db = library.db
        return cls(rows.signatures(db), lambda ids: rows.release_blocks(db, ids), key)

    def __len__(self) -> int:
        return len(self.issued)

    def add_text(self, text: ReleaseText) -> None:
        """Prepared passages of a release (tests and the bench give them directly)."""
        self._texts[text.id] = text

    def text(self, release_id: int) -> ReleaseText:
        found = self._texts.get(release_id)
        if found is None:
            blocks = self._load_blocks([release_id])[release_id] if self._load_blocks else []
            found = ReleaseText.of(release_id, self.issued.get(release_id), blocks)
            self._texts[release_id] = found
        return found

    def candidates(self, article: ArticleText) -> list[int]:
        """Releases sharing at least MIN_HITS sampled hashes with the article, issued
        in time for it, most shared first."""
        import numpy as np

        if not len(self._unique):
            return []
        query = np.array(sampled(article.all), dtype="<u4")
        if not len(query):
            return []
        unique = self._unique
        where = np.searchsorted(unique, query)
        inside = where < len(unique)
        where, query = where[inside], query[inside]
        where = where[unique[where] == query]  # the article's hashes the index holds
        if not len(where):
            return []
        owners = np.concatenate([self._owners[s:s + c] for s, c in
                                 zip(self._starts[where].tolist(),
                                     self._counts[where].tolist(), strict=True)])
        ids, hits = np.unique(owners, return_counts=True)
        order = np.argsort(-hits, kind="stable")
        return [rid for rid, n in zip(ids[order].tolist(), hits[order].tolist(), strict=True)
                if n >= MIN_HITS and issued_in_time(self.issued.get(rid), article.published)]

    def match(self, blocks: Sequence[Block], published: dt.date | None = None
              ) -> list[tuple[int, Found]]:
        """The releases this article draws on, with how much (best first)."""
        article = ArticleText.of(blocks, published)
        found = []
        for rid in self.candidates(article):
            result = compare(self.text(rid), article)
            if result.is_pickup:
                found.append((rid, result))
        found.sort(key=lambda pair: -pair[1].shared)
        return found


# ---- the side-by-side view ------------------------------------------------------------------

def side_by_side(release_blocks: Sequence[Block], clipping_blocks: Sequence[Block],
                 clipping_title: str = "") -> list[Passage]:
    """Rows of a release and a clipping: release passages in release order, each with
    the article passage that carries it ("same" or "changed") or alone ("left-out");
    article passages that are not from the release ("added") stand after the row of
    the article passage they follow."""
    release = pieces(release_blocks)
    article = pieces(clipping_blocks, article=True)
    all_release = frozenset().union(*(p.shingles for p in release)) if release else frozenset()
    # Pair greedily, biggest overlap first: each release passage with one article
    # passage; an article passage may carry several release passages (outlets merge
    # paragraphs), so it is paired with each of them.
    overlaps = []
    for ci, c in enumerate(article):
        for ri, r in enumerate(release):
            common = len(c.shingles & r.shingles)
            if common and common >= PAIR_MIN * min(len(r.shingles), len(c.shingles)):
                overlaps.append((common, ri, ci))
    overlaps.sort(reverse=True)
    pair_of: dict[int, int] = {}
    used_articles: set[int] = set()
    for _common, ri, ci in overlaps:
        if ri not in pair_of:
            pair_of[ri] = ci
            used_articles.add(ci)
    rows: list[tuple[Passage, int | None]] = []
    for ri, r in enumerate(release):
        ci = pair_of.get(ri)
        if ci is None:
            rows.append((Passage("left-out", r.text, "", r.block, None, 0.0), None))
            continue
        c = article[ci]
        similarity = _jaccard(r.shingles, c.shingles)
        kind = "same" if similarity >= SAME or normalise(r.text) in normalise(c.text) \
            and similarity >= 0.5 else "changed"
        rows.append((Passage(kind, r.text, c.text, r.block, c.block, similarity), ci))
    for ci, c in enumerate(article):
        if ci in used_articles:
            continue
        inside = len(c.shingles & all_release) / len(c.shingles)
        kind = "changed" if inside >= FROM_RELEASE else "added"
        row = (Passage(kind, "", c.text, None, c.block, inside), ci)
        rows.insert(_place(rows, ci), row)
    return [row for row, _ci in rows]


def _place(rows: list[tuple[Passage, int | None]], ci: int) -> int:
    """Where an article passage goes: after the last row holding the nearest article
    passage before it; at the top if none comes before it."""
    best, at = -1, 0
    for index, (_row, other) in enumerate(rows):
        if other is not None and other < ci and other >= best:
            best, at = other, index + 1
    return at


def _jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0
