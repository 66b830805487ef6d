"""A crash between the SQLite commit and the index commit is detected and repaired.

The crashes are real: a child process imports or reindexes and dies with os._exit
(no cleanup, no atexit) at a chosen point, then the library is opened again.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from clipper.store import search_journal as journal
from tests.conftest import ROOT
from tests.search_helpers import ENGLISH_CLIMATE, ENGLISH_REGULATOR, add_article

ARTICLES = {
    "youth.txt": (
        "청년 창업 지원 예산 두 배로\n\n"
        "수원시가 올해 청년 창업가를 위한 지원 예산을 두 배로 늘린다고 3일 밝혔다. "
        "시는 공유 사무실 열 곳을 새로 연다.\n\n"
        "지원 대상은 창업 3년 이내 기업이며 신청은 다음 달부터 받는다.\n"
    ),
    "harbour.txt": (
        "부산항 물동량 역대 최대\n\n"
        "부산항만공사는 지난달 컨테이너 물동량이 역대 최대를 기록했다고 밝혔다. "
        "환적 화물이 크게 늘어난 덕분이다.\n\n"
        "공사는 신항 부두 운영사와 함께 하역 장비를 늘릴 계획이다.\n"
    ),
    "library.txt": (
        "작은도서관 야간 개방 시범 운영\n\n"
        "대전시가 동네 작은도서관 스무 곳을 밤 10시까지 개방하는 시범 사업을 시작한다. "
        "퇴근 뒤 책을 빌리려는 직장인의 요청이 많았다.\n\n"
        "시는 이용 실적을 보고 내년에 대상을 넓힐 계획이다.\n"
    ),
}


def run_child(library: Path, body: str) -> int:
    """Run `body` in a fresh Python process with `svc` open on `library`."""
    script = "import os, sys\nfrom clipper.services import LibraryService\n"
    script += f"svc = LibraryService({str(library)!r})\n" + textwrap.dedent(body)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, timeout=120,
                          capture_output=True, text=True)
    return done.returncode


@pytest.fixture
def article_files(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "articles"
    folder.mkdir()
    paths = []
    for name, text in ARTICLES.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def indexed_library(library_path: Path) -> Path:
    """A library with two clippings, both indexed, closed again."""
    from clipper.services import LibraryService

    with LibraryService(library_path) as svc:
        add_article(svc, **ENGLISH_REGULATOR)
        add_article(svc, **ENGLISH_CLIMATE)
        assert len(svc.search_ids("climate")) == 2
    return library_path


def test_crash_during_import_is_found_by_check_and_fixed(indexed_library, article_files,
                                                         run_cli, run_cli_json):
    # Dies when the third file is about to be read: two imports are committed to
    # SQLite, and the index (updated at the end of the operation) never heard of them.
    status = run_child(indexed_library, f"""
        def progress(done, total, message):
            if done == 2:
                os._exit(3)
        svc.import_paths({[str(p) for p in article_files]!r}, progress=progress)
    """)
    assert status == 3
    report = run_cli_json("check")
    assert report["clippings"] == 4 and report["indexed"] == 2
    assert sorted(report["missing"]) == [3, 4]
    assert report["pending"] == 2 and not report["consistent"]
    status, out, _ = run_cli("check")
    assert status == 1 and "2 missing from the index: 3, 4" in out
    status, out, _ = run_cli("check", "--fix")
    assert status == 0 and "fixed" in out
    status, out, _ = run_cli("check")
    assert status == 0 and "up to date" in out
    assert [h["id"] for h in run_cli_json("search", "물동량")] == [4]


def test_crash_during_import_is_repaired_on_next_open(indexed_library, article_files):
    from clipper.services import LibraryService

    status = run_child(indexed_library, f"""
        def progress(done, total, message):
            if done == 2:
                os._exit(3)
        svc.import_paths({[str(p) for p in article_files]!r}, progress=progress)
    """)
    assert status == 3
    with LibraryService(indexed_library) as svc:
        assert svc.search_ids("창업") == [3]
        assert svc.search_ids("부산항") == [4]
        assert svc.check_index().consistent


def test_crash_after_sqlite_commit_before_index_commit(indexed_library):
    from clipper.services import LibraryService

    # Straight into SQLite (as any writer would), then killed before anything else.
    status = run_child(indexed_library, """
        from tests.search_helpers import add_article
        add_article(svc, "마감 직전 저장된 기사", ["지하철 연장 노선 착공이 확정됐다."])
        os._exit(4)
    """)
    assert status == 4
    with LibraryService(indexed_library) as svc:
        assert journal.count(svc.library.db) == 1
        assert svc.search_ids("착공") == [3]
        assert journal.count(svc.library.db) == 0


def test_killed_reindex_is_finished_by_check_fix(library_path, run_cli, run_cli_json):
    from clipper.services import LibraryService

    with LibraryService(library_path) as svc:
        for n in range(40):
            add_article(svc, f"구청 소식 {n}호", [f"구청 소식지 {n}호가 나왔다. 주민 행사 {n}건."])
        assert len(svc.search_ids("소식지")) == 40
    status = run_child(library_path, """
        import clipper.search.indexer as indexer
        indexer.COMMIT_EVERY = indexer.SEGMENT_DOCS = 10
        def progress(done, total, message):
            if done >= 20:
                os._exit(5)
        svc.reindex(progress=progress)
    """)
    assert status == 5
    report = run_cli_json("check")
    assert report["indexed"] == 20 and len(report["missing"]) == 20
    assert report["pending"] == 20
    assert run_cli("check", "--fix")[0] == 0
    report = run_cli_json("check")
    assert report["consistent"] and report["indexed"] == 40
    assert len(run_cli_json("search", "소식지", "--limit", "100")) == 40


def test_check_finds_stale_and_orphaned_entries(service, run_cli, run_cli_json):
    regulator = add_article(service, **ENGLISH_REGULATOR)
    climate = add_article(service, **ENGLISH_CLIMATE)
    assert len(service.search_ids("climate")) == 2
    db = service.library.db
    # Changes that bypass the journal (as if its rows were lost): only digests tell.
    with db.atomic():
        db.execute("UPDATE blocks SET text = 'The ferry timetable changed.' "
                   "WHERE clipping_id = ? AND position = 0", [regulator])
        db.execute("DELETE FROM clippings WHERE id = ?", [climate])
        db.execute("DELETE FROM search_dirty")
    report = service.check_index()
    assert report.stale == [regulator] and report.orphaned == [climate]
    assert service.search_ids("ferry") == []
    fixed = service.check_index(fix=True)
    assert fixed.fixed
    assert service.check_index().consistent
    assert service.search_ids("ferry") == [regulator]
    assert service.search_ids("seoul") == []


def test_a_journal_entry_for_an_indexed_clipping_is_harmless(service):
    regulator = add_article(service, **ENGLISH_REGULATOR)
    assert service.search_ids("stroke") == [regulator]
    # As if the index committed but the process died before clearing the journal.
    journal.mark(service.library.db, [regulator])
    assert service.search_ids("stroke") == [regulator]
    assert service._search.index.doc_count() == 1
    assert service.check_index().consistent


def test_list_does_not_open_the_index(library_path, run_cli):
    from clipper.store.library import open_library

    with open_library(library_path) as library:
        assert library.count() == 0
    status, _, _ = run_cli("list")
    assert status == 0
    assert not (library_path / "index").exists()


def test_bulk_reindex_writes_each_segment_once(service, monkeypatch):
    import clipper.search.indexer as indexer

    made = [add_article(service, f"동네 소식 {n}", [f"동네 도서관 소식 {n}호. 행사 {n}건."])
            for n in range(12)]
    assert sorted(service.search_ids("도서관")) == made
    # Read in batches of 5, committed as segments of 10: the full segment is written
    # once and never merged again (small ones are merged only in pairs or more).
    monkeypatch.setattr(indexer, "COMMIT_EVERY", 5)
    monkeypatch.setattr(indexer, "SEGMENT_DOCS", 10)
    monkeypatch.setattr(indexer, "MERGE_GROUP", 10)
    progress: list[tuple[int, int]] = []
    assert service.reindex(progress=lambda done, total, _: progress.append((done, total))) == 12
    assert (10, 12) in progress and (5, 12) not in progress and progress[-1] == (12, 12)
    assert service._search.index.segment_count() == 2
    assert sorted(service.search_ids("도서관")) == made
    assert service.check_index().consistent


def test_analysis_in_worker_processes_matches_in_process():
    from clipper.search import analysis, workers

    docs = [(n, {"title": [f"제목 {n}"], "body": [f"경기도지사가 유니콘기업 {n}곳을 찾았다.",
                                                 f"Regulators approved tool {n}."]})
            for n in range(workers.PARALLEL_MIN_DOCS + 20)]
    parallel = list(workers.analyse_stream(iter(docs), len(docs), workers=2))
    assert [key for key, _ in parallel] == [n for n, _ in docs]
    assert parallel[7][1] == analysis.analyse_document(docs[7][1])
    assert parallel[-1][1]["body"][:3] == ["경기", "도지사", "유니콘"]


def test_a_damaged_index_says_so_and_reindex_repairs_it(indexed_library, run_cli,
                                                        run_cli_json):
    # A segment's terms and postings (separate files; a compound .seg in old indexes).
    damaged = [p for p in (indexed_library / "index").glob("MAIN_*")
               if p.suffix in (".trm", ".pst", ".seg")]
    assert damaged
    for segment in damaged:
        segment.write_bytes(b"not a segment")
    status, _, err = run_cli("search", "climate")
    assert status == 2
    assert "search index cannot be read" in err and "clipper reindex" in err
    assert run_cli("reindex")[0] == 0
    assert len(run_cli_json("search", "climate")) == 2


def test_a_search_leaves_a_long_backlog_to_update_index(service, monkeypatch, run_cli_json):
    import clipper.search.indexer as indexer

    monkeypatch.setattr(indexer, "CATCH_UP_LIMIT", 2)
    made = [add_article(service, f"항만 소식 {n}", [f"부산항 물동량 소식 {n}호."])
            for n in range(5)]
    # Not indexed yet, and too many for a search to index on the caller's thread.
    assert service.search_ids("물동량") == []
    assert service.index_pending() == 5
    # The CLI finishes the backlog (with a progress bar) before answering.
    assert sorted(h["id"] for h in run_cli_json("search", "물동량")) == made
    assert service.index_pending() == 0
    assert sorted(service.search_ids("물동량")) == made


def test_a_cancelled_reindex_resumes_with_update_index(service, monkeypatch):
    import clipper.search.indexer as indexer

    made = [add_article(service, f"시장 소식 {n}", [f"전통시장 소식 {n}호가 나왔다."])
            for n in range(12)]
    assert len(service.search_ids("전통시장")) == 12
    monkeypatch.setattr(indexer, "COMMIT_EVERY", 5)
    monkeypatch.setattr(indexer, "SEGMENT_DOCS", 5)
    seen: list[int] = []
    done = service.reindex(progress=lambda d, t, _: seen.append(d),
                           cancelled=lambda: bool(seen) and seen[-1] >= 5)
    assert 5 <= done < 12
    assert service.index_pending() == 12 - done
    assert service.update_index() == 12 - done
    assert sorted(service.search_ids("전통시장")) == made
    assert service.check_index().consistent
