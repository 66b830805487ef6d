"""The dashboard's charts as an image: coverage by day, top outlets and themes.

Drawn with matplotlib's Agg renderer into a QImage, so that drawing can run on a thread
of its own: laying out and drawing three charts takes about half a second, and the first
draw imports matplotlib (about a second more). On the GUI thread both froze the window.
Nothing here touches a widget. This module imports matplotlib; only the chart thread
imports it (QtCharts is not in PySide6-Essentials).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import matplotlib
from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PySide6.QtGui import QImage

from clipper.export.coverage import Coverage, by_week
from clipper.gui.icons import RESOURCES

if TYPE_CHECKING:
    from clipper.gui.views.dashboard import ChartLabels

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


def draw_figure(coverage: Coverage, labels: ChartLabels, width_px: int, height_px: int,
                dpi: float = 100.0) -> tuple[Figure, dict[str, object]]:
    """A figure of up to three charts at the given pixel size, and its axes by name."""
    figure = Figure(figsize=(max(width_px, 50) / dpi, max(height_px, 50) / dpi), dpi=dpi,
                    layout="constrained")
    FigureCanvasAgg(figure)
    axes: dict[str, object] = {}
    if not coverage.total:
        return figure, axes
    charts = ["day", "outlet"] + (["theme"] if len(coverage.by_theme) > 1 else [])
    heights = {"day": 1.0, "outlet": 1.3, "theme": 1.0}
    grid = figure.add_gridspec(len(charts), 1, height_ratios=[heights[c] for c in charts])
    draw = {"day": _draw_day, "outlet": _draw_outlet, "theme": _draw_theme}
    for row, chart in enumerate(charts):
        ax = figure.add_subplot(grid[row])
        axes[chart] = ax
        draw[chart](ax, coverage, labels)
    return figure, axes


def render(figure: Figure) -> QImage:
    """The figure drawn into an image the GUI thread can show."""
    canvas = figure.canvas
    canvas.draw()
    width, height = canvas.get_width_height(physical=True)
    buffer = bytes(canvas.buffer_rgba())
    # copy(): the QImage must own its pixels once `buffer` goes.
    return QImage(buffer, width, height, QImage.Format.Format_RGBA8888).copy()


def _draw_day(ax, coverage: Coverage, labels: ChartLabels) -> None:
    import matplotlib.dates as mdates

    days = coverage.by_day
    weekly = len(days) > WEEKLY_AFTER_DAYS
    points = by_week(days) if weekly else days
    ax.set_title(labels.by_week if weekly else labels.by_day, fontsize=10, loc="left")
    if not points:
        ax.text(0.5, 0.5, labels.no_dates, ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return
    width = 6 if weekly else 0.8
    ax.bar([d for d, _ in points], [n for _, n in points], width=width, color=BAR)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.tick_params(labelsize=8)
    for label in ax.get_xticklabels():
        label.set_rotation(30)
        label.set_horizontalalignment("right")
    locator = mdates.AutoDateLocator(maxticks=8)
    ax.xaxis.set_major_locator(locator)
    # Numeric dates: matplotlib's month names are English whatever the UI language.
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(
        locator, formats=["%Y", "%Y-%m", "%m-%d", "%H:%M", "%H:%M", "%S"],
        zero_formats=["", "%Y", "%Y-%m", "%m-%d", "%H:%M", "%H:%M"],
        offset_formats=["", "%Y", "%Y-%m", "%Y-%m-%d", "%Y-%m-%d", "%Y-%m-%d %H:%M"]))


def _draw_outlet(ax, coverage: Coverage, labels: ChartLabels) -> None:
    rows = coverage.by_outlet[:TOP_OUTLETS]
    ax.set_title(labels.outlets, fontsize=10, loc="left")
    names = [name or labels.no_outlet for name, _ in rows][::-1]
    ax.barh(names, [n for _, n in rows][::-1], color=BAR)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.tick_params(labelsize=8)


def _draw_theme(ax, coverage: Coverage, labels: ChartLabels) -> None:
    rows = coverage.by_theme[:TOP_THEMES]
    ax.set_title(labels.themes, fontsize=10, loc="left")
    colours = [_colour(c) for _, _, c in rows][::-1]
    ax.barh([name for name, _, _ in rows][::-1], [n for _, n, _ in rows][::-1],
            color=colours)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.tick_params(labelsize=8)


def _colour(value: str | None) -> str:
    from matplotlib.colors import is_color_like

    return value if value and is_color_like(value) else BAR
