"""Correct what extraction got wrong: title, outlet, byline, date, URL."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from clipper.domain import Clipping

FIELDS = ("title", "outlet", "byline", "published", "url")


def clipping_fields(clipping: Clipping) -> dict[str, str]:
    return {
        "title": clipping.title,
        "outlet": clipping.outlet,
        "byline": clipping.byline,
        "published": clipping.published.isoformat() if clipping.published else "",
        "url": clipping.url or "",
    }


class EditDialog(QDialog):
    def __init__(self, clipping: Clipping, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit clipping"))
        self.setMinimumWidth(520)
        self.before = clipping_fields(clipping)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        labels = {"title": self.tr("Title"), "outlet": self.tr("Outlet"),
                  "byline": self.tr("Byline"), "published": self.tr("Date (YYYY-MM-DD)"),
                  "url": self.tr("URL")}
        for name in FIELDS:
            edit = QLineEdit(self.before[name])
            self.edits[name] = edit
            form.addRow(labels[name], edit)
        layout.addLayout(form)
        self.error = QLabel("")
        self.error.setStyleSheet("color: #c62828")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def changed_fields(self) -> dict[str, str]:
        """Only the fields the user changed, as text."""
        return {name: edit.text().strip() for name, edit in self.edits.items()
                if edit.text().strip() != self.before[name]}

    def accept(self) -> None:
        date = self.edits["published"].text().strip()
        if date:
            try:
                dt.date.fromisoformat(date)
            except ValueError:
                self.error.setText(self.tr("The date must look like 2024-05-31."))
                return
        super().accept()
