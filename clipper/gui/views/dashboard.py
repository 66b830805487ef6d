"""The dashboard: coverage of the list in view by day, by outlet and by theme.

The counts and the charts are made on a thread of its own and shown as an image:
importing matplotlib and drawing three charts took 1–1.5 s and counting a 10k library
40–60 ms, which froze the window when done on the GUI thread. The thread counts through
its own LibraryService (its own read connection: SQLite releases the GIL while it
works) with `LibraryService.coverage`, the aggregation the PDF report's summary page
uses, then draws with matplotlib's Agg renderer (`dashboard_charts`). Only the newest
request is done; a burst of list changes or a resize draws once.
"""

from __future__ import annotations

import queue
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDockWidget, QLabel, QSizePolicy, QVBoxLayout, QWidget

from clipper.export.coverage import Coverage
from clipper.gui import plain

RESIZE_DELAY_MS = 150
# Drawn at least this size (before the dock is laid out it is tiny); shown scaled down.
MIN_DRAW = (320, 420)


@dataclass(frozen=True)
class ChartLabels:
    """The charts' words in the UI's language, translated on the GUI thread."""

    by_day: str = "Coverage by day"
    by_week: str = "Coverage by week"
    no_dates: str = "No dated clippings"
    outlets: str = "Top outlets"
    no_outlet: str = "(no outlet)"
    themes: str = "Themes"


class _Bridge(QObject):
    """Carries a drawn chart from the chart thread to the view (a queued signal)."""

    drawn = Signal(int, object, object, object, object)  # request, Coverage, QImage, Figure, axes
    failed = Signal(int, str)


@dataclass
class _Request:
    bridge: _Bridge
    number: int
    folder: Path  # the library: counted on the chart thread's own connection
    ids: list[int]
    labels: ChartLabels
    width: int
    height: int
    dpi: float


class _ChartThread:
    """One thread for every dashboard of the process: matplotlib is imported there."""

    _instance: _ChartThread | None = None

    def __init__(self) -> None:
        self.requests: queue.Queue[_Request] = queue.Queue()
        self._service = None  # LibraryService of the library last counted
        threading.Thread(target=self._run, name="dashboard-charts", daemon=True).start()

    @classmethod
    def shared(cls) -> _ChartThread:
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance

    def _run(self) -> None:
        while True:
            request = self.requests.get()
            while not self.requests.empty():  # only the newest is worth drawing
                request = self.requests.get_nowait()
            try:
                coverage = self._count(request)
                from clipper.gui.views import dashboard_charts as charts

                figure, axes = charts.draw_figure(coverage, request.labels,
                                                  request.width, request.height,
                                                  request.dpi)
                image = charts.render(figure)
            except Exception as exc:  # noqa: BLE001 -- shown in the dock, never a crash
                self._emit(request.bridge.failed, request.number, str(exc))
                continue
            self._emit(request.bridge.drawn, request.number, coverage, image, figure, axes)

    def _count(self, request: _Request) -> Coverage:
        from clipper.services import LibraryService

        if self._service is None or self._service.root != request.folder:
            if self._service is not None:
                self._service.close()
            self._service = LibraryService(request.folder)
        return self._service.coverage(request.ids)

    @staticmethod
    def _emit(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the dock was closed and deleted meanwhile
            pass


class DashboardView(QWidget):
    """The summary line and an image of up to three charts, redrawn by `show_ids`."""

    charts_drawn = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.canvas = QLabel(self.tr("Drawing charts…"))
        self.canvas.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The image follows the dock's size, never the other way round.
        self.canvas.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.canvas.setMinimumSize(MIN_DRAW[0] - 60, 240)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.canvas, 1)
        self.coverage: Coverage | None = None  # what the image shows
        # The last drawn figure and its charts by name, for tests and anyone reading
        # the figure back (drawing is over once they are here).
        self.figure = None
        self.axes: dict[str, object] = {}
        self._requested = 0
        self._done = 0
        self._label = ""
        self._wanted: tuple[Path, list[int]] | None = None
        self._drawn_size = (0, 0)
        self._bridge = _Bridge(self)
        self._bridge.drawn.connect(self._on_drawn)
        self._bridge.failed.connect(self._on_failed)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(RESIZE_DELAY_MS)
        self._resize_timer.timeout.connect(self._request)

    def sizeHint(self) -> QSize:  # noqa: N802 -- Qt's name
        # Wide enough for outlet names beside their bars; the list keeps the rest.
        return QSize(MIN_DRAW[0] + 40, MIN_DRAW[1] + 80)

    def show_ids(self, folder: Path, ids: list[int], label: str = "") -> None:
        """Count and chart these clippings of the library in `folder` (on the thread)."""
        self._label = label
        self._wanted = (Path(folder), list(ids))
        self._request()

    def _show_summary(self, coverage: Coverage) -> None:
        period = ""
        if coverage.first and coverage.last:
            period = f" · {coverage.first:%Y-%m-%d} – {coverage.last:%Y-%m-%d}"
        text = self.tr("%Ln clipping(s)", "", coverage.total) + period
        if coverage.undated:
            text += " · " + self.tr("%Ln undated", "", coverage.undated)
        label = self._label
        # Rich text of our own around escaped names: a name is never markup.
        self.summary.setText(f"<b>{plain.rich(label)}</b><br>{plain.rich(text)}" if label
                             else plain.rich(text))

    def is_drawn(self) -> bool:
        """The image shows the newest request (tests wait for this)."""
        return self._requested > 0 and self._done == self._requested

    def _labels(self) -> ChartLabels:
        return ChartLabels(by_day=self.tr("Coverage by day"),
                           by_week=self.tr("Coverage by week"),
                           no_dates=self.tr("No dated clippings"),
                           outlets=self.tr("Top outlets"), no_outlet=self.tr("(no outlet)"),
                           themes=self.tr("Themes"))

    def _request(self) -> None:
        if self._wanted is None:
            return
        self._resize_timer.stop()
        self._requested += 1
        ratio = self.devicePixelRatioF() or 1.0
        width, height = self.canvas.width(), self.canvas.height()
        self._drawn_size = (width, height)
        width, height = max(width, MIN_DRAW[0]), max(height, MIN_DRAW[1])
        folder, ids = self._wanted
        _ChartThread.shared().requests.put(_Request(
            self._bridge, self._requested, folder, ids, self._labels(),
            int(width * ratio), int(height * ratio), 100.0 * ratio))

    def _on_drawn(self, number: int, coverage: Coverage, image, figure, axes) -> None:
        if number != self._requested:
            return  # an older request: a newer image is on its way
        self._show_summary(coverage)
        ratio = self.devicePixelRatioF() or 1.0
        pixmap = QPixmap.fromImage(image)
        if pixmap.width() > self.canvas.width() * ratio or \
                pixmap.height() > self.canvas.height() * ratio:
            # Drawn at MIN_DRAW for a smaller dock, or before a resize whose redraw
            # follows: shown scaled down meanwhile.
            pixmap = pixmap.scaled(int(self.canvas.width() * ratio),
                                   int(self.canvas.height() * ratio),
                                   Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        pixmap.setDevicePixelRatio(ratio)
        self.canvas.setPixmap(pixmap)
        self.figure, self.axes, self.coverage = figure, axes, coverage
        self._done = number
        self.charts_drawn.emit()

    def _on_failed(self, number: int, message: str) -> None:
        if number == self._requested:
            self.canvas.setText(self.tr("The charts could not be drawn: %1")
                                .replace("%1", message))
            self._done = number

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        size = (self.canvas.width(), self.canvas.height())
        if self._wanted is not None and size != self._drawn_size:
            self._resize_timer.start()


class DashboardDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dashboard"))
        self.setObjectName("dashboardDock")
        self.view = DashboardView(self)
        self.setWidget(self.view)
