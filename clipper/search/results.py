"""What a search gives a list view: every match in rank order, snippets for the best,
and the words to highlight as they are written in the clippings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from clipper.domain import SearchHit


@dataclass
class SearchResults:
    query: str
    ranked: list[int]  # every match, best first
    hits: list[SearchHit] = field(default_factory=list)  # the best, with snippets
    terms: list[str] = field(default_factory=list)  # matched words, longest first

    def snippets(self) -> dict[int, tuple[str, list[tuple[int, int]]]]:
        """Snippet text and marked spans by clipping id (the list's second line)."""
        return {h.id: (h.snippet, list(h.marks)) for h in self.hits}


def matched_terms(hits: Iterable[SearchHit]) -> list[str]:
    """Every marked span of the hits' snippets and titles, longest first, so that a
    reader marking them in turn marks "경기도에" before "경기도" inside it."""
    terms: set[str] = set()
    for hit in hits:
        terms |= {hit.snippet[s:e] for s, e in hit.marks}
        terms |= {hit.title[s:e] for s, e in hit.title_marks}
    terms.discard("")
    return sorted(terms, key=lambda t: (-len(t), t))
