"""A batch of many items extracts its articles in worker processes: the same clippings,
outcomes in the order given, a bad item failing alone, as when one process does all."""

from __future__ import annotations

import shutil
from pathlib import Path

from clipper.importers import import_workers, pipeline
from clipper.store.library import open_library

DATA = Path(__file__).parent / "data" / "html"


def a_folder(tmp_path: Path) -> list[Path]:
    """Twelve items: saved pages (with their _files folders), an EUC-KR page, one page
    that is not HTML at all, one empty file and one missing file, in a fixed order."""
    folder = tmp_path / "in"
    folder.mkdir(parents=True)
    items: list[Path] = []
    for n, name in enumerate(["ap_story", "yna_article", "ohmy_euckr"]):
        shutil.copy(DATA / f"{name}.html", folder / f"{n:02}_{name}.html")
        shutil.copytree(DATA / f"{name}_files", folder / f"{n:02}_{name}_files")
        items.append(folder / f"{n:02}_{name}.html")
    shutil.copy(DATA / "naver_news.html", folder / "03_naver.html")
    shutil.copy(DATA / "hani_saved.mhtml", folder / "04_hani.mhtml")
    items += [folder / "03_naver.html", folder / "04_hani.mhtml"]
    (folder / "05_binary.html").write_bytes(b"\x00\x01\x02" * 400)
    (folder / "06_empty.html").write_bytes(b"")
    items += [folder / "05_binary.html", folder / "06_empty.html", folder / "07_missing.html"]
    for n in range(8, 12):  # plain text clippings, Korean
        path = folder / f"{n:02}_note.txt"
        path.write_text(f"경기도 소식 {n}\n\n경기도가 {n}번째 정책을 발표했다. 도민 의견을 듣는다.",
                        encoding="utf-8")
        items.append(path)
    return items


def run(tmp_path: Path, name: str, workers: int) -> list[tuple[str, str, str]]:
    items = [pipeline.ImportItem(name=p.name, path=p) for p in a_folder(tmp_path / name)]
    with open_library(tmp_path / name / "library") as library:
        outcomes = pipeline.import_items(library, items, workers=workers)
        titles = {o.clipping_id: library.get(o.clipping_id).title
                  for o in outcomes if o.clipping_id and o.status == "imported"}
    return [(o.item, o.status, titles.get(o.clipping_id, o.reason or "")) for o in outcomes]


def test_workers_give_the_same_outcomes_in_the_same_order(tmp_path):
    assert len(a_folder(tmp_path / "count")) >= import_workers.PARALLEL_MIN_ITEMS
    alone = run(tmp_path, "one", workers=1)
    parallel = run(tmp_path, "two", workers=2)
    assert parallel == alone
    assert [item for item, _, _ in parallel] == [p.name for p in a_folder(tmp_path / "n")]
    statuses = {item: status for item, status, _ in parallel}
    assert statuses["05_binary.html"] == statuses["06_empty.html"] == "failed"
    assert statuses["07_missing.html"] == "failed"
    assert statuses["00_ap_story.html"] == statuses["02_ohmy_euckr.html"] == "imported"
    assert sum(s == "imported" for s in statuses.values()) >= 8


def test_progress_and_cancel_with_workers(tmp_path):
    import multiprocessing

    items = [pipeline.ImportItem(name=p.name, path=p) for p in a_folder(tmp_path)]
    seen: list[int] = []
    helpers: list[int] = []

    def progress(done: int, total: int, name: str) -> None:
        seen.append(done)
        helpers.append(len(multiprocessing.active_children()))

    with open_library(tmp_path / "library") as library:
        outcomes = pipeline.import_items(library, items, progress=progress,
                                         cancelled=lambda: len(seen) > 3, workers=2)
        stored = library.count()
    assert max(helpers) == 2  # the articles were extracted in two worker processes
    assert not multiprocessing.active_children()  # and they are gone
    # Stopped after the item it was storing when asked: nothing half-done, no more.
    assert 1 <= len(outcomes) < len(items)
    assert stored == sum(o.status == "imported" for o in outcomes)
    assert seen == sorted(seen)
