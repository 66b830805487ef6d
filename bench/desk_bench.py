"""The desk's operations on a big day: tone and placement set on 1,000 clippings at once
(one undoable step each, the search index catching up included), undoing that, the
list sorted by page, and the outlet registry resolving 10,000 drafts.

    python bench/desk_bench.py [--clippings 1000]

Prints seconds and the peak memory (tracemalloc) of each step.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from clipper.domain import ArticleDraft, Changes  # noqa: E402
from clipper.importers.outlets import Resolver  # noqa: E402
from clipper.services import LibraryService  # noqa: E402
from tests.desk_fixtures import DAY_ITEMS, draft_for  # noqa: E402


def measure(label: str, call):
    tracemalloc.start()
    start = time.perf_counter()
    result = call()
    took = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"{label:<52} {took:8.2f} s  peak {peak / 1024 / 1024:7.1f} MB")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clippings", type=int, default=1000)
    n = parser.parse_args().clippings
    with tempfile.TemporaryDirectory() as tmp, LibraryService(Path(tmp) / "lib") as svc:
        ids = []
        for i in range(n):
            item = DAY_ITEMS[i % len(DAY_ITEMS)]
            draft = draft_for(item)
            draft = dataclasses.replace(draft, url=f"{item.url}?n={i}", photos=[],
                                        title=f"{draft.title} ({i})")
            draft.body[0].text += f" 일련번호 {i}번 기사."
            ids.append(svc.library.add(draft)[0])
        measure(f"index {n} clippings (setup)",
                lambda: svc._changed(Changes(clippings_added=list(ids))))
        measure(f"set tone on {n} clippings (+ index catch-up)",
                lambda: svc.set_tone(ids, "긍정"))
        measure(f"set placement on {n} clippings (+ index catch-up)",
                lambda: svc.set_placement(ids, edition="조간", page="A3"))
        measure("undo the placement", svc.undo)
        svc.set_placement(ids[::2], page="A10")
        svc.set_placement(ids[1::2], page="2")
        measure(f"list {n} clippings by page (as printed)",
                lambda: svc.browse_ids("all", "", "page"))
        outlets = svc.outlets()
        resolver = measure("build the outlet resolver", lambda: Resolver(outlets))
        drafts = [ArticleDraft(outlet="연합", url=f"https://n.news.naver.com/mnews/article/"
                               f"{o}/00{i}") for i, o in
                  enumerate(["001", "023", "999", "421"] * 2500)]
        measure("resolve 10,000 drafts' outlets",
                lambda: [resolver.resolve(d) for d in drafts])


if __name__ == "__main__":
    main()
