"""Correct what extraction got wrong: title, outlet, byline, date and URL (Details), the
body's text (Text), each photo's caption and credit (Photos).

The dialog only collects what the user changed; the window sends it as one service call
(`LibraryService.correct`), one undoable step. Library text goes into plain-text
editors, never into anything that would read it as markup.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clipper.domain import Clipping

FIELDS = ("title", "outlet", "byline", "published", "url")
THUMB_WIDTH = 120


def clipping_fields(clipping: Clipping) -> dict[str, str]:
    return {
        "title": clipping.title,
        "outlet": clipping.outlet,
        "byline": clipping.byline,
        "published": clipping.published.isoformat() if clipping.published else "",
        "url": clipping.url or "",
    }


def body_as_text(clipping: Clipping) -> str:
    """The body as the Text tab shows it: a blank line between blocks, so paragraphs
    stand apart (the service reads every non-empty line as one block)."""
    return "\n\n".join(block.text for block in clipping.body)


class PhotoFields(QGroupBox):
    """One photo's caption and credit, with its thumbnail when the library has one."""

    def __init__(self, number: int, caption: str, credit: str, thumbnail: QImage | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Photo %1").replace("%1", str(number)))
        row = QHBoxLayout(self)
        picture = QLabel()
        picture.setFixedWidth(THUMB_WIDTH)
        picture.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        if thumbnail is not None and not thumbnail.isNull():
            picture.setPixmap(QPixmap.fromImage(thumbnail).scaledToWidth(
                min(THUMB_WIDTH, thumbnail.width()), Qt.TransformationMode.SmoothTransformation))
        else:
            picture.setTextFormat(Qt.TextFormat.PlainText)
            picture.setWordWrap(True)
            picture.setText(self.tr("No image stored"))
            picture.setStyleSheet("color: #5f6368; background: #f1f3f4; padding: 8px")
        row.addWidget(picture)
        form = QFormLayout()
        self.caption = QPlainTextEdit(caption)
        self.caption.setTabChangesFocus(True)  # Tab goes on to the credit, not into it
        self.caption.setFixedHeight(self.caption.fontMetrics().lineSpacing() * 4 + 12)
        self.credit = QLineEdit(credit)
        form.addRow(self.tr("Caption"), self.caption)
        form.addRow(self.tr("Credit"), self.credit)
        row.addLayout(form, 1)


class EditDialog(QDialog):
    def __init__(self, clipping: Clipping, parent: QWidget | None = None,
                 thumbnails: dict[int, QImage] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit clipping"))
        self.setMinimumWidth(520)
        self.before = clipping_fields(clipping)
        self.body_before = body_as_text(clipping)
        self.photos_before = {p.position: (p.caption, p.credit) for p in clipping.photos}
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        details = QWidget()
        form = QFormLayout(details)
        self.edits: dict[str, QLineEdit] = {}
        labels = {"title": self.tr("Title"), "outlet": self.tr("Outlet"),
                  "byline": self.tr("Byline"), "published": self.tr("Date (YYYY-MM-DD)"),
                  "url": self.tr("URL")}
        for name in FIELDS:
            edit = QLineEdit(self.before[name])
            self.edits[name] = edit
            form.addRow(labels[name], edit)
        self.details_tab = details
        self.tabs.addTab(details, self.tr("Details"))

        text = QWidget()
        text_layout = QVBoxLayout(text)
        hint = QLabel(self.tr("Each line is a paragraph; blank lines are left out. "
                              "Highlights follow the corrected text."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6368")
        text_layout.addWidget(hint)
        self.body = QPlainTextEdit(self.body_before)
        self.body.setTabChangesFocus(True)
        text_layout.addWidget(self.body, 1)
        self.text_tab = text
        self.tabs.addTab(text, self.tr("Text"))

        self.photo_fields: dict[int, PhotoFields] = {}
        self.photos_tab = QScrollArea()
        self.photos_tab.setWidgetResizable(True)
        holder = QWidget()
        photos_layout = QVBoxLayout(holder)
        for number, photo in enumerate(clipping.photos, start=1):
            box = PhotoFields(number, photo.caption, photo.credit,
                              (thumbnails or {}).get(photo.position))
            self.photo_fields[photo.position] = box
            photos_layout.addWidget(box)
        photos_layout.addStretch(1)
        self.photos_tab.setWidget(holder)
        index = self.tabs.addTab(self.photos_tab, self.tr("Photos (%1)").replace(
            "%1", str(len(clipping.photos))))
        self.tabs.setTabEnabled(index, bool(clipping.photos))

        self.error = QLabel("")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 540)

    def changed_fields(self) -> dict[str, str]:
        """Only the fields the user changed, as text."""
        return {name: edit.text().strip() for name, edit in self.edits.items()
                if edit.text().strip() != self.before[name]}

    def changed_body_text(self) -> str | None:
        """The body as typed, if the user changed it; else None (the body is not sent)."""
        text = self.body.toPlainText()
        return None if text == self.body_before else text

    def changed_photos(self) -> dict[int, dict[str, str]]:
        """By photo position, only the caption and/or credit the user changed."""
        changed: dict[int, dict[str, str]] = {}
        for position, box in self.photo_fields.items():
            caption, credit = self.photos_before[position]
            values = {}
            if box.caption.toPlainText().strip() != caption.strip():
                values["caption"] = box.caption.toPlainText().strip()
            if box.credit.text().strip() != credit.strip():
                values["credit"] = box.credit.text().strip()
            if values:
                changed[position] = values
        return changed

    def has_changes(self) -> bool:
        return bool(self.changed_fields() or self.changed_body_text() is not None
                    or self.changed_photos())

    def accept(self) -> None:
        date = self.edits["published"].text().strip()
        if date:
            try:
                dt.date.fromisoformat(date)
            except ValueError:
                self.error.setText(self.tr("The date must look like 2024-05-31."))
                self.tabs.setCurrentWidget(self.details_tab)
                self.edits["published"].setFocus()
                return
        # Only a changed body is checked: a clipping stored without text can still
        # have its title corrected.
        if self.changed_body_text() is not None and not self.body.toPlainText().strip():
            self.error.setText(self.tr(
                "The text cannot be empty (to remove the clipping, delete it)."))
            self.tabs.setCurrentWidget(self.text_tab)
            self.body.setFocus()
            return
        super().accept()
