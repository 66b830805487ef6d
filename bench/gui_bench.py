"""Open a generated library of N clippings (default 100,000) in the main window.

    python bench/gui_bench.py [N] [--keep PATH]

Rows are written straight into the library's SQLite tables in one transaction (the
import pipeline would take an hour for 100k), the search journal is cleared so the
window's start-up index catch-up has nothing to do, then the window opens offscreen
(or on $DISPLAY) and the bench prints: time to open the library and load the ids, time
until the list's first rows are painted, time to jump to the middle and the end of
the list, and the resident memory before and after.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer  # noqa: E402

from clipper.store.keys import body_key  # noqa: E402
from clipper.store.library import now_iso, open_library  # noqa: E402

KO = ("경기도 서울시 새싹기업 투자 협력 예산 청년 주택 교통 기후 정책 무더위쉼터 도서관 "
      "하천 정화 축제 수출 반도체 주민 의회 버스 노선").split()
EN = ("governor city startup investment budget housing transit climate policy library "
      "river festival exports council bus lanes harbor wind school lunch").split()
OUTLETS = ["연합뉴스", "오마이뉴스", "Associated Press", "The Korea Herald", "뉴시스", "한겨레",
           "Reuters", "경기일보"]


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident set size in MB, from /proc."""
    fields = {}
    with open("/proc/self/status") as fh:
        for line in fh:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return (int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024)


def generate(folder: Path, n: int) -> None:
    rng = random.Random(7)
    # Make the (empty) search index first: a library whose index is missing would be
    # re-indexed whole at start-up, which is not what this bench measures.
    from clipper.services import LibraryService

    with LibraryService(folder) as service:
        service.update_index()
    with open_library(folder) as lib:
        db = lib.db
        now = now_iso()
        clippings, blocks, photos = [], [], []
        for i in range(1, n + 1):
            korean = i % 2 == 0
            words = KO if korean else EN
            title = " ".join(rng.choice(words) for _ in range(6)) + f" {i}"
            body = [" ".join(rng.choice(words) for _ in range(40)) + "." for _ in range(3)]
            day = f"20{rng.randint(10, 25):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            clippings.append((i, title, rng.choice(OUTLETS), "", day, None, None,
                              "ko" if korean else "en", "", body_key("\n".join(body)),
                              "text", f"gen-{i}.txt", now, now))
            blocks += [(i, pos, "paragraph", text) for pos, text in enumerate(body)]
            if i % 3 == 0:
                photos.append((i, 0, "사진 설명" if korean else "A caption", "Clipper"))
        with db.atomic():
            db.conn.executemany(
                "INSERT INTO clippings (id, title, outlet, byline, published, url, url_key, "
                "language, section, body_key, source_kind, source_name, imported_at, "
                "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", clippings)
            db.conn.executemany(
                "INSERT INTO blocks (clipping_id, position, kind, text) VALUES (?,?,?,?)",
                blocks)
            db.conn.executemany(
                "INSERT INTO photos (clipping_id, position, caption, credit) VALUES (?,?,?,?)",
                photos)
            # Not searchable in this bench: the window's index catch-up finds nothing
            # to do (indexing 100k articles with Kiwi takes many minutes).
            if "search_dirty" in db.table_names():
                db.execute("DELETE FROM search_dirty")


class FirstPaint(QObject):
    """Notes when the list's viewport first paints with rows loaded."""

    def __init__(self, window):
        super().__init__()
        self.window = window
        self.painted_at: float | None = None
        self.loop = QEventLoop()

    def eventFilter(self, obj, event) -> bool:
        # The filter sees the paint before it happens; check right after it.
        if event.type() == QEvent.Type.Paint and self.painted_at is None:
            QTimer.singleShot(0, self._check)
        return False

    def _check(self) -> None:
        if self.painted_at is None and self.window.model.loaded_pages() > 0:
            self.painted_at = time.perf_counter()
            self.loop.quit()


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> None:
    args = sys.argv[1:]
    n = int(args[0]) if args and args[0].isdigit() else 100_000
    keep = Path(args[args.index("--keep") + 1]) if "--keep" in args else None
    with tempfile.TemporaryDirectory() as tmp:
        folder = keep or Path(tmp) / "library"
        if not (folder / "clipper.sqlite").exists():
            t = time.perf_counter()
            generate(folder, n)
            print(f"generated {n:,} clippings in {time.perf_counter() - t:.1f} s")
        from clipper.gui.app import Translations, create_app, make_settings
        from clipper.gui.main_window import MainWindow

        app = create_app()
        Translations(app).install("en")
        rss_before, _ = rss_mb()
        t0 = time.perf_counter()
        window = MainWindow(folder, make_settings(str(Path(tmp) / "bench.ini")))
        t_open = time.perf_counter()
        probe = FirstPaint(window)
        window.list_view.viewport().installEventFilter(probe)
        window.show()
        QTimer.singleShot(30_000, probe.loop.quit)
        probe.loop.exec()
        if probe.painted_at is None:
            print("the list never painted rows within 30 s")
            window.close()
            return
        rows = window.model.rowCount()
        timings = []
        for label, row in (("middle", rows // 2), ("end", rows - 1)):
            t = time.perf_counter()
            window.list_view.scrollTo(window.model.index(row, 0))
            window.list_view.viewport().repaint()
            timings.append((label, time.perf_counter() - t))
        wait(50)
        rss_after, peak = rss_mb()
        print(f"rows in list:                 {rows:,}")
        print(f"open library + load ids:      {(t_open - t0) * 1000:.0f} ms")
        print(f"first rows painted:           {(probe.painted_at - t0) * 1000:.0f} ms "
              "after the window was created")
        for label, seconds in timings:
            print(f"jump to {label:<6} and paint:    {seconds * 1000:.0f} ms")
        print(f"pages cached:                 {window.model.loaded_pages()}")
        print(f"resident memory:              {rss_after:.0f} MB (Qt app before the "
              f"window: {rss_before:.0f} MB; peak {peak:.0f} MB, generation included)")
        window.close()


if __name__ == "__main__":
    main()
