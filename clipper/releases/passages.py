"""Releases and articles as passages of character shingles, for the matcher.

A passage is a paragraph; a long paragraph is cut into runs of sentences, so that an
outlet that copies two sentences of a long paragraph still matches a passage. Text is
normalised hard before shingling: width and case folded, and every space and
punctuation mark dropped, because outlets re-space Korean (`경기도는 31일` /
`경기도는31일`) and change quotes and brackets. Shingles are character 5-grams
(Korean words change their endings, 경기도가 / 경기도는, so word shingles miss copies),
hashed with CRC-32 so that the hashes stored in a release's signature mean the same in
every process and version.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

from clipper.domain import Block
from clipper.importers.metadata import is_byline_line, is_tip_line

SHINGLE = 5
LONG_PARAGRAPH = 260  # characters; longer paragraphs are cut into sentence runs
MIN_PIECE = 80  # a sentence run is at least this long (unless the paragraph ends)
# A release's signature keeps the shingles whose hash is 0 modulo SAMPLE: a fixed
# quarter of them, the same quarter on both sides, so a copied passage of 100
# characters still shares about 24 sampled hashes with its release.
SAMPLE = 4

_NOT_WORD = re.compile(r"[\W_]+")
_SENTENCE = re.compile(r"(?<=[.!?。])[\"'”’)\]]*\s+")
# (수원=연합뉴스) 홍길동 기자 = ; [경기일보=홍길동 기자] ; 【수원=뉴시스】
_DATELINE = re.compile(
    r"^\s*[(\[【<]\s*[^()\[\]【】<>]{1,20}\s*=\s*[^()\[\]【】<>]{1,20}[)\]】>]\s*"
    r"(?:[가-힣]{2,4}(?:[ ,·]+[가-힣]{2,4})*\s*(?:기자|특파원|통신원)\s*=?\s*)?")
_COPYRIGHT = re.compile(r"(ⓒ|©|저작권자|무단\s*전재|재배포\s*금지|Copyright)", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


@dataclass
class Piece:
    """A passage: `block` is its paragraph's index in the body, `text` as printed."""

    block: int
    text: str
    shingles: frozenset[int]


def normalise(text: str) -> str:
    """What the shingles are taken from: folded, with no spaces or punctuation."""
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", text).casefold())


def shingle_hashes(text: str) -> frozenset[int]:
    """CRC-32 of every character 5-gram of the normalised text (a text shorter than a
    shingle gives its one hash)."""
    norm = normalise(text)
    if not norm:
        return frozenset()
    if len(norm) <= SHINGLE:
        return frozenset((zlib.crc32(norm.encode("utf-8")),))
    crc = zlib.crc32
    return frozenset(crc(norm[i:i + SHINGLE].encode("utf-8"))
                     for i in range(len(norm) - SHINGLE + 1))


def sampled(hashes: frozenset[int] | set[int]) -> list[int]:
    return sorted(h for h in hashes if h % SAMPLE == 0)


def signature(blocks: Sequence[Block]) -> bytes:
    """A release's sampled shingle hashes as little-endian uint32s (stored with it)."""
    import array

    values = array.array("I", sampled(set().union(*(p.shingles for p in pieces(blocks)))
                                      if blocks else set()))
    if values.itemsize != 4:  # pragma: no cover - "I" is 4 bytes on every platform we run
        raise RuntimeError("array 'I' is not 32-bit here")
    return values.tobytes()


def clean_line(text: str) -> str:
    """An article paragraph without its dateline and byline (`(수원=뉴시스) 홍길동
    기자 =`), e-mail addresses: words the release never had."""
    text = _DATELINE.sub("", text)
    return _EMAIL.sub("", text).strip()


def is_furniture(text: str) -> bool:
    """A line that is never the release's text: a byline, a tip line, a copyright."""
    stripped = text.strip()
    if not stripped:
        return True
    if len(stripped) <= 80 and (is_byline_line(stripped) or is_tip_line(stripped)):
        return True
    return len(stripped) <= 120 and bool(_COPYRIGHT.search(stripped))


def pieces(blocks: Sequence[Block], article: bool = False) -> list[Piece]:
    """The passages of a body. For an article (`article=True`) bylines, datelines,
    copyright lines are left out first."""
    out: list[Piece] = []
    for index, block in enumerate(blocks):
        text = block.text.strip()
        if article:
            if is_furniture(text):
                continue
            text = clean_line(text)
        if not normalise(text):
            continue
        for part in _split(text):
            hashes = shingle_hashes(part)
            if hashes:
                out.append(Piece(index, part, hashes))
    return out


def _split(text: str) -> list[str]:
    if len(text) <= LONG_PARAGRAPH:
        return [text]
    sentences = [s for s in _SENTENCE.split(text) if s.strip()]
    runs: list[str] = []
    current = ""
    for sentence in sentences:
        current = f"{current} {sentence}".strip() if current else sentence.strip()
        if len(current) >= MIN_PIECE:
            runs.append(current)
            current = ""
    if current:
        if runs and len(current) < MIN_PIECE:
            runs[-1] = f"{runs[-1]} {current}"
        else:
            runs.append(current)
    return runs
