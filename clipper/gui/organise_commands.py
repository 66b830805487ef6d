"""Undoable organising: tags, themes, highlights and notes as QUndoCommands.

Each command reads what it needs for its undo from the window's read service *before*
it runs (which clippings already had a tag, which were already in a theme), so Ctrl+Z
puts back exactly what was there: a tag the clipping had before is not removed.
Both halves run as jobs on the writer thread, in order.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QUndoCommand

from clipper.gui.workers import Writer
from clipper.services import LibraryService

MEMBER = ("manual", "accepted")


class AddTagsCommand(QUndoCommand):
    def __init__(self, writer: Writer, reader: LibraryService, ids: Iterable[int],
                 tags: Iterable[str], text: str):
        super().__init__(text)
        self.writer = writer
        self.ids = list(ids)
        self.tags = [t for t in tags if t.strip()]
        had = {cid: {t.casefold() for t in reader.library.tags_of(cid)} for cid in self.ids}
        # Per tag, the clippings that did not have it: only those lose it on undo.
        self.added = {tag: [cid for cid in self.ids if tag.casefold() not in had[cid]]
                      for tag in self.tags}

    def redo(self) -> None:
        ids, tags = self.ids, self.tags
        self.writer.submit(self.text(), lambda svc, _p, _c: svc.add_tags(ids, tags))

    def undo(self) -> None:
        added = dict(self.added)

        def job(svc, _p, _c):
            for tag, ids in added.items():
                if ids:
                    svc.remove_tags(ids, [tag])

        self.writer.submit(self.text(), job)


class RemoveTagCommand(QUndoCommand):
    def __init__(self, writer: Writer, reader: LibraryService, ids: Iterable[int], tag: str,
                 text: str):
        super().__init__(text)
        self.writer = writer
        self.tag = tag
        self.had = [cid for cid in ids
                    if tag.casefold() in {t.casefold() for t in reader.library.tags_of(cid)}]

    def redo(self) -> None:
        ids, tag = self.had, self.tag
        self.writer.submit(self.text(), lambda svc, _p, _c: svc.remove_tags(ids, [tag]))

    def undo(self) -> None:
        ids, tag = self.had, self.tag
        self.writer.submit(self.text(), lambda svc, _p, _c: svc.add_tags(ids, [tag]))


class AssignThemeCommand(QUndoCommand):
    def __init__(self, writer: Writer, reader: LibraryService, theme: str,
                 ids: Iterable[int], text: str):
        super().__init__(text)
        self.writer = writer
        self.theme = theme
        states = reader.theme_states(theme)
        self.ids = list(ids)
        self.new = [cid for cid in self.ids if states.get(cid) not in MEMBER]

    def redo(self) -> None:
        theme, ids = self.theme, self.ids
        self.writer.submit(self.text(), lambda svc, _p, _c: svc.assign_theme(theme, ids))

    def undo(self) -> None:
        theme, ids = self.theme, self.new
        if ids:
            self.writer.submit(self.text(), lambda svc, _p, _c: svc.unassign_theme(theme, ids))


class AnnotateCommand(QUndoCommand):
    """Highlight a span (with an optional note); undo deletes that highlight."""

    def __init__(self, writer: Writer, clipping_id: int, start: int, end: int, quote: str,
                 note: str, text: str, colour: str | None = None):
        super().__init__(text)
        self.writer = writer
        self.args = dict(start=start, end=end, quote=quote, note=note)
        if colour:
            self.args["colour"] = colour
        self.clipping_id = clipping_id
        self.annotation_id: int | None = None  # set by the writer thread

    def redo(self) -> None:
        def job(svc, _p, _c):
            annotation = svc.annotate(self.clipping_id, **self.args)
            self.annotation_id = annotation.id
            return annotation

        self.writer.submit(self.text(), job)

    def undo(self) -> None:
        def job(svc, _p, _c):
            # Runs after redo's job (one writer, in order), so the id is known.
            if self.annotation_id is not None:
                svc.delete_annotation(self.annotation_id)
                self.annotation_id = None

        self.writer.submit(self.text(), job)


class DeleteAnnotationCommand(QUndoCommand):
    def __init__(self, writer: Writer, annotation, text: str):
        super().__init__(text)
        self.writer = writer
        self.annotation = annotation
        self.current_id: int | None = annotation.id

    def redo(self) -> None:
        def job(svc, _p, _c):
            if self.current_id is not None:
                svc.delete_annotation(self.current_id)
                self.current_id = None

        self.writer.submit(self.text(), job)

    def undo(self) -> None:
        a = self.annotation

        def job(svc, _p, _c):
            restored = svc.annotate(a.clipping_id, start=a.start, end=a.end, quote=a.quote,
                                    note=a.note, colour=a.colour, target=a.target)
            self.current_id = restored.id

        self.writer.submit(self.text(), job)


class RenameTagCommand(QUndoCommand):
    """Rename a tag (and its sub-tags); undo renames it back."""

    def __init__(self, writer: Writer, old: str, new: str, text: str):
        super().__init__(text)
        self.writer = writer
        self.old, self.new = old, new

    def redo(self) -> None:
        old, new = self.old, self.new
        self.writer.submit(self.text(), lambda svc, _p, _c: svc.rename_tag(old, new))

    def undo(self) -> None:
        old, new = self.old, self.new
        self.writer.submit(self.text(), lambda svc, _p, _c: svc.rename_tag(new, old))
