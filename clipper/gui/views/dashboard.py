"""The dashboard: coverage of the list in view by day, by outlet and by theme.

Drawn with matplotlib's Qt canvas (QtCharts is not in PySide6-Essentials). This module
imports matplotlib, so the window imports it only when the dashboard is first opened:
start-up stays as fast as before. The figures come from `LibraryService.coverage`, the
same aggregation the PDF report's summary page uses.
"""

from __future__ import annotations

import os

# matplotlib picks its Qt binding from QT_API; PySide6 is already imported, but say so
# explicitly so a PyQt installed next to it is never chosen.
os.environ.setdefault("QT_API", "pyside6")

import matplotlib  # noqa: E402

matplotlib.use("QtAgg")

from matplotlib import font_manager  # noqa: E402
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDockWidget, QLabel, QVBoxLayout, QWidget  # noqa: E402

from clipper.export.coverage import Coverage, by_week  # noqa: E402
from clipper.gui import plain  # noqa: E402
from clipper.gui.icons import RESOURCES  # noqa: E402

FONT_FILE = RESOURCES / "fonts" / "NanumGothic.ttf"
TOP_OUTLETS = 10
TOP_THEMES = 10
WEEKLY_AFTER_DAYS = 120  # longer periods are drawn by week: daily bars would be hairs
BAR = "#4a7bd0"


def _register_font() -> str:
    """Korean labels need a font with Hangul: the one we ship (no system font needed)."""
    font_manager.fontManager.addfont(str(FONT_FILE))
    family = font_manager.FontProperties(fname=str(FONT_FILE)).get_name()
    matplotlib.rcParams["font.family"] = [family, "DejaVu Sans"]
    matplotlib.rcParams["axes.unicode_minus"] = False  # NanumGothic lacks U+2212
    # Outlet and theme names are text, not mathtext: "$1 $2" must not become formulas.
    matplotlib.rcParams["text.parse_math"] = False
    return family


FONT_FAMILY = _register_font()


class DashboardView(QWidget):
    """A figure of up to three charts, redrawn by `show_coverage`."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.figure = Figure(figsize=(5, 7), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.canvas, 1)
        self.coverage: Coverage | None = None
        # The charts by name, for tests and for anyone reading the figure back.
        self.axes: dict[str, object] = {}

    def show_coverage(self, coverage: Coverage, label: str = "") -> None:
        self.coverage = coverage
        self.figure.clear()
        self.axes = {}
        period = ""
        if coverage.first and coverage.last:
            period = f" · {coverage.first:%Y-%m-%d} – {coverage.last:%Y-%m-%d}"
        text = self.tr("%Ln clipping(s)", "", coverage.total) + period
        if coverage.undated:
            text += " · " + self.tr("%Ln undated", "", coverage.undated)
        # Rich text of our own around escaped names: a name is never markup.
        self.summary.setText(f"<b>{plain.rich(label)}</b><br>{plain.rich(text)}" if label
                             else plain.rich(text))
        if not coverage.total:
            self.canvas.draw_idle()
            return
        charts = ["day", "outlet"] + (["theme"] if len(coverage.by_theme) > 1 else [])
        heights = {"day": 1.0, "outlet": 1.3, "theme": 1.0}
        grid = self.figure.add_gridspec(len(charts), 1,
                                        height_ratios=[heights[c] for c in charts])
        for row, chart in enumerate(charts):
            ax = self.figure.add_subplot(grid[row])
            self.axes[chart] = ax
            getattr(self, f"_draw_{chart}")(ax, coverage)
        self.canvas.draw_idle()

    def _draw_day(self, ax, coverage: Coverage) -> None:
        days = coverage.by_day
        weekly = len(days) > WEEKLY_AFTER_DAYS
        points = by_week(days) if weekly else days
        ax.set_title(self.tr("Coverage by week") if weekly else self.tr("Coverage by day"),
                     fontsize=10, loc="left")
        if not points:
            ax.text(0.5, 0.5, self.tr("No dated clippings"), ha="center", va="center",
                    transform=ax.transAxes)
            ax.set_axis_off()
            return
        width = 6 if weekly else 0.8
        ax.bar([d for d, _ in points], [n for _, n in points], width=width, color=BAR)
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.tick_params(labelsize=8)
        for label in ax.get_xticklabels():
            label.set_rotation(30)
            label.set_horizontalalignment("right")
        import matplotlib.dates as mdates

        locator = mdates.AutoDateLocator(maxticks=8)
        ax.xaxis.set_major_locator(locator)
        # Numeric dates: matplotlib's month names are English whatever the UI language.
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(
            locator, formats=["%Y", "%Y-%m", "%m-%d", "%H:%M", "%H:%M", "%S"],
            zero_formats=["", "%Y", "%Y-%m", "%m-%d", "%H:%M", "%H:%M"],
            offset_formats=["", "%Y", "%Y-%m", "%Y-%m-%d", "%Y-%m-%d", "%Y-%m-%d %H:%M"]))

    def _draw_outlet(self, ax, coverage: Coverage) -> None:
        rows = coverage.by_outlet[:TOP_OUTLETS]
        ax.set_title(self.tr("Top outlets"), fontsize=10, loc="left")
        names = [name or self.tr("(no outlet)") for name, _ in rows][::-1]
        ax.barh(names, [n for _, n in rows][::-1], color=BAR)
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.tick_params(labelsize=8)

    def _draw_theme(self, ax, coverage: Coverage) -> None:
        rows = coverage.by_theme[:TOP_THEMES]
        ax.set_title(self.tr("Themes"), fontsize=10, loc="left")
        colours = [_colour(c) for _, _, c in rows][::-1]
        ax.barh([name for name, _, _ in rows][::-1], [n for _, n, _ in rows][::-1],
                color=colours)
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.tick_params(labelsize=8)


class DashboardDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dashboard"))
        self.setObjectName("dashboardDock")
        self.view = DashboardView(self)
        self.setWidget(self.view)


def _colour(value: str | None) -> str:
    from matplotlib.colors import is_color_like

    return value if value and is_color_like(value) else BAR
