"""Organising from the window: tags, themes, highlights and notes, each one writer job.

These compute no inverse: the service journals every change as it makes it, and
Ctrl+Z / Ctrl+Shift+Z replay the journal (gui/undo_actions.py), the same journal
`clipper undo` uses. A command is "what to do" with a name; `JournalUndo.push` runs
its `redo()`, which queues the service call on the writer thread.
"""

from __future__ import annotations

from collections.abc import Iterable

from clipper.gui.commands import WriterCommand
from clipper.gui.workers import Writer
from clipper.services import LibraryService


class AddTagsCommand(WriterCommand):
    def __init__(self, writer: Writer, reader: LibraryService | None, ids: Iterable[int],
                 tags: Iterable[str], text: str):
        ids, tags = list(ids), [t for t in tags if t.strip()]
        super().__init__(writer, text, lambda svc: svc.add_tags(ids, tags))


class RemoveTagCommand(WriterCommand):
    def __init__(self, writer: Writer, reader: LibraryService | None, ids: Iterable[int],
                 tag: str, text: str):
        ids = list(ids)
        super().__init__(writer, text, lambda svc: svc.remove_tags(ids, [tag]))


class AssignThemeCommand(WriterCommand):
    def __init__(self, writer: Writer, reader: LibraryService | None, theme: str,
                 ids: Iterable[int], text: str):
        ids = list(ids)
        super().__init__(writer, text, lambda svc: svc.assign_theme(theme, ids))


class AnnotateCommand(WriterCommand):
    """Highlight a span (with an optional note)."""

    def __init__(self, writer: Writer, clipping_id: int, start: int, end: int, quote: str,
                 note: str, text: str, colour: str | None = None):
        args: dict[str, object] = dict(start=start, end=end, quote=quote, note=note)
        if colour:
            args["colour"] = colour
        super().__init__(writer, text, lambda svc: svc.annotate(clipping_id, **args))


class DeleteAnnotationCommand(WriterCommand):
    def __init__(self, writer: Writer, annotation, text: str):
        annotation_id = annotation.id
        super().__init__(writer, text, lambda svc: svc.delete_annotation(annotation_id))


class RenameTagCommand(WriterCommand):
    """Rename a tag (and its sub-tags)."""

    def __init__(self, writer: Writer, old: str, new: str, text: str):
        super().__init__(writer, text, lambda svc: svc.rename_tag(old, new))
