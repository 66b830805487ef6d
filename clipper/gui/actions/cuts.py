"""A print clipping's cut image at full size (issue 16): the photo viewer, on the cuts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from clipper.gui.views.cut_pane import CutFiles, as_photos
from clipper.gui.views.photo_viewer import PhotoViewer


def view_cut(window, position: int) -> None:
    """Open the reader's cut `position` in the photo viewer (not modal; replaces an
    open viewer), with the clipping's other cuts a Left/Right away."""
    clipping = window.reader.clipping
    if clipping is None or not clipping.cuts:
        return

    def caption(n: int, total: int) -> str:
        return QCoreApplication.translate("CutViewer", "Cut %1 of %2") \
            .replace("%1", str(n)).replace("%2", str(total))

    shown = as_photos(clipping, caption)
    index = next((i for i, p in enumerate(shown.photos) if p.position == position), 0)
    old = getattr(window, "photo_viewer", None)
    if old is not None:
        try:
            old.close()
        except RuntimeError:  # already deleted when it closed
            pass
    viewer = PhotoViewer(shown, CutFiles(window.service), index, window)
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.photo_viewer = viewer
    viewer.show()
    viewer.raise_()
    viewer.activateWindow()
