"""Shared fixtures: a real library folder in tmp_path, the CLI run in-process."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _patch_pytestqt_process_events() -> None:
    """PySide6 6.12 on Python 3.11 drops one reference to None on every call of the
    static `QCoreApplication.processEvents()` (None is not immortal before 3.12), and the
    interpreter aborts once the count reaches zero. pytest-qt calls it around every test
    of the suite once a QApplication exists, so route its helper through
    `QEventLoop.processEvents()`, which does not leak."""
    import pytestqt.plugin

    def process_events() -> None:
        from PySide6.QtCore import QEventLoop
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is not None:
            QEventLoop().processEvents()

    pytestqt.plugin._process_events = process_events


_patch_pytestqt_process_events()

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"


def in_ci() -> bool:
    """Whether the suite runs in CI (the `CI` variable CI services set)."""
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def needs_shared(*paths: Path) -> pytest.MarkDecorator:
    """Mark tests that read files from ../shared (the seed fixtures beside the checkout).

    Where those are missing the tests skip on a developer's machine, but fail in CI
    (`CI=true`): a CI checkout without them must not pass by skipping them silently.
    """
    return pytest.mark.needs_shared(*paths)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "needs_shared(*paths): files under ../shared the test reads "
        "(skipped when missing, failed in CI)")


def pytest_runtest_setup(item: pytest.Item) -> None:
    marker = item.get_closest_marker("needs_shared")
    if marker is None:
        return
    missing = [str(path) for path in marker.args if not Path(path).exists()]
    if not missing:
        return
    message = f"../shared is not present (missing {', '.join(missing)})"
    if in_ci():
        pytest.fail(f"{message}; CI must have it", pytrace=False)
    pytest.skip(message)


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


MODAL_GRACE_MS = 15000


@pytest.fixture(autouse=True)
def no_modal_left_open(request, monkeypatch):
    """A modal dialog nobody answers would block its test for ever (and CI with it):
    any dialog still open after MODAL_GRACE_MS is closed and fails the test by name.
    Tests answer dialogs by patching `clipper.gui.plain` or with a queued handler."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    left_open: list[str] = []
    real_exec = QDialog.exec

    def guarded_exec(dialog, *args):
        def close_if_open():
            if dialog.isVisible():
                left_open.append(f"{type(dialog).__name__} {dialog.windowTitle()!r}")
                dialog.reject()

        timer = QTimer(dialog)
        timer.setSingleShot(True)
        timer.timeout.connect(close_if_open)
        timer.start(MODAL_GRACE_MS)
        try:
            return real_exec(dialog, *args)
        finally:
            timer.stop()

    monkeypatch.setattr(QDialog, "exec", guarded_exec)
    yield
    assert not left_open, f"modal dialog left open with nobody to answer it: {left_open}"
