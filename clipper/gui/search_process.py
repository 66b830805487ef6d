"""The window's search process: answers queries on a read-only index, off the GUI.

Kiwi's first load holds the interpreter lock for seconds and a search of a frequent
word takes a while, so the window searches in a process of its own (started by
gui/search_worker.py; no Qt here). The process opens the library read-only, handles any
query already waiting, then loads Kiwi before the first Korean query asks for it. It
also does the window process's Korean analysis (the writer thread indexing an import,
a theme rule's query), so that Kiwi is never loaded there.

Two pipes. Searches, parent to child: ("search", id, query, with_snippets), or None to
stop; child to parent: ("ready",) once the analyser is loaded, ("result", id,
SearchResults, pending) or ("error", id, query, message); `pending` counts the
clippings the index has not caught up with (the writer's job). When several queries wait, only the
newest is answered: the others are stale (the user typed on). Analysis, a call and its
answer: a list of texts in, ("ok", their morphemes) or ("error", message) out.
"""

from __future__ import annotations

import sys
import traceback
from multiprocessing.connection import Connection, wait
from typing import Any

from clipper.store.library import LibraryError

Request = tuple[str, int, str, int]


def serve(folder: str, searches: Connection, analyses: Connection) -> None:
    """The process's main: answer requests until told to stop or the parent is gone."""
    from clipper.search_service import ReadOnlySearch

    try:
        search = ReadOnlySearch(folder)
    except Exception as exc:  # noqa: BLE001 - the parent shows why searching cannot work
        searches.send(("fatal", f"search cannot open the library: {exc}"))
        return
    try:
        warmed = False
        while True:
            if not warmed and not searches.poll(0) and not analyses.poll(0):
                search.warm_up()
                warmed = True
                searches.send(("ready",))
            ready = wait([analyses, searches])
            if analyses in ready:  # first: a writer thread is waiting for it
                texts = analyses.recv()
                if texts is None:
                    return
                analyses.send(analyse(texts))
                continue
            request = _newest(searches)
            if request is None:
                return
            searches.send(answer(search, request))
    except (EOFError, OSError):
        return  # the window closed the pipes (or died): nothing left to answer
    finally:
        search.close()


def _newest(conn: Connection) -> Request | None:
    """The newest request waiting (blocks for one); None when told to stop."""
    request = conn.recv()
    while request is not None and conn.poll(0):
        request = conn.recv()
    return request


def answer(search: Any, request: Request) -> tuple[Any, ...]:
    """The reply to one request: results or a message, never an exception."""
    _, request_id, query, with_snippets = request
    try:
        results = search.search_results(query, with_snippets)
        return ("result", request_id, results, search.pending())
    except LibraryError as exc:  # a query it cannot read, or an index being built
        return ("error", request_id, query, str(exc))
    except Exception as exc:  # noqa: BLE001 - the process must answer and live on
        traceback.print_exc(file=sys.stderr)
        return ("error", request_id, query, f"search failed ({exc.__class__.__name__}: {exc})")


def analyse(texts: list[str]) -> tuple[str, Any]:
    """Morphemes of `texts` (Kiwi loaded here once), or the error's message."""
    from clipper.search import analysis

    try:
        return ("ok", analysis.morphemes_here(texts))
    except Exception as exc:  # noqa: BLE001 - the caller analyses locally instead
        traceback.print_exc(file=sys.stderr)
        return ("error", f"{exc.__class__.__name__}: {exc}")
