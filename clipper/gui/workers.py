"""The one writer thread: every operation that writes to the library runs here, in order.

SQLite (and the search index) take one writer at a time, so writes are queued on a
QThreadPool limited to one thread, each with its own `LibraryService` opened on the
same folder. Reads stay on the GUI thread with the window's own service (WAL lets them
see every committed write). Core functions report through plain `progress(done, total,
message)` and `cancelled()` callables; a `Task` turns them into Qt signals.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from clipper.domain import Changes
from clipper.services import LibraryService

# A job gets the writer's service and the two callables the core understands.
Job = Callable[[LibraryService, Callable[[int, int, str], None], Callable[[], bool]], Any]


class Task(QObject):
    """One queued job; signals arrive on the GUI thread (queued connections)."""

    progress_changed = Signal(int, int, str)
    finished = Signal(object)  # the job's return value
    failed = Signal(str)  # a message for the user
    ended = Signal()  # after finished or failed, always

    def __init__(self, label: str):
        super().__init__()
        self.label = label
        self._cancel = threading.Event()
        self.done = False
        self.runnable: QRunnable | None = None

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Runnable(QRunnable):
    def __init__(self, writer: Writer, task: Task, job: Job):
        super().__init__()
        # The Task keeps this object alive until it ended: PySide may otherwise
        # collect a queued runnable's Python half before the pool runs it.
        self.setAutoDelete(False)
        self._writer = writer
        self._task = task
        self._job = job

    def run(self) -> None:
        task = self._task
        try:
            service = self._writer.service()
            result = self._job(service, task.progress_changed.emit, task.cancelled)
        except Exception as exc:  # report every failure; the writer thread must live on
            traceback.print_exc()
            _emit(task.failed, f"{task.label}: {exc}")
        else:
            _emit(task.finished, result)
        finally:
            task.done = True
            _emit(task.ended)


def _emit(signal, *args) -> None:
    # The window (and its Tasks) may be gone when a job ends during shutdown.
    try:
        signal.emit(*args)
    except RuntimeError:
        pass


class Writer(QObject):
    """Runs write jobs one at a time, in the order they were submitted."""

    changed = Signal(object)  # Changes, from every write, delivered on the GUI thread
    task_failed = Signal(str)  # any job's failure, for the status bar

    def __init__(self, folder: Path):
        super().__init__()
        self.folder = folder
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(1)
        self._service: LibraryService | None = None
        self._lock = threading.Lock()
        self._tasks: set[Task] = set()

    def service(self) -> LibraryService:
        """The writer's own service, opened on first use in the writer thread."""
        with self._lock:
            if self._service is None:
                self._service = LibraryService(self.folder)
                self._service.subscribe(self._emit_changes)
            return self._service

    def _emit_changes(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def submit(self, label: str, job: Job, start: bool = True) -> Task:
        """Queue `job`; with start=False the caller connects to the Task's signals first
        and then calls `start(task)` (a quick job could otherwise end before that)."""
        task = Task(label)
        # Keep the Task alive until its signals are delivered.
        self._tasks.add(task)
        task.ended.connect(lambda: self._forget(task))
        task.failed.connect(self.task_failed)
        task.runnable = _Runnable(self, task, job)
        if start:
            self.start(task)
        return task

    def start(self, task: Task) -> None:
        self._pool.start(task.runnable)

    def _forget(self, task: Task) -> None:
        self._tasks.discard(task)
        task.runnable = None

    def busy(self) -> bool:
        return self._pool.activeThreadCount() > 0 or any(not t.done for t in self._tasks)

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        self._pool.waitForDone()
        with self._lock:
            if self._service is not None:
                self._service.close()
                self._service = None
