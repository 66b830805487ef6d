"""Text analysis for search: Korean morphemes, Hangul bigrams, English words.

Pure Python over kiwipiepy and snowballstemmer; no search engine here, so the same
functions run in worker processes (to use every core while indexing) and on queries.

Two analyses of the same text:

- `morphemes`: Kiwi's morphemes that carry meaning (nouns, numbers, foreign words,
  verb and adjective stems, roots), Latin words lower-cased and stemmed. Particles and
  endings are dropped, so positions count only kept morphemes: a phrase matches
  "modulo particles" (경기도의 스타트업 == 경기도 스타트업) and a compound typed without
  spaces analyses like the spaced one (스타트업천국 == 스타트업 천국).
- `bigrams`: overlapping two-syllable grams of every Hangul/Hanja run, for substrings
  morphology misses (블록체인 inside 에이아이포블록체인, 경기도 inside 경기도지사).

A field's tokens are a list of strings whose index is the position; `GAP` entries
separate the values of a multi-valued field so a phrase never spans two captions.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from importlib import metadata
from typing import Any

# Bump when tokenisation changes: the index records it and is rebuilt on mismatch.
ANALYZER_VERSION = "2"

GAP = ""  # position filler between the values of a multi-valued field
GAP_WIDTH = 3

_HANGUL_OR_HANJA = re.compile(r"[\uac00-\ud7a3\u3131-\u318e\u1100-\u11ff\u4e00-\u9fff]")
_HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e\u1100-\u11ff]")
# Text with ideographs but no Hangul (Chinese, Japanese) is split the way Kiwi splits
# it, without loading Kiwi: ideograph runs (Kiwi's SH, 々 included), Latin words and
# digits (SL, SN); kana and other scripts (Kiwi's SW) carry no term.
_CJK_PIECE = re.compile(r"([\u4e00-\u9fff\u3005]+)|([A-Za-z\u00c0-\u024f]+|\d+)")
_GRAM_RUN = re.compile(r"[\uac00-\ud7a3\u4e00-\u9fff]+")
# Letters and digits apart, so C4IR is c/4/ir whichever path (Kiwi or plain) reads it.
_LATIN_WORD = re.compile(r"[^\W\d_]+|\d+")

# Kiwi tags whose morphemes carry meaning (https://github.com/bab2min/kiwipiepy tags).
_KEEP_TAGS = frozenset({
    "NNG", "NNP", "NNB", "NR", "XR", "VV", "VA", "SL", "SN", "SH", "W_URL", "W_EMAIL",
    "W_HASHTAG", "W_MENTION", "W_SERIAL",
})
_LATIN_TAGS = frozenset({"SL", "SN", "W_URL", "W_EMAIL", "W_HASHTAG", "W_MENTION", "W_SERIAL"})
# Bound nouns and light verbs that occur in nearly every article; indexing them would
# only add cost (a query of just these analyses to nothing, which is handled).
_STOP_MORPHEMES = frozenset({
    "것", "수", "등", "때", "중", "데", "바", "뿐", "듯", "줄", "지", "하", "되", "있", "없",
    "않", "같", "보",
})

KIWI_OPTIONS_NOTE = "without its multi-word and typo dictionaries"  # for bench output
_kiwi: Any = None
_kiwi_lock = threading.Lock()
# Another process's `morphemes_many` (see `analyse_elsewhere`); None: Kiwi in this one.
_elsewhere: Callable[[list[str]], list[list[str]]] | None = None
_stem_lock = threading.Lock()
_stemmer: Any = None


def model_version() -> str:
    """Versions that decide tokenisation, recorded in the index (no model loading)."""
    parts = [f"analyzer={ANALYZER_VERSION}"]
    for dist in ("kiwipiepy", "kiwipiepy_model", "snowballstemmer"):
        try:
            parts.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{dist}=?")
    return ";".join(parts)


def kiwi() -> Any:
    """The Kiwi analyser, loaded on first use (it takes 1-2 s and ~0.5 GB)."""
    global _kiwi
    if _kiwi is None:
        with _kiwi_lock:
            if _kiwi is None:
                from kiwipiepy import Kiwi

                # The multi-word (WikiData) and typo dictionaries cost 1.7 s of the
                # 3 s start and 190 MB. Kept morphemes were the same without them on
                # 2,876 Korean texts, except multi-word names, which the multi-word
                # dictionary made one term with spaces ("조지 워커 부시"), found by
                # the whole name as a phrase only; now each word is a term too.
                _kiwi = Kiwi(num_workers=1, load_multi_dict=False, load_typo_dict=False)
    return _kiwi


def kiwi_loaded() -> bool:
    return _kiwi is not None


Analyser = Callable[[list[str]], list[list[str]]]


def analyse_elsewhere(analyser: Analyser | None) -> Analyser | None:
    """Hand this process's Korean text to `analyser` (`morphemes_here` run in another
    process that holds Kiwi); None takes it back. Returns the one it replaces.

    The window keeps Kiwi out of its process: Kiwi's load holds the interpreter lock
    for seconds, which no thread can hide from the event loop.
    """
    global _elsewhere
    previous, _elsewhere = _elsewhere, analyser
    return previous


def has_hangul(text: str) -> bool:
    """Hangul or Hanja: text that bigrams cover."""
    return _HANGUL_OR_HANJA.search(text) is not None


def needs_kiwi(text: str) -> bool:
    """Only Korean (Hangul) text is analysed by Kiwi; see `cjk_terms` for the rest."""
    return _HANGUL.search(text) is not None


def cjk_terms(text: str) -> list[str]:
    """Terms of text without Hangul, as Kiwi would keep them (measured on 144 Chinese
    and Japanese texts: the same terms but for 徐々, which Kiwi splits unlike 日々)."""
    terms: list[str] = []
    for match in _CJK_PIECE.finditer(text):
        if match.group(1):
            terms.append(match.group(1))
        else:
            terms.extend(latin_terms(match.group(2)))
    return terms


_LATIN_OR_DIGIT = re.compile(r"[0-9A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")


def has_latin(text: str) -> bool:
    """Letters or digits that bigrams do not cover."""
    return _LATIN_OR_DIGIT.search(text) is not None


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    global _stemmer
    with _stem_lock:
        if _stemmer is None:
            import snowballstemmer

            _stemmer = snowballstemmer.stemmer("english")
        return _stemmer.stemWord(word)


def latin_terms(text: str) -> list[str]:
    """Lower-cased letter runs (stemmed when alphabetic and longer than 2) and digit runs."""
    terms = []
    for match in _LATIN_WORD.finditer(text.lower()):
        word = match.group(0)
        if word.isalpha() and len(word) > 2 and word.isascii():
            word = stem(word)
        terms.append(word)
    return terms


_NOUN_TAGS = frozenset({"NNG", "NNP"})


@lru_cache(maxsize=200_000)
def split_noun(form: str) -> tuple[str, ...]:
    """A compound noun as Kiwi splits it when it stands alone.

    Kiwi's split depends on context (유니콘기업 is one noun in one sentence and 유니콘 +
    기업 in another), so every noun of three or more syllables, in text and in queries
    alike, is replaced by its split in isolation: both sides then agree.
    """
    parts = [t.form for t in kiwi().tokenize(form) if t.tag.split("-", 1)[0] in _NOUN_TAGS]
    if len(parts) > 1 and "".join(parts) == form:
        # Parts are split again: 누리헬스케어 -> 누리 헬스 케어 agrees with 헬스케어 -> 헬스 케어.
        return tuple(p for part in parts
                     for p in (split_noun(part) if len(part) >= 3 else (part,)))
    return (form,)


def _kept_forms(tokens: Iterable[Any]) -> list[str]:
    out: list[str] = []
    for token in tokens:
        tag = token.tag.split("-", 1)[0]
        if tag not in _KEEP_TAGS:
            continue
        form = token.form
        if tag in _LATIN_TAGS:
            out.extend(latin_terms(form))
        elif tag in _NOUN_TAGS and len(form) >= 3:
            out.extend(split_noun(form))
        elif form not in _STOP_MORPHEMES:
            out.append(form.lower())
    return out


def morphemes(text: str) -> list[str]:
    """The meaningful morphemes of `text`, in order (index = position)."""
    return morphemes_many([text])[0]


# Kiwi slows down sharply on long inputs (a 6,000-character article whole runs 7x
# slower than line by line), so text reaches it in pieces of at most this size.
_CHUNK = 400
_SENTENCE_END = re.compile(r"(?<=[.!?。])\s+|\n+")


def _chunks(text: str) -> list[str]:
    if len(text) <= _CHUNK and "\n" not in text:
        return [text]
    pieces: list[str] = []
    current = ""
    for part in _sentences(text):
        if not part or not part.strip():
            continue
        if current and len(current) + len(part) + 1 > _CHUNK:
            pieces.append(current)
            current = part
        else:
            current = f"{current} {part}" if current else part
    if current:
        pieces.append(current)
    return pieces


def _sentences(text: str) -> Iterator[str]:
    """Sentences and lines; one longer than _CHUNK (a text with no full stops, all on
    one line) is cut at its last space before _CHUNK, or at _CHUNK if it has none."""
    for part in _SENTENCE_END.split(text):
        while len(part) > _CHUNK:
            cut = part.rfind(" ", _CHUNK // 2, _CHUNK)
            cut = cut if cut > 0 else _CHUNK
            yield part[:cut]
            part = part[cut:]
        yield part


def morphemes_many(texts: Sequence[str]) -> list[list[str]]:
    """`morphemes` for several texts, handing the Korean ones to Kiwi as one batch."""
    return morphemes_here(texts, _elsewhere)


def morphemes_here(texts: Sequence[str], elsewhere: Analyser | None = None
                   ) -> list[list[str]]:
    """`morphemes_many` with Kiwi in this process (or in `elsewhere`, for Korean text)."""
    results: list[list[str]] = [[] for _ in texts]
    korean: list[int] = []
    for i, text in enumerate(texts):
        if not text or not text.strip():
            continue
        if needs_kiwi(text):
            korean.append(i)
        elif has_hangul(text):
            results[i] = cjk_terms(text)
        else:
            results[i] = latin_terms(text)
    if korean and elsewhere is not None:
        for i, tokens in zip(korean, elsewhere([texts[i] for i in korean]), strict=True):
            results[i] = tokens
    elif korean:
        owners: list[int] = []
        pieces: list[str] = []
        for i in korean:
            for piece in _chunks(texts[i]):
                owners.append(i)
                pieces.append(piece)
        analyser = kiwi()
        # One call per piece: measured faster than Kiwi's batch call with one worker.
        for i, piece in zip(owners, pieces, strict=True):
            results[i].extend(_kept_forms(analyser.tokenize(piece)))
    return results


def bigrams(text: str) -> list[str]:
    """Two-syllable grams of each Hangul/Hanja run; a one-syllable run is kept whole."""
    grams: list[str] = []
    for match in _GRAM_RUN.finditer(text):
        run = match.group(0)
        if len(run) == 1:
            grams.append(run)
        else:
            grams.extend(run[i:i + 2] for i in range(len(run) - 1))
    return grams


def join_values(values: Sequence[list[str]]) -> list[str]:
    """One field's tokens from several values, with a gap so phrases stay inside one."""
    tokens: list[str] = []
    for value in values:
        if not value:
            continue
        if tokens:
            tokens.extend([GAP] * GAP_WIDTH)
        tokens.extend(value)
    return tokens


# The fields a document is analysed into; a document is {field: [value, ...]}.
TEXT_FIELDS = ("title", "outlet", "byline", "body", "caption", "keyword", "tag", "theme",
               "note")
GRAMS_FIELD = "grams"
PAIRS_FIELD = "pairs"
ALL_FIELD = "text"  # every text field's morphemes together, for unqualified words


def pairs(tokens: Sequence[str]) -> list[str]:
    """Adjacent morpheme pairs ("전기 차"), never across a GAP.

    Matching a phrase by positions is the slowest thing Whoosh does (a compound such as
    전기차 is the phrase 전기 차); an index of pairs answers it with plain terms.
    """
    return [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False) if a and b]


# What one clipping sends to the analyser, per field: far beyond any article (a long
# feature is 20,000 characters), yet a 15 MB text pasted on one line indexes in seconds
# instead of minutes and a gigabyte. Beyond it a clipping is stored whole, searched not.
MAX_FIELD_CHARS = {"body": 300_000}
MAX_OTHER_FIELD_CHARS = 50_000


def _capped(values: Iterable[str], limit: int) -> list[str]:
    kept: list[str] = []
    for value in values:
        if limit <= 0:
            break
        kept.append(value[:limit])
        limit -= len(value)
    return kept


def analyse_document(doc: dict[str, list[str]]) -> dict[str, list[str]]:
    """Token lists for every text field plus the bigram field, ready for the index."""
    order: list[tuple[str, int]] = []
    texts: list[str] = []
    for field in TEXT_FIELDS:
        limit = MAX_FIELD_CHARS.get(field, MAX_OTHER_FIELD_CHARS)
        for n, value in enumerate(_capped(doc.get(field, ()), limit)):
            order.append((field, n))
            texts.append(value)
    analysed = morphemes_many(texts)
    per_field: dict[str, list[list[str]]] = {field: [] for field in TEXT_FIELDS}
    for (field, _), tokens in zip(order, analysed, strict=True):
        per_field[field].append(tokens)
    out = {field: join_values(values) for field, values in per_field.items()}
    out[ALL_FIELD] = join_values([out[field] for field in TEXT_FIELDS])
    out[PAIRS_FIELD] = [pair for field in TEXT_FIELDS for pair in pairs(out[field])]
    out[GRAMS_FIELD] = join_values([bigrams(text) for text in texts])
    return out


def analyse_documents(docs: Sequence[dict[str, list[str]]]) -> list[dict[str, list[str]]]:
    """For worker processes: a batch in, a batch out (pickles as plain lists)."""
    return [analyse_document(doc) for doc in docs]
