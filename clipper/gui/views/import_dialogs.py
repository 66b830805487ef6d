"""The summary shown when an import ends (progress is views.progress_dialog)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from clipper.domain import ImportOutcome
from clipper.gui import plain
from clipper.gui.reasons import translate_reason

_STATUS_COLOURS = {"imported": "#2e7d32", "duplicate": "#8d6e00", "failed": "#c62828"}


class ImportSummaryDialog(QDialog):
    """Counts of imported, duplicate and failed items, then one row per item."""

    def __init__(self, outcomes: list[ImportOutcome], cancelled: bool = False,
                 total: int | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import finished"))
        self.resize(720, 420)
        self.outcomes = outcomes
        counts = Counter(o.status for o in outcomes)
        layout = QVBoxLayout(self)
        parts = [
            self.tr("Imported: %1").replace("%1", str(counts["imported"])),
            self.tr("Duplicates: %1").replace("%1", str(counts["duplicate"])),
            self.tr("Failed: %1").replace("%1", str(counts["failed"])),
        ]
        self.heading = QLabel("   ·   ".join(parts))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        if cancelled:
            note = self.tr("Cancelled: %1 of %Ln item(s) were processed.", "",
                           total if total else len(outcomes)).replace("%1", str(len(outcomes)))
            self.cancelled_label = QLabel(note)
            self.cancelled_label.setStyleSheet("color: #c62828")
            layout.addWidget(self.cancelled_label)
        self.table = QTableWidget(len(outcomes), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Result"), self.tr("Title or reason")])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # one line per item; the full text is in tooltips
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 220)
        labels = {"imported": self.tr("imported"), "duplicate": self.tr("duplicate"),
                  "failed": self.tr("failed")}
        # Failures first: they are what the user must act on.
        ordered = sorted(outcomes, key=lambda o: {"failed": 0, "duplicate": 1}.get(o.status, 2))
        for row, outcome in enumerate(ordered):
            name = outcome.item.replace("\\", "/").rsplit("/", 1)[-1] or outcome.item
            item = QTableWidgetItem(name)
            item.setToolTip(plain.tooltip(outcome.item))
            status = QTableWidgetItem(labels.get(outcome.status, outcome.status))
            status.setForeground(QColor(_STATUS_COLOURS.get(outcome.status, "#000000")))
            reason = translate_reason(outcome.reason or "")
            detail = outcome.title if outcome.status == "imported" else reason
            if outcome.status == "imported" and reason:
                detail = f"{outcome.title} ({reason})"
            info = QTableWidgetItem(detail)
            info.setToolTip(plain.tooltip(detail))
            for col, cell in enumerate((item, status, info)):
                self.table.setItem(row, col, cell)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


def _short(text: str, limit: int = 70) -> str:
    text = text.replace("\\", "/")
    return text if len(text) <= limit else "…" + text[-(limit - 1):]
