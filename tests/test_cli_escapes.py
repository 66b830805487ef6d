"""Library text never reaches the terminal as control codes: `list`, `show`, `search`
and `import` run as real processes print escapes (`\\x1b`), JSON stays exact."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from clipper.services import LibraryService
from tests.export_samples import sample_draft

ROOT = Path(__file__).resolve().parents[1]
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
TITLE = "Harbor vote\x1b]0;owned terminal\x07 ends\x9b2J"


def clipper(library: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "clipper", "--library", str(library), *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


@pytest.fixture
def hostile_library(tmp_path: Path) -> Path:
    """A library whose stored metadata carries terminal escapes (as one imported before
    metadata was cleaned at import, or edited by hand, may)."""
    folder = tmp_path / "lib"
    with LibraryService(folder) as service:
        cid, _ = service.library.add(sample_draft(0, "en"))
        service.library.db.execute(
            "UPDATE clippings SET title = ?, outlet = ?, byline = ? WHERE id = ?",
            [TITLE, "Metro\rHerald", "Jane\nDoe\x1b[31m", cid])
        service.library.db.conn.commit()
    return folder


@pytest.mark.parametrize("command", [["list"], ["show", "1"], ["search", "harbor"]])
def test_text_output_escapes_control_characters(hostile_library, command):
    run = clipper(hostile_library, *command)
    assert run.returncode == 0, run.stderr
    assert not RAW_CONTROL.search(run.stdout + run.stderr)
    assert "Harbor vote\\x1b]0;owned terminal\\x07 ends\\x9b2J" in run.stdout


def test_show_keeps_each_field_on_its_line(hostile_library):
    lines = clipper(hostile_library, "show", "1").stdout.splitlines()
    assert lines[0] == "Harbor vote\\x1b]0;owned terminal\\x07 ends\\x9b2J"
    assert "Outlet:    Metro\\rHerald" in lines
    assert "Byline:    Jane\\nDoe\\x1b[31m" in lines


def test_json_output_is_exact_and_free_of_raw_controls(hostile_library):
    run = clipper(hostile_library, "show", "--json", "1")
    assert not RAW_CONTROL.search(run.stdout)
    assert json.loads(run.stdout)["title"] == TITLE
    listed = clipper(hostile_library, "list", "--json")
    assert json.loads(listed.stdout)[0]["title"] == TITLE


def test_file_name_with_a_newline_keeps_the_status_line_whole(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "evil\nname\x1b[2J.txt").write_text(
        "Harbor town votes to rebuild\n\nThe council voted on Tuesday to rebuild the "
        "seawall that winter storms broke, after a long public debate.\n", encoding="utf-8")
    run = clipper(tmp_path / "lib", "import", str(folder))
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("imported   #1  ") and "evil\\nname\\x1b[2J.txt" in lines[0]
    assert lines[1] == "1 imported, 0 duplicate, 0 failed"


def test_columns_line_up_with_korean_and_english_names(library_path, run_cli):
    from clipper.cli.output import column, width
    from tests.desk_fixtures import coverage_day

    # A Hangul syllable takes two terminal columns; str.ljust counts it as one.
    assert column("용인시민신문", 16) == "용인시민신문    " and width(column("용인시민신문", 16)) == 16
    assert width(column("경기도 대변인실 보도자료 모음집", 16)) <= 16
    with LibraryService(library_path) as svc:
        coverage_day(svc)
    status, out, _ = run_cli("list")
    assert status == 0
    rows = out.splitlines()
    # The language code starts at the same terminal column on every row.
    starts = {width(row[:re.search(r"  (ko|en)  ", row).start()]) for row in rows}
    assert len(rows) == 24 and len(starts) == 1
