"""What a new, empty library shows: a drop zone and a one-click sample import."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from clipper.gui.icons import icon


class EmptyState(QWidget):
    import_samples_requested = Signal()
    import_files_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 40, 40, 40)
        self.zone = QFrame()
        self.zone.setObjectName("dropZone")
        self.zone.setStyleSheet(
            "#dropZone { border: 3px dashed #9aa7bd; border-radius: 18px;"
            " background: #f5f7fb; }")
        inner = QVBoxLayout(self.zone)
        inner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        art = QLabel()
        art.setPixmap(icon("import").pixmap(QSize(72, 72)))
        art.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(self.tr("Drop articles, saved pages or links here"))
        font = self.message.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.message.setFont(font)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(self.tr("Text copied from a news site, saved web pages, newspaper "
                              "PDFs and scans, or whole folders. You can also paste with "
                              "Ctrl+V."))
        hint.setStyleSheet("color: #5f6368")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        self.samples_button = QPushButton(icon("sample"), self.tr("Import sample articles"))
        self.files_button = QPushButton(icon("open"), self.tr("Import files…"))
        for button in (self.samples_button, self.files_button):
            button.setMinimumHeight(34)
            button.setIconSize(QSize(18, 18))
        self.samples_button.clicked.connect(self.import_samples_requested)
        self.files_button.clicked.connect(self.import_files_requested)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.samples_button)
        row.addWidget(self.files_button)
        row.addStretch()
        for widget in (art, self.message, hint):
            inner.addWidget(widget)
        inner.addSpacing(16)
        inner.addLayout(row)
        outer.addWidget(self.zone)
