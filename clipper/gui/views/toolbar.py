"""The main toolbar: its buttons give way so that the search field is always shown.

A QToolBar moves whatever does not fit into its » overflow menu, last item first, and
the search field is the last item: in the Korean UI at 1280 px, or when the Undo label
grew, the field went into the menu and Ctrl+F focused a hidden widget. Here the
buttons drop their labels (icons only, the text in tooltips) when the toolbar would
overflow with them, and the field narrows down to SEARCH_MIN_WIDTH before any button
could be pushed out.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QToolBar, QWidget

SEARCH_MIN_WIDTH = 160
SEARCH_WIDTH = 300


class MainToolBar(QToolBar):
    def __init__(self, title: str, parent=None):
        super().__init__(title, parent)
        self.setMovable(False)
        self.setFloatable(False)
        self.search_field: QLineEdit | None = None
        self._fitting = False

    def add_search_field(self, field: QLineEdit) -> None:
        """The field at the right end, after a stretching spacer."""
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        field.setMinimumWidth(SEARCH_MIN_WIDTH)
        field.setMaximumWidth(SEARCH_WIDTH)
        field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.addWidget(field)
        self.search_field = field

    def actionEvent(self, event) -> None:
        super().actionEvent(event)
        if event.type() == QEvent.Type.ActionChanged:
            self.fit()  # a label changed (Undo "Tag …"): it may no longer fit

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def needed_width(self, style: Qt.ToolButtonStyle) -> int:
        """Width of every button in `style` plus the field at its minimum."""
        spacing = self.layout().spacing()
        margins = self.contentsMargins()
        total = margins.left() + margins.right() + 24  # handle and extension button room
        for action in self.actions():
            widget = self.widgetForAction(action)
            if widget is None or not action.isVisible():
                continue
            if widget is self.search_field:
                total += SEARCH_MIN_WIDTH + spacing
            elif hasattr(widget, "setToolButtonStyle"):
                old = widget.toolButtonStyle()
                widget.setToolButtonStyle(style)
                total += widget.sizeHint().width() + spacing
                widget.setToolButtonStyle(old)
            elif action.isSeparator():
                total += 6 + spacing
            elif widget.sizePolicy().horizontalPolicy() != QSizePolicy.Policy.Expanding:
                total += widget.sizeHint().width() + spacing
        return total

    def fit(self) -> None:
        """Labels beside icons when everything fits with them, else icons only."""
        if self._fitting:
            return
        self._fitting = True
        try:
            wanted = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if self.needed_width(wanted) > self.width():
                wanted = Qt.ToolButtonStyle.ToolButtonIconOnly
            if self.toolButtonStyle() != wanted:
                self.setToolButtonStyle(wanted)
        finally:
            self._fitting = False

    def overflowing(self) -> bool:
        """True when Qt's » menu holds items (it should never, at any width we support)."""
        button = self.findChild(QWidget, "qt_toolbar_ext_button")
        return button is not None and button.isVisible()
