"""The desk's small dialogs (issue 15): print placement for a selection, and the
response record of one clipping. They only collect what the user typed; the window
hands it to one service call."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from clipper.domain import EDITIONS, POSITIONS, RESPONSE_KINDS, Response


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class PlacementDialog(QDialog):
    """Edition, page and position for one clipping or many (a field left "(keep)" is
    not changed; an empty one is cleared)."""

    KEEP = "\u2026"  # shown for "leave as it is" when the selection differs

    def __init__(self, edition: str | None, page: str | None, position: str | None,
                 several: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print placement"))
        self.several = several
        form = QFormLayout(self)
        self.edition = QComboBox()
        self.edition.addItems(["", *EDITIONS])
        if several:
            self.edition.insertItem(0, self.tr("(keep)"))
            self.edition.setCurrentIndex(0)
        else:
            self.edition.setCurrentText(edition or "")
        self.page = QLineEdit(page or "")
        self.page.setPlaceholderText(self.tr("(keep)") if several else "A3, 1, 경제 2")
        self.position = QComboBox()
        self.position.setEditable(True)
        self.position.addItems(["", *POSITIONS])
        self.position.setCurrentText(position or "")
        if several:
            self.position.lineEdit().setPlaceholderText(self.tr("(keep)"))
        form.addRow(self.tr("Edition"), self.edition)
        form.addRow(self.tr("Page (면)"), self.page)
        form.addRow(self.tr("Position"), self.position)
        form.addRow(_buttons(self))

    def fields(self) -> dict[str, str | None]:
        """What to set: a value, None to clear; fields to keep are left out."""
        out: dict[str, str | None] = {}
        keep = self.several
        edition = self.edition.currentText()
        if not (keep and self.edition.currentIndex() == 0):
            out["edition"] = edition or None
        if not (keep and not self.page.text().strip()):
            out["page"] = self.page.text().strip() or None
        if not (keep and not self.position.currentText().strip()):
            out["position"] = self.position.currentText().strip() or None
        return out


class ResponseDialog(QDialog):
    """One clipping's response (대응): kind, due date, note, link, closed."""

    def __init__(self, response: Response | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Response"))
        form = QFormLayout(self)
        self.kind = QComboBox()
        labels = {"none": self.tr("none")}
        for kind in RESPONSE_KINDS:
            self.kind.addItem(labels.get(kind, kind), kind)
        self.has_due = QCheckBox(self.tr("Due"))
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        today = dt.date.today() + dt.timedelta(days=1)
        due = response.due if response and response.due else today
        self.due.setDate(QDate(due.year, due.month, due.day))
        self.has_due.setChecked(bool(response and response.due))
        self.due.setEnabled(self.has_due.isChecked())
        self.has_due.toggled.connect(self.due.setEnabled)
        self.note = QPlainTextEdit(response.note if response else "")
        self.note.setTabChangesFocus(True)
        self.link = QLineEdit(response.link if response else "")
        self.link.setPlaceholderText(self.tr("the office's own document: a web address or path"))
        self.closed = QCheckBox(self.tr("Done (closed)"))
        self.closed.setChecked(bool(response and response.closed))
        if response is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(response.kind)))
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.has_due, self.due)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Link"), self.link)
        form.addRow("", self.closed)
        form.addRow(_buttons(self))

    def fields(self) -> dict[str, object]:
        date = self.due.date()
        due = dt.date(date.year(), date.month(), date.day()) if self.has_due.isChecked() \
            else None
        return {"kind": self.kind.currentData(), "due": due,
                "note": self.note.toPlainText(), "link": self.link.text(),
                "closed": self.closed.isChecked()}
