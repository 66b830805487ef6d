"""View > Dashboard: coverage charts of the list in view, in a dock that follows it.

The dock is made on first use (it imports matplotlib) and redrawn a moment after the
list changes, so a burst of changes draws once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer

DASHBOARD_DELAY_MS = 150


class DashboardController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.dock = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DASHBOARD_DELAY_MS)
        self.timer.timeout.connect(self.refresh)

    def toggle(self) -> None:
        window = self.window
        if self.dock is None:
            from clipper.gui.views.dashboard import DashboardDock  # imports matplotlib

            self.dock = DashboardDock(window)
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.visibilityChanged.connect(self._on_visibility)
            self.dock.show()
        else:
            self.dock.setVisible(self.dock.isHidden())
        window.dashboard_action.setChecked(self.is_open())
        self.refresh()

    def is_open(self) -> bool:
        # isHidden, not isVisible: the dock counts as open while the window is minimised.
        return self.dock is not None and not self.dock.isHidden()

    def _on_visibility(self, visible: bool) -> None:
        self.window.dashboard_action.setChecked(self.is_open())
        if visible:
            self.schedule()

    def schedule(self) -> None:
        if self.is_open():
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def label(self) -> str:
        """What the charts are of: the search, the sidebar entry, or everything."""
        window = self.window
        query = window.search.query()
        if query:
            return self.tr("Search: %1").replace("%1", query)
        kind, value = window.sidebar.current_entry()
        if kind == "inbox":
            return self.tr("Inbox")
        if kind in ("theme", "tag", "outlet") and value:
            return value
        return self.tr("All clippings")

    def refresh(self) -> None:
        """Redraw the dashboard for the clippings now in the list."""
        self.timer.stop()
        window = self.window
        if window.service is None or not self.is_open():
            return
        # Counted and drawn on the dashboard's thread: the window never waits for it.
        self.dock.view.show_ids(window.service.root, window.model.ids(), self.label())
