"""Undo journal figures on a generated library: what journaling costs a bulk change,
how long undo and redo take, and how big the journal grows.

    python bench/undo_bench.py [N ...]      (default: 1000 10000)

Stores N clippings (Korean bodies of 6 paragraphs, one photo in ten), then times:
tagging all N (one step: N rows journaled), undoing and redoing it; deleting 10% of
the clippings (every row hanging on them journaled), undoing and redoing that; and
prints the journal's size on disk.
"""

from __future__ import annotations

import io
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image  # noqa: E402

from clipper.domain import ArticleDraft, Block, PhotoDraft  # noqa: E402
from clipper.organise import tags, undo  # noqa: E402
from clipper.store.library import open_library  # noqa: E402

SYLLABLES = [chr(0xAC00 + i) for i in range(0, 11172, 7)]


def _photo(rng: random.Random) -> bytes:
    image = Image.new("RGB", (64, 48), tuple(rng.randrange(256) for _ in range(3)))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def _body(rng: random.Random) -> list[Block]:
    def sentence() -> str:
        return " ".join("".join(rng.choices(SYLLABLES, k=3)) for _ in range(12)) + "."

    return [Block("paragraph", " ".join(sentence() for _ in range(3))) for _ in range(6)]


def _ms(start: float) -> str:
    return f"{(time.perf_counter() - start) * 1000:.0f} ms"


def run(n: int) -> None:
    rng = random.Random(n)
    with tempfile.TemporaryDirectory() as tmp:
        library = open_library(Path(tmp) / "library")
        ids = []
        for i in range(n):
            photos = [PhotoDraft(caption="사진", data=_photo(rng))] if i % 10 == 0 else []
            ids.append(library.add(ArticleDraft(title=f"기사 {i}", body=_body(rng),
                                                photos=photos))[0])
        print(f"--- {n} clippings")
        start = time.perf_counter()
        tags.add_tags(library, ids, ["campaign/2024/US"])
        print(f"tag all {n}: {_ms(start)}")
        start = time.perf_counter()
        undo.undo_last(library)
        print(f"undo it: {_ms(start)}")
        if hasattr(undo, "redo_next"):
            start = time.perf_counter()
            undo.redo_next(library)
            print(f"redo it: {_ms(start)}")
            from clipper.organise import deletion

            doomed = ids[::10]
            start = time.perf_counter()
            deletion.delete_clippings(library, doomed)
            print(f"delete {len(doomed)} (with blocks, photos, tags): {_ms(start)}")
            start = time.perf_counter()
            undo.undo_last(library)
            print(f"undo the delete: {_ms(start)}")
            start = time.perf_counter()
            undo.redo_next(library)
            print(f"redo the delete: {_ms(start)}")
        size = library.db.execute(
            "SELECT sum(pgsize) FROM dbstat WHERE name IN "
            "('undo_rows', 'undo_rows_entry', 'undo_journal')").fetchone()[0] or 0
        total = (Path(tmp) / "library" / "clipper.sqlite").stat().st_size
        print(f"journal on disk: {size / 1024 / 1024:.1f} MB of a "
              f"{total / 1024 / 1024:.1f} MB database")
        library.close()


if __name__ == "__main__":
    for count in [int(a) for a in sys.argv[1:]] or [1000, 10000]:
        run(count)
