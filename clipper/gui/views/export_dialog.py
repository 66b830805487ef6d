"""Options for a PDF report of the clippings in view (a theme, a tag, a search...)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
)


class ExportDialog(QDialog):
    def __init__(self, what: str, count: int, language: str, parent=None,
                 remembered: dict[str, str] | None = None):
        """`remembered`: what the user chose last time (prepared_by, order, paper)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export PDF report"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit(what)
        self.subtitle = QLineEdit(self.tr("%Ln clipping(s)", "", count))
        self.prepared_by = QLineEdit()
        self.order = QComboBox()
        for key, label in (("date", self.tr("By date")), ("outlet", self.tr("By outlet")),
                           ("theme", self.tr("By theme"))):
            self.order.addItem(label, key)
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("한국어", "ko")
        self.language.setCurrentIndex(1 if language == "ko" else 0)
        self.paper = QComboBox()
        self.paper.addItems(["A4", "Letter"])
        self.photos = QCheckBox(self.tr("Photos with captions"))
        self.photos.setChecked(True)
        self.highlights = QCheckBox(self.tr("Highlights and notes"))
        self.highlights.setChecked(True)
        self.one_per_page = QCheckBox(self.tr("Each clipping on a new page"))
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Subtitle"), self.subtitle)
        form.addRow(self.tr("Prepared by"), self.prepared_by)
        form.addRow(self.tr("Order"), self.order)
        form.addRow(self.tr("Report language"), self.language)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow("", self.photos)
        form.addRow("", self.highlights)
        form.addRow("", self.one_per_page)
        layout.addLayout(form)
        remembered = remembered or {}
        self.prepared_by.setText(remembered.get("prepared_by", ""))
        if remembered.get("order"):
            self.order.setCurrentIndex(max(0, self.order.findData(remembered["order"])))
        if remembered.get("paper"):
            self.paper.setCurrentIndex(max(0, self.paper.findText(remembered["paper"])))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def options(self) -> dict[str, object]:
        """Keyword arguments for the export service's ReportOptions."""
        return {
            "title": self.title.text().strip(),
            "subtitle": self.subtitle.text().strip(),
            "prepared_by": self.prepared_by.text().strip(),
            "order": self.order.currentData(),
            "language": self.language.currentData(),
            "paper": self.paper.currentText(),
            "include_photos": self.photos.isChecked(),
            "include_highlights": self.highlights.isChecked(),
            "one_per_page": self.one_per_page.isChecked(),
        }
