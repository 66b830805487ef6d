"""The summary page's charts, drawn with reportlab.graphics (vector, in the PDF itself)."""

from __future__ import annotations

import datetime as dt
import math

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from clipper.export.coverage import by_week
from clipper.export.fonts import printable, register_fonts

BAR = colors.HexColor("#4a7bd0")
GRID = colors.HexColor("#d8dde6")
MAX_DAILY_BARS = 92  # beyond about three months, bars per week read better than per day


def _step(maximum: int) -> int:
    """A whole-number axis step giving about five gridlines."""
    if maximum <= 5:
        return 1
    raw = maximum / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    for nice in (1, 2, 5, 10):
        if raw <= nice * magnitude:
            return int(nice * magnitude)
    return int(10 * magnitude)


def _title(drawing: Drawing, text: str, width: float, height: float, font: str) -> None:
    drawing.add(String(0, height - 11, printable(text), fontName=font, fontSize=10,
                       fillColor=colors.HexColor("#222222")))


def day_chart(days: list[tuple[dt.date, int]], width: float, height: float,
              title: str, week_title: str) -> Drawing:
    """Coverage volume per day (per week when the period is long)."""
    regular, bold = register_fonts()
    if len(days) > MAX_DAILY_BARS:
        days, title = by_week(days), week_title
    drawing = Drawing(width, height)
    _title(drawing, title, width, height, bold)
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 30
    chart.width, chart.height = width - 36, height - 52
    values = [n for _, n in days] or [0]
    chart.data = [values]
    every = max(1, math.ceil(len(days) / 16))  # keep date labels from overlapping
    chart.categoryAxis.categoryNames = [
        f"{d.month}/{d.day}" if i % every == 0 else "" for i, (d, _) in enumerate(days)
    ] or [""]
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 45 if len(days) > 10 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(days) > 10 else "n"
    _style_values(chart, values, regular)
    chart.barSpacing = 1
    drawing.add(chart)
    return drawing


def ranking_chart(rows: list[tuple[str, int, str | None]], width: float, title: str,
                  label_chars: int = 18) -> Drawing:
    """Horizontal bars, one per row (outlet or theme), biggest on top; colour per row."""
    regular, bold = register_fonts()
    bar_height = 14
    height = 24 + 16 + bar_height * max(1, len(rows))
    drawing = Drawing(width, height)
    _title(drawing, title, width, height, bold)
    chart = HorizontalBarChart()
    label_width = 110
    chart.x, chart.y = label_width, 16
    chart.width, chart.height = width - label_width - 24, bar_height * max(1, len(rows))
    ordered = list(reversed(rows))  # the chart draws its first category at the bottom
    values = [n for _, n, _ in ordered] or [0]
    chart.data = [values]
    chart.categoryAxis.categoryNames = [
        _clip(printable(name) or "(none)", label_chars) for name, _, _ in ordered
    ] or [""]
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    _style_values(chart, values, regular)
    for i, (_, _, colour) in enumerate(ordered):
        if colour:
            chart.bars[(0, i)].fillColor = colors.HexColor(colour)
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = regular
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _style_values(chart, values: list[int], font: str) -> None:
    """The count axis both bar charts share: from 0 to a round step above the top bar."""
    top = max(values)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = _step(top)
    chart.valueAxis.valueMax = max(1, math.ceil(top / chart.valueAxis.valueStep)) * (
        chart.valueAxis.valueStep
    )
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
