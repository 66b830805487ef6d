"""Reports > Pickup: the pickup table for a period (issue 18). One row per release issued
in the range (release, date, outlets, pickups, outlets by category, near-verbatim
share, photos used) and the period's totals, kept last; Export CSV… and Copy. The
range defaults to this week (Monday to Sunday). The controller fills it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from clipper.gui.models.pickup_tables import ROW_ROLE, period_model


def this_week(today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    today = today or dt.date.today()
    monday = today - dt.timedelta(days=today.weekday())
    return monday, monday + dt.timedelta(days=6)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class PickupReportDialog(QDialog):
    range_changed = Signal(object, object)  # since, until (dates)
    export_requested = Signal(object, object)
    copy_requested = Signal()
    release_activated = Signal(int)  # double-click on a release's row

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pickup report"))
        self.resize(1000, 560)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        monday, sunday = this_week()
        self.since = QDateEdit(_qdate(monday))
        self.until = QDateEdit(_qdate(sunday))
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _d: self._emit_range())
        week = QPushButton(self.tr("This Week"))
        week.clicked.connect(self.show_this_week)
        row.addWidget(QLabel(self.tr("Releases issued from")))
        row.addWidget(self.since)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.until)
        row.addWidget(week)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = QTableView()
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self._on_double_click)
        # Ctrl+C on the table copies it all (a QShortcut, not an action: the window's
        # actions keep their shortcuts to themselves).
        copy = QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), self.table)
        copy.setContext(Qt.ShortcutContext.WidgetShortcut)
        copy.activated.connect(self.copy_requested)
        layout.addWidget(self.table, 1)
        self.note = QLabel()
        self.note.setStyleSheet("color: #5f6368")
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(self.tr("Export CSV…"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button = buttons.addButton(self.tr("Copy"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(lambda: self.export_requested.emit(*self.period()))
        self.copy_button.clicked.connect(self.copy_requested)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.model = None

    def period(self) -> tuple[dt.date, dt.date]:
        return _pydate(self.since.date()), _pydate(self.until.date())

    def set_period(self, since: dt.date, until: dt.date) -> None:
        for edit, day in ((self.since, since), (self.until, until)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
        self._emit_range()

    def show_this_week(self) -> None:
        self.set_period(*this_week())

    def _emit_range(self) -> None:
        self.range_changed.emit(*self.period())

    def show_table(self, table) -> None:
        """A `PickupTable`: its rows, then the totals row."""
        self.model = period_model(table.categories, self)
        total = table.total
        total.title = self.tr("Total (%Ln release(s))", "", len(table.rows))
        self.model.set_rows([*table.rows, total])
        self.table.setModel(self.model)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(200)  # a year's releases: measure the first rows
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.note.setText(self.tr("No release was issued in this period.") if not table.rows
                          else self.tr("Outlets by category count each outlet once; "
                                       "near-verbatim share is of the pickups."))

    def _on_double_click(self, index) -> None:
        row = index.data(ROW_ROLE)
        if row is not None and row.release_id:
            self.release_activated.emit(row.release_id)
