"""The small dialogs of press releases (issue 18).

Settings > Photo Credits: the credits the office's own photos carry (`경기도 제공`,
`ⓒ경기도`, `Gyeonggi Province via AP` ...), one a line. A clipping whose photo credit or
caption names one of them counts as using the office's photo.

Edit Release…: a release's title, date, department and contact (what a reader of the
file may have got wrong); the body stays as imported, since pickups are matched on it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)


class CreditsDialog(QDialog):
    def __init__(self, credits: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Photo credits"))
        self.resize(460, 360)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Credits of the office's own photos, one a line. A clipping "
                               "whose photo credit or caption contains one of them uses the "
                               "office's photo."))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.editor = QPlainTextEdit()
        self.editor.setPlainText("\n".join(credits))
        layout.addWidget(self.editor, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def credits(self) -> list[str]:
        """The lines, trimmed, blank ones and repeats left out (in the order typed)."""
        lines = [" ".join(line.split()) for line in self.editor.toPlainText().splitlines()]
        return list(dict.fromkeys(line for line in lines if line))


class ReleaseFieldsDialog(QDialog):
    def __init__(self, release, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit release"))
        self.resize(520, 200)
        self.release = release
        form = QFormLayout(self)
        self.title = QLineEdit(release.title)
        self.issued = QLineEdit(release.issued.isoformat() if release.issued else "")
        self.issued.setPlaceholderText("YYYY-MM-DD")
        self.department = QLineEdit(release.department)
        self.contact = QLineEdit(release.contact)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Date"), self.issued)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Contact"), self.contact)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        text = self.issued.text().strip()
        if text:
            try:
                dt.date.fromisoformat(text)
            except ValueError:
                from clipper.gui import plain

                plain.warn(self, self.tr("Edit release"),
                           self.tr("The date must read YYYY-MM-DD, e.g. 2026-12-07."))
                return
        super().accept()

    def changed_fields(self) -> dict[str, object]:
        """Only what was changed (the service journals the old values of those)."""
        r = self.release
        text = self.issued.text().strip()
        issued = dt.date.fromisoformat(text) if text else None
        fields: dict[str, object] = {}
        for name, new, old in (("title", self.title.text().strip(), r.title),
                               ("issued", issued, r.issued),
                               ("department", self.department.text().strip(), r.department),
                               ("contact", self.contact.text().strip(), r.contact)):
            if new != old:
                fields[name] = new
        return fields
