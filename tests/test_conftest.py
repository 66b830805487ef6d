"""The suite's own safety nets: a test that needs ../shared skips without it on a
developer's machine and fails in CI, so CI cannot pass by skipping it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def run_suite(folder: Path, ci: str | None) -> subprocess.CompletedProcess[str]:
    """Run pytest on `folder`, whose conftest takes the hooks from tests/conftest.py."""
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    if ci is not None:
        env["CI"] = ci
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", str(folder)],
        cwd=folder, env=env, capture_output=True, text=True, timeout=120,
    )


@pytest.fixture
def suite(tmp_path: Path) -> Path:
    (tmp_path / "conftest.py").write_text(
        "from tests.conftest import pytest_configure, pytest_runtest_setup  # noqa: F401\n",
        encoding="utf-8")
    (tmp_path / "test_uses_shared.py").write_text(
        "from pathlib import Path\n"
        "from tests.conftest import needs_shared\n\n"
        f"@needs_shared(Path({str(tmp_path / 'shared' / 'seed.txt')!r}))\n"
        "def test_reads_the_seed():\n"
        "    pass\n", encoding="utf-8")
    return tmp_path


def test_missing_shared_skips_outside_ci(suite):
    result = run_suite(suite, ci=None)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 skipped" in result.stdout and "../shared is not present" in result.stdout


def test_missing_shared_fails_in_ci(suite):
    result = run_suite(suite, ci="true")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "CI must have it" in result.stdout and "1 error" in result.stdout


def test_present_shared_runs_in_ci(suite):
    (suite / "shared").mkdir()
    (suite / "shared" / "seed.txt").write_text("seed", encoding="utf-8")
    result = run_suite(suite, ci="true")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout
