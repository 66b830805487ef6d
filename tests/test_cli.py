"""The clipper command as a user types it."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.conftest import DATA, ROOT

TEXT = DATA / "text"


def test_list_show_edit_delete(run_cli, run_cli_json):
    assert run_cli("import", TEXT / "ap-style.txt", TEXT / "yonhap-style.txt")[0] == 0
    rows = run_cli_json("list")
    assert [r["published"] for r in rows] == ["2025-06-18", "2025-03-14"]  # newest first
    assert set(rows[0]) >= {"id", "title", "outlet", "published", "language", "photo_count", "tags"}
    assert rows[0]["photo_count"] == 2

    both = run_cli_json("show", "1", "2")
    assert isinstance(both, list) and [c["id"] for c in both] == [1, 2]

    status, out, _ = run_cli("list")
    assert "Korean governor courts" in out and "연합뉴스" in out

    status, out, _ = run_cli("show", "2")
    assert "경기도, 판교 스타트업" in out and "Photo 1:" in out

    assert run_cli("edit", "2", "--published", "2025-03-15", "--byline", "이순재")[0] == 0
    clip = run_cli_json("show", "2")
    assert (clip["published"], clip["byline"]) == ("2025-03-15", "이순재")

    status, _, err = run_cli("edit", "2", "--published", "15 March")
    assert status == 2 and "not a date" in err

    assert run_cli("delete", "1")[0] == 0
    assert [r["id"] for r in run_cli_json("list")] == [2]
    status, _, err = run_cli("show", "1")
    assert status == 2 and "no clipping with id 1" in err


def test_python_dash_m_and_console_entry(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "clipper", "--library", str(tmp_path / "lib"), "import",
         str(TEXT / "naver-style.txt"), "--json"],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    assert out.returncode == 0, out.stderr
    assert '"status": "imported"' in out.stdout


def test_every_command_has_help_and_is_in_the_readme():
    from clipper.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command_parser in sub.choices.items():
        assert command_parser.description or command_parser.format_help()
        assert re.search(rf"clipper (--library \S+ )?{name}\b", readme), f"README lacks `clipper {name}`"
