"""The window's longest event-loop stall while it searches, imports and charts.

    python bench/gui_stall_bench.py [--library DIR] [--keep DIR] [--pages 50] [--runs 1]

A 10 ms QTimer ticks in the GUI thread; a tick that comes late measures how long the
event loop could not run (no repaint, no typing). The bench prints, for each action
on a 10k library, the longest stall (the worst tick gap minus 10 ms), how many stalls
were over 100 ms, and how long the action took until its result was on screen:

- first Korean search after start (a fresh window: nothing loaded yet);
- a search for a word in about 30% of the clippings (after a first search);
- the first import after start (one HTML page);
- a 50-page import (HTML pages) after that;
- opening the dashboard (coverage charts of the whole library).

Every scenario runs in a fresh process on its own copy of the library (`--library`, a
library made by `bench/search_bench.py --keep DIR --sizes 10000`, i.e.
DIR/library-10000; without it one is generated in --keep or a temporary folder).
Figures are wall-clock on whatever else the machine runs: the load average is printed.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TICK_MS = 10
STALL_LIMIT_MS = 100
SCENARIOS = ["korean", "frequent", "imports", "dashboard"]
KOREAN_QUERY = "반도체"
WARM_QUERY = "climate"
WORD_FILE = "stall-bench-word.txt"
SHARE = 0.30
CANDIDATES = ["said", "the", "기자", "정책", "지원", "관련", "예산", "억", "원", "말했다",
              "경쟁력", "분야", "대책", "시장", "올해"]


# ---- in the child: one scenario in a real window ----------------------------------------

class StallMeter:
    """Ticks every 10 ms on the GUI thread and keeps the longest gap between ticks."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.worst = 0.0
        self.over = 0
        self.last = 0.0

    def start(self) -> None:
        self.worst, self.over, self.last = 0.0, 0, time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        stall = (now - self.last) * 1000 - TICK_MS
        self.worst = max(self.worst, stall)
        if stall > STALL_LIMIT_MS:
            self.over += 1
        self.last = now

    def stop(self) -> tuple[float, int]:
        self._tick()  # a stall still going on when the action ended counts too
        self.timer.stop()
        return max(0.0, self.worst), self.over


def wait_until(condition, timeout_s: float, settle_ms: int = 0) -> bool:
    """Run the event loop until `condition()` holds (polled every 5 ms), then `settle_ms`."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    deadline = time.perf_counter() + timeout_s
    ok = [False]

    def poll() -> None:
        if condition():
            ok[0] = True
            loop.quit()
        elif time.perf_counter() > deadline:
            loop.quit()
        else:
            QTimer.singleShot(5, poll)

    QTimer.singleShot(0, poll)
    loop.exec()
    if settle_ms:
        settle = QEventLoop()
        QTimer.singleShot(settle_ms, settle.quit)
        settle.exec()
    return ok[0]


def measure(label: str, action, done, timeout_s: float = 300.0) -> dict:
    """Start the meter, run `action` from the event loop, wait for `done()`."""
    from PySide6.QtCore import QTimer

    meter = StallMeter()
    meter.start()
    started = time.perf_counter()
    QTimer.singleShot(0, action)
    finished = wait_until(done, timeout_s)
    took = time.perf_counter() - started
    wait_until(lambda: True, 1, settle_ms=300)  # what the result's arrival sets off
    worst, over = meter.stop()
    return {"label": label, "stall_ms": round(worst), "over": over,
            "took_s": round(took, 2), "finished": finished}


def searching(window) -> bool:
    # The window as it was before searches moved to a process had no such thing.
    busy = getattr(window.search, "busy", None)
    return busy is not None and busy()


def search_in(window, query: str) -> dict:
    before = window.model.ids()

    def action() -> None:
        window.search_field.setText(query)
        window.run_search()

    return measure(f"search {query!r}", action,
                   lambda: not searching(window) and window.model.ids() != before)


def open_window(folder: Path, settings: Path):
    from clipper.gui.app import Translations, create_app, make_settings
    from clipper.gui.main_window import MainWindow

    app = create_app()
    Translations(app).install("en")
    window = MainWindow(folder, make_settings(str(settings)))
    window.resize(1280, 820)
    window.show()
    wait_until(lambda: not window.writer.busy(), 600, settle_ms=1000)
    import gc

    gc.freeze()  # as clipper.gui.app.run does a second after start-up
    return app, window


def import_in(window, paths: list[str], label: str) -> dict:
    finished: list[object] = []
    window.import_finished.connect(finished.append)

    def action() -> None:
        window.import_items(paths, [])

    result = measure(label, action, lambda: bool(finished) and not window.writer.busy())
    window.import_finished.disconnect(finished.append)
    if finished:
        outcomes = finished[0]
        result["imported"] = sum(o.status == "imported" for o in outcomes)
    return result


def run_child(scenario: str, folder: Path, pages: Path, word: str) -> list[dict]:
    app, window = open_window(folder, folder.parent / "bench.ini")
    results: list[dict] = []
    if scenario == "korean":
        results.append(search_in(window, KOREAN_QUERY) | {"label": "first Korean search"})
    elif scenario == "frequent":
        search_in(window, WARM_QUERY)
        results.append(search_in(window, word)
                       | {"label": f"search for a word in ~30% ({word})"})
    elif scenario == "imports":
        files = sorted(str(p) for p in pages.glob("*.html"))
        results.append(import_in(window, files[:1], "first import after start (1 page)"))
        results.append(import_in(window, files[1:], f"{len(files) - 1}-page import"))
    elif scenario == "dashboard":
        def action() -> None:
            window.toggle_dashboard()

        controller = getattr(window, "dashboards", None)  # before: the window's own timer
        timer = controller.timer if controller is not None else window._dashboard_timer
        def drawn() -> bool:
            if not window.dashboard_open() or timer.isActive():
                return False
            view = window.dashboard.view  # charts drawn on their own thread since 2026-12
            return view.is_drawn() if hasattr(view, "is_drawn") else True

        results.append(measure("opening the dashboard (charts on screen)", action, drawn))
    window.close()
    app.processEvents()
    return results


# ---- in the parent: the library, the pages, the table ----------------------------------

def make_library(keep: Path | None) -> Path:
    from bench.search_bench import fill_library
    from clipper.services import LibraryService

    base = keep or Path(tempfile.mkdtemp(prefix="stall-bench-"))
    library = base / "library-10000"
    if not (library / "clipper.sqlite").exists():
        print(f"building a 10k library in {library} (minutes)...", flush=True)
        with LibraryService(library) as service:
            fill_library(service, 10_000, 7)
            service.reindex()
    return library


def pick_word(library: Path) -> str:
    """A word found in about 30% of the clippings (remembered beside the library)."""
    remembered = library.parent / WORD_FILE
    if remembered.exists():
        return remembered.read_text(encoding="utf-8").strip()
    from clipper.services import LibraryService

    with LibraryService(library) as service:
        total = service.count()
        counts = {w: len(service.search_ids(w)) for w in CANDIDATES}
    word = min(counts, key=lambda w: abs(counts[w] / total - SHARE))
    print(f"word in ~30%: {word!r} ({counts[word] / total:.0%} of {total:,})", flush=True)
    remembered.write_text(word, encoding="utf-8")
    return word


def write_pages(folder: Path, count: int) -> None:
    """`count` news pages in the layout of a Korean outlet, each with its own text."""
    from bench.search_bench import Corpus

    folder.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(2026)
    articles = [corpus.article(100_000 + n) for n in range(count)]
    # The first page (the first import after start) is Korean, as most of the press
    # office's are: it is what makes a window load Kiwi.
    first = next(i for i, a in enumerate(articles) if a["language"] == "ko")
    articles.insert(0, articles.pop(first))
    for n, article in enumerate(articles):
        paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in article["body"])
        (folder / f"page-{n:03d}.html").write_text(
            f"<!DOCTYPE html><html lang=\"{article['language']}\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(article['title'])} - {article['outlet']}</title>"
            f"<meta property=\"og:site_name\" content=\"{article['outlet']}\">"
            f"<meta property=\"article:published_time\" content=\"{article['published']}\">"
            "</head><body><header><nav>뉴스 | 정치 | 경제 | 사회</nav></header>"
            f"<article><h1>{html.escape(article['title'])}</h1>"
            f"<div class=\"byline\">{html.escape(article['byline'])}</div>"
            f"{paragraphs}</article><footer>Copyright {article['outlet']}</footer>"
            "</body></html>", encoding="utf-8")


def run_scenario(scenario: str, library: Path, pages: Path, word: str) -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="stall-") as tmp:
        copy = Path(tmp) / "library"
        shutil.copytree(library, copy)
        proc = subprocess.run(
            [sys.executable, __file__, "--child", scenario, "--library", str(copy),
             "--pages-dir", str(pages), "--word", word],
            capture_output=True, text=True, env=os.environ | {"QT_QPA_PLATFORM":
                                                            os.environ.get("QT_QPA_PLATFORM",
                                                                           "offscreen")})
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[7:])
    print(f"scenario {scenario} failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}",
          flush=True)
    return []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--library", type=Path, help="a 10k library (search_bench --keep)")
    parser.add_argument("--keep", type=Path, help="build the library here and keep it")
    parser.add_argument("--pages", type=int, default=50, help="pages of the big import")
    parser.add_argument("--runs", type=int, default=1, help="runs of each scenario")
    parser.add_argument("--only", nargs="+", choices=SCENARIOS, default=SCENARIOS)
    parser.add_argument("--child", choices=SCENARIOS, help=argparse.SUPPRESS)
    parser.add_argument("--pages-dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--word", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        results = run_child(args.child, args.library, args.pages_dir, args.word)
        print("RESULT " + json.dumps(results), flush=True)
        return
    library = args.library or make_library(args.keep)
    word = pick_word(library)
    with tempfile.TemporaryDirectory(prefix="stall-pages-") as tmp:
        pages = Path(tmp)
        write_pages(pages, args.pages + 1)
        print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load average "
              f"{os.getloadavg()[0]:.1f}; library {library}", flush=True)
        print(f"{'action':<44} {'longest stall':>14} {'stalls >100ms':>14} "
              f"{'took':>8}", flush=True)
        worst = 0
        for scenario in args.only:
            for _ in range(args.runs):
                for r in run_scenario(scenario, library, pages, word):
                    worst = max(worst, r["stall_ms"])
                    note = "" if r["finished"] else "  (did not finish)"
                    if "imported" in r:
                        note += f"  ({r['imported']} imported)"
                    print(f"{r['label']:<44} {r['stall_ms']:>11} ms {r['over']:>14} "
                          f"{r['took_s']:>6.1f} s{note}", flush=True)
        print(f"longest stall of all: {worst} ms (target: none over {STALL_LIMIT_MS} ms); "
              f"load average now {os.getloadavg()[0]:.1f}", flush=True)


if __name__ == "__main__":
    main()
