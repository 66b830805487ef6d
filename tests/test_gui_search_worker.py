"""The window's search process: read-only searches, newest answer only, clear errors."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from clipper.gui.search_worker import SearchWorker
from clipper.search.reader import NOT_READY
from clipper.search.results import SearchResults
from clipper.search_service import ReadOnlySearch
from clipper.services import LibraryService
from clipper.store.library import LibraryError
from tests.search_helpers import ENGLISH_REGULATOR, KOREAN_HEALTH, add_article

BAD_DATE = "published:2024-13-45..2024-14-01"


@pytest.fixture
def indexed(service):
    """A library of two articles, indexed; returns its folder."""
    add_article(service, **KOREAN_HEALTH)
    add_article(service, **ENGLISH_REGULATOR)
    service.update_index()
    return service.root


def _index_files(root) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in (root / "index").iterdir()}


def test_a_read_only_search_finds_what_the_index_holds(indexed):
    with ReadOnlySearch(indexed) as search:
        results = search.search_results("경기도", 10)
        assert isinstance(results, SearchResults)
        assert len(results.ranked) == 1
        assert results.hits[0].title.startswith("경기도")
        assert "경기도" in results.terms
        assert search.pending() == 0


def test_a_read_only_search_never_catches_the_index_up(indexed, service):
    before = _index_files(indexed)
    new_id = add_article(service, "Stroke units expand", ["More stroke units open."],
                         language="en")  # journalled, not indexed
    with ReadOnlySearch(indexed) as search:
        results = search.search_results("stroke", 10)
        assert new_id not in results.ranked  # answered from the index as it is
        assert search.pending() == 1  # and it says the writer has catching up to do
    assert _index_files(indexed) == before
    service.update_index()  # the writer's job
    with ReadOnlySearch(indexed) as search:
        assert new_id in search.search_results("stroke", 10).ranked


def test_a_read_only_search_cannot_write_sqlite(indexed):
    with ReadOnlySearch(indexed) as search:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            search.db.execute("DELETE FROM search_dirty")


def test_an_index_not_built_yet_is_a_clear_message_not_a_build(library_path):
    with LibraryService(library_path) as svc:
        add_article(svc, **KOREAN_HEALTH)  # no index folder yet
    with ReadOnlySearch(library_path) as search:
        with pytest.raises(LibraryError, match="being built"):
            search.search_results("경기도")
    assert not (library_path / "index").exists()
    assert "being built" in NOT_READY


def test_a_bad_query_is_a_message(indexed):
    with ReadOnlySearch(indexed) as search:
        with pytest.raises(LibraryError, match="query"):
            search.search_results(BAD_DATE)


# ---- the process ------------------------------------------------------------------------

@pytest.fixture
def worker(indexed, qtbot):
    from clipper.gui.app import create_app

    create_app()
    w = SearchWorker(indexed)
    w.start()
    yield w
    w.close()


def test_results_come_from_another_process(worker, qtbot):
    with qtbot.waitSignal(worker.results_ready, timeout=60000) as blocker:
        worker.search("stroke")
    results = blocker.args[0]
    assert results.query == "stroke"
    assert [h.title for h in results.hits] == [ENGLISH_REGULATOR["title"]]
    assert worker.pid() not in (None, os.getpid())
    assert not worker.searching()


def test_the_analyser_is_preloaded(worker, qtbot):
    qtbot.waitUntil(worker.is_ready, timeout=60000)
    with qtbot.waitSignal(worker.results_ready, timeout=10000) as blocker:
        worker.search("건강관리")
    assert blocker.args[0].ranked


def test_only_the_newest_query_is_answered(worker, qtbot):
    answers: list[str] = []
    worker.results_ready.connect(lambda r, _p: answers.append(r.query))
    worker.search("stroke")
    worker.search("경기")
    worker.search("regulators")
    qtbot.waitUntil(lambda: not worker.searching(), timeout=60000)
    qtbot.wait(200)  # any late answer to an older query would arrive meanwhile
    assert answers == ["regulators"]


def test_a_cancelled_search_is_not_delivered(worker, qtbot):
    answers: list[str] = []
    worker.results_ready.connect(lambda r, _p: answers.append(r.query))
    worker.search("stroke")
    worker.cancel()
    qtbot.wait(1500)
    assert answers == []


def test_a_query_it_cannot_read_fails_with_a_message(worker, qtbot):
    with qtbot.waitSignal(worker.search_failed, timeout=60000) as blocker:
        worker.search(BAD_DATE)
    query, message = blocker.args
    assert query == BAD_DATE
    assert message and "Traceback" not in message
    with qtbot.waitSignal(worker.results_ready, timeout=90000):
        worker.search("stroke")  # and the process carries on


def test_a_dead_process_is_replaced_by_the_next_search(worker, qtbot):
    with qtbot.waitSignal(worker.results_ready, timeout=60000):
        worker.search("stroke")
    old = worker.pid()
    os.kill(old, 9)
    qtbot.waitUntil(lambda: worker.pid() is None, timeout=10000)
    with qtbot.waitSignal(worker.results_ready, timeout=60000) as blocker:
        worker.search("stroke")
    assert blocker.args[0].ranked
    assert worker.pid() not in (None, old)


def test_a_dead_process_fails_the_waiting_search_with_a_message(worker, qtbot):
    qtbot.waitUntil(worker.is_ready, timeout=60000)
    failures: list[str] = []
    worker.search_failed.connect(lambda _q, m: failures.append(m))
    worker.search("stroke")
    os.kill(worker.pid(), 9)
    qtbot.waitUntil(lambda: not worker.searching(), timeout=10000)
    # Either the answer beat the kill, or the search failed with a message.
    assert not failures or "stopped" in failures[0]


# ---- Korean analysis for the window's process ---------------------------------------------

def test_analysis_handed_to_the_process_gives_the_same_morphemes(worker, qtbot):
    from clipper.search import analysis

    texts = ["경기도는 판교에서 새싹기업 협의체를 출범시켰다.", "Seoul bike lanes", ""]
    local = analysis.morphemes_here(texts)
    assert worker.analyse_there(texts) == local
    assert worker.pid() is not None  # started by the first analysis if not before
    worker.take_over_analysis()
    try:
        assert analysis.morphemes_many(texts) == local
    finally:
        worker.release_analysis()
    assert analysis.morphemes_many(texts) == local  # and back to this process


def test_analysis_goes_on_here_when_the_process_is_gone(worker, qtbot):
    from clipper.search import analysis

    worker.take_over_analysis()
    try:
        worker.close()  # as at shutdown: no process will answer
        assert worker.analyse_there(["새싹기업 지원"]) == analysis.morphemes_here(
            ["새싹기업 지원"])
    finally:
        worker.release_analysis()


KIWI_STAYS_OUT = r'''
import sys
from pathlib import Path


def wait_until(condition, seconds):
    import time
    from PySide6.QtCore import QEventLoop, QTimer
    deadline = time.time() + seconds
    while not condition() and time.time() < deadline:
        loop = QEventLoop(); QTimer.singleShot(20, loop.quit); loop.exec()
    return condition()


def main():
    from clipper.gui.app import create_app, make_settings
    from clipper.gui.main_window import MainWindow
    from clipper.search import analysis

    folder, page, settings = map(Path, sys.argv[1:4])
    app = create_app()
    window = MainWindow(folder, make_settings(str(settings)))
    window.show()
    done = []
    window.import_finished.connect(done.append)
    window.import_items([str(page)], [])
    assert wait_until(lambda: done and not window.writer.busy(), 300), "import did not end"
    window.search_field.setText("새싹기업")
    window.run_search()
    assert wait_until(lambda: not window.search.busy(), 300), "search did not end"
    print("FOUND", window.model.ids())
    print("KIWI HERE", analysis.kiwi_loaded(), "kiwipiepy" in sys.modules)
    window.close()

# Guarded like main.py: the search process is spawned and imports this module.
if __name__ == "__main__":
    main()
'''


def test_importing_and_searching_korean_never_loads_kiwi_in_the_window(tmp_path):
    import subprocess
    import sys

    page = tmp_path / "article.txt"
    page.write_text("경기도, 새싹기업 협의체 출범\n\n경기도는 판교에서 새싹기업 협의체를 "
                    "출범시켰다고 밝혔다. 도는 새싹기업 100곳을 지원한다.\n", encoding="utf-8")
    script = tmp_path / "window.py"
    script.write_text(KIWI_STAYS_OUT, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "library"), str(page),
         str(tmp_path / "s.ini")], capture_output=True, text=True, timeout=600,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen",
                          "PYTHONPATH": str(Path(__file__).resolve().parent.parent)})
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "FOUND [1]" in proc.stdout  # imported, indexed and found ...
    assert "KIWI HERE False False" in proc.stdout  # ... with Kiwi in the search process
