"""The clipping in view: correct its details, text and captions, view its photos at full
size, delete the selection, open the original page, add a note to the selected passage,
open another library."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from clipper.gui import plain
from clipper.gui.actions.runner import write
from clipper.gui.views.edit_dialog import EditDialog
from clipper.gui.views.photo_viewer import PhotoViewer

translate = QCoreApplication.translate


def edit_current(window) -> None:
    clipping_id = window.current_id()
    if clipping_id is None:
        return
    clipping = window.service.get(clipping_id)
    reader = window.reader
    shown = reader.clipping is not None and reader.clipping.id == clipping_id
    dialog = EditDialog(clipping, window, reader.photo_thumbnails() if shown else None)
    if dialog.exec() and dialog.has_changes():
        # One service call: the changed metadata, text and captions in one journal step.
        window.correct_clipping(clipping_id, fields=dialog.changed_fields(),
                                body_text=dialog.changed_body_text(),
                                photos=dialog.changed_photos())


def view_photo(window, position: int) -> None:
    """The reader's photo `position` at full size, in a window of its own (not modal:
    the reader stays usable; opening another photo replaces it)."""
    clipping = window.reader.clipping
    if clipping is None or not clipping.photos:
        return
    open_viewer(window, clipping, window.service, position)


def open_viewer(window, clipping, files, position: int) -> None:
    """The photo viewer on `clipping`'s photo at `position` (its files from `files`),
    in place of one already open."""
    index = next((i for i, p in enumerate(clipping.photos) if p.position == position), 0)
    old = getattr(window, "photo_viewer", None)
    if old is not None:
        try:
            old.close()
        except RuntimeError:  # already deleted when it closed
            pass
    viewer = PhotoViewer(clipping, files, index, window)
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.photo_viewer = viewer
    viewer.show()
    viewer.raise_()
    viewer.activateWindow()


def delete_selected(window) -> None:
    ids = window.selected_ids()
    if not ids:
        return
    if plain.ask(
        window, translate("Clippings", "Delete clippings"),
        translate("Clippings", "Delete %Ln clipping(s)? Undo (Ctrl+Z) brings them back.", "",
                  len(ids))):
        write(window, translate("Clippings", "Delete"), lambda svc: svc.delete(ids))


def open_original(window) -> None:
    clipping = window.reader.clipping
    if clipping and clipping.url and clipping.url.lower().startswith(("http://", "https://")):
        QDesktopServices.openUrl(QUrl(clipping.url))


def note_selection(window) -> None:
    """Add a note to the reader's selected passage (N)."""
    if window.reader.body_selection() is None:
        window.highlight_selection()  # says what to do
        return
    note, ok = plain.get_multiline(
        window, translate("Clippings", "Add note"),
        translate("Clippings", "Note on the selected passage:"))
    if ok and note.strip():
        window.highlight_selection(note.strip())


def open_library_dialog(window) -> None:
    folder = QFileDialog.getExistingDirectory(
        window, translate("Clippings", "Open or create a library folder"),
        str(window.service.root.parent))
    if folder:
        window.open_library(Path(folder))
