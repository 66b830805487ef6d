"""The window as a shell: the work it used to do itself is in the core and the services,
and its actions run through one writer-job helper."""

from __future__ import annotations

import threading

from clipper.domain import SearchHit
from clipper.progress import OperationCancelled
from clipper.search.results import matched_terms
from clipper.store.folder import folder_size
from tests.gui_support import open_window, wait_writer
from tests.test_gui_window import _add


def test_matched_terms_are_the_marked_words_longest_first():
    hits = [SearchHit(1, "경기도 청년 정책", "연합뉴스", None, 1.0, "경기도에 청년이 많다",
                      marks=[(0, 4), (5, 7)], title_marks=[(0, 3)]),
            SearchHit(2, "Youth policy", "AP", None, 0.5, "youth housing", marks=[(0, 5)])]
    assert matched_terms(hits) == ["youth", "경기도에", "경기도", "청년"]
    assert matched_terms([]) == []


def test_folder_size_counts_every_file_below(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "b.bin").write_bytes(b"x" * 1000)
    (tmp_path / "c.bin").write_bytes(b"y" * 24)
    assert folder_size(tmp_path) == 1024


def test_what_a_view_exports(service, library_path):
    ids = _add(library_path, 4)
    service.create_theme("청년")
    service.assign_theme("청년", ids[:2])
    service.add_tags(ids[2:], ["housing"])
    view = service.export_set_for_view
    assert view(selected=ids[:3], query="", kind="theme", value="청년", listed=[]).ids == ids[:3]
    one = view(selected=ids[:1], query="", kind="theme", value="청년", listed=ids[:2])
    assert one.kind == "theme" and sorted(one.ids) == sorted(ids[:2])
    assert view(selected=[], query="", kind="tag", value="housing", listed=[]).kind == "tag"
    outlet = view(selected=[], query="", kind="outlet", value="연합뉴스", listed=ids[1::2])
    assert outlet.kind == "ids" and outlet.label == "연합뉴스" and outlet.ids == ids[1::2]
    assert view(selected=[], query="경기도", kind="all", value="", listed=[]).kind == "query"


def test_review_suggestions_reviews_every_suggested_theme(service, library_path):
    ids = _add(library_path, 2)
    for name in ("경기", "정책"):
        service.create_theme(name, rule="경기도")
    assert sorted(service.browse_suggested_themes(ids[0])) == ["경기", "정책"]
    service.review_suggestions(ids[0], accept=True)
    assert service.browse_suggested_themes(ids[0]) == []
    assert service.theme_states("경기")[ids[0]] == "accepted"
    service.review_suggestions(ids[1], accept=False)
    assert service.theme_states("정책")[ids[1]] == "rejected"


def test_the_runner_reports_success_cancel_and_failure(qtbot, library_path, tmp_path):
    from clipper.gui.actions.runner import run_with_progress

    win = open_window(qtbot, library_path, tmp_path / "s.ini")
    wait_writer(qtbot, win)
    seen: list[object] = []

    def stop(_svc, _p, _c):
        raise OperationCancelled("stopped")

    def fail(_svc, _p, _c):
        raise ValueError("disk on fire")

    for job in (lambda svc, p, c: svc.count(), stop, fail):
        run_with_progress(win, "job", job, title="Working",
                          on_success=lambda r: seen.append(("ok", r)),
                          on_cancelled=lambda: seen.append("cancelled"),
                          on_failure=lambda m: seen.append(("failed", m)))
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert seen == [("ok", 0), "cancelled", ("failed", "job: disk on fire")]
    assert win.failure_box.text() == "job: disk on fire"  # the window says so too


def test_the_progress_dialog_shows_for_a_slow_job_and_cancel_stops_it(qtbot, library_path,
                                                                       tmp_path):
    from clipper.gui.actions.runner import run_with_progress

    win = open_window(qtbot, library_path, tmp_path / "s.ini")
    wait_writer(qtbot, win)
    gate = threading.Event()
    results: list[object] = []

    def slow(_svc, progress, cancelled):
        for step in range(100):
            if cancelled():
                raise OperationCancelled()
            progress(step, 100, f"step {step}")
            gate.wait(0.05)
        return "done"

    task, dialog = run_with_progress(win, "slow", slow, title="Working",
                                     on_success=results.append,
                                     on_cancelled=lambda: results.append("cancelled"))
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: results == ["cancelled"], timeout=5000)
    assert task.cancelled()
