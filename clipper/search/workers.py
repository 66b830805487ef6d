"""Analysis on every core: documents go to worker processes in chunks, in order.

Kiwi runs at ~100k characters/s per core and the index writer is single-threaded
Python, so a bulk build analyses in worker processes while the main process writes.
Workers start with `spawn` (safe beside Qt's and Kiwi's threads) and load Kiwi once.
Small batches are analysed in-process: starting workers costs ~2 s.
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
    context = multiprocessing.get_context("spawn")
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
