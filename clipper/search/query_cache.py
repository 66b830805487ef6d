"""Korean query words analysed before, kept beside the index, so that a new process
answers a search it has answered before without loading Kiwi.

Loading Kiwi is most of a cold `clipper search 경기도` (1.2 s of CPU and 330 MB); a
press office runs the same searches every morning (saved searches, scripts). The
morphemes of a text depend only on the text and the analyser's version, so a stored
answer is the answer: the file records `analysis.model_version()` and is ignored when
that changes. Like the index, it can be deleted at any time.

Two processes may save at once: each writes a whole file and renames it into place,
so a reader sees one of them complete; entries the other added are simply analysed
again next time.

A search made for the first time is answered the same way when its word is among the
library's frequent words: after a large build the indexer analyses those words, each
alone exactly as a query word is analysed, in its worker processes that hold Kiwi
already (`VOCABULARY_FILE`). Kept apart from the recent queries, which any process
rewrites, so that a search process saving its own list never drops it.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from clipper.search import analysis

FILE_NAME = "query-morphemes.json"
VOCABULARY_FILE = "query-vocabulary.json"
MAX_ENTRIES = 5000  # the most recently used are kept: far more than any office's habits


class QueryMorphemes:
    def __init__(self, folder: Path):
        self.path = folder / FILE_NAME
        self._entries: dict[str, list[str]] | None = None
        self._vocabulary: dict[str, list[str]] | None = None
        self._added = False

    def morphemes(self, text: str) -> list[str]:
        """`analysis.morphemes(text)`, from the file when this text was analysed before."""
        if not analysis.needs_kiwi(text):
            return analysis.morphemes(text)  # cheap without Kiwi: not worth a line
        entries = self._load()
        found = entries.pop(text, None)
        if found is None:
            known = self._known_words().get(text)
            if known is not None:
                return list(known)
            found = analysis.morphemes(text)
            self._added = True
        entries[text] = found  # most recently used last
        return list(found)

    def learn(self, analysed: dict[str, list[str]]) -> None:
        """Keep `analysed` (word -> `analysis.morphemes(word)`) as the library's frequent
        words, in place of those learnt before; never raises."""
        if _write_json(self.path.parent / VOCABULARY_FILE,
                       {"model": analysis.model_version(), "entries": analysed}):
            self._vocabulary = dict(analysed)

    def save(self) -> None:
        """Write the file if this process analysed anything new; never raises."""
        if not self._added or self._entries is None:
            return
        entries = list(self._entries.items())[-MAX_ENTRIES:]
        data = {"model": analysis.model_version(), "entries": dict(entries)}
        if _write_json(self.path, data):
            self._added = False

    def _load(self) -> dict[str, list[str]]:
        if self._entries is None:
            self._entries = _read_entries(self.path)
        return self._entries

    def _known_words(self) -> dict[str, list[str]]:
        # Read only when a word is not among the recent ones: most searches never pay.
        if self._vocabulary is None:
            self._vocabulary = _read_entries(self.path.parent / VOCABULARY_FILE)
        return self._vocabulary


def _read_entries(path: Path) -> dict[str, list[str]]:
    """A file's word -> morphemes, or nothing when it is missing, damaged or was written
    by another analyser version (its morphemes could differ from today's)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("model") == analysis.model_version():
            return {str(k): [str(t) for t in v] for k, v in dict(data["entries"]).items()}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        pass  # analysed again, written anew
    return {}


def _write_json(path: Path, data: dict) -> bool:
    """Write `data` whole and rename it into place; False on a read-only or full disk
    (searches stay right, the next start is slower)."""
    tmp: str | None = None
    try:
        handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", dir=path.parent)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False)
        os.replace(tmp, path)
        tmp = None
        return True
    except OSError:
        return False
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
