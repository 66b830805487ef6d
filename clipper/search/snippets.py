"""Snippets: the passage of a clipping that best shows why it matched, words marked.

Marking works on the stored text without re-running Kiwi (which would cost ~30 ms per
article): Korean query words and morphemes are found as substrings (a Korean word
carries its particles, so 경기도 is marked inside 경기도에), English words by stem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clipper.search.analysis import stem

WIDTH = 160


@dataclass
class Snippet:
    text: str
    marks: list[tuple[int, int]]  # [start, end) spans of `text` to emphasise

    def marked(self, before: str = "«", after: str = "»") -> str:
        out, last = [], 0
        for start, end in self.marks:
            out += [self.text[last:start], before, self.text[start:end], after]
            last = end
        out.append(self.text[last:])
        return "".join(out)


def find_marks(text: str, korean: set[str], stems: set[str],
               prefixes: set[str] = frozenset()) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, key) spans where the query matched in `text`."""
    spans: list[tuple[int, int, str]] = []
    words = sorted((w for w in korean if w), key=len, reverse=True)
    if words:
        pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
        spans += [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)]
    latin = sorted({_stem_head(t) for t in stems if t.isascii()}
                   | {p for p in prefixes if p and p.isascii()}, key=len, reverse=True)
    if latin:
        # A regex finds candidate words (those starting like a stem or prefix) in C;
        # only they are stemmed and checked.
        alternatives = "|".join(re.escape(h) for h in latin)
        heads = re.compile(rf"\b(?:{alternatives})[a-z]*", re.IGNORECASE)
        for m in heads.finditer(text):
            word = m.group(0).lower()
            key = stem(word) if word.isalpha() and len(word) > 2 else word
            if key in stems or any(word.startswith(p) for p in prefixes if p):
                spans.append((m.start(), m.end(), key))
    if prefixes:
        for p in prefixes:
            if p and not p.isascii():
                spans += [(m.start(), m.end(), p) for m in re.finditer(re.escape(p), text)]
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[tuple[int, int, str]] = []
    for span in spans:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _stem_head(stemmed: str) -> str:
    # Snowball may end a stem in "i" for a word ending in "y" (happi <- happy).
    return stemmed[:-1] if len(stemmed) > 3 and stemmed.endswith("i") else stemmed


def make_snippet(text: str, korean: set[str], stems: set[str],
                 prefixes: set[str] = frozenset(), width: int = WIDTH) -> Snippet:
    """The window of `text` with the most distinct matched words (or its start)."""
    text = " ".join(text.split())
    marks = find_marks(text, korean, stems, prefixes)
    if not marks:
        cut = text[:width]
        return Snippet(cut + ("…" if len(text) > width else ""), [])
    # Score a window by the length of the distinct words it shows, so a whole phrase
    # or compound beats its parts scattered.
    lead = width // 4  # the window opens a little before its first match
    best_start, best_score = 0, -1
    for i, (start, _, _) in enumerate(marks):
        window_end = start + width - lead
        keys = {m[2].lower() for m in marks[i:] if m[1] <= window_end}
        score = sum(len(k) for k in keys)
        if score > best_score:
            best_start, best_score = start, score
    # Open a little before the first match, at a word boundary.
    begin = max(0, best_start - lead)
    if begin > 0:
        space = text.rfind(" ", 0, begin + 1)
        begin = space + 1 if space >= 0 and begin - space < 20 else begin
    end = min(len(text), begin + width)
    if end < len(text):
        space = text.find(" ", end)
        end = space if 0 <= space - end < 20 else end
    prefix = "…" if begin > 0 else ""
    suffix = "…" if end < len(text) else ""
    shifted = [(s - begin + len(prefix), e - begin + len(prefix))
               for s, e, _ in marks if s >= begin and e <= end]
    return Snippet(prefix + text[begin:end] + suffix, shifted)
