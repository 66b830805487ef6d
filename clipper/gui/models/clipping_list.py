"""The clipping list as a lazy table model: all ids up front, rows loaded in pages.

A list (everything, an outlet, a search) is a list of ids, cheap even for 100k
clippings; the model asks the service for `summaries(ids)` of one page at a time when
the view first paints a row of it, and keeps a bounded number of pages (Anki's
browser does the same). The row count is known from the start, so the scroll bar is
right and no fetchMore/beginInsertRows dance is needed.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from clipper.domain import ClippingSummary
from clipper.gui import plain

PAGE_SIZE = 200
_ROOT = QModelIndex()
MAX_PAGES = 40  # at most 8,000 rows held in memory

IdsForOrder = Callable[[str], list[int]]
Summaries = Callable[[list[int]], list[ClippingSummary]]

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2

TITLE, OUTLET, PUBLISHED, PHOTOS, TAGS, THEMES, STATUS, PAGE, TONE = range(9)
# Per page of ids: the Status column's (text, stands out) by id: why a row is in the
# Inbox ("Suggested: …" stands out: it waits for a decision), "+2 copies" of a story.
# The window shows the column only for lists that have one.
MarksLookup = Callable[[list[int]], dict[int, tuple[str, bool]]]
_SORT_ORDER = {TITLE: "title", OUTLET: "outlet", PUBLISHED: "published", PAGE: "page",
               TONE: "tone"}
# The desk's tone column (issue 15) in its group's colour.
_TONE_COLOURS = {"positive": "#2e7d32", "neutral": "#5f6368", "negative": "#c62828"}


class ClippingListModel(QAbstractTableModel):
    def __init__(self, summaries: Summaries, parent=None):
        super().__init__(parent)
        self._summaries = summaries
        self._ids: list[int] = []
        self._row_of: dict[int, int] | None = None
        self._pages: OrderedDict[int, list[ClippingSummary | None]] = OrderedDict()
        self._ids_for_order: IdsForOrder | None = None
        self._order = "published"
        self._reverse = False
        self._snippets: dict[int, tuple[str, list[tuple[int, int]]]] = {}
        self._ranked: list[int] | None = None
        self._natural = False
        self._themes_for: Callable[[list[int]], dict[int, list[str]]] | None = None
        self._themes: dict[int, list[str]] = {}
        self._marks_for: MarksLookup | None = None
        self._marks: dict[int, tuple[str, bool]] = {}
        self._tone_groups: dict[str, str] = {}
        self._tone_suggestions: dict[int, str] = {}
        self.headers = [
            self.tr("Title"), self.tr("Outlet"), self.tr("Date"), self.tr("Photos"),
            self.tr("Tags"), self.tr("Themes"), self.tr("Status"), self.tr("Page"),
            self.tr("Tone"),
        ]

    # ---- what the list shows ---------------------------------------------------

    def set_source(
        self,
        ids_for_order: IdsForOrder,
        ranked: list[int] | None = None,
        snippets: dict[int, tuple[str, list[tuple[int, int]]]] | None = None,
    ) -> None:
        """Show the ids `ids_for_order(order)` gives. A search passes its `ranked` ids
        (best first), shown in that order until the user sorts by a column, and
        snippets as (text, matched spans) by id."""
        self._ids_for_order = ids_for_order
        self._ranked = ranked
        self._natural = ranked is not None
        self._snippets = snippets or {}
        self.reload()

    def ranked(self) -> bool:
        """True while the rows are in a search's relevance order."""
        return self._natural

    def set_themes_lookup(
        self, themes_for: Callable[[list[int]], dict[int, list[str]]] | None
    ) -> None:
        """Where the Themes column comes from: themes of a page of ids at once."""
        self._themes_for = themes_for

    def set_marks_lookup(self, marks_for: MarksLookup | None) -> None:
        """Where the Status column comes from (None: it stays empty). Takes effect with
        the next `set_source` or `reload`, which drop the cached pages."""
        self._marks_for = marks_for

    def set_tone_groups(self, groups: dict[str, str]) -> None:
        """Tone name -> group (positive/neutral/negative), for the Tone column's colour."""
        self._tone_groups = dict(groups)

    def set_tone_suggestions(self, suggestions: dict[int, str]) -> None:
        """Suggested tones by id, shown ("긍정?") where a row has no tone yet."""
        self._tone_suggestions = dict(suggestions)
        if self._ids:
            self.dataChanged.emit(self.index(0, TONE), self.index(len(self._ids) - 1, TONE))

    def has_marks(self) -> bool:
        return self._marks_for is not None

    def reload(self) -> None:
        """Fetch the ids again (after a change) and drop every cached page."""
        if self._natural and self._ranked is not None:
            ids = list(self._ranked)
        else:
            ids = self._ids_for_order(self._order) if self._ids_for_order else []
            if self._reverse:
                ids.reverse()
        self.beginResetModel()
        self._ids = ids
        self._row_of = None
        self._pages.clear()
        self._themes.clear()
        self._marks.clear()
        self.endResetModel()

    def refresh_rows(self, clipping_ids: list[int]) -> None:
        """Reload the rows of changed clippings in place (titles, tags...)."""
        rows = [self.row_of(i) for i in clipping_ids]
        rows = [r for r in rows if r is not None]
        for row in rows:
            self._drop_page(row // PAGE_SIZE)
        if rows:
            self.dataChanged.emit(
                self.index(min(rows), 0), self.index(max(rows), self.columnCount() - 1)
            )

    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, clipping_id: int) -> int | None:
        if self._row_of is None:
            self._row_of = {cid: row for row, cid in enumerate(self._ids)}
        return self._row_of.get(clipping_id)

    def loaded_pages(self) -> int:
        return len(self._pages)

    # ---- Qt model API ----------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        row, column = index.row(), index.column()
        if role == ID_ROLE:
            return self._ids[row]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        SNIPPET_ROLE, Qt.ItemDataRole.ForegroundRole,
                        Qt.ItemDataRole.TextAlignmentRole):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == PHOTOS:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        summary = self._summary(row)
        if summary is None:
            return None
        if role == SNIPPET_ROLE:
            return self._snippets.get(summary.id) if column == TITLE else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column in (OUTLET, PUBLISHED, PHOTOS, PAGE):
                return QColor("#5f6368")
            if column == TONE and summary.tone:
                return QColor(_TONE_COLOURS.get(self._tone_groups.get(summary.tone, ""),
                                                "#5f6368"))
            if column == TONE:
                return QColor("#ad1457")  # a suggestion, awaiting acceptance
            if column == STATUS:
                # The reader's colour for suggestions; the rest as quiet as the outlet.
                loud = self._marks.get(summary.id, ("", False))[1]
                return QColor("#ad1457" if loud else "#5f6368")
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == STATUS and self._marks.get(summary.id):
                return plain.tooltip(self._marks[summary.id][0])
            if column == PHOTOS and summary.has_cut:
                return self.tr("Cut from a printed page")
            snippet = self._snippets.get(summary.id)
            return plain.tooltip(f"{summary.title}\n{snippet[0]}" if snippet else summary.title)
        return self._display(summary, column)

    def _display(self, summary: ClippingSummary, column: int) -> str:
        if column == TITLE:
            return summary.title or self.tr("(untitled)")
        if column == OUTLET:
            return summary.outlet
        if column == PUBLISHED:
            return summary.published.isoformat() if summary.published else ""
        if column == PHOTOS:
            if summary.has_cut:  # cut from a printed page (issue 16)
                return "✂"
            return str(summary.photo_count) if summary.photo_count else ""
        if column == TAGS:
            return ", ".join(summary.tags)
        if column == THEMES:
            return ", ".join(self._themes.get(summary.id, ()))
        if column == STATUS:
            return self._marks.get(summary.id, ("", False))[0]
        if column == PAGE:
            return placement_text(summary)
        if column == TONE:
            suggested = self._tone_suggestions.get(summary.id)
            return summary.tone or (f"{suggested}?" if suggested else "")
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = _SORT_ORDER.get(column)
        if key is None:
            return
        # "published" lists newest first; the others A to Z (pages as printed).
        descending = order == Qt.SortOrder.DescendingOrder
        self._order = key
        self._reverse = descending != (key == "published")
        self._natural = False
        self.reload()

    # ---- paging ----------------------------------------------------------------

    def _summary(self, row: int) -> ClippingSummary | None:
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            start = page_no * PAGE_SIZE
            ids = self._ids[start:start + PAGE_SIZE]
            by_id = {s.id: s for s in self._summaries(ids)}
            # A clipping deleted since the ids were read shows as an empty row until
            # the change notice reloads the list.
            page = [by_id.get(i) for i in ids]
            self._pages[page_no] = page
            if self._themes_for is not None:
                self._themes.update(self._themes_for(ids))
            if self._marks_for is not None:
                self._marks.update(self._marks_for(ids))
            while len(self._pages) > MAX_PAGES:
                self._drop_page(next(iter(self._pages)))
        else:
            self._pages.move_to_end(page_no)
        offset = row - page_no * PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def _drop_page(self, page_no: int) -> None:
        """Forget a page and what was looked up for its rows (themes, marks)."""
        dropped = self._pages.pop(page_no, None) or []
        for summary in dropped:
            if summary is not None:
                self._themes.pop(summary.id, None)
                self._marks.pop(summary.id, None)


def placement_text(summary) -> str:
    """"조간 A1 · 면톱": edition, page (with 면 after a bare number) and position."""
    page = summary.page or ""
    if page and page[-1].isdigit():
        page = f"{page}면"
    head = " ".join(p for p in (summary.edition, page) if p)
    return " · ".join(p for p in (head, summary.position) if p)
