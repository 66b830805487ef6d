"""Keeps a library's search index in step with its SQLite database, and searches it.

SQLite is the truth; the index (`<library>/index/`) can always be rebuilt from it. The
journal (store/search_journal.py) says which clippings changed since the index last
caught up, so `sync` after each operation, or on the next open after a crash, brings it
up to date.
`check` compares digests of what SQLite holds with what the index holds, trusting
nothing else.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from clipper.domain import SearchHit
from clipper.progress import Cancelled, Progress
from clipper.search import documents, snippets, workers
from clipper.search.index import Highlights, IndexedDoc, SearchError, WhooshIndex
from clipper.store import search_journal as journal
from clipper.store import search_rows

INDEX_FOLDER = "index"
# A search indexes up to this many journalled clippings itself before answering; more
# (a first build, a crashed bulk import) is left to `update_index`, run with progress.
CATCH_UP_LIMIT = 200
COMMIT_EVERY = 500  # documents read and analysed at a time; an import's commit
# A bulk build commits a segment of this many documents (bounds the work a crash loses).
SEGMENT_DOCS = 5000
# After a build of at least this many documents (and after every rebuild) the library's
# most frequent Korean words are analysed ahead, so that a new process searching for
# one of them for the first time need not load Kiwi (query_cache.py). 20,000 words take
# about 1 s of a worker that has Kiwi loaded, and 0.6 MB beside the index.
LEARN_AFTER_DOCS = 300
LEARN_WORDS = 20_000
MERGE_GROUP = 5000  # segments smaller than this are merged when two or more exist


@dataclass
class CheckReport:
    clippings: int
    indexed: int
    missing: list[int] = field(default_factory=list)
    stale: list[int] = field(default_factory=list)
    orphaned: list[int] = field(default_factory=list)
    pending: int = 0
    fixed: bool = False

    @property
    def consistent(self) -> bool:
        return not (self.missing or self.stale or self.orphaned or self.pending)

    def to_json(self) -> dict[str, Any]:
        return {
            "clippings": self.clippings,
            "indexed": self.indexed,
            "missing": self.missing,
            "stale": self.stale,
            "orphaned": self.orphaned,
            "pending": self.pending,
            "consistent": self.consistent,
            "fixed": self.fixed,
        }


class SearchIndex:
    """The search index of one library: opened on first use, never at start-up."""

    def __init__(self, db: Database, root: Path):
        self.db = db
        self.path = root / INDEX_FOLDER
        self._index: WhooshIndex | None = None
        self._open_lock = threading.Lock()
        self._write_lock = threading.RLock()

    @property
    def index(self) -> WhooshIndex:
        if self._index is None:
            with self._open_lock:
                if self._index is None:
                    opened = WhooshIndex(self.path)
                    if opened.created:
                        # New, or made by another analyzer/model version: journal every
                        # clipping, so the rebuild resumes after a crash.
                        journal.mark_all(self.db)
                    self._index = opened
        return self._index

    def close(self) -> None:
        if self._index is not None:
            self._index.close()
            self._index = None

    # ---- keeping up ---------------------------------------------------------------

    def sync(self, progress: Progress | None = None, cancelled: Cancelled | None = None,
             workers_count: int | None = None) -> int:
        """Index every journalled clipping; return how many entries were handled."""
        with self._write_lock:
            index = self.index
            entries = journal.pending(self.db)
            if not entries:
                return 0
            return self._apply(index, entries, progress, cancelled, workers_count)

    def _apply(self, index: WhooshIndex, entries: list[journal.Entry],
               progress: Progress | None, cancelled: Cancelled | None,
               workers_count: int | None, learn: bool = False) -> int:
        total = len(entries)
        # A bulk job keeps one writer open for SEGMENT_DOCS documents and commits them
        # as one segment, unmerged: committing every batch and merging the small
        # segments later wrote every posting twice (the merge was a quarter of a build).
        # Batches are read and analysed COMMIT_EVERY at a time and leave the journal
        # when the commit that holds them is done.
        bulk = total > COMMIT_EVERY
        batches_per_commit = max(1, SEGMENT_DOCS // COMMIT_EVERY) if bulk else 1
        batches: dict[int, tuple[list[journal.Entry], list[int]]] = {}

        def source() -> Iterator[tuple[tuple[int, documents.IndexDocument], Any]]:
            for number, start in enumerate(range(0, total, COMMIT_EVERY)):
                batch = entries[start:start + COMMIT_EVERY]
                ids = [clipping_id for clipping_id, _ in batch]
                loaded = documents.load_documents(self.db, ids)
                batches[number] = (batch, [i for i in ids if i not in loaded])
                for clipping_id in ids:
                    if clipping_id in loaded:
                        doc = loaded[clipping_id]
                        yield (number, doc), doc.fields
                if cancelled is not None and cancelled():
                    return

        done = 0
        closed = -1  # the last batch whose documents are all in the writer
        written: list[int] = []  # closed batches not yet committed
        writer = None

        def commit() -> None:
            nonlocal writer, done
            if writer is None:
                return
            # `group` merges only segments under MERGE_GROUP documents, and only when
            # there are two (small ones left by imports); a bulk segment is not merged.
            if bulk:
                writer.commit(group=MERGE_GROUP)
            else:
                writer.commit()
            writer = None
            for number in written:
                batch, _ = batches.pop(number)
                journal.clear(self.db, batch)
                done += len(batch)
            written.clear()
            if progress is not None:
                progress(done, total, "")

        def close_upto(upto: int, final: bool = False) -> None:
            # Close every batch before `upto` (some may hold only deletions).
            nonlocal closed, writer
            while closed + 1 < upto:
                number = closed + 1
                _, deleted = batches[number]
                if writer is None:
                    writer = index.batch()
                for clipping_id in deleted:
                    writer.delete(clipping_id)
                closed = number
                written.append(number)
                if len(written) >= batches_per_commit or (final and number == upto - 1):
                    commit()

        stream = workers.analyse_stream(source(), total, workers_count)
        try:
            for added, ((number, doc), tokens) in enumerate(stream, 1):
                if number > closed + 1:
                    close_upto(number)
                if writer is None:
                    writer = index.batch()
                writer.add(IndexedDoc(doc.id, doc.digest, doc.published, tokens))
                if progress is not None and added % 50 == 0:
                    progress(min(added, total - 1), total, "")
                if cancelled is not None and cancelled():
                    break
            else:
                close_upto(max(batches, default=-1) + 1, final=True)
                commit()
                if learn or done >= LEARN_AFTER_DOCS:
                    self._learn_words(index, workers_count)
                return done
            # Cancelled: closed batches are committed and cleared; the documents of
            # the current one are committed too but stay journalled (indexing them
            # again is harmless), as does everything not reached.
            commit()
            return done
        except BaseException:
            if writer is not None:
                writer.cancel()
            raise
        finally:
            stream.close()  # stops the worker processes now, not at garbage collection

    def reindex(self, progress: Progress | None = None, cancelled: Cancelled | None = None,
                workers_count: int | None = None) -> int:
        """Rebuild from SQLite. Interrupted, it resumes at the next sync."""
        with self._write_lock:
            index = self.index
            journal.mark_all(self.db)
            index.recreate()
            return self._apply(index, journal.pending(self.db), progress, cancelled,
                               workers_count, learn=True)

    def _learn_words(self, index: WhooshIndex, workers_count: int | None) -> None:
        words = index.frequent_words(LEARN_WORDS)
        if words:
            analysed = workers.analyse_texts(words, workers_count)
            index.learn_words(dict(zip(words, analysed, strict=True)))

    def check(self, fix: bool = False, progress: Progress | None = None) -> CheckReport:
        """Compare the index with SQLite; with `fix`, re-index whatever differs."""
        with self._write_lock:
            index = self.index
            indexed = index.digests()
            ids = documents.all_ids(self.db)
            report = CheckReport(clippings=len(ids), indexed=len(indexed),
                                 pending=journal.count(self.db))
            for doc in documents.iter_documents(self.db, ids):
                have = indexed.pop(doc.id, None)
                if have is None:
                    report.missing.append(doc.id)
                elif have != doc.digest:
                    report.stale.append(doc.id)
            report.orphaned = sorted(indexed)
            if fix and not report.consistent:
                journal.mark(self.db, report.missing + report.stale + report.orphaned)
                self.sync(progress)
                report.fixed = True
            return report

    # ---- searching ----------------------------------------------------------------

    def search_ids(self, text: str) -> list[int]:
        self._catch_up()
        return self.index.search(text, limit=None).ids

    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        self._catch_up()
        ranked = self.index.search(text, limit=max(1, limit))
        return self._hits(ranked.ids, ranked.scores, ranked.highlights)

    def search_all(self, text: str, with_snippets: int) -> tuple[list[int], list[SearchHit]]:
        """Every match, best first, and hits with snippets for the best `with_snippets`.

        One pass over the index where `search_ids` then `search` would score the
        matches twice (the window shows every match, and snippets for the first).
        """
        self._catch_up()
        ranked = self.index.search(text, limit=None)
        top = max(0, with_snippets)
        return ranked.ids, self._hits(ranked.ids[:top], ranked.scores[:top], ranked.highlights)

    def _hits(self, ids: list[int], scores: list[float],
              marks: Highlights) -> list[SearchHit]:
        docs = documents.load_documents(self.db, ids)
        meta = search_rows.titles(self.db, ids)
        hits: list[SearchHit] = []
        for clipping_id, score in zip(ids, scores, strict=True):
            doc = docs.get(clipping_id)
            if doc is None:  # deleted by another process since the index saw it
                continue
            snippet = snippets.make_snippet(doc.snippet_text(), marks.korean, marks.stems,
                                            marks.prefixes)
            title, outlet = meta.get(clipping_id, ("", ""))
            title_marks = snippets.find_marks(title, marks.korean, marks.stems,
                                              marks.prefixes)
            hits.append(SearchHit(
                id=clipping_id, title=title, outlet=outlet, published=doc.published,
                score=round(score, 4), snippet=snippet.text, marks=snippet.marks,
                title_marks=[(s, e) for s, e, _ in title_marks],
            ))
        return hits

    def pending(self) -> int:
        """Clippings changed in SQLite and not yet in the index (opens the index)."""
        _ = self.index  # opening may journal everything (new or outdated index)
        return journal.count(self.db)

    def _catch_up(self) -> None:
        """Apply a few journalled changes left by a crash or by another process.

        Never waits for a writer busy in another thread (the GUI's writer will index
        its own changes), and never starts a long build on the caller's thread.
        """
        waiting = self.pending()
        if not waiting or waiting > CATCH_UP_LIMIT:
            return
        if self._write_lock.acquire(blocking=False):
            try:
                self.sync()
            except (SearchError, OSError, sqlite3.OperationalError):
                # Another process held the index writer too long, or the disk is full
                # or read-only: answer from the index as it is; the journal keeps the
                # rest for the next search or `clipper check --fix`.
                pass
            finally:
                self._write_lock.release()


__all__ = ["CheckReport", "SearchError", "SearchIndex"]
