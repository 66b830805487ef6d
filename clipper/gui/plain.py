"""Library text (titles, outlets, tags, themes, file names, messages naming them) shown
as the characters it holds, never as markup.

QLabel, QMessageBox, QInputDialog's label and tooltips guess: text that looks like it
holds a tag before its first line break is rendered as rich text, so an outlet named
`<img src=/local/file.png>` would show a picture from the disk. Every widget that shows
library text goes through these: plain-text formats where Qt has one, escaped rich text
where it has none (tooltips), and `&` doubled where it would be a mnemonic (menus).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMessageBox, QWidget


def tooltip(text: str) -> str:
    """A tooltip that shows `text` as written (tooltips have no plain-text setting)."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def rich(text: str) -> str:
    """`text` escaped, to put inside markup of our own (a bold heading)."""
    return html.escape(text).replace("\n", "<br>")


def menu_text(text: str) -> str:
    """An action's text: `&` in a name is a character, not a mnemonic."""
    return text.replace("&", "&&")


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                buttons=QMessageBox.StandardButton.Ok) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def warn(parent: QWidget | None, title: str, text: str) -> None:
    message_box(parent, QMessageBox.Icon.Warning, title, text).exec()


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A Yes/No question; True for Yes."""
    box = message_box(parent, QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def _input_dialog(parent: QWidget | None, title: str, label: str) -> QInputDialog:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    for child in dialog.findChildren(QLabel):
        child.setTextFormat(Qt.TextFormat.PlainText)
    return dialog


def get_text(parent: QWidget | None, title: str, label: str, text: str = ""
             ) -> tuple[str, bool]:
    dialog = _input_dialog(parent, title, label)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setTextValue(text)
    ok = bool(dialog.exec())
    return dialog.textValue(), ok


def get_multiline(parent: QWidget | None, title: str, label: str, text: str = ""
                  ) -> tuple[str, bool]:
    dialog = _input_dialog(parent, title, label)
    dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    dialog.setTextValue(text)
    ok = bool(dialog.exec())
    return dialog.textValue(), ok


def get_item(parent: QWidget | None, title: str, label: str, items: list[str],
             editable: bool = False) -> tuple[str, bool]:
    dialog = _input_dialog(parent, title, label)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(editable)
    if items:
        dialog.setTextValue(items[0])
    ok = bool(dialog.exec())
    return dialog.textValue(), ok
