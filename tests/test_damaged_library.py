"""Damaged, unusual, read-only, full and newer libraries: one clear line, never a traceback.

Each case is made for real: bytes cut or overwritten in a real clipper.sqlite, a
read-only bind mount, a small tmpfs filled up (both need root: skipped otherwise), a
migration row written by "a newer Clipper". The CLI runs as `python -m clipper`.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import ROOT

ARTICLE = ("도지사 청년 창업 지원 발표\n\n도지사가 청년 창업 지원 예산을 두 배로 늘린다고 "
           "밝혔다. 공유 사무실 열 곳을 새로 연다.\n\n신청은 다음 달부터 받는다.\n")


def cli(library: Path, *args: str) -> tuple[int, str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "clipper", "--library", str(library),
                           *map(str, args)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300)
    return done.returncode, done.stdout, done.stderr


def refused(library: Path, *args: str) -> str:
    """Run a command that must fail with one line on stderr; return that line."""
    status, _, err = cli(library, *args)
    assert status == 2, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def write_articles(folder: Path, count: int, prefix: str = "a") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"{prefix}{n:02d}.txt").write_text(
            ARTICLE.replace("열 곳", f"{n + 2}곳").replace("다음 달", f"{prefix} {n + 1}월"),
            encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def template_library(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("template")
    library = base / "made"
    assert cli(library, "import", write_articles(base / "in", 3))[0] == 0
    assert cli(library, "check")[0] == 0
    return library


@pytest.fixture
def made_library(tmp_path, template_library) -> Path:
    """A closed library with three clippings, indexed (a copy of one made once)."""
    library = tmp_path / "made"
    shutil.copytree(template_library, library)
    return library


def test_truncated_database_is_refused(made_library):
    db = made_library / "clipper.sqlite"
    db.write_bytes(db.read_bytes()[:6000])
    line = refused(made_library, "list")
    assert str(made_library) in line and "truncated" in line and "backup" in line


def test_scribbled_header_and_text_file_are_not_databases(made_library, tmp_path):
    db = made_library / "clipper.sqlite"
    data = bytearray(db.read_bytes())
    data[0:32] = os.urandom(32)
    db.write_bytes(bytes(data))
    line = refused(made_library, "list")
    assert "not a database" in line and "restore it from a backup" in line
    text = tmp_path / "text"
    text.mkdir()
    (text / "clipper.sqlite").write_text("meeting notes\n", encoding="utf-8")
    assert "not a database" in refused(text, "show", "1")


def test_scribbled_pages_say_damaged_for_every_command(made_library):
    db = made_library / "clipper.sqlite"
    page_size = int.from_bytes(db.read_bytes()[16:18], "big")
    with db.open("r+b") as fh:
        fh.seek(page_size)  # every page but the first (the header)
        fh.write(os.urandom(db.stat().st_size - page_size))
    for args in (["list"], ["show", "1"], ["search", "도지사"], ["delete", "1"]):
        line = refused(made_library, *args)
        assert str(made_library) in line and "damaged" in line and "backup" in line


def test_folder_in_place_of_the_database(tmp_path):
    library = tmp_path / "lib"
    (library / "clipper.sqlite").mkdir(parents=True)
    assert "is a folder" in refused(library, "list")


def test_zero_byte_database_never_becomes_an_empty_library(tmp_path):
    library = tmp_path / "lib"
    library.mkdir()
    db = library / "clipper.sqlite"
    db.write_bytes(b"")
    line = refused(library, "list")
    assert "empty (0 bytes)" in line and "backup" in line
    assert "imported" not in cli(library, "import", write_articles(tmp_path / "in", 1))[1]
    assert db.stat().st_size == 0  # still the user's file, for them to restore


def test_library_that_is_a_file_or_proc(tmp_path):
    afile = tmp_path / "notes.txt"
    afile.write_text("x", encoding="utf-8")
    assert "is a file, not a folder" in refused(afile, "list")
    line = refused(Path("/proc"), "list")
    assert "/proc" in line and "clipper.sqlite" in line


def test_index_that_is_a_file_is_named(made_library):
    index = made_library / "index"
    for child in index.iterdir():
        child.unlink()
    index.rmdir()
    index.write_text("not an index", encoding="utf-8")
    line = refused(made_library, "search", "도지사")
    assert str(index) in line and "not a folder" in line
    assert cli(made_library, "list")[0] == 0  # the clippings themselves are fine
    index.unlink()
    status, out, _ = cli(made_library, "search", "도지사")
    assert status == 0 and out.count("도지사") >= 3


def test_garbled_index_contents_are_rebuilt(made_library):
    for toc in (made_library / "index").glob("*.toc"):
        toc.write_bytes(os.urandom(300))
    status, out, err = cli(made_library, "search", "도지사")
    assert status == 0, err
    assert "Traceback" not in err and out.count("도지사") >= 3
    assert cli(made_library, "check")[0] == 0


def test_huge_id_is_just_not_there(made_library):
    for args in (["show", "99999999999999999999"], ["delete", "99999999999999999999"],
                 ["edit", "99999999999999999999", "--title", "x"]):
        line = refused(made_library, *args)
        assert "99999999999999999999" in line or "too large" in line


def test_library_made_by_a_newer_clipper_is_refused_for_reads_and_writes(made_library,
                                                                       tmp_path):
    conn = sqlite3.connect(made_library / "clipper.sqlite")
    with conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES ('clipper', 'm0999_from_the_future', '2030-01-01')")
    conn.close()
    for args in (["list"], ["show", "1"], ["search", "도지사"], ["delete", "1"],
                 ["import", str(write_articles(tmp_path / "more", 1, "b"))]):
        line = refused(made_library, *args)
        assert "made by a newer Clipper" in line and str(made_library) in line
    conn = sqlite3.connect(made_library / "clipper.sqlite")
    assert conn.execute("SELECT count(*) FROM clippings").fetchone()[0] == 3
    conn.close()


# ---- read-only and full disks (real mounts) -----------------------------------------


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True)


@contextmanager
def mounted(*args: str, target: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("mounting a read-only or small file system needs root")
    target.mkdir(parents=True, exist_ok=True)
    try:
        _mount(*args, str(target))
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"cannot mount here: {exc}")
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", str(target)], capture_output=True)


def test_read_only_library_reads_and_refuses_changes(made_library, tmp_path):
    with mounted("--bind", str(made_library), target=tmp_path / "ro") as ro:
        _mount("-o", "remount,bind,ro", str(ro))
        status, out, err = cli(ro, "list")
        assert status == 0 and out.count("도지사") == 3, err
        status, out, err = cli(ro, "show", "2")
        assert status == 0 and "도지사" in out, err
        status, out, err = cli(ro, "search", "창업")
        assert status == 0 and out.count("도지사") >= 3, err
        for args in (["delete", "1"], ["tag", "add", "x", "--ids", "1"],
                     ["import", str(write_articles(tmp_path / "more", 1, "b"))]):
            line = refused(ro, *args)
            assert "read-only" in line and str(ro) in line
        assert not list(made_library.rglob(".tmp-*"))


def fill(disk: Path, leave: int) -> None:
    """Fill the file system of `disk` until about `leave` bytes are free."""
    free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
    with (disk / "filler").open("ab") as fh:
        fh.write(b"\0" * max(0, free - leave))
    for n in range(1000):  # block rounding: top up to the last byte when leave == 0
        if leave or os.statvfs(disk).f_bavail == 0:
            break
        try:
            with (disk / f"filler{n}").open("wb") as fh:
                fh.write(b"\0" * 4096)
        except OSError:
            break


def test_full_disk_fails_items_not_the_batch_and_reads_still_work(tmp_path, made_library):
    with mounted("-t", "tmpfs", "-o", "size=8m", "tmpfs", target=tmp_path / "disk") as disk:
        library = disk / "lib"
        shutil.copytree(made_library, library)
        # A big item that cannot fit, then small ones that do: the batch goes on.
        batch = write_articles(tmp_path / "batch", 3, "b")
        (batch / "a_big.txt").write_text(
            "큰 기사\n\n" + " ".join(f"낱말{n}" for n in range(100_000)), encoding="utf-8")
        fill(disk, leave=600 * 1024)
        status, out, err = cli(library, "import", batch)
        assert status == 1 and "Traceback" not in err, err
        big = [line for line in out.splitlines() if "a_big.txt" in line]
        assert big and big[0].startswith("failed") and "free some space" in big[0]
        assert "3 imported, 0 duplicate, 1 failed" in out

        fill(disk, leave=0)
        status, out, err = cli(library, "list")
        assert status == 0 and out.count("도지사") == 6, err
        status, out, err = cli(library, "search", "창업")
        assert status == 0 and "Traceback" not in err, err
        status, out, err = cli(library, "check")
        assert status in (0, 1) and "Traceback" not in err, err
        for args in (["tag", "add", "x", "--ids", "1"],
                     ["export", "--ids", "1", "-o", str(disk / "report.pdf")],
                     ["import", str(write_articles(tmp_path / "more", 1, "c"))]):
            status, _, err = cli(library, *args)
            assert status in (1, 2) and "Traceback" not in err, err
            assert "free some space" in err
        assert not [p for p in disk.iterdir() if p.name.startswith(".report-")]

        for filler in disk.glob("filler*"):
            filler.unlink()
        assert cli(library, "check", "--fix")[0] == 0
        status, out, _ = cli(library, "import", batch)
        assert "1 imported" in out
        conn = sqlite3.connect(library / "clipper.sqlite")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM clippings").fetchone()[0] == 7
        conn.close()


# ---- the app -------------------------------------------------------------------------


def test_app_shows_the_same_line_in_a_dialog(qtbot, tmp_path, made_library):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from clipper.gui.app import run

    conn = sqlite3.connect(made_library / "clipper.sqlite")
    with conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES ('clipper', 'm0999_from_the_future', '2030-01-01')")
    conn.close()
    zero = tmp_path / "zero"
    zero.mkdir()
    (zero / "clipper.sqlite").write_bytes(b"")
    for library, expected in ((made_library, "made by a newer Clipper"),
                              (zero, "empty (0 bytes)")):
        seen: list[str] = []

        def close_dialog(seen: list[str] = seen) -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):
                seen.append(box.text())
                box.close()
            else:
                QTimer.singleShot(50, close_dialog)

        QTimer.singleShot(50, close_dialog)
        status = run(["--library", str(library), "--settings", str(tmp_path / "s.ini")])
        assert status == 2
        assert len(seen) == 1 and expected in seen[0] and str(library) in seen[0]
        assert cli(library, "list")[2].strip() == f"clipper: {seen[0]}"
