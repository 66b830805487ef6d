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
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from clipper.search import analysis

FILE_NAME = "query-morphemes.json"
MAX_ENTRIES = 5000  # the most recently used are kept: far more than any office's habits


class QueryMorphemes:
    def __init__(self, folder: Path):
        self.path = folder / FILE_NAME
        self._entries: dict[str, list[str]] | None = None
        self._added = False

    def morphemes(self, text: str) -> list[str]:
        """`analysis.morphemes(text)`, from the file when this text was analysed before."""
        if not analysis.needs_kiwi(text):
            return analysis.morphemes(text)  # cheap without Kiwi: not worth a line
        entries = self._load()
        found = entries.pop(text, None)
        if found is None:
            found = analysis.morphemes(text)
            self._added = True
        entries[text] = found  # most recently used last
        return list(found)

    def save(self) -> None:
        """Write the file if this process analysed anything new; never raises."""
        if not self._added or self._entries is None:
            return
        entries = list(self._entries.items())[-MAX_ENTRIES:]
        data = {"model": analysis.model_version(), "entries": dict(entries)}
        tmp: str | None = None
        try:
            handle, tmp = tempfile.mkstemp(prefix=f".{FILE_NAME}.{os.getpid()}.",
                                           dir=self.path.parent)
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(data, out, ensure_ascii=False)
            os.replace(tmp, self.path)
            tmp = None
            self._added = False
        except OSError:
            pass  # a read-only or full disk: searches are right, the next start slower
        finally:
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)

    def _load(self) -> dict[str, list[str]]:
        if self._entries is None:
            self._entries = {}
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
                if data.get("model") == analysis.model_version():
                    self._entries = {str(k): [str(t) for t in v]
                                     for k, v in dict(data["entries"]).items()}
            except (OSError, ValueError, TypeError, KeyError, AttributeError):
                pass  # missing or damaged: analysed again, written anew
        return self._entries
