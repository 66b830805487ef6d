"""Analysis on every core: documents go to worker processes in chunks, in order.

Kiwi runs at ~100k characters/s per core and holds the interpreter lock while it
does, and the index writer is single-threaded Python, so a bulk build analyses in
worker processes while the main process writes. Where the platform has it, workers
are forked from a fork server that loaded Kiwi once (`kiwi_preload`): they share its
330 MB instead of loading a copy each (the build's process tree measured 653 -> 349 MB
proportional set size with two workers) and start at once. The server is a fresh
process, never a fork of the caller, so it is as safe beside Qt's threads as `spawn`,
which other platforms use. Small batches are analysed in-process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from clipper.search import analysis

PARALLEL_MIN_DOCS = 300
CHUNK = 25

K = TypeVar("K")
Doc = dict[str, list[str]]


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def analyse_stream(
    items: Iterable[tuple[K, Doc]], total: int, workers: int | None = None
) -> Iterator[tuple[K, Doc]]:
    """(key, analysed document) in the order given; parallel when there are many.

    Keys pass through untouched, so the caller can tell where its batches end.
    """
    workers = default_workers() if workers is None else workers
    if total < PARALLEL_MIN_DOCS or workers <= 1:
        for key, doc in items:
            yield key, analysis.analyse_document(doc)
        return
    context = _context()
    source = iter(items)
    pending: deque[tuple[list[K], list[Doc], Future[list[Doc]]]] = deque()
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            keys: list[K] = []
            chunk: list[Doc] = []

            def submit() -> None:
                future = pool.submit(analysis.analyse_documents, chunk[:])
                pending.append((keys[:], chunk[:], future))
                keys.clear()
                chunk.clear()

            def take() -> Iterator[tuple[K, Doc]]:
                done_keys, _, future = pending[0]
                results = future.result()
                pending.popleft()
                yield from zip(done_keys, results, strict=True)

            try:
                for key, doc in source:
                    keys.append(key)
                    chunk.append(doc)
                    if len(chunk) == CHUNK:
                        submit()
                        # Bounded read-ahead keeps memory flat on a large library.
                        while len(pending) > workers * 3:
                            yield from take()
                if chunk:
                    submit()
                while pending:
                    yield from take()
            finally:
                for _, _, future in pending:
                    future.cancel()
    except (BrokenProcessPool, OSError):
        # Workers could not start or died (e.g. a frozen app without a __main__ guard,
        # or out of memory): finish the job in this process rather than fail it.
        for done_keys, chunk_docs, _ in pending:
            for key, doc in zip(done_keys, chunk_docs, strict=True):
                yield key, analysis.analyse_document(doc)
        for key, doc in source:
            yield key, analysis.analyse_document(doc)
    finally:
        _stop_fork_server()


def analyse_texts(texts: list[str], workers: int | None = None) -> list[list[str]]:
    """`analysis.morphemes` of each text, in worker processes when there are many (they
    hold Kiwi already, where this process may not: the app keeps no Kiwi for a build)."""
    workers = default_workers() if workers is None else workers
    if len(texts) < PARALLEL_MIN_DOCS or workers <= 1:
        return analysis.morphemes_many(texts)
    size = max(CHUNK, -(-len(texts) // workers))
    chunks = [texts[i:i + size] for i in range(0, len(texts), size)]
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=_context()) as pool:
            return [m for result in pool.map(analysis.morphemes_many, chunks) for m in result]
    except (BrokenProcessPool, OSError):
        return analysis.morphemes_many(texts)
    finally:
        _stop_fork_server()


def _context() -> multiprocessing.context.BaseContext:
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["clipper.search.kiwi_preload"])
    return context


def _stop_fork_server() -> None:
    """The fork server keeps its Kiwi for the life of this process: stop it when a
    build is done (the app runs for hours). `_stop` is CPython's own, used by its tests;
    without it the server simply ends with the process."""
    from multiprocessing import forkserver

    stop = getattr(getattr(forkserver, "_forkserver", None), "_stop", None)
    if stop is not None:
        try:
            stop()
        except OSError:
            pass
