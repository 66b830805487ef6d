"""Searches for the window, answered by a process of their own (gui/search_process.py).

A thread would not do: Kiwi's first load holds the interpreter lock for seconds, and
so would any long search in this process. The window calls `search(query)` and gets
`results_ready` (or `search_failed`) later, on the GUI thread; only the newest query's
answer is delivered, so results of a query the user has typed past never show.

The same process does this process's Korean analysis (`analyse`, installed with
`analysis.analyse_elsewhere` while a library is open): the writer thread indexing an
import waits on a pipe, which leaves the interpreter to the event loop, instead of
loading Kiwi here.

The process starts on the first search or analysis (or when the window asks, a moment
after a library opens) and loads Kiwi at once, so that by the time a user types a
Korean word it is usually ready. If it dies, the next search starts another.
"""

from __future__ import annotations

import multiprocessing
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from clipper.gui import search_process

STOP_TIMEOUT = 0.3  # seconds for the process to finish before it is killed (it only
# reads: nothing is lost, and a window must not wait for Kiwi's load to end to close)


class SearchWorker(QObject):
    """The window's side of the search process."""

    results_ready = Signal(object, int)  # SearchResults of the newest query, pending
    search_failed = Signal(str, str)  # query, message for the user
    ready = Signal()  # the analyser is loaded: searches are quick from now on
    _received = Signal(object)  # from the listening thread to the GUI thread

    def __init__(self, folder: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.folder = Path(folder)
        # start/stop may come from the writer thread (its first analysis) as well.
        self._lock = threading.RLock()
        self._analysis_lock = threading.Lock()  # one call on the analysis pipe at a time
        self._process: Any = None
        self._conn: Any = None
        self._analysis: Any = None
        self._listener: threading.Thread | None = None
        self._latest = 0  # id of the newest request sent
        self._waiting: tuple[int, str] | None = None  # (id, query) not yet answered
        self._ready = False
        self._closed = False
        self._analysing = False  # whether `analyse` serves this process's analysis
        self._previous_analyser: Any = None
        self._received.connect(self._on_message, Qt.ConnectionType.QueuedConnection)

    # ---- the process --------------------------------------------------------------

    def start(self) -> None:
        """Start the process (it opens the library and loads Kiwi in the background)."""
        with self._lock:
            if self._closed or (self._process is not None and self._process.is_alive()):
                return
            self._stop()
            context = multiprocessing.get_context("spawn")  # safe beside Qt's threads
            ours, theirs = context.Pipe(duplex=True)
            analysis_ours, analysis_theirs = context.Pipe(duplex=True)
            process = context.Process(target=search_process.serve,
                                      args=(str(self.folder), theirs, analysis_theirs),
                                      name="clipper-search", daemon=True)
            process.start()
            theirs.close()  # the child holds its ends: EOF here when it exits
            analysis_theirs.close()
            self._process, self._conn, self._analysis = process, ours, analysis_ours
            self._ready = False
            self._listener = threading.Thread(target=self._listen, args=(ours,),
                                              name="clipper-search-listener", daemon=True)
            self._listener.start()

    def _listen(self, conn: Any) -> None:
        # Blocks in recv (which releases the interpreter lock); each message goes to
        # the GUI thread through a queued signal.
        while True:
            try:
                message = conn.recv()
            except (EOFError, OSError):
                message = ("gone",)
            try:
                self._received.emit((conn, message))
            except RuntimeError:  # the worker was deleted (window closed)
                return
            if message[0] == "gone":
                return

    def close(self) -> None:
        """Stop the process for good (the library is being closed; close the writer
        first: a job still indexing would analyse in this process)."""
        self.release_analysis()
        with self._lock:
            self._closed = True
            self._waiting = None
            self._stop()

    def _stop(self) -> None:
        # Asked first, killed if it does not finish in time.
        process, conn, analysis_conn = self._process, self._conn, self._analysis
        self._process = self._conn = self._analysis = None
        for pipe in (conn, analysis_conn):
            if pipe is not None:
                try:
                    pipe.send(None)
                except (OSError, ValueError):
                    pass
        if process is not None:
            process.join(STOP_TIMEOUT)
            if process.is_alive():
                process.kill()
                process.join(STOP_TIMEOUT)
        if self._listener is not None:
            # The child's ends are closed now: the listener's recv ends with EOF.
            self._listener.join(STOP_TIMEOUT)
            self._listener = None
        for pipe in (conn, analysis_conn):
            if pipe is not None:
                pipe.close()

    def is_ready(self) -> bool:
        """Whether the analyser is loaded (a Korean search will not wait for it)."""
        return self._ready

    def pid(self) -> int | None:
        process = self._process
        return process.pid if process is not None else None

    # ---- searching ----------------------------------------------------------------

    def search(self, query: str, with_snippets: int = 300) -> int:
        """Ask for `query`'s matches; the answer comes as `results_ready`."""
        self.start()
        self._latest += 1
        self._waiting = (self._latest, query)
        try:
            self._conn.send(("search", self._latest, query, with_snippets))
        except (AttributeError, OSError, ValueError):
            self._fail_waiting(self.tr("The search stopped; try again."))
        return self._latest

    def cancel(self) -> None:
        """Forget the query waiting for an answer (e.g. the field was cleared)."""
        self._waiting = None

    def searching(self) -> bool:
        """Whether a query is waiting for its answer."""
        return self._waiting is not None

    def _on_message(self, received: tuple[Any, tuple[Any, ...]]) -> None:
        conn, message = received
        if conn is not self._conn:
            return  # from a process that was stopped or replaced
        kind = message[0]
        if kind == "ready":
            self._ready = True
            self.ready.emit()
        elif kind in ("result", "error"):
            if self._waiting is None or message[1] != self._waiting[0]:
                return  # stale: a newer query was sent, or the search was cancelled
            self._waiting = None
            if kind == "result":
                self.results_ready.emit(message[2], message[3])
            else:
                self.search_failed.emit(message[2], message[3])
        elif kind == "fatal":
            self._fail_waiting(message[1])
        elif kind == "gone":
            # The process died (out of memory, killed): the next search starts another.
            with self._lock:
                if conn is self._conn:
                    self._stop()
            self._fail_waiting(self.tr("The search stopped unexpectedly; try again."))

    def _fail_waiting(self, message: str) -> None:
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self.search_failed.emit(waiting[1], message)

    # ---- analysis for this process ---------------------------------------------------

    def take_over_analysis(self) -> None:
        """From now on this process's Korean analysis is done by the search process."""
        from clipper.search import analysis

        if not self._analysing:
            self._previous_analyser = analysis.analyse_elsewhere(self.analyse)
            self._analysing = True

    def release_analysis(self) -> None:
        from clipper.search import analysis

        if self._analysing:
            analysis.analyse_elsewhere(self._previous_analyser)
            self._analysing = False

    def analyse(self, texts: list[str]) -> list[list[str]]:
        """Morphemes of Korean `texts`, from the search process.

        Called on the writer thread (indexing, theme rules): it waits on the pipe with
        the interpreter lock released, so the window stays live while Kiwi loads. Where
        Kiwi is loaded in this process already (a script or a test analysed before),
        that is the cheapest place; where the process cannot answer, too (slow to
        start, but nothing is lost).
        """
        from clipper.search import analysis

        if analysis.kiwi_loaded():
            return analysis.morphemes_here(texts)
        return self.analyse_there(texts)

    def analyse_there(self, texts: list[str]) -> list[list[str]]:
        """`analyse` in the search process (here only if it cannot answer)."""
        from clipper.search import analysis

        with self._analysis_lock:
            self.start()
            pipe = self._analysis
            if pipe is not None:
                try:
                    pipe.send(texts)
                    status, value = pipe.recv()
                    if status == "ok":
                        return value
                except (EOFError, OSError, ValueError):
                    pass  # stopped or died meanwhile
        return analysis.morphemes_here(texts)  # correct, if slow to start: never lost
