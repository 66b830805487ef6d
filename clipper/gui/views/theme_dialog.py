"""Edit a campaign theme: name, description, colour, period, key messages and rule.

The dialog only collects text; the theme service checks it (a clash of names, a date
range that ends before it starts, a rule the search cannot read) and the window shows
its message when it refuses.
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from clipper.domain import Theme


def theme_fields(theme: Theme) -> dict[str, object]:
    """A theme's editable fields, in the form `LibraryService.edit_theme` takes them."""
    return {
        "name": theme.name,
        "description": theme.description,
        "colour": theme.colour,
        "date_from": theme.date_from.isoformat() if theme.date_from else "",
        "date_to": theme.date_to.isoformat() if theme.date_to else "",
        "key_messages": list(theme.key_messages),
        "rule": theme.rule,
    }


class ThemeDialog(QDialog):
    def __init__(self, theme: Theme, parent=None, new: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New theme") if new else self.tr("Edit theme"))
        self.setMinimumWidth(460)
        self.before = theme_fields(theme)
        self.name = QLineEdit(theme.name)
        self.description = QPlainTextEdit(theme.description)
        self.description.setFixedHeight(70)
        self.colour = theme.colour
        self.colour_button = QPushButton()
        self.colour_button.clicked.connect(self._pick_colour)
        self._show_colour()
        self.date_from = QLineEdit(str(self.before["date_from"]))
        self.date_to = QLineEdit(str(self.before["date_to"]))
        for field in (self.date_from, self.date_to):
            field.setPlaceholderText("YYYY-MM-DD")
        self.key_messages = QPlainTextEdit("\n".join(theme.key_messages))
        self.key_messages.setFixedHeight(70)
        self.key_messages.setPlaceholderText(self.tr("One key message a line"))
        self.rule = QLineEdit(theme.rule)
        self.rule.setPlaceholderText(self.tr("A search query; matches are suggested"))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Colour"), self.colour_button)
        form.addRow(self.tr("From"), self.date_from)
        form.addRow(self.tr("To"), self.date_to)
        form.addRow(self.tr("Key messages"), self.key_messages)
        form.addRow(self.tr("Rule"), self.rule)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _pick_colour(self) -> None:
        colour = QColorDialog.getColor(QColor(self.colour), self, self.tr("Theme colour"))
        if colour.isValid():
            self.colour = colour.name()
            self._show_colour()

    def _show_colour(self) -> None:
        self.colour_button.setText(self.colour)
        self.colour_button.setStyleSheet(f"background-color: {self.colour};")

    def fields(self) -> dict[str, object]:
        return {
            "name": self.name.text().strip(),
            "description": self.description.toPlainText().strip(),
            "colour": self.colour,
            "date_from": self.date_from.text().strip(),
            "date_to": self.date_to.text().strip(),
            "key_messages": [line.strip() for line in
                             self.key_messages.toPlainText().splitlines() if line.strip()],
            "rule": self.rule.text().strip(),
        }

    def changed_fields(self) -> dict[str, object]:
        """Only what the user changed (so an untouched rule is not run again)."""
        return {k: v for k, v in self.fields().items() if v != self.before[k]}
