"""A print clipping's cut image at full size (issue 16): the photo viewer, on the cuts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clipper.gui.actions.clippings import open_viewer
from clipper.gui.views.cut_pane import CutFiles, as_photos


def view_cut(window, position: int) -> None:
    """Open the reader's cut `position` in the photo viewer (not modal; replaces an
    open viewer), with the clipping's other cuts a Left/Right away."""
    clipping = window.reader.clipping
    if clipping is None or not clipping.cuts:
        return

    def caption(n: int, total: int) -> str:
        return QCoreApplication.translate("CutViewer", "Cut %1 of %2") \
            .replace("%1", str(n)).replace("%2", str(total))

    open_viewer(window, as_photos(clipping, caption), CutFiles(window.service), position)
