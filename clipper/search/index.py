"""The Whoosh index: schema, query language and searching.

Whoosh is imported here only (tests/test_layers.py checks it), so the engine can be
changed without touching callers.

Documents arrive already analysed (token lists from `analysis`, made in worker
processes), so the schema's analyzer only replays them. Fields: one per text field
(title, body, caption, ...; morphemes with positions, for `field:` queries), `text`
(all of them, no positions: what an unqualified word searches), `pairs` (adjacent
morpheme pairs: compounds and phrases without position checks, the slowest thing
Whoosh does), `grams` (Hangul bigrams with positions) and `published`.

Queries are parsed by Whoosh's parser with a whitespace analyzer, then each word or
phrase is rewritten into index terms (the resulting term/AND/OR/AND-MAYBE trees are
ranked by `vectorised` over arrays read from Whoosh's postings, to the bit as Whoosh
ranks them; other shapes by Whoosh itself):

- a word becomes its morphemes: one term in `text` (titles weighted up), or, for a
  compound such as 유니콘기업 or a quoted phrase, its pairs;
- for Hangul words, a phrase of bigrams in `grams` is added as an alternative, but
  only in a second tier and only while the rarest bigram is rare enough (a word in 40%
  of a large library would cost seconds to verify by positions, and its morpheme
  matches are then plenty). The morpheme-only tier always ranks first; the second
  tier appends what substrings add (블록체인 inside 에이아이포블록체인);
- under NOT, a word excludes everything either tier would find for it;
- a top-level NOT or date range is answered as a set of documents (see "filters" below), so
  the words that rank keep Whoosh's fast top-N search; with only a date range, the
  newest clippings come first.
"""

from __future__ import annotations

import json
import mmap
import os
import re
import shutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whoosh import fields as F
from whoosh import index as windex
from whoosh import qparser
from whoosh import query as Q
from whoosh.analysis import SpaceSeparatedTokenizer, Token, Tokenizer
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import BufferFile
from whoosh.index import LockError
from whoosh.scoring import BM25F
from whoosh.searching import Searcher
from whoosh.util.filelock import try_for
from whoosh.util.numeric import byte_to_length, split_ranges, to_sortable

from clipper.search import analysis, vectorised
from clipper.search.analysis import ALL_FIELD, GRAMS_FIELD, PAIRS_FIELD, TEXT_FIELDS
from clipper.search.query_cache import QueryMorphemes
from clipper.store.library import LibraryError

SCHEMA_VERSION = "3"
VERSION_FILE = "clipper-index.json"
WRITER_TIMEOUT = 30.0  # seconds to wait for another process's writer to finish

# Field weights for an unqualified word.
FIELD_BOOSTS = {"title": 3.0, "keyword": 2.0, "tag": 2.0, "theme": 2.0, "caption": 1.2,
                "body": 1.0, "note": 1.5, "outlet": 1.0, "byline": 1.0}
# The bigram alternative is used while its rarest gram is in at most this many
# documents (or this share of them, whichever is larger).
GRAMS_MAX_DF = 1000
GRAMS_MAX_SHARE = 0.02
# A prefix is searched as the OR of its words while it has at most this many.
PREFIX_MAX_WORDS = 64

DEFAULT_FIELD = "all"
FIELD_ALIASES = {"published": ["date"], "keyword": ["keywords"], "tag": ["tags"],
                 "caption": ["captions", "photo"], "theme": ["themes"], "note": ["notes"]}


class SearchError(LibraryError):
    """A query or index problem, with a message for the user."""


class MappedStorage(FileStorage):
    """Whoosh's file storage, with each index file memory-mapped.

    Whoosh reads a compound segment through a BytesIO over its mapping, which copies
    every postings file into the heap: a search process held 73 MB of a 99 MB index
    (10k clippings), and would hold most of a gigabyte at 100k. Segments are written as
    separate files instead (`compound=False`), each mapped here whole and read in place:
    the mapping's own read/seek are C, like BytesIO's, and its pages are the OS's cache.
    """

    def open_file(self, name: str, **kwargs: Any) -> Any:
        with open(self._fpath(name), "rb") as handle:
            if os.fstat(handle.fileno()).st_size == 0:
                return super().open_file(name, **kwargs)  # an empty file cannot be mapped
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        return _MappedFile(mapped, name)


class _MappedFile(BufferFile):
    def __init__(self, mapped: mmap.mmap, name: str):
        super().__init__(b"", name=name)
        self._buf = mapped
        self.file = mapped  # read, seek and tell straight from the mapping

    def close(self) -> None:
        if not self.is_closed:
            self.is_closed = True
            try:
                self._buf.close()
            except BufferError:
                pass  # a view of it is still alive: unmapped when that goes


class PretokenizedTokenizer(Tokenizer):
    """Replays a token list made by `clipper.search.analysis` (index = position).

    Its class path is pickled into the index's schema: keep the name and module stable.
    """

    def __call__(self, value: Any, positions: bool = False, chars: bool = False,
                 keeporiginal: bool = False, removestops: bool = True, start_pos: int = 0,
                 start_char: int = 0, tokenize: bool = True, mode: str = "",
                 **kwargs: Any) -> Iterator[Token]:
        if isinstance(value, str):
            value = analysis.morphemes(value)
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for pos, text in enumerate(value):
            if not text:
                continue
            token.text = text
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = text
            if positions:
                token.pos = start_pos + pos
            if chars:
                token.startchar = token.endchar = start_char
            yield token


def build_schema() -> F.Schema:
    pre = PretokenizedTokenizer()
    schema = F.Schema(
        id=F.ID(stored=True, unique=True, sortable=True),
        digest=F.STORED(),
        published=F.DATETIME(),
    )
    for name in TEXT_FIELDS:
        schema.add(name, F.TEXT(analyzer=pre, phrase=True))
    schema.add(GRAMS_FIELD, F.TEXT(analyzer=pre, phrase=True))
    schema.add(PAIRS_FIELD, F.TEXT(analyzer=pre, phrase=False))
    schema.add(ALL_FIELD, F.TEXT(analyzer=pre, phrase=False))
    return schema


def _parse_schema() -> F.Schema:
    """What the query parser sees: words kept as typed, analysed later by `_Rewriter`."""
    words = SpaceSeparatedTokenizer()
    schema = F.Schema(published=F.DATETIME())
    for name in (DEFAULT_FIELD, *TEXT_FIELDS):
        schema.add(name, F.TEXT(analyzer=words, phrase=True))
    return schema


@dataclass
class IndexedDoc:
    """One document ready to write: analysed token lists per field."""

    id: int
    digest: str
    published: Any  # datetime.date | None
    tokens: dict[str, list[str]]


@dataclass
class Highlights:
    """What matched, for marking snippets: Korean strings and English stems."""

    korean: set[str] = field(default_factory=set)
    stems: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)


@dataclass
class RankedIds:
    ids: list[int]
    scores: list[float]
    highlights: Highlights


class WhooshIndex:
    """An index folder; rebuilt empty when missing, unreadable or made by other versions."""

    def __init__(self, path: Path):
        self.path = path
        self.created = False
        self._searcher: Searcher | None = None
        self._ids: Any = None  # the open searcher's docnum -> clipping id column
        self._segments: list[_SegmentArrays] | None = None  # the open searcher's, as arrays
        # What is read from a segment's files once (field lengths), by segment id: a
        # segment's files never change, so this outlives searchers (a commit adds
        # segments, merges replace some; deletions are read per searcher).
        self._segment_data: dict[str, dict[str, Any]] = {}
        # Searches may run on other threads than the writer; a searcher is swapped
        # only while no search uses it.
        self._read_lock = threading.RLock()
        self._parser = _make_parser()
        self._queries = QueryMorphemes(path)
        self._ix = self._open()

    # ---- opening ------------------------------------------------------------

    def _version(self) -> dict[str, str]:
        return {"schema": SCHEMA_VERSION, "model": analysis.model_version()}

    def _open(self) -> Any:
        ix = self._open_existing()
        return ix if ix is not None else self._create(reuse=True)

    def _open_existing(self) -> Any:
        """The index in the folder if it is whole and of our version, else None."""
        try:
            recorded = json.loads((self.path / VERSION_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if recorded != self._version():
            return None
        try:
            # exists_in reads the table of contents too, and raises for a garbled one.
            return (MappedStorage(str(self.path)).open_index()
                    if windex.exists_in(str(self.path)) else None)
        except Exception:  # noqa: BLE001 - any unreadable index is rebuilt from SQLite
            return None

    def _create(self, reuse: bool = False) -> Any:
        self.close()
        if self.path.exists() and not self.path.is_dir():
            raise SearchError(
                f"the search index {self.path} is a file, not a folder: move it out of "
                "the library, then any search rebuilds the index"
            )
        self.path.mkdir(parents=True, exist_ok=True)
        # Two processes may find the index missing at the same moment (a new library,
        # an upgrade): the one holding the writer's lock builds it; the other waits,
        # then opens what was built (`reuse`) rather than building over it.
        lock = FileStorage(str(self.path)).lock("MAIN_WRITELOCK")
        if not try_for(lock.acquire, timeout=WRITER_TIMEOUT, delay=0.1):
            raise SearchError(
                "the search index is being rebuilt by another Clipper window or command; "
                "try again when it has finished"
            )
        try:
            ix = self._open_existing() if reuse else None
            return ix if ix is not None else self._build()
        finally:
            lock.release()

    def _build(self) -> Any:
        (self.path / VERSION_FILE).unlink(missing_ok=True)
        try:
            # Over the old index rather than deleting the folder: another process may
            # still have its files open (which Windows would not let us delete); the
            # old segments are cleaned up by the next commit.
            ix = MappedStorage(str(self.path)).create_index(build_schema())
        except Exception:  # noqa: BLE001 - an unreadable folder is started afresh
            shutil.rmtree(self.path, ignore_errors=True)
            self.path.mkdir(parents=True, exist_ok=True)
            ix = MappedStorage(str(self.path)).create_index(build_schema())
        # Written after the empty index exists: a crash before this line leaves no
        # version file, so the next open starts over.
        (self.path / VERSION_FILE).write_text(json.dumps(self._version()), encoding="utf-8")
        self.created = True
        return ix

    def recreate(self) -> None:
        self._ix = self._create()

    def close(self) -> None:
        self._drop_searcher()
        ix = getattr(self, "_ix", None)
        if ix is not None:
            ix.close()

    # ---- writing ------------------------------------------------------------

    def batch(self) -> IndexBatch:
        """A writer for one commit; add/delete, then commit() (or cancel())."""
        try:
            # Segments stay separate files (not one compound file): see MappedStorage.
            writer = self._ix.writer(timeout=WRITER_TIMEOUT, limitmb=64, compound=False)
        except LockError as exc:
            raise SearchError(
                "the search index is being updated by another Clipper window or command; "
                "try again when it has finished"
            ) from exc
        return IndexBatch(self, writer)

    def optimize(self) -> None:
        """Merge all segments into one (searching many segments costs per segment)."""
        batch = self.batch()
        batch._writer.commit(optimize=True)
        self._drop_searcher()

    def segment_count(self) -> int:
        return len(self._ix._segments())

    def _drop_searcher(self) -> None:
        # A refreshed searcher returns duplicate hits after another writer committed
        # (whoosh-reloaded 2.7.5), so searchers are closed and reopened instead.
        with self._read_lock:
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None
                self._ids = None
                self._segments = None

    # ---- reading ------------------------------------------------------------

    def searcher(self) -> Searcher:
        with self._read_lock:
            return self._current_searcher()

    def _current_searcher(self) -> Searcher:
        if self._searcher is not None and not self._searcher.up_to_date():
            self._drop_searcher()
        if self._searcher is None:
            self._searcher = self._ix.searcher()
        return self._searcher

    def _ids_column(self, searcher: Searcher) -> Any:
        # Opening the column reads every segment's offsets (15 ms at 100k clippings in
        # 20 segments): once per searcher, not once per search.
        if self._ids is None:
            self._ids = searcher.reader().column_reader("id")
        return self._ids

    def _segment_arrays(self, searcher: Searcher) -> list[_SegmentArrays]:
        # Per searcher: each segment's deleted documents and field lengths are read once.
        if self._segments is None:
            leaves = [(sub, offset, sub.reader()._segment.segment_id())
                      for sub, offset in searcher.leaf_searchers()]
            self._segment_data = {segid: self._segment_data.get(segid, {})
                                  for _, _, segid in leaves}
            self._segments = [_SegmentArrays(sub, offset, self._segment_data[segid])
                              for sub, offset, segid in leaves]
        return self._segments

    def doc_count(self) -> int:
        with self._read_lock:
            return self._current_searcher().doc_count()

    def digests(self) -> dict[int, str]:
        """Every indexed clipping's digest (for `check`)."""
        out: dict[int, str] = {}
        with self._read_lock:
            for stored in self._current_searcher().reader().all_stored_fields():
                out[int(stored["id"])] = stored.get("digest", "")
        return out

    def frequent_words(self, limit: int) -> list[str]:
        """The Korean words (morphemes) most documents hold in their title or body, most
        frequent first: what people search for by name."""
        counts: dict[str, int] = {}
        with self._read_lock:
            reader = self._current_searcher().reader()
            for name in ("title", "body"):
                if name not in reader.indexed_field_names():
                    continue
                for term, info in reader.iter_field(name):
                    word = term.decode("utf-8") if isinstance(term, bytes) else str(term)
                    if analysis.needs_kiwi(word) and info.doc_frequency() >= 2:
                        counts[word] = max(counts.get(word, 0), info.doc_frequency())
        return sorted(counts, key=lambda w: (-counts[w], w))[:limit]

    def learn_words(self, analysed: dict[str, list[str]]) -> None:
        """Answer later searches for these words without the analyser (query_cache)."""
        self._queries.learn(analysed)

    # ---- searching ----------------------------------------------------------

    def search(self, text: str, limit: int | None) -> RankedIds:
        """Clipping ids matching `text`, morpheme matches first, then substring matches."""
        parsed = self.parse(text)
        if parsed is None:
            return RankedIds([], [], Highlights())
        with self._read_lock:
            try:
                ranked = self._search(parsed, limit)
                self._queries.save()
                return ranked
            except SearchError:
                raise
            except Exception as exc:  # noqa: BLE001 - a damaged index, whatever the cause
                raise SearchError(
                    f"the search index cannot be read ({exc.__class__.__name__}: {exc}); "
                    "run `clipper reindex` to rebuild it"
                ) from exc

    def _search(self, parsed: Q.Query, limit: int | None) -> RankedIds:
        searcher = self._current_searcher()
        if searcher.doc_count_all() == 0:  # an empty index has no id column to read
            return RankedIds([], [], Highlights())
        plan = split_query(parsed)
        rewriter = _Rewriter(searcher, self._queries.morphemes)
        segments = self._segment_arrays(searcher)
        # Filters are sorted arrays of docnums (numpy), made from posting arrays.
        mask: Any = None
        if plan.negatives:
            # Under NOT a word excludes what either tier would find for it.
            negative = rewriter.rewrite(Q.Or(plan.negatives), tier=1, negated=True)
            mask = _matching_docs(negative, searcher, segments) if negative is not None else None
        ids_column = self._ids_column(searcher)
        allow: Any = None
        if plan.dates and plan.positive is None and len(plan.dates) == 1:
            # Only a date range (and NOTs): nothing to rank by, so the newest come
            # first. Reading the range's dates newest first finds only documents in the
            # range: the whole range's set is not needed.
            newest = newest_dated(searcher.reader(), segments, plan.dates, None, mask, limit)
            ids = [int(ids_column[d]) for d in newest]
            return RankedIds(ids, [1.0] * len(ids), rewriter.highlights)
        if plan.dates:
            allow = dated_docs(searcher.reader(), segments, plan.dates)
            if mask is not None and len(mask):
                allow = _without(allow, mask)
            if not len(allow):
                return RankedIds([], [], rewriter.highlights)
        if plan.positive is None and allow is not None:
            # Only dates (several ranges): the newest come first.
            newest = newest_dated(searcher.reader(), segments, plan.dates, allow, None, limit)
            ids = [int(ids_column[d]) for d in newest]
            return RankedIds(ids, [1.0] * len(ids), rewriter.highlights)
        positive = plan.positive if plan.positive is not None else Q.Every()
        strict = rewriter.rewrite(positive, tier=1)
        if strict is None:
            return RankedIds([], [], Highlights())
        broad = _Rewriter(searcher, self._queries.morphemes).rewrite(positive, tier=2)
        ids: list[int] = []
        scores: list[float] = []
        seen: set[int] = set()
        tiers = [strict] if broad is None or broad == strict else [strict, broad]
        for query in tiers:
            if limit is not None and len(ids) >= limit:
                break
            want = None if limit is None else limit + len(ids)
            for score, docnum in self._ranked(searcher, query, want, allow, mask):
                clipping_id = int(ids_column[docnum])
                if clipping_id in seen:
                    continue
                seen.add(clipping_id)
                ids.append(clipping_id)
                scores.append(float(score))
        if limit is not None:
            ids, scores = ids[:limit], scores[:limit]
        return RankedIds(ids, scores, rewriter.highlights)

    def _ranked(self, searcher: Searcher, query: Q.Query, limit: int | None,
                allow: Any, mask: Any) -> list[tuple[float, int]]:
        """(score, docnum) of the best `limit` matches, best first, as Whoosh ranks them.

        The word queries the rewriter makes are ranked by `vectorised` (the same result,
        a fraction of the time); any other shape by Whoosh's own search.
        """
        plan = _vector_plan(query, searcher)
        if plan is None:
            return searcher.search(
                query, limit=limit, filter=None if allow is None else set(allow.tolist()),
                mask=set(mask.tolist()) if mask is not None and len(mask) else None).top_n
        docs, scores = vectorised.ranked(plan, self._segment_arrays(searcher), limit,
                                         _admitter(allow, mask))
        return list(zip(scores.tolist(), docs.tolist(), strict=True))

    def parse(self, text: str) -> Q.Query | None:
        text = _prepare(text)
        if not text:
            return None
        try:
            parsed = self._parser.parse(text)
        except Exception as exc:  # noqa: BLE001 - the parser raises assorted errors
            raise SearchError(f"cannot read the query {text!r}: {exc}") from exc
        _raise_errors(parsed)
        return parsed


class IndexBatch:
    def __init__(self, owner: WhooshIndex, writer: Any):
        self._owner = owner
        self._writer = writer
        self.count = 0

    def add(self, doc: IndexedDoc) -> None:
        values: dict[str, Any] = {"id": str(doc.id), "digest": doc.digest}
        if doc.published is not None:
            values["published"] = _as_datetime(doc.published)
        for name, tokens in doc.tokens.items():
            if tokens:
                values[name] = tokens
        self._writer.update_document(**values)
        self.count += 1

    def delete(self, clipping_id: int) -> None:
        self._writer.delete_by_term("id", str(clipping_id))
        self.count += 1

    def commit(self, merge: bool = True, group: int | None = None) -> None:
        """Commit; `merge=False` leaves a new segment as it is; `group` merges the
        segments smaller than `group` documents into one (see `_merge_group`)."""
        if group is not None:
            self._writer.commit(mergetype=_merge_group(group))
        else:
            self._writer.commit(merge=merge)
        self._owner._drop_searcher()

    def cancel(self) -> None:
        self._writer.cancel()


def _merge_group(limit: int) -> Any:
    """A merge policy for bulk builds: the small segments become one of about `limit`.

    Whoosh merges by re-adding every posting through its sorting pool: merging all of
    a 100k-document index at once (optimize) took over 13 GB of temporary disk and
    did not finish in 10 minutes here, while merging 5k documents at a time is cheap.
    """
    from whoosh.reading import SegmentReader

    def policy(writer: Any, segments: list[Any]) -> list[Any]:
        small = [s for s in segments if s.doc_count_all() < limit]
        if len(small) < 2:
            return segments
        for segment in small:
            reader = SegmentReader(writer.storage, writer.schema, segment)
            writer.add_reader(reader)
            reader.close()
        return [s for s in segments if s not in small]

    return policy


def _make_parser() -> qparser.QueryParser:
    parser = qparser.QueryParser(DEFAULT_FIELD, _parse_schema())  # AND between words
    parser.add_plugin(qparser.FieldAliasPlugin(FIELD_ALIASES))
    parser.remove_plugin_class(qparser.BoostPlugin)  # ^ is not query syntax for users
    return parser


_MINUS = re.compile(r"(^|(?<=[\s(]))-(?=[^\s-])")
_PLUS = re.compile(r"(^|(?<=[\s(]))\+(?=\S)")
_DATE_RANGE = re.compile(
    r"\b(published|date):(\d{4}(?:-\d{1,2}){0,2})?\.\.(\d{4}(?:-\d{1,2}){0,2})?(?=$|[\s)])"
)


_BRACKET_DATE_RANGE = re.compile(
    r"\b(published|date):([\[{])\s*(\S*?)\s*\bTO\b\s*(\S*?)\s*([\]}])"
)
# Whoosh's date field cannot parse an open end, so open ends become far dates.
_EARLIEST, _LATEST = "1000", "9999"


def _prepare(text: str) -> str:
    """Our additions to Whoosh's syntax: -word, +word and published:A..B ranges."""
    text = (text or "").strip()
    text = _MINUS.sub("NOT ", text)
    text = _PLUS.sub("", text)

    def dotted(m: re.Match[str]) -> str:
        start, end = m.group(2) or "", m.group(3) or ""
        if not start and not end:
            return ""
        return f"{m.group(1)}:[{start or _EARLIEST} TO {end or _LATEST}]"

    def bracketed(m: re.Match[str]) -> str:
        field, left, start, end, right = m.groups()
        if not start and not end:
            return ""
        return f"{field}:{left}{start or _EARLIEST} TO {end or _LATEST}{right}"

    text = _DATE_RANGE.sub(dotted, text)
    return _BRACKET_DATE_RANGE.sub(bracketed, text).strip()


def _raise_errors(q: Q.Query) -> None:
    for sub in [q, *q.leaves()]:
        error = getattr(sub, "error", None)
        if error is not None:
            raise SearchError(f"cannot read the query: {error}")


def _as_datetime(value: Any) -> Any:
    import datetime as dt

    if isinstance(value, dt.datetime):
        return value
    return dt.datetime(value.year, value.month, value.day)


class _Rewriter:
    """Turns the parsed query's words into index terms (see the module docstring)."""

    def __init__(self, searcher: Searcher, analyse: Callable[[str], list[str]]):
        self.searcher = searcher
        self.analyse = analyse
        self.reader = searcher.reader()
        total = self.reader.doc_count()
        self.grams_max_df = max(GRAMS_MAX_DF, int(total * GRAMS_MAX_SHARE))
        self.highlights = Highlights()

    def rewrite(self, q: Q.Query, tier: int, negated: bool = False) -> Q.Query | None:
        out = self._rewrite(q, tier, negated)
        return None if out is None else _hoist_boosts(out.normalize())

    def _rewrite(self, q: Q.Query, tier: int, negated: bool) -> Q.Query | None:
        if isinstance(q, Q.Not):
            inner = self._rewrite(q.query, tier, not negated)
            return None if inner is None else Q.Not(inner)
        if isinstance(q, Q.AndNot):
            positive = self._rewrite(q.a, tier, negated)
            negative = self._rewrite(q.b, tier, not negated)
            if positive is None:
                return None
            return positive if negative is None else Q.AndNot(positive, negative)
        if isinstance(q, (Q.AndMaybe, Q.Require, Q.Otherwise)):
            a = self._rewrite(q.a, tier, negated)
            b = self._rewrite(q.b, tier, negated)
            if a is None or b is None:
                return a or b
            return type(q)(a, b)
        if isinstance(q, Q.CompoundQuery):
            subs = [s for s in (self._rewrite(s, tier, negated) for s in q.subqueries) if s]
            if not subs:
                return None
            return subs[0] if len(subs) == 1 else type(q)(subs)
        return self._leaf(q, tier, negated)

    def _leaf(self, q: Q.Query, tier: int, negated: bool) -> Q.Query | None:
        if isinstance(q, type(Q.NullQuery)):
            return None
        name = getattr(q, "fieldname", None)
        if isinstance(q, Q.Every) and name in (None, DEFAULT_FIELD):
            return Q.Every()  # a bare `*` is Every("all"), a field no document has: match all
        if name == "published" or isinstance(q, Q.Every):
            return q
        fields = list(TEXT_FIELDS) if name in (None, DEFAULT_FIELD) else [name]
        if isinstance(q, Q.Term):
            return self._words(str(q.text), fields, name in (None, DEFAULT_FIELD), tier,
                               negated)
        if isinstance(q, Q.Phrase):
            return self._words(" ".join(q.words), fields, name in (None, DEFAULT_FIELD),
                               tier, negated)
        if isinstance(q, (Q.Prefix, Q.Wildcard)):
            text = str(q.text).lower()
            if not text.strip("*?"):
                return Q.Every()
            if not negated:
                self.highlights.prefixes.add(text.rstrip("*?"))
            if name in (None, DEFAULT_FIELD):
                if isinstance(q, Q.Prefix):
                    return self._prefix(text.rstrip("*"))
                return type(q)(ALL_FIELD, text)
            return _over_fields(fields, lambda f: type(q)(f, text))
        if isinstance(q, Q.TermRange):
            return _over_fields(fields, lambda f: Q.TermRange(
                f, q.start and q.start.lower(), q.end and q.end.lower(), q.startexcl,
                q.endexcl))
        return q

    def _words(self, text: str, fields: list[str], with_grams: bool, tier: int,
               negated: bool) -> Q.Query | None:
        terms = self.analyse(text)
        morph = None
        if terms and len(terms) > 1 and with_grams:
            # A compound or phrase over all fields: its adjacent pairs, as plain terms
            # (exact for two morphemes, all consecutive pairs present for more).
            morph = self._pairs(terms)
        elif terms and with_grams:
            # One word over all fields: one term in the catch-all field (an Or over
            # nine fields cost a matcher each), titles weighted up.
            morph = self._word(terms[0])
        elif terms:
            # Fields that cannot match are left out: an Or over nine fields costs a
            # matcher each, and most fields (tags, notes...) lack most words.
            present = [f for f in fields
                       if all(self.reader.doc_frequency(f, t) for t in set(terms))]
            morph = (_over_fields(present, lambda f: _sequence(f, terms), len(fields) > 1)
                     if present else _nothing())
        grams = self._grams(text) if with_grams and (tier == 2 or negated or not terms) else None
        if not negated:
            if analysis.has_hangul(text):
                self.highlights.korean.add(" ".join(text.split()))
                self.highlights.korean.update(w for w in text.split() if w)
                self.highlights.korean.update(t for t in terms if analysis.has_hangul(t))
            self.highlights.stems.update(t for t in terms if not analysis.has_hangul(t))
        parts = [p for p in (morph, grams) if p is not None]
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else Q.Or(parts)

    def _word(self, term: str) -> Q.Query:
        if not self.reader.doc_frequency(ALL_FIELD, term):
            return _nothing()
        query = Q.Term(ALL_FIELD, term)
        if self.reader.doc_frequency("title", term):
            # AndMaybe, not Or: a title word is also in the catch-all field, so the
            # matches are the same, but only the catch-all list is walked.
            return Q.AndMaybe(query, Q.Term("title", term, boost=FIELD_BOOSTS["title"]))
        return query

    def _pairs(self, terms: list[str]) -> Q.Query:
        wanted = analysis.pairs(terms)
        if not all(self.reader.doc_frequency(PAIRS_FIELD, p) for p in set(wanted)):
            return _nothing()
        query = _sequence(PAIRS_FIELD, wanted) if len(wanted) == 1 else Q.And(
            [Q.Term(PAIRS_FIELD, p) for p in wanted])
        if all(self.reader.doc_frequency("title", t) for t in set(terms)):
            # A title with all the words ranks up. Only ranking: titles are short, so
            # the words together stand for the phrase without checking positions
            # (which cost a quarter of a two-word search at 100k clippings).
            boost = FIELD_BOOSTS["title"] / len(set(terms))
            in_title = [Q.Term("title", t, boost=boost) for t in dict.fromkeys(terms)]
            return Q.AndMaybe(query, in_title[0] if len(in_title) == 1 else Q.And(in_title))
        return query

    def _prefix(self, prefix: str) -> Q.Query:
        # Whoosh scores a prefix of several words as a constant, which rules out
        # skipping low-scoring blocks: 24k matches cost 60-80 ms at 100k clippings. A
        # prefix that expands to a few words becomes their OR, each scored as a word
        # (titles weighted up), so the top 20 need only the blocks that can beat them.
        words: list[str] = []
        for word in self.reader.expand_prefix(ALL_FIELD, prefix):
            words.append(word.decode("utf-8"))  # the reader yields index bytes
            if len(words) > PREFIX_MAX_WORDS:
                return Q.Prefix(ALL_FIELD, prefix)
        if not words:
            return _nothing()
        queries = [self._word(w) for w in words]
        return queries[0] if len(queries) == 1 else Q.Or(queries)

    def _grams(self, text: str) -> Q.Query | None:
        # Latin letters or digits have no bigrams: the rest alone would match too much.
        if not analysis.has_hangul(text) or analysis.has_latin(text):
            return None
        grams = analysis.bigrams(text)
        if not grams:
            return None
        rarest = min(self.reader.doc_frequency(GRAMS_FIELD, g) for g in set(grams))
        if rarest == 0 or rarest > self.grams_max_df:
            return None
        return _sequence(GRAMS_FIELD, grams)


def _hoist_boosts(q: Q.Query) -> Q.Query:
    """AND(a MAYBE x, b MAYBE y) -> (a AND b) MAYBE (x OR y): same matches and scores.

    Whoosh intersects the required words first and looks up the optional title
    boosts only for documents that have them all, instead of walking every word's
    title list alongside.
    """
    if not isinstance(q, Q.And) or isinstance(q, Q.AndMaybe):
        return q
    required, optional = [], []
    for sub in q.subqueries:
        if isinstance(sub, Q.AndMaybe):
            required.append(sub.a)
            optional.append(sub.b)
        else:
            required.append(sub)
    if not optional:
        return q
    maybe = optional[0] if len(optional) == 1 else Q.Or(optional)
    return Q.AndMaybe(Q.And(required), maybe)


def _sequence(fieldname: str, terms: list[str]) -> Q.Query:
    if len(terms) == 1:
        return Q.Term(fieldname, terms[0])
    return Q.Phrase(fieldname, terms)


def _over_fields(fields: list[str], make: Any, weighted: bool | None = None) -> Q.Query:
    weighted = len(fields) > 1 if weighted is None else weighted
    queries = []
    for name in fields:
        q = make(name)
        q.boost = FIELD_BOOSTS.get(name, 1.0) if weighted else 1.0
        queries.append(q)
    return queries[0] if len(queries) == 1 else Q.Or(queries)


def _nothing() -> Q.Query:
    # Whoosh's normalize() drops NullQuery from an And, which would ignore the word;
    # a term that is never indexed matches nothing and keeps the And strict.
    return Q.Term("id", "")


# ---- ranking with numpy: Whoosh's postings as arrays (see vectorised.py) -----------


def _vector_plan(q: Q.Query, searcher: Searcher) -> vectorised.Node | None:
    """The query as `vectorised` nodes, or None where a part is not one it ranks exactly
    as Whoosh does (then Whoosh ranks the whole query)."""
    weighting = searcher.weighting
    if type(weighting) is not BM25F:
        return None
    return _vector_node(q, searcher, weighting)


def _vector_node(q: Q.Query, searcher: Searcher, weighting: Any) -> vectorised.Node | None:
    kind = type(q)
    if kind is Q.Term:
        return _vector_term(q, searcher, weighting)
    if kind is Q.AndMaybe:
        required = _vector_node(q.a, searcher, weighting)
        optional = _vector_node(q.b, searcher, weighting)
        if required is None or optional is None:
            return None
        return vectorised.MaybeNode(required, optional, source=q)
    if kind in (Q.And, Q.Or) and q.subqueries:
        parts = [_vector_node(s, searcher, weighting) for s in q.subqueries]
        if any(p is None for p in parts):
            return None
        if len(parts) == 1:
            return parts[0]  # Whoosh uses a lone part's matcher as it is, boost and all
        if kind is Q.And:
            return vectorised.AndNode(tuple(parts), boost=q.boost, source=q)
        # Whoosh ORs three or more parts differently by segment size (an array of
        # scores in small segments): left to Whoosh.
        if len(parts) == 2 and not q.scale:
            return vectorised.OrNode(parts[0], parts[1], boost=q.boost, source=q)
    return None


def _vector_term(q: Q.Term, searcher: Searcher, weighting: Any) -> vectorised.Node | None:
    name = q.fieldname
    if name not in searcher.schema:
        return vectorised.EmptyNode(source=q)
    fieldobj = searcher.schema[name]
    try:
        btext = fieldobj.to_bytes(q.text)
    except ValueError:
        return vectorised.EmptyNode(source=q)
    if not searcher.doc_frequency(name, btext):
        return vectorised.EmptyNode(source=q)  # such as _nothing()
    if not fieldobj.scorable or name in weighting._field_B:
        return None
    # What BM25FScorer takes from the top-level searcher.
    return vectorised.TermNode(
        field=name, text=btext, boost=q.boost, idf=searcher.idf(name, btext),
        avgfl=searcher.avg_field_length(name) or 1, B=weighting.B, K1=weighting.K1,
        source=q)


def _admitter(allow: Any, mask: Any) -> Any:
    """A function telling which of an array of docnums pass the filter and the mask
    (sorted arrays of docnums, or None)."""
    if allow is None and (mask is None or not len(mask)):
        return None
    import numpy as np

    def admit(docs: Any) -> Any:
        keep = np.ones(len(docs), dtype=bool)
        if allow is not None:
            keep &= np.isin(docs, allow)
        if mask is not None and len(mask):
            keep &= ~np.isin(docs, mask)
        return keep

    return admit


def _matching_docs(q: Q.Query, searcher: Searcher, segments: list[_SegmentArrays]) -> Any:
    """Every document `q` matches, as a sorted array of docnums."""
    import numpy as np

    plan = _vector_plan(q, searcher)
    if plan is None:
        return np.array(sorted(q.docs(searcher)), dtype=np.int64)
    docs, _ = vectorised.ranked(plan, segments, None)
    return np.sort(docs)


def _admitted(docs: Any, allowed: Any, excluded: Any) -> Any:
    """Which of `docs` are in `allowed` (if not None) and not in `excluded` (if not
    None), as a boolean array."""
    admit = _admitter(allowed, excluded)
    if admit is None:
        import numpy as np

        return np.ones(len(docs), dtype=bool)
    return admit(docs)


def _without(docs: Any, excluded: Any) -> Any:
    import numpy as np

    return docs[~np.isin(docs, excluded)]


# A posting list longer than this is read into numpy arrays; shorter, as plain ints
# (numpy's cost per call outweighs its speed per posting).
_ARRAY_MIN_POSTINGS = 256
_LENGTHS = [0] + [byte_to_length(b) for b in range(1, 256)]  # a length byte -> length


class _SegmentArrays:
    """One segment's postings and field lengths as numpy arrays (vectorised.Segment).

    Reads Whoosh's on-disk blocks directly: each block is a pickled (ids, weights, ...)
    tuple, ids delta-coded from 0, possibly zlib-compressed (whoosh/codec/whoosh3.py,
    W3LeafMatcher). Short posting lists are inlined in the term info and read through
    their matcher.
    """

    def __init__(self, searcher: Searcher, offset: int, cache: dict[str, Any]):
        import numpy as np

        self.searcher = searcher
        self.reader = searcher.reader()
        self.offset = offset
        self.doc_count = self.reader.doc_count_all()
        deleted = self.reader.deleted_docs_set
        self.live = None  # by local docnum, False for a deleted document
        if deleted:
            self.live = np.ones(self.doc_count, dtype=bool)
            self.live[np.fromiter(deleted, np.int64, len(deleted))] = False
        self._lengths: dict[str, Any] = cache.setdefault("lengths", {})

    def docs_between(self, first: bytes, last: bytes) -> Any:
        """The live documents (whole-index docnums) of every date term from `first` to
        `last`, as an array."""
        docs, _ = self.dated_between(first, last, with_dates=False)
        return docs

    def dated_between(self, first: bytes, last: bytes,
                      with_dates: bool = True) -> tuple[Any, Any]:
        """(The live documents of every date term from `first` to `last`, as
        whole-index docnums; the sortable number of the term each came from), as
        arrays."""
        import numpy as np

        reader, terms = self.reader, self.reader._terms
        fmt = reader.schema[DATE_FIELD].format
        found: list[int] = []
        values: list[int] = []  # per document, its term's number (after the shift byte)
        # The term infos come with the terms: no second lookup per term. A date's few
        # documents are read as plain ints; a coarse date block's thousands through
        # arrays (numpy's cost per call outweighs its speed on a few postings).
        for (name, btext), info in reader.iter_from(DATE_FIELD, first):
            if name != DATE_FIELD or btext > last:
                break
            before = len(found)
            if info.is_inlined():
                found.extend(info.inlined_postings()[0])
            else:
                matcher = terms._codec.postings_reader(terms._postfile, info, fmt)
                if info.doc_frequency() > _ARRAY_MIN_POSTINGS:
                    found.extend(_read_blocks(matcher)[0].tolist())
                else:
                    found.extend(_block_ids(matcher))
            if with_dates:
                values.extend([int.from_bytes(btext[1:], "big")] * (len(found) - before))
        docs = np.array(found, dtype=np.int64)
        numbers = np.array(values, dtype=np.uint64) if with_dates else None
        if self.live is not None:
            keep = self.live[docs]
            docs = docs[keep]
            numbers = numbers[keep] if with_dates else None
        return docs + self.offset, numbers

    def size(self, source: Q.Query) -> int:
        return source.estimate_size(self.reader)

    def lengths(self, field: str) -> Any:
        if field not in self._lengths:
            import numpy as np

            column = self.reader._perdoc._cached_reader(f"_{field}_len", LENGTHS_COLUMN)
            if column is None:
                self._lengths[field] = None
            else:
                raw = np.zeros(self.doc_count, dtype=np.uint8)
                count = min(column._count, self.doc_count)
                raw[:count] = np.frombuffer(column._dbfile.get(column._basepos, count),
                                            dtype=np.uint8)
                self._lengths[field] = np.array(_LENGTHS, dtype=np.float64)[raw]
        return self._lengths[field]

    def postings(self, field: str, text: bytes) -> tuple[Any, Any] | None:
        import numpy as np

        reader = self.reader
        if (field, text) not in reader:
            return None
        matcher = reader._terms.matcher(field, text, reader.schema[field].format)
        if isinstance(matcher, W3LeafMatcher) and not matcher._byteids:
            ids, weights = _read_blocks(matcher)
        else:
            found, wanted = [], []
            while matcher.is_active():
                found.append(matcher.id())
                wanted.append(matcher.weight())
                matcher.next()
            ids = np.array(found, dtype=np.int64)
            weights = np.array(wanted, dtype=np.float64)
        if self.live is not None:  # Whoosh's reader leaves deleted documents out too
            live = self.live[ids]
            ids, weights = ids[live], weights[live]
        return ids, weights


def _block_ids(matcher: Any) -> Iterator[int]:
    """A W3 posting list's document numbers, block by block, as plain ints."""
    import zlib
    from itertools import accumulate
    from pickle import loads

    postfile = matcher._postfile
    while True:
        data = postfile.get(matcher._dataoffset, matcher._nextoffset - matcher._dataoffset)
        if matcher._compression:
            data = zlib.decompress(data)
        yield from accumulate(loads(data)[0])  # deltas from 0
        if matcher._lastblock:
            return
        matcher._goto(matcher._nextoffset)


def _read_blocks(matcher: Any) -> tuple[Any, Any]:
    """A W3 posting list's (document numbers, weights) as numpy arrays, read block by
    block without Whoosh's per-posting matcher calls (weights as W3LeafMatcher reads
    them: None means 1.0 each, a float is every posting's)."""
    import zlib
    from itertools import chain
    from pickle import loads

    import numpy as np

    postfile = matcher._postfile
    deltas: list[Any] = []
    weights: list[Any] = []
    sizes: list[int] = []
    while True:
        data = postfile.get(matcher._dataoffset, matcher._nextoffset - matcher._dataoffset)
        if matcher._compression:
            data = zlib.decompress(data)
        block = loads(data)
        count = matcher._blocklength
        deltas.append(block[0])
        stored = block[1]
        if stored is None:
            weights.append((1.0,) * count)
        elif isinstance(stored, float):
            weights.append((stored,) * count)
        else:
            weights.append(stored)
        sizes.append(count)
        if matcher._lastblock:
            break
        matcher._goto(matcher._nextoffset)
    total = sum(sizes)
    # chain() walks the blocks' tuples in C: a generator expression cost 40% of a read.
    flat = np.fromiter(chain.from_iterable(deltas), np.int64, total)
    running = np.cumsum(flat)
    # Each block's ids are deltas from 0: subtract the running total before the block.
    ends = np.cumsum(sizes)
    before = np.concatenate(([0], running[ends[:-1] - 1]))
    ids = running - np.repeat(before, sizes)
    return ids, np.fromiter(chain.from_iterable(weights), np.float64, total)


# ---- filters: the parts of a query that only include or exclude -------------------
#
# The parts of a query that only include or exclude, answered as sets of documents.
#
# A date range and a NOT word narrow a search but add nothing to a document's score.
# Whoosh scores them as query parts: a date range becomes a union of dozens of term
# matchers walked document by document, and a NOT turns the whole query into an AndNot,
# which cannot skip low-scoring blocks, so every positive match gets scored (seven times
# the cost of the word alone at 100k clippings). Taken out of the top-level AND, they
# become Whoosh's `filter` and `mask` sets, read straight from posting lists, and the
# remaining words keep Whoosh's block-skipping top-N search.
#
# Only a top-level AND is split: a NOT or a date range inside an OR stays a query part.


DATE_FIELD = "published"


@dataclass
class QueryPlan:
    """A parsed query split into what ranks and what only filters."""

    positive: Q.Query | None
    negatives: list[Q.Query] = field(default_factory=list)
    dates: list[Q.NumericRange] = field(default_factory=list)


def split_query(parsed: Q.Query) -> QueryPlan:
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


def dated_docs(reader: Any, segments: list[_SegmentArrays],
               ranges: list[Q.NumericRange]) -> Any:
    """Documents whose date lies in every range (a sorted array of docnums)."""
    import numpy as np

    result = None
    for date_range in ranges:
        docs = _docs_in_range(reader.schema[DATE_FIELD], segments, date_range)
        result = docs if result is None else np.intersect1d(result, docs, assume_unique=True)
    return np.zeros(0, dtype=np.int64) if result is None else result


def newest_dated(reader: Any, segments: list[_SegmentArrays], ranges: list[Q.NumericRange],
                 allowed: Any, excluded: Any, limit: int | None) -> list[int]:
    """Up to `limit` documents in the first range, newest date first: of `allowed` if
    given, and not of `excluded` (sorted arrays of docnums, or None).

    The finest level of the date field has one term per distinct date, in date
    order; postings are read from the newest date back only until `limit` are found.
    """
    import numpy as np

    fieldobj = reader.schema[DATE_FIELD]
    low, high = _bounds(fieldobj, ranges[0])
    first, last = fieldobj.sortable_to_bytes(low, 0), fieldobj.sortable_to_bytes(high, 0)
    if limit is None:
        # All of them: each segment's dates read in one pass (a lookup per date and
        # segment cost more than the postings), then ordered as the walk below would:
        # by date, then docnum, both descending.
        pairs = [segment.dated_between(first, last) for segment in segments]
        docs = np.concatenate([d for d, _ in pairs])
        dates = np.concatenate([v for _, v in pairs])
        keep = _admitted(docs, allowed, excluded)
        docs, dates = docs[keep], dates[keep]
        return docs[np.lexsort((docs, dates))[::-1]].tolist()
    dates = [btext for _, btext in _terms_between(reader, first, last)]
    out: list[int] = []
    for btext in reversed(dates):
        docs = np.concatenate([segment.docs_between(btext, btext)
                               for segment in segments])
        docs = docs[_admitted(docs, allowed, excluded)]
        out.extend(np.sort(docs)[::-1].tolist())
        if limit is not None and len(out) >= limit:
            return out[:limit]
    return out


def _docs_in_range(fieldobj: Any, segments: list[_SegmentArrays],
                   date_range: Q.NumericRange) -> Any:
    # Every date is indexed at several precisions (the value, then blocks of 2^8,
    # 2^16... microseconds); a range is read as the fewest blocks that cover it, as
    # Whoosh's own NumericRange does, but segment by segment (merging 20 segments'
    # terms through the whole index's reader cost more than reading the postings).
    import numpy as np

    low, high = _bounds(fieldobj, date_range)
    spans = [(fieldobj.sortable_to_bytes(first, shift), fieldobj.sortable_to_bytes(last, shift))
             for first, last, shift in split_ranges(fieldobj.bits, fieldobj.shift_step, low,
                                                    high)]
    found = [segment.docs_between(first, last)
             for segment in segments for first, last in spans]
    return np.unique(np.concatenate(found)) if found else np.zeros(0, dtype=np.int64)


def _terms_between(reader: Any, first: bytes, last: bytes) -> Iterator[tuple[str, bytes]]:
    """The date field's indexed terms from `first` to `last`, inclusive, in order."""
    for fieldname, btext in reader.terms_from(DATE_FIELD, first):
        if fieldname != DATE_FIELD or btext > last:
            return
        yield fieldname, btext


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


# ---- reading only -----------------------------------------------------------------

# What a reader says while the writer (re)builds the index.
NOT_READY = "the search index is being built; try again when it has finished"


class ReadOnlyIndex(WhooshIndex):
    """A Whoosh folder opened read-only; never created or rebuilt here."""

    def _open(self) -> Any:
        try:
            recorded = json.loads((self.path / VERSION_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            recorded = None
        if recorded != self._version() or not windex.exists_in(str(self.path)):
            raise SearchError(NOT_READY)
        try:
            return MappedStorage(str(self.path), readonly=True).open_index()
        except Exception as exc:  # noqa: BLE001 - half-written by the writer, or damaged
            raise SearchError(NOT_READY) from exc

    def _create(self) -> Any:  # pragma: no cover - a reader never gets here
        raise SearchError(NOT_READY)

    def recreate(self) -> None:
        raise SearchError("a read-only index cannot be rebuilt")

    def batch(self) -> Any:
        raise SearchError("a read-only index cannot be written")
