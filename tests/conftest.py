"""Shared fixtures: a real library folder in tmp_path, the CLI run in-process."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return tmp_path / "library"


@pytest.fixture
def service(library_path: Path):
    from clipper.services import LibraryService

    with LibraryService(library_path) as svc:
        yield svc


@pytest.fixture
def run_cli(library_path: Path, capsys):
    """Run `clipper --library <tmp> ARGS...`; return (exit status, stdout, stderr)."""
    from clipper.cli import main

    def run(*args: str) -> tuple[int, str, str]:
        status = main(["--library", str(library_path), *map(str, args)])
        out = capsys.readouterr()
        return status, out.out, out.err

    return run


@pytest.fixture
def run_cli_json(run_cli):
    def run(*args: str):
        status, out, err = run_cli(*args, "--json")
        assert status in (0, 1), err
        return json.loads(out)

    return run
