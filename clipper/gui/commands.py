"""Undoable operations (QUndoStack): each redo/undo is one job on the writer thread.

The writer runs jobs in submission order, so an undo queued after its redo always
sees the redo's result.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from clipper.gui.workers import Writer


class EditClippingCommand(QUndoCommand):
    """Correct a clipping's fields; undo puts the old values back."""

    def __init__(self, writer: Writer, clipping_id: int, before: dict[str, str],
                 after: dict[str, str], text: str):
        super().__init__(text)
        self.writer = writer
        self.clipping_id = clipping_id
        self.before = {k: before[k] for k in after}
        self.after = after

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)

    def _apply(self, fields: dict[str, str]) -> None:
        cid, values = self.clipping_id, dict(fields)
        self.writer.submit(self.text(), lambda svc, _p, _c: svc.edit(cid, **values))


class WriterCommand(QUndoCommand):
    """Any pair of service calls, e.g. add_tags / remove_tags: `do` and `undo` each
    take the writer's LibraryService."""

    def __init__(self, writer: Writer, text: str, do, undo):
        super().__init__(text)
        self.writer = writer
        self._do = do
        self._undo = undo

    def redo(self) -> None:
        do = self._do
        self.writer.submit(self.text(), lambda svc, _p, _c: do(svc))

    def undo(self) -> None:
        undo = self._undo
        self.writer.submit(self.text(), lambda svc, _p, _c: undo(svc))
