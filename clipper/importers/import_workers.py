"""Article extraction in worker processes, for imports of many items.

Extracting an article (decoding, trafilatura, photos, metadata) is about half of an
import's CPU and needs nothing from the library, so a batch hands it to worker
processes while this process reads the next files and stores the drafts that came
back, in the order given. The workers are spawned (a fresh interpreter each, ~0.5 s to
import the extractor): never forked from a process that may run Qt's threads, and never
from the search's fork server, whose processes hold Kiwi. A small batch, one core, or
workers that cannot start: everything runs here, as before.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING

from clipper.importers.source import Source

if TYPE_CHECKING:
    from clipper.importers.pipeline import Extracted, ImportItem

# Below this many items the workers' start costs more than they save.
PARALLEL_MIN_ITEMS = 8
READ_AHEAD = 3  # sources in flight per worker: bounds the memory of a big folder


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


Loaded = tuple["ImportItem", "Source | str"]  # a source, or why the item could not be read


def extract_all(loaded: Iterable[Loaded], total: int, workers: int | None = None
                ) -> Iterator[tuple[ImportItem, Source | None, Extracted]]:
    """(item, source, what extraction made of it) for each item, in the order given."""
    workers = default_workers() if workers is None else workers
    if total < PARALLEL_MIN_ITEMS or workers <= 1:
        for item, source in loaded:
            yield item, *_here(source)
        return
    source_iter = iter(loaded)
    pending: deque[tuple[ImportItem, Source | str, Future[Extracted] | None]] = deque()
    try:
        with ProcessPoolExecutor(max_workers=workers,
                                 mp_context=multiprocessing.get_context("spawn")) as pool:
            try:
                for item, source in source_iter:
                    future = (pool.submit(_extracted, source)
                              if isinstance(source, Source) else None)
                    pending.append((item, source, future))
                    while len(pending) > workers * READ_AHEAD:
                        yield _take(pending)
                while pending:
                    yield _take(pending)
            finally:
                for _, _, future in pending:
                    if future is not None:
                        future.cancel()
    except (BrokenProcessPool, OSError):
        # Workers could not start or died (out of memory, a frozen app without a
        # __main__ guard): extract the rest here rather than fail the batch.
        while pending:
            item, source, _ = pending.popleft()
            yield item, *_here(source)
        for item, source in source_iter:
            yield item, *_here(source)


def _take(pending: deque) -> tuple[ImportItem, Source | None, Extracted]:
    item, source, future = pending[0]
    result = (None, source) if future is None else future.result()
    pending.popleft()  # only once its result is in: a broken pool redoes it here
    return item, (source if isinstance(source, Source) else None), result


def _here(source: Source | str) -> tuple[Source | None, Extracted]:
    if isinstance(source, str):
        return None, (None, source)
    return source, _extracted(source)


def _extracted(source: Source) -> Extracted:
    from clipper.importers.pipeline import extracted

    return extracted(source)
