"""The list's Title column during a search: the title, then the snippet with the
matched words in bold, on one line (rows keep one fixed height for fast scrolling)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from clipper.gui.models.clipping_list import SNIPPET_ROLE


class TitleDelegate(QStyledItemDelegate):
    def paint(self, painter, option, index) -> None:
        snippet = index.data(SNIPPET_ROLE)
        if not snippet:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_colour = opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        grey = text_colour if selected else QColor("#5f6368")
        rect = opt.rect.adjusted(4, 0, -4, 0)
        painter.save()
        painter.setClipRect(opt.rect)
        x = rect.left()
        x = _draw(painter, rect, x, title + "  —  ", opt.font, text_colour)
        text, marks = snippet
        bold = QFont(opt.font)
        bold.setBold(True)
        last = 0
        for start, end in marks:
            if x >= rect.right():
                break
            x = _draw(painter, rect, x, text[last:start], opt.font, grey)
            x = _draw(painter, rect, x, text[start:end], bold, text_colour)
            last = end
        if x < rect.right():
            _draw(painter, rect, x, text[last:], opt.font, grey)
        painter.restore()


def _draw(painter, rect: QRect, x: int, text: str, font: QFont, colour: QColor) -> int:
    if not text:
        return x
    metrics = QFontMetrics(font)
    room = rect.right() - x
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
    painter.setFont(font)
    painter.setPen(colour)
    painter.drawText(QRect(x, rect.top(), room, rect.height()),
                     int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), shown)
    return x + metrics.horizontalAdvance(shown)
