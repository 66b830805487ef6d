"""The dashboard: coverage of the list in view by day, by outlet and by theme.

The charts are drawn on a thread of its own (`dashboard_charts`, matplotlib's Agg
renderer) and shown as an image: importing matplotlib and drawing three charts take
1–1.5 s, which froze the window when done on the GUI thread. Only the newest request is
drawn; a burst of list changes or a resize draws once. The figures come from
`LibraryService.coverage`, the same aggregation the PDF report's summary page uses.
"""

from __future__ import annotations

import queue
import threading
from dataclasses import dataclass

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

    drawn = Signal(int, object, object, object)  # request, QImage, Figure, axes
    failed = Signal(int, str)


@dataclass
class _Request:
    bridge: _Bridge
    number: int
    coverage: Coverage
    labels: ChartLabels
    width: int
    height: int
    dpi: float


class _ChartThread:
    """One thread for every dashboard of the process: matplotlib is imported there."""

    _instance: _ChartThread | None = None

    def __init__(self) -> None:
        self.requests: queue.Queue[_Request] = queue.Queue()
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
                from clipper.gui.views import dashboard_charts as charts

                figure, axes = charts.draw_figure(request.coverage, request.labels,
                                                  request.width, request.height,
                                                  request.dpi)
                image = charts.render(figure)
            except Exception as exc:  # noqa: BLE001 -- shown in the dock, never a crash
                self._emit(request.bridge.failed, request.number, str(exc))
                continue
            self._emit(request.bridge.drawn, request.number, image, figure, axes)

    @staticmethod
    def _emit(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the dock was closed and deleted meanwhile
            pass


class DashboardView(QWidget):
    """The summary line and an image of up to three charts, redrawn by `show_coverage`."""

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
        self.coverage: Coverage | None = None
        self.drawn_coverage: Coverage | None = None  # what the image shows
        # The last drawn figure and its charts by name, for tests and anyone reading
        # the figure back (drawing is over once they are here).
        self.figure = None
        self.axes: dict[str, object] = {}
        self._requested = 0
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

    def show_coverage(self, coverage: Coverage, label: str = "") -> None:
        self.coverage = coverage
        period = ""
        if coverage.first and coverage.last:
            period = f" · {coverage.first:%Y-%m-%d} – {coverage.last:%Y-%m-%d}"
        text = self.tr("%Ln clipping(s)", "", coverage.total) + period
        if coverage.undated:
            text += " · " + self.tr("%Ln undated", "", coverage.undated)
        # Rich text of our own around escaped names: a name is never markup.
        self.summary.setText(f"<b>{plain.rich(label)}</b><br>{plain.rich(text)}" if label
                             else plain.rich(text))
        self._request()

    def is_drawn(self) -> bool:
        """The image shows the newest coverage (tests wait for this)."""
        return self.coverage is not None and self.drawn_coverage is self.coverage

    def _labels(self) -> ChartLabels:
        return ChartLabels(by_day=self.tr("Coverage by day"),
                           by_week=self.tr("Coverage by week"),
                           no_dates=self.tr("No dated clippings"),
                           outlets=self.tr("Top outlets"), no_outlet=self.tr("(no outlet)"),
                           themes=self.tr("Themes"))

    def _request(self) -> None:
        if self.coverage is None:
            return
        self._resize_timer.stop()
        self._requested += 1
        ratio = self.devicePixelRatioF() or 1.0
        width, height = self.canvas.width(), self.canvas.height()
        self._drawn_size = (width, height)
        width, height = max(width, MIN_DRAW[0]), max(height, MIN_DRAW[1])
        _ChartThread.shared().requests.put(_Request(
            self._bridge, self._requested, self.coverage, self._labels(),
            int(width * ratio), int(height * ratio), 100.0 * ratio))

    def _on_drawn(self, number: int, image, figure, axes) -> None:
        if number != self._requested:
            return  # an older request: a newer image is on its way
        ratio = self.devicePixelRatioF() or 1.0
        pixmap = QPixmap.fromImage(image)
        if pixmap.width() > self.canvas.width() * ratio or \
                pixmap.height() > self.canvas.height() * ratio:
            # Drawn before the dock had its size; a redraw at the right size follows.
            pixmap = pixmap.scaled(int(self.canvas.width() * ratio),
                                   int(self.canvas.height() * ratio),
                                   Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        pixmap.setDevicePixelRatio(ratio)
        self.canvas.setPixmap(pixmap)
        self.figure, self.axes = figure, axes
        self.drawn_coverage = self.coverage
        self.charts_drawn.emit()

    def _on_failed(self, number: int, message: str) -> None:
        if number == self._requested:
            self.canvas.setText(self.tr("The charts could not be drawn: %1")
                                .replace("%1", message))
            self.drawn_coverage = self.coverage

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        size = (self.canvas.width(), self.canvas.height())
        if self.coverage is not None and size != self._drawn_size:
            self._resize_timer.start()


class DashboardDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dashboard"))
        self.setObjectName("dashboardDock")
        self.view = DashboardView(self)
        self.setWidget(self.view)
