"""Changes the window makes, as writer jobs with a name.

A command only says what to do: the service journals each change it makes, and undo
and redo replay that journal (gui/undo_actions.py), so no command carries an inverse
that could disagree with `clipper undo`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from clipper.gui.workers import Task, Writer
from clipper.services import LibraryService


class WriterCommand:
    """A named service call run on the writer thread by `redo()` (`push` runs it)."""

    def __init__(self, writer: Writer, text: str, do: Callable[[LibraryService], Any],
                 undo: Callable[[LibraryService], Any] | None = None):
        # `undo` is accepted for old callers and ignored: the journal undoes.
        self.writer = writer
        self._text = text
        self._do = do
        self.task: Task | None = None

    def text(self) -> str:
        return self._text

    def redo(self) -> None:
        do = self._do
        self.task = self.writer.submit(self._text, lambda svc, _p, _c: do(svc))


class CorrectClippingCommand(WriterCommand):
    """Correct a clipping's fields, body text and photo captions/credits at once (one
    journal entry: Ctrl+Z puts every part back). Only the parts given are sent."""

    def __init__(self, writer: Writer, clipping_id: int, text: str, *,
                 fields: dict[str, str] | None = None, body_text: str | None = None,
                 photos: dict[int, dict[str, str]] | None = None):
        fields, photos = dict(fields or {}) or None, dict(photos or {}) or None
        super().__init__(writer, text, lambda svc: svc.correct(
            clipping_id, fields=fields, body_text=body_text, photos=photos))


class EditClippingCommand(WriterCommand):
    """Correct a clipping's fields (one journal entry; Ctrl+Z puts the old values back)."""

    def __init__(self, writer: Writer, clipping_id: int, before: dict[str, str],
                 after: dict[str, str], text: str):
        values = dict(after)
        super().__init__(writer, text, lambda svc: svc.edit(clipping_id, **values))
