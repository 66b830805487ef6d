"""Running service calls on the writer thread: with a progress dialog, in the status
bar, or quietly; success, cancellation and failure each reach one callback."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer

from clipper.gui.views.progress_dialog import ProgressDialog
from clipper.gui.workers import Job, Task
from clipper.progress import OperationCancelled
from clipper.services import LibraryService

# A dialog only if the job takes a moment: a single drop or a small export must not flash.
SHOW_PROGRESS_AFTER_MS = 400


class _Cancelled:
    """What a job returns when it stopped on Cancel (distinct from a None result)."""


CANCELLED = _Cancelled()


def write(window, label: str, call: Callable[[LibraryService], Any]) -> Task:
    """One quick service call on the writer thread; failures reach the window's
    failure box through `Writer.task_failed`."""
    return window.writer.submit(label, lambda svc, _p, _c: call(svc))


def run_with_progress(window, label: str, job: Job, *, title: str,
                      on_success: Callable[[Any], None],
                      on_cancelled: Callable[[], None] | None = None,
                      on_failure: Callable[[str], None] | None = None,
                      ) -> tuple[Task, ProgressDialog]:
    """Run `job` with a progress dialog whose Cancel stops it between items.

    A job that raises OperationCancelled ends in `on_cancelled`; one that returns ends
    in `on_success(result)`; a failure is shown by the window and then `on_failure`.
    """

    def guarded(svc, progress, cancelled):
        try:
            return job(svc, progress, cancelled)
        except OperationCancelled:
            return CANCELLED

    task = window.writer.submit(label, guarded, start=False)
    dialog = ProgressDialog(title, window)
    dialog.cancel_requested.connect(task.cancel)
    task.progress_changed.connect(dialog.set_progress)

    def finished(result) -> None:
        _close(dialog)
        if result is CANCELLED:
            if on_cancelled is not None:
                on_cancelled()
        else:
            on_success(result)

    def failed(message: str) -> None:
        _close(dialog)
        if on_failure is not None:
            on_failure(message)

    task.finished.connect(finished)
    task.failed.connect(failed)
    window.writer.start(task)
    QTimer.singleShot(SHOW_PROGRESS_AFTER_MS,
                      lambda: dialog.show() if not task.done else None)
    return task, dialog


def run_in_status_bar(window, label: str, job: Job) -> Task:
    """A background writer job (index catch-up, rule runs) with its progress in the
    status bar, shown only when there is more than one step."""
    task = window.writer.submit(label, job, start=False)
    bar, text = window.background_bar, window.background_label

    def progress(done: int, total: int, _message: str) -> None:
        if total > 1:
            text.setText(label)
            bar.setRange(0, total)
            bar.setValue(done)
            text.show()
            bar.show()

    task.progress_changed.connect(progress)
    task.ended.connect(bar.hide)
    task.ended.connect(text.hide)
    window.writer.start(task)
    return task


def _close(dialog: ProgressDialog) -> None:
    try:
        dialog.hide()
        dialog.deleteLater()
    except RuntimeError:  # the window (and its dialog) closed first
        pass
