"""Exported files get the mode any saved file gets (0666 less the umask), not 0600."""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.export_samples import sample_draft

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("umask", [0o022, 0o027])
@pytest.mark.parametrize("name", ["report.pdf", "rows.csv", "bundle.zip"])
def test_export_respects_the_umask(service, library_path, tmp_path, umask, name):
    ids = [service.library.add(sample_draft(n, "en"))[0] for n in range(2)]
    out = tmp_path / "out" / name
    run = subprocess.run(
        [sys.executable, "-m", "clipper", "--library", str(library_path), "export",
         "--ids", ",".join(map(str, ids)), "-o", str(out)],
        capture_output=True, text=True, cwd=ROOT, timeout=180, umask=umask)
    assert run.returncode == 0, run.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask
    assert [p.name for p in out.parent.iterdir()] == [name]  # no temporary file left
