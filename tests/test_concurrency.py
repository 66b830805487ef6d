"""Several processes on one library at once: every writer waits its turn and finishes.

Real processes (`python -m clipper`, or a child Python with a LibraryService), a real
library in tmp_path; every item is counted afterwards.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import ROOT

WORDS = ("도지사 예산 청년 창업 지원 교통 주택 환경 교육 복지 경제 문화 관광 농업 산업 기술 "
         "안전 보건 governor budget housing transport").split()


def make_articles(folder: Path, prefix: str, count: int) -> list[Path]:
    """`count` distinct plain-text articles (distinct bodies: none is a duplicate)."""
    folder.mkdir(parents=True)
    paths = []
    for n in range(count):
        words = " ".join(WORDS[(n * 7 + i * 3) % len(WORDS)] for i in range(40))
        path = folder / f"{prefix}{n:03d}.txt"
        path.write_text(
            f"{prefix} 기사 {n}호 제목\n\n{words}. 이 기사는 {prefix}{n}번 문서다.\n\n"
            f"두 번째 문단은 {prefix}-{n}-끝 으로 끝난다.\n", encoding="utf-8")
        paths.append(path)
    return paths


def clipper(library: Path, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-m", "clipper", "--library", str(library),
                             *args], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def child(library: Path, body: str) -> subprocess.Popen[str]:
    """A Python process with `svc` open on `library`, running `body`."""
    script = "import sys, time\nfrom clipper.services import LibraryService\n"
    script += f"svc = LibraryService({str(library)!r})\n" + textwrap.dedent(body)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def finish(proc: subprocess.Popen[str], timeout: float = 400) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


def counts(library: Path) -> dict[str, int]:
    conn = sqlite3.connect(library / "clipper.sqlite")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("clippings", "blocks", "search_dirty")}
    finally:
        conn.close()


def test_two_importers_and_a_deleter_at_once_finish_every_item(tmp_path, library_path):
    seed = make_articles(tmp_path / "seed", "s", 10)
    status, out, err = finish(clipper(library_path, "import", str(tmp_path / "seed")))
    assert status == 0, err
    assert counts(library_path)["clippings"] == len(seed)
    a = make_articles(tmp_path / "a", "a", 20)
    b = make_articles(tmp_path / "b", "b", 20)

    # The deleter removes the seeded clippings one transaction at a time while both
    # importers run.
    deleter = child(library_path, """
        for clipping_id in range(1, 11):
            svc.delete([clipping_id])
            time.sleep(0.05)
        print("deleted", 10)
    """)
    importers = [clipper(library_path, "import", str(tmp_path / "a")),
                 clipper(library_path, "import", str(tmp_path / "b"))]
    results = [finish(p) for p in importers] + [finish(deleter)]
    for status, _out, err in results:
        assert status == 0, err
        assert "Traceback" not in err
    assert "20 imported, 0 duplicate, 0 failed" in results[0][1]
    assert "20 imported, 0 duplicate, 0 failed" in results[1][1]
    assert "deleted 10" in results[2][1]

    stored = counts(library_path)
    assert stored["clippings"] == len(a) + len(b)
    conn = sqlite3.connect(library_path / "clipper.sqlite")
    names = {row[0] for row in conn.execute("SELECT source_name FROM clippings")}
    conn.close()
    assert names == {p.name for p in a + b}
    # The index either caught up or kept the rest journalled; check --fix finishes it.
    assert finish(clipper(library_path, "check", "--fix"))[0] == 0
    status, out, _ = finish(clipper(library_path, "check"))
    assert status == 0 and f"{len(a) + len(b)} in the index" in out


def test_processes_opening_a_new_library_at_once_migrate_it_once(tmp_path, library_path):
    procs = [clipper(library_path, "list") for _ in range(4)]
    for status, _, err in (finish(p) for p in procs):
        assert status == 0, err
    conn = sqlite3.connect(library_path / "clipper.sqlite")
    names = [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations")]
    conn.close()
    assert len(names) == len(set(names)) and "m0001_initial" in names
    assert not list(library_path.glob(".clipper.sqlite.new-*"))


def test_a_search_beside_an_import_answers_every_time(tmp_path, library_path):
    make_articles(tmp_path / "seed", "s", 5)
    assert finish(clipper(library_path, "import", str(tmp_path / "seed")))[0] == 0
    make_articles(tmp_path / "a", "a", 20)
    importer = clipper(library_path, "import", str(tmp_path / "a"))
    # Searching catches the index up with what the importer committed so far, while
    # the importer itself waits for the index writer at its end.
    searcher = child(library_path, """
        for _ in range(3):
            print("found", len(svc.search_ids("도지사")), flush=True)
    """)
    status, out, err = finish(importer)
    assert status == 0 and "20 imported" in out, err
    status, out, err = finish(searcher)
    assert status == 0 and "Traceback" not in err, err
    found = [int(line.split()[1]) for line in out.splitlines()]
    assert len(found) == 3 and all(5 <= n <= 25 for n in found)
    assert counts(library_path)["clippings"] == 25
    status, out, _ = finish(clipper(library_path, "search", "도지사", "--limit", "100", "--json"))
    assert status == 0 and out.count('"id"') == 25
