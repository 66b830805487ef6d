"""The side-by-side view of a release and a clipping that picked it up (issue 18).

Rows come from `LibraryService.pickup_passages` in the release's order, with the
outlet's own passages where the article has them: the release on the left, the
article on the right. A row is plain when the outlet kept the passage; "changed" marks
both sides and highlights the words that differ (a word-level difflib diff: Korean
words are space-separated eojeol, so a changed particle marks its whole word);
"added" fills the right side only, in green; "left-out" the left side only, grey and
struck through.

Built as one QTextDocument table with QTextCursor calls (as the reader: no HTML is
parsed, so nothing imported can run or load anything); rows of different length stay
aligned because they are one table's rows. Up/Down (or n/p) move between the rows that
are not the same; Esc closes.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextLength,
    QTextTableCellFormat,
    QTextTableFormat,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
)

# Row kinds as `Passage.kind` names them; anything else is shown as "changed".
SAME, CHANGED, ADDED, LEFT_OUT = "same", "changed", "added", "left-out"
CHANGED_FILL = "#fff8e1"  # a changed row, both sides
WORD_REMOVED = "#ffcdd2"  # words of the release the outlet changed or dropped
WORD_ADDED = "#c8e6c9"  # words the outlet wrote instead
ADDED_FILL = "#e8f5e9"  # a passage the outlet added (right side)
LEFT_OUT_TEXT = "#9e9e9e"  # a passage the outlet left out (left side)
CURRENT_BAR = "#1565c0"  # the row Up/Down moved to: a bar left of it
_TOKENS = re.compile(r"\s+|[^\s]+")


def word_diff(old: str, new: str) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    """Both sides as (text, differs) runs: the release's words the outlet changed or
    dropped, and the words the outlet wrote instead. Spaces count as their own tokens,
    so a run keeps the text exactly as it was."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    left: list[tuple[str, bool]] = []
    right: list[tuple[str, bool]] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if i2 > i1:
            left.append(("".join(a[i1:i2]), op != "equal" and not _blank(a[i1:i2])))
        if j2 > j1:
            right.append(("".join(b[j1:j2]), op != "equal" and not _blank(b[j1:j2])))
    return _joined(left), _joined(right)


def _blank(tokens: list[str]) -> bool:
    return all(not t.strip() for t in tokens)


def _joined(runs: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    for text, differs in runs:
        if out and out[-1][1] == differs:
            out[-1] = (out[-1][0] + text, differs)
        else:
            out.append((text, differs))
    return out


class PickupDiffView(QTextBrowser):
    """The two columns; `rows` are the passages, `marked` the rows Up/Down visit."""

    close_requested = Signal()
    current_changed = Signal(int, int)  # the visited row's number among marked, count

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.rows: list = []
        self.marked: list[int] = []  # passage indexes that are not the same
        self.current: int | None = None  # an index into `marked`
        self._cells: list[tuple[int, int]] = []  # per passage: table row's start, end
        self._table = None

    def show_passages(self, passages: Sequence, left_title: str, right_title: str) -> None:
        self.rows = list(passages)
        self.marked = [i for i, p in enumerate(self.rows) if p.kind != SAME]
        self.current = None
        doc = QTextDocument(self)
        doc.setDocumentMargin(10)
        doc.setDefaultFont(self.font())
        cursor = QTextCursor(doc)
        fmt = QTextTableFormat()
        fmt.setBorder(0)
        fmt.setCellSpacing(0)
        fmt.setCellPadding(6)
        fmt.setHeaderRowCount(1)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, 50)] * 2)
        table = cursor.insertTable(len(self.rows) + 1, 2, fmt)
        size = self.font().pointSizeF() if self.font().pointSizeF() > 0 else 10.0
        head = _char(size, bold=True, colour="#3c4043")
        for column, title in enumerate((left_title, right_title)):
            cell = table.cellAt(0, column)
            cell.setFormat(_cell_format("#eceff1"))
            cell.firstCursorPosition().insertText(title, head)
        self._cells = []
        for row, passage in enumerate(self.rows, start=1):
            left, right = table.cellAt(row, 0), table.cellAt(row, 1)
            self._fill(left, right, passage, size)
            self._cells.append((left.firstCursorPosition().position(),
                                right.lastCursorPosition().position()))
        self._table = table
        self.setDocument(doc)
        self._mark_current()

    def _fill(self, left, right, passage, size: float) -> None:
        plain = _char(size)
        kind = passage.kind
        if kind == SAME:
            left.setFormat(_cell_format("#ffffff"))
            right.setFormat(_cell_format("#ffffff"))
            left.firstCursorPosition().insertText(passage.release_text, plain)
            right.firstCursorPosition().insertText(passage.clipping_text, plain)
        elif kind == ADDED:
            left.setFormat(_cell_format("#fafafa"))
            right.setFormat(_cell_format(ADDED_FILL))
            right.firstCursorPosition().insertText(passage.clipping_text,
                                                   _char(size, colour="#1b5e20"))
        elif kind == LEFT_OUT:
            left.setFormat(_cell_format("#f5f5f5"))
            struck = _char(size, colour=LEFT_OUT_TEXT)
            struck.setFontStrikeOut(True)
            left.firstCursorPosition().insertText(passage.release_text, struck)
        else:  # changed: both sides, the differing words highlighted
            left.setFormat(_cell_format(CHANGED_FILL))
            right.setFormat(_cell_format(CHANGED_FILL))
            old_runs, new_runs = word_diff(passage.release_text, passage.clipping_text)
            cursor = left.firstCursorPosition()
            for text, differs in old_runs:
                cursor.insertText(text, _char(size, fill=WORD_REMOVED if differs else None,
                                              strike=differs))
            cursor = right.firstCursorPosition()
            for text, differs in new_runs:
                cursor.insertText(text, _char(size, fill=WORD_ADDED if differs else None))

    # ---- moving between the rows that differ ---------------------------------------

    def move(self, step: int) -> None:
        """To the next (step 1) or previous (-1) row that is not the same."""
        if not self.marked:
            return
        if self.current is None:
            self.current = 0 if step > 0 else len(self.marked) - 1
        else:
            self.current = max(0, min(len(self.marked) - 1, self.current + step))
        self._mark_current()

    def current_passage(self):
        return None if self.current is None else self.rows[self.marked[self.current]]

    def _mark_current(self) -> None:
        """A thick blue bar left of the visited row (a cell border, so the word
        highlights inside stay as they are), and the view scrolled to it."""
        table = self._table
        for index in range(len(self.rows)):
            visited = self.current is not None and index == self.marked[self.current]
            cell = table.cellAt(index + 1, 0)
            fmt = cell.format().toTableCellFormat()
            fmt.setLeftBorder(5 if visited else 0)
            fmt.setLeftBorderBrush(QColor(CURRENT_BAR))
            fmt.setLeftBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
            cell.setFormat(fmt)
        if self.current is None:
            self.current_changed.emit(0, len(self.marked))
            return
        start, _end = self._cells[self.marked[self.current]]
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.current_changed.emit(self.current + 1, len(self.marked))

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_N):
            self.move(1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_P):
            self.move(-1)
        elif key == Qt.Key.Key_Escape:
            self.close_requested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class PickupDiffDialog(QDialog):
    """The view in a window of its own, with what the pickup is and a legend."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.resize(1180, 760)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.facts = QLabel()
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setStyleSheet("color: #5f6368")
        layout.addWidget(self.facts)
        self.view = PickupDiffView()
        self.view.close_requested.connect(self.reject)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        for text, style in (
                (self.tr("changed"), f"background: {CHANGED_FILL}"),
                (self.tr("added by the outlet"), f"background: {ADDED_FILL}"),
                (self.tr("left out"), f"color: {LEFT_OUT_TEXT}; text-decoration: line-through")):
            label = QLabel(text)
            label.setStyleSheet(style + "; padding: 2px 6px")
            row.addWidget(label)
        row.addStretch(1)
        self.position = QLabel()
        row.addWidget(self.position)
        layout.addLayout(row)
        self.view.current_changed.connect(self._show_position)
        hint = QLabel(self.tr("Up/Down or N/P: next or previous difference · Esc: close"))
        hint.setStyleSheet("color: #80868b")
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def show_pickup(self, release_title: str, clipping_title: str, outlet: str,
                    facts: str, passages: Sequence) -> None:
        self.setWindowTitle(self.tr("Release and article side by side"))
        self.heading.setText(f"{release_title}  ↔  {clipping_title}")
        self.facts.setText(facts)
        self.view.show_passages(passages, self.tr("Release"),
                                self.tr("Article") + (f" · {outlet}" if outlet else ""))
        self.view.setFocus()

    def _show_position(self, number: int, count: int) -> None:
        if not count:
            self.position.setText(self.tr("No difference: the outlet ran the release as it is."))
        elif not number:
            self.position.setText(self.tr("%Ln difference(s)", "", count))
        else:
            self.position.setText(self.tr("Difference %1 of %2").replace("%1", str(number))
                                  .replace("%2", str(count)))


def _cell_format(fill: str) -> QTextTableCellFormat:
    fmt = QTextTableCellFormat()
    fmt.setBackground(QColor(fill))
    fmt.setBottomBorder(1)
    fmt.setBottomBorderBrush(QColor("#e0e0e0"))
    fmt.setBottomBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    return fmt


def _char(size: float, bold: bool = False, colour: str | None = None,
          fill: str | None = None, strike: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontPointSize(size)
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    if colour:
        fmt.setForeground(QColor(colour))
    if fill:
        fmt.setBackground(QColor(fill))
    fmt.setFontStrikeOut(strike)
    return fmt
