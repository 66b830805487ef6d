"""Table models of press-release pickup (issue 18): the releases, one release's pickups
and the pickup report's rows per release. Each row is a domain object the service
returned; a column says how it is shown and how it sorts ("72%" as 0.72, a missing
date first). The model sorts its own list (`sort`, which a view with sorting enabled
calls): a proxy asked Python for ~50,000 cells to sort 2,000 releases, most of a second
each time the list was filtered."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

_ROOT = QModelIndex()
ROW_ROLE = Qt.ItemDataRole.UserRole + 11  # the row's domain object
translate = QCoreApplication.translate


def kind_label(kind: str) -> str:
    """The pickup kind as the office says it."""
    return {"near-verbatim": translate("Pickup", "near-verbatim"),
            "partial": translate("Pickup", "partial"),
            "rewrite": translate("Pickup", "rewrite")}.get(kind, kind)


KIND_COLOURS = {"near-verbatim": "#1b5e20", "partial": "#8d6e00", "rewrite": "#5f6368"}


def percent(share: float | None) -> str:
    return "" if share is None else f"{share * 100:.0f}%"


def local_time(iso: str | None) -> str:
    """A stored UTC time ("2026-12-07T00:12:00+00:00") as the computer's local time."""
    if not iso:
        return ""
    if len(iso) == 10:  # a date without a time (a pickup's published day)
        return iso
    try:
        when = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso[:16].replace("T", " ")
    if when.tzinfo is not None:
        when = when.astimezone()
    return when.strftime("%Y-%m-%d %H:%M")


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def _date_key(value: dt.date | None) -> str:
    return value.isoformat() if value else "0000"


@dataclass
class Column:
    title: str
    text: Callable[[Any], str]
    key: Callable[[Any], Any] | None = None  # sorting; the text when None
    align_right: bool = False
    colour: Callable[[Any], str | None] | None = None
    tip: Callable[[Any], str] | None = None  # the tooltip; the text when None


class RowsModel(QAbstractTableModel):
    """Read-only rows of domain objects under `columns`; `pinned` rows (a totals row)
    stay last whatever the order."""

    def __init__(self, columns: list[Column], parent=None,
                 pinned: Callable[[Any], bool] | None = None):
        super().__init__(parent)
        self.columns = columns
        self.rows: list[Any] = []
        self.pinned = pinned
        self._order: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if self._order is not None:
            self._sorted(*self._order)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = list(self.rows)
        persistent = self.persistentIndexList()
        self._sorted(column, order)
        where = {id(row): n for n, row in enumerate(self.rows)}
        self.changePersistentIndexList(persistent, [
            self.index(where[id(before[i.row()])], i.column()) for i in persistent])
        self.layoutChanged.emit()

    def _sorted(self, column: int, order: Qt.SortOrder) -> None:
        spec = self.columns[column]
        key = spec.key or (lambda row: spec.text(row).casefold())
        pinned = self.pinned or (lambda _row: False)
        body = [row for row in self.rows if not pinned(row)]
        body.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.rows = body + [row for row in self.rows if pinned(row)]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return self.columns[section].title
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tip(row) if column.tip else column.text(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            colour = column.colour(row)
            return QColor(colour) if colour else None
        return None


def release_model(parent=None) -> RowsModel:
    """`ReleaseSummary` rows: the release list."""
    return RowsModel([
        Column(translate("Pickup", "Release"), lambda r: r.title or "—"),
        Column(translate("Pickup", "Date"), lambda r: _date(r.issued),
               lambda r: _date_key(r.issued)),
        Column(translate("Pickup", "Department"), lambda r: r.department or ""),
        Column(translate("Pickup", "Pickups"), lambda r: f"{r.pickups:,}",
               lambda r: r.pickups, True),
        Column(translate("Pickup", "Outlets"), lambda r: f"{r.outlets:,}",
               lambda r: r.outlets, True),
        Column(translate("Pickup", "Near-verbatim"), lambda r: f"{r.near_verbatim:,}",
               lambda r: r.near_verbatim, True),
        Column(translate("Pickup", "Photos used"), lambda r: f"{r.photos_used:,}",
               lambda r: r.photos_used, True),
        Column(translate("Pickup", "First pickup"), lambda r: local_time(r.first_pickup),
               lambda r: r.first_pickup or ""),
    ], parent)


def photo_how(how: str) -> str:
    """How a photo was recognised as the office's (`PhotoPickup.how`)."""
    return {"credit": translate("Pickup", "by its credit"),
            "image": translate("Pickup", "by the image"),
            "both": translate("Pickup", "by its credit and the image")}.get(how, how)


def pickup_model(parent=None) -> RowsModel:
    """`Pickup` rows: who carried one release, and how much of it. The Photos cell's
    tooltip says how each photo was recognised (`model.photo_notes` by clipping id)."""
    notes: dict[int, str] = {}
    model = RowsModel([
        Column(translate("Pickup", "Outlet"), lambda p: p.outlet or "—"),
        Column(translate("Pickup", "Category"), lambda p: p.category or ""),
        Column(translate("Pickup", "Published"), lambda p: _date(p.published),
               lambda p: _date_key(p.published)),
        Column(translate("Pickup", "Imported"), lambda p: local_time(p.imported_at),
               lambda p: p.imported_at or ""),
        Column(translate("Pickup", "Share"), lambda p: percent(p.share),
               lambda p: p.share, True),
        Column(translate("Pickup", "Kind"), lambda p: kind_label(p.kind),
               lambda p: ("near-verbatim", "partial", "rewrite").index(p.kind)
               if p.kind in ("near-verbatim", "partial", "rewrite") else 3,
               colour=lambda p: KIND_COLOURS.get(p.kind)),
        Column(translate("Pickup", "Photos"), lambda p: str(p.photos) if p.photos else "",
               lambda p: p.photos, True, tip=lambda p: notes.get(p.clipping_id, "")),
    ], parent)
    model.photo_notes = notes
    return model


def period_model(categories: Sequence[str], parent=None) -> RowsModel:
    """`PickupRow` rows of the pickup report: one per release, then the totals (kept
    last whatever the sort)."""
    none = translate("Pickup", "(no category)")
    columns = [
        Column(translate("Pickup", "Release"), lambda r: r.title or "—"),
        Column(translate("Pickup", "Date"), lambda r: _date(r.issued),
               lambda r: _date_key(r.issued)),
        Column(translate("Pickup", "Outlets"), lambda r: f"{r.outlets:,}",
               lambda r: r.outlets, True),
        Column(translate("Pickup", "Pickups"), lambda r: f"{r.pickups:,}",
               lambda r: r.pickups, True),
    ]
    for name in categories:
        columns.append(Column(name or none,
                              lambda r, n=name: str(r.by_category.get(n, 0) or ""),
                              lambda r, n=name: r.by_category.get(n, 0), True))
    columns += [
        Column(translate("Pickup", "Near-verbatim"), lambda r: percent(r.near_verbatim_share)
               if r.pickups else "", lambda r: r.near_verbatim_share, True),
        Column(translate("Pickup", "Photos used"), lambda r: f"{r.photos_used:,}",
               lambda r: r.photos_used, True),
    ]
    return RowsModel(columns, parent, pinned=lambda row: row.release_id == 0)


def as_tsv(model, columns: int | None = None) -> str:
    """The rows in the order shown, tab-separated with the header: what
    Copy puts on the clipboard for a spreadsheet."""
    count = model.columnCount() if columns is None else columns
    lines = ["\t".join(str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                       for c in range(count))]
    for row in range(model.rowCount()):
        lines.append("\t".join(str(model.index(row, c).data() or "").replace("\t", " ")
                               for c in range(count)))
    return "\n".join(lines) + "\n"
