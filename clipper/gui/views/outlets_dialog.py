"""The outlet registry as a table the office edits (issue 15): category, weight (the
office's order), aliases and domains per outlet; merge one into another. Each edit is
one service call on the writer (undoable); the table is filled again after it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clipper.domain import Outlet
from clipper.gui import plain

NAME, CATEGORY, WEIGHT, ALIASES, DOMAINS, COUNT = range(6)
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class OutletsDialog(QDialog):
    # (outlet name, fields for LibraryService.edit_outlet)
    edit_requested = Signal(str, dict)
    merge_requested = Signal(str, str)  # source, target
    categories_requested = Signal(list)  # the new list of categories, in order

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Outlets"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        self.uncategorised_only = QCheckBox(self.tr("Only outlets without a category"))
        layout.addWidget(self.uncategorised_only)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Outlet"), self.tr("Category"), self.tr("Weight"), self.tr("Aliases"),
            self.tr("Domains"), self.tr("Clippings")])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ALIASES, QHeaderView.ResizeMode.Stretch)
        for column, width in ((NAME, 170), (CATEGORY, 110), (WEIGHT, 96), (DOMAINS, 170),
                              (COUNT, 70)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("Merge into Another Outlet…"))
        row.addWidget(self.merge_button)
        self.categories_button = QPushButton(self.tr("Categories…"))
        row.addWidget(self.categories_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.merge_button.clicked.connect(self._merge)
        self.categories_button.clicked.connect(self._edit_categories)
        self.uncategorised_only.toggled.connect(lambda _on: self._fill())
        self.table.itemChanged.connect(self._item_changed)
        self._outlets: list[Outlet] = []
        self._categories: list[str] = []
        self._counts: dict[str, int] = {}
        self._filling = False

    def show_outlets(self, outlets: list[Outlet], categories: list[str],
                     counts: dict[str, int]) -> None:
        self._outlets, self._categories, self._counts = outlets, categories, counts
        self._fill()

    def _fill(self) -> None:
        shown = [o for o in self._outlets
                 if not (self.uncategorised_only.isChecked() and o.category)]
        self._filling = True
        try:
            self.table.setRowCount(len(shown))
            for row, outlet in enumerate(shown):
                name = QTableWidgetItem(outlet.name)
                name.setData(NAME_ROLE, outlet.name)
                self.table.setItem(row, NAME, name)
                combo = QComboBox()
                combo.addItem(self.tr("(none)"), None)
                for category in self._categories:
                    combo.addItem(category, category)
                combo.setCurrentIndex(max(0, combo.findData(outlet.category)))
                combo.currentIndexChanged.connect(
                    lambda _i, n=outlet.name, c=combo: self.edit_requested.emit(
                        n, {"category": c.currentData() or "-"}))
                self.table.setCellWidget(row, CATEGORY, combo)
                self.table.setItem(row, WEIGHT, QTableWidgetItem(str(outlet.weight)))
                self.table.setItem(row, ALIASES, QTableWidgetItem(", ".join(outlet.aliases)))
                self.table.setItem(row, DOMAINS, QTableWidgetItem(", ".join(outlet.domains)))
                count = QTableWidgetItem(f"{self._counts.get(outlet.name, 0):,}")
                count.setFlags(count.flags() & ~Qt.ItemFlag.ItemIsEditable)
                count.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                       | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, COUNT, count)
        finally:
            self._filling = False

    def row_of(self, name: str) -> int | None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, NAME).data(NAME_ROLE) == name:
                return row
        return None

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        name = self.table.item(item.row(), NAME).data(NAME_ROLE)
        field = {NAME: "new_name", WEIGHT: "weight", ALIASES: "aliases",
                 DOMAINS: "domains"}.get(item.column())
        if field is not None:
            self.edit_requested.emit(name, {field: item.text()})

    def _edit_categories(self) -> None:
        text, ok = plain.get_multiline(
            self, self.tr("Outlet categories"),
            self.tr("One category a line, in the order reports list them:"),
            "\n".join(self._categories))
        names = [line.strip() for line in text.splitlines() if line.strip()]
        if ok and names:
            self.categories_requested.emit(names)

    def _merge(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        source = self.table.item(row, NAME).data(NAME_ROLE)
        others = [o.name for o in self._outlets if o.name != source]
        target, ok = plain.get_item(
            self, self.tr("Merge outlet"),
            self.tr("Merge “%1” into (its clippings move there):").replace("%1", source),
            others)
        if ok and target:
            self.merge_requested.emit(source, target)

