"""kill -9 during import, reindex and export: nothing stored is lost, and what the crash
left behind (unreferenced photos, temporary files) is reported and removed.

The kills are real (SIGKILL from outside, or from inside at a chosen point); the
library is then checked with the CLI in a fresh process.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from tests.conftest import ROOT
from tests.test_concurrency import clipper, finish, make_articles

PHOTO_DRAFT = """
import io, os, signal
from PIL import Image
from clipper.domain import ArticleDraft, Block, PhotoDraft

def png(colour):
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), colour).save(buf, "PNG")
    return buf.getvalue()

def draft(title, colours):
    return ArticleDraft(
        title=title, body=[Block("paragraph", f"{title}: a paragraph long enough to keep.")],
        photos=[PhotoDraft(caption=c, credit="x", data=png(c)) for c in colours])
"""


def run_child(library: Path, body: str) -> int:
    script = "from clipper.services import LibraryService\n" + PHOTO_DRAFT
    script += f"svc = LibraryService({str(library)!r})\n" + textwrap.dedent(body)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                          timeout=300, capture_output=True).returncode


def age(paths: list[Path], seconds: float = 120) -> None:
    """Make files look `seconds` old (a leftover younger than a minute is left alone,
    in case its writer runs on another computer)."""
    past = time.time() - seconds
    for path in paths:
        os.utime(path, (past, past))


def cli(library: Path, *args: str) -> tuple[int, str, str]:
    return finish(clipper(library, *args))


def rows(library: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(library / "clipper.sqlite")
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_kill_between_photo_write_and_commit_leaves_files_that_check_removes(library_path):
    status = run_child(library_path, """
        svc.library.add(draft("kept", ["red", "blue"]))
        # Dies as the transaction begins: the photo files are written, no row is.
        svc.library.transaction = lambda: os.kill(os.getpid(), signal.SIGKILL)
        svc.library.add(draft("lost", ["blue", "green", "yellow"]))
    """)
    assert status == -signal.SIGKILL
    media = sorted((library_path / "media").rglob("*.png"))
    assert len(media) == 4  # red and blue (kept), green and yellow (orphans)
    status = run_child(library_path, """
        import clipper.store.media as media
        def killed(src, dst):
            os.kill(os.getpid(), signal.SIGKILL)
        media.os.replace = killed  # dies with the photo in its temporary file
        svc.library.add(draft("also lost", ["purple"]))
    """)
    assert status == -signal.SIGKILL
    temps = list(library_path.rglob(".tmp-*"))
    assert len(temps) == 1
    age(temps)

    status, out, err = cli(library_path, "check")
    assert status == 1
    assert "found 2 photo or original file(s) no clipping uses" in out
    assert "found 1 temporary file(s)" in out and "check --fix" in err
    status, out, _ = cli(library_path, "check", "--fix")
    assert status == 0 and "removed 2 photo" in out and "removed 1 temporary" in out
    assert not list(library_path.rglob(".tmp-*"))
    kept = {row[0] for row in rows(library_path, "SELECT image FROM photos")}
    assert {p.relative_to(library_path).as_posix()
            for p in (library_path / "media").rglob("*.png")} == kept
    assert len(kept) == 2
    status, out, _ = cli(library_path, "check")
    assert status == 0 and "found" not in out


def test_temporary_file_of_a_running_writer_is_left_alone(library_path, tmp_path):
    from clipper.store.leftovers import is_stale_temp

    folder = tmp_path / "f"
    folder.mkdir()
    mine = folder / f".tmp-{os.getpid()}-abc"
    gone = folder / ".tmp-999999999-abc"
    young = folder / ".tmp-999999998-abc"
    for path in (mine, gone, young):
        path.write_bytes(b"x")
    age([mine, gone])
    assert not is_stale_temp(mine, [".tmp-"])
    assert is_stale_temp(gone, [".tmp-"])
    assert not is_stale_temp(young, [".tmp-"])


def test_kill_during_import_loses_nothing_stored(tmp_path, library_path):
    make_articles(tmp_path / "in", "k", 40)
    proc = clipper(library_path, "import", str(tmp_path / "in"))
    deadline = time.monotonic() + 200
    while time.monotonic() < deadline:
        time.sleep(0.2)
        try:
            if rows(library_path, "SELECT count(*) FROM clippings")[0][0] >= 5:
                break
        except sqlite3.Error:
            continue
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stored = rows(library_path, "SELECT count(*) FROM clippings")[0][0]
    assert stored >= 5
    assert rows(library_path, "PRAGMA integrity_check") == [("ok",)]
    status, out, err = cli(library_path, "import", str(tmp_path / "in"))
    assert status == 0, err
    assert "0 failed" in out
    assert rows(library_path, "SELECT count(*) FROM clippings")[0][0] == 40
    assert cli(library_path, "check", "--fix")[0] == 0
    status, out, _ = cli(library_path, "check")
    assert status == 0 and "40 in the index" in out


def test_kill_during_reindex_is_finished_by_check_fix(tmp_path, library_path):
    make_articles(tmp_path / "in", "r", 40)
    assert cli(library_path, "import", str(tmp_path / "in"))[0] == 0
    proc = clipper(library_path, "reindex")
    time.sleep(4)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert cli(library_path, "check", "--fix")[0] == 0
    status, out, _ = cli(library_path, "check")
    assert status == 0 and "40 in the index" in out


def test_killed_export_leaves_a_temporary_file_the_next_export_removes(tmp_path,
                                                                      library_path):
    make_articles(tmp_path / "in", "e", 30)
    assert cli(library_path, "import", str(tmp_path / "in"))[0] == 0
    out_dir = tmp_path / "reports"
    out_dir.mkdir()
    target = out_dir / "report.pdf"
    ids = ",".join(str(n) for n in range(1, 31))
    proc = clipper(library_path, "export", "--ids", ids, "-o", str(target))
    deadline = time.monotonic() + 200
    while time.monotonic() < deadline and not list(out_dir.glob(".report-*")):
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    leftovers = list(out_dir.glob(".report-*"))
    assert len(leftovers) == 1 and not target.exists()
    age(leftovers)
    status, _, err = cli(library_path, "export", "--ids", "1,2", "-o", str(target))
    assert status == 0, err
    assert target.exists()
    assert [p.name for p in out_dir.iterdir()] == ["report.pdf"]
