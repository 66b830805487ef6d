"""The sidebar: All clippings, Inbox, themes, tags (as a tree), saved searches, outlets.

Each entry carries a (kind, value) pair; selecting one asks the window to show that
list. The tree is rebuilt after changes, keeping the selected entry selected.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from clipper.gui import plain
from clipper.gui.icons import icon
from clipper.gui.reasons import translate_reason

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2  # a saved search's name (its entry holds the query)

# Drops of clippings onto a tag or theme entry: (kind, name, clipping ids).
ClippingDropHandler = Callable[[str, str, list[int]], None]
CLIPPING_IDS_MIME = "application/x-clipper-clipping-ids"


class Sidebar(QTreeWidget):
    list_selected = Signal(str, str)  # kind, value
    # Right-click on an entry: kind, value, name (a saved search's), global position.
    entry_menu_requested = Signal(str, str, str, QPoint)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setIconSize(QSize(16, 16))
        self.setIndentation(14)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.drop_handler: ClippingDropHandler | None = None
        # Files dropped on an entry (issue 18: releases on Releases, clippings elsewhere):
        # (the entry or None, the mime data) -> whether something was imported.
        self.file_drop_handler: Callable[[tuple[str, str] | None, object], bool] | None = None
        self._current: tuple[str, str] = ("all", "")
        self._changed_by_press = False
        self.currentItemChanged.connect(self._on_current_changed)
        self.itemClicked.connect(self._on_clicked)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu)

    def current_entry(self) -> tuple[str, str]:
        return self._current

    def populate(
        self,
        total: int,
        inbox: int,
        outlets: list[tuple[str, int]],
        tags: list[tuple[str, int]],
        themes: list[tuple[str, str, int]],
        saved: list[tuple[str, str]] | None = None,
        reviews: dict[str, int] | None = None,
        feeds: list | None = None,
        responses: list | None = None,
        releases: tuple[list, int] | None = None,
        pages_to_cut: int = 0,
    ) -> None:
        """Rebuild the tree; `saved` is (name, query) of saved searches, `reviews` the
        rule suggestions awaiting review by theme name, `feeds` the watched feeds
        (`LibraryService.list_feeds`), `releases` the newest press releases and how many
        there are (issue 18)."""
        reviews = reviews or {}
        self.blockSignals(True)
        try:
            self.clear()
            self._entry(self, self.tr("All clippings"), ("all", ""), total, icon("library"))
            self._entry(self, self.tr("Inbox"), ("inbox", ""), inbox, icon("inbox"))
            if responses:
                self._responses_entry(responses)
            if pages_to_cut:  # print pages waiting to be cut (issue 16)
                item = self._entry(self, self.tr("Pages to cut"), ("pages", ""),
                                   pages_to_cut, icon("import"))
                item.setToolTip(0, self.tr("Newspaper pages imported from PDFs and scans, "
                                           "waiting for their articles to be cut out"))
            if themes:
                group = self._group(self.tr("Themes"))
                for name, colour, count in themes:
                    item = self._entry(group, name, ("theme", name), count, _swatch(colour))
                    pending = reviews.get(name, 0)
                    if pending:
                        # Beside the member count: what its rule suggested, awaiting
                        # review in the Inbox ("US trip  (12 · 3 to review)").
                        to_review = self.tr("%Ln to review", "", pending)
                        item.setText(0, f"{name}  ({count:,} · {to_review})")
                        item.setToolTip(0, self.tr(
                            "%Ln clipping(s) suggested by the rule wait in the Inbox.", "",
                            pending))
            if tags:
                group = self._group(self.tr("Tags"))
                self._tag_tree(group, tags)
            if saved:
                group = self._group(self.tr("Saved searches"))
                for name, query in saved:
                    item = self._entry(group, name, ("saved", query), None, icon("search"))
                    item.setToolTip(0, plain.tooltip(query))
                    item.setData(0, NAME_ROLE, name)
            if releases is not None:
                self._release_group(*releases)
            if feeds is not None:
                self._feed_group(feeds)
            if outlets:
                group = self._group(self.tr("Outlets"))
                for name, count in outlets:
                    label = name or self.tr("(no outlet)")
                    self._entry(group, label, ("outlet", name), count, icon("outlet"))
            self.expandAll()
            self._select(self._current) or self._select(("all", ""))
        finally:
            self.blockSignals(False)

    # ---- press releases (issue 18) --------------------------------------------------

    def _release_group(self, newest: list, total: int) -> None:
        """"Releases (12)": the heading opens the releases pane; under it the newest
        releases with how many clippings picked each up. Files dropped here are
        imported as releases (`file_drop_handler`)."""
        heading = self._entry(self, self.tr("Releases"), ("releases", ""), total,
                              icon("export"))
        font = heading.font(0)
        font.setBold(True)
        heading.setFont(0, font)
        heading.setToolTip(0, self.tr("The office's press releases and who picked them up. "
                                      "Drop release files (TXT, DOCX, HWPX, PDF) here to "
                                      "import them."))
        for release in newest:
            title = release.title or self.tr("(untitled)")
            day = release.issued.strftime("%m-%d ") if release.issued else ""
            item = self._entry(heading, f"{day}{title}", ("release", str(release.id)),
                               release.pickups)
            item.setToolTip(0, plain.tooltip(self.tr("%1: %Ln pickup(s) in %2 outlet(s)", "",
                                                     release.pickups)
                                             .replace("%1", title)
                                             .replace("%2", str(release.outlets))))
            if not release.pickups:
                item.setForeground(0, QColor("#80868b"))

    def _drop_entry(self, event) -> tuple[str, str] | None:
        item = self.itemAt(event.position().toPoint())
        entry = item.data(0, ENTRY_ROLE) if item else None
        return tuple(entry) if entry else None

    # ---- watched feeds (issue 17) ---------------------------------------------------

    def _feed_group(self, feeds: list) -> None:
        """Feeds with their new clippings; a failing one says so (its last error in the
        tooltip), a paused one is greyed. The group's title carries the sweep's status."""
        group = self._group(self._feeds_title())
        group.setData(0, ENTRY_ROLE, None)
        self._feeds_item = group
        if not feeds:
            hint = QTreeWidgetItem(group, [self.tr("Add a feed: Feeds > Add Feed…")])
            hint.setFlags(Qt.ItemFlag.ItemIsEnabled)
            hint.setForeground(0, QColor("#80868b"))
        for feed in feeds:
            title = feed.title or feed.url
            item = self._entry(group, title, ("feed", str(feed.id)),
                               feed.unread or None, icon("feed"))
            if feed.unread:
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
                new = self.tr("%1 new").replace("%1", f"{feed.unread:,}")
                item.setText(0, f"{title}  ({new})")
            checked = (feed.last_checked or "").replace("T", " ")[:16]
            lines = [feed.url, self.tr("Last check: %1").replace(
                "%1", checked or self.tr("never"))]
            if feed.paused:
                item.setForeground(0, QColor("#9aa0a6"))
                lines.append(self.tr("Paused"))
            if feed.last_error:
                item.setIcon(0, icon("warning"))
                item.setForeground(0, QColor("#c5221f"))
                lines.append(self.tr("Failing: %1").replace(
                    "%1", translate_reason(feed.last_error)))
            item.setToolTip(0, plain.tooltip("\n".join(lines)))

    def set_feeds_status(self, text: str) -> None:
        """The sweep's status beside the Feeds heading ("checking 2 of 5…")."""
        self._feeds_status = text
        item = getattr(self, "_feeds_item", None)
        try:
            if item is not None:
                item.setText(0, self._feeds_title())
                item.setToolTip(0, plain.tooltip(self._feeds_title()))
        except RuntimeError:  # the tree was rebuilt meanwhile
            pass

    def _feeds_title(self) -> str:
        status = getattr(self, "_feeds_status", "")
        return self.tr("Feeds") + (f" · {status}" if status else "")

    # ---- responses (issue 15) -------------------------------------------------------

    def _responses_entry(self, responses: list) -> None:
        """Open responses (issue 15), with how many are past their due date."""
        import datetime as dt

        overdue = sum(1 for r in responses if r.overdue(dt.date.today()))
        item = self._entry(self, self.tr("Responses"), ("responses", ""), len(responses),
                           icon("note"))
        if overdue:
            item.setText(0, self.tr("Responses") + f"  ({len(responses):,} · "
                         + self.tr("%Ln overdue", "", overdue) + ")")
            item.setForeground(0, QColor("#c62828"))
        item.setToolTip(0, self.tr("Responses to critical reports still open"))

    def select_entry(self, kind: str, value: str = "") -> bool:
        return self._select((kind, value))

    # ---- building ---------------------------------------------------------------

    def _group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [title])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setForeground(0, QColor("#5f6368"))
        return item

    def _entry(self, parent, label: str, entry: tuple[str, str], count: int | None,
               item_icon: QIcon | None = None) -> QTreeWidgetItem:
        text = label if count is None else f"{label}  ({count:,})"
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, ENTRY_ROLE, entry)
        if item_icon is not None:
            item.setIcon(0, item_icon)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if entry[0] in ("tag", "theme"):
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        item.setFlags(flags)
        return item

    def _tag_tree(self, group: QTreeWidgetItem, tags: list[tuple[str, int]]) -> None:
        counts = dict(tags)
        nodes: dict[str, QTreeWidgetItem] = {}
        for name, _count in sorted(tags, key=lambda t: t[0].casefold()):
            parts = name.split("/")
            for depth in range(1, len(parts) + 1):
                path = "/".join(parts[:depth])
                if path in nodes:
                    continue
                parent = nodes.get("/".join(parts[: depth - 1]), group) if depth > 1 else group
                nodes[path] = self._entry(parent, parts[depth - 1], ("tag", path),
                                          counts.get(path), icon("tag"))

    def _select(self, entry: tuple[str, str]) -> bool:
        for item in self._items():
            if item.data(0, ENTRY_ROLE) == entry:
                self.setCurrentItem(item)
                self._current = entry
                return True
        return False

    def _items(self):
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            yield item
            stack[0:0] = [item.child(i) for i in range(item.childCount())]

    def entry_name(self, kind: str, value: str) -> str:
        """The name shown for an entry (a saved search's name, not its query)."""
        for item in self._items():
            if item.data(0, ENTRY_ROLE) == (kind, value):
                return item.data(0, NAME_ROLE) or value
        return value

    def _on_context_menu(self, pos) -> None:
        item = self.itemAt(pos)
        entry = item.data(0, ENTRY_ROLE) if item else None
        if entry:
            name = item.data(0, NAME_ROLE) or entry[1]
            self.entry_menu_requested.emit(entry[0], entry[1], name,
                                           self.viewport().mapToGlobal(pos))

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        if current is None:
            return
        entry = current.data(0, ENTRY_ROLE)
        if entry:
            self._current = tuple(entry)
            self._changed_by_press = True
            self.list_selected.emit(*entry)

    def _on_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        # A click on the entry already shown (All clippings while searching) shows its
        # list again; a click that just changed the entry has done so already.
        if self._changed_by_press:
            self._changed_by_press = False
            return
        entry = item.data(0, ENTRY_ROLE)
        if entry and item is self.currentItem():
            self.list_selected.emit(*entry)

    # ---- drops of clippings onto tags and themes -----------------------------------

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(CLIPPING_IDS_MIME) and self.drop_handler:
            event.acceptProposedAction()
        elif event.mimeData().hasUrls() and self.file_drop_handler:  # issue 18
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if (event.mimeData().hasUrls() and self.file_drop_handler
                and not event.mimeData().hasFormat(CLIPPING_IDS_MIME)):
            event.acceptProposedAction()  # files: releases here, clippings elsewhere
            return
        item = self.itemAt(event.position().toPoint())
        entry = item.data(0, ENTRY_ROLE) if item else None
        if entry and entry[0] in ("tag", "theme") and event.mimeData().hasFormat(
                CLIPPING_IDS_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        if (event.mimeData().hasUrls() and self.file_drop_handler
                and not event.mimeData().hasFormat(CLIPPING_IDS_MIME)):
            if self.file_drop_handler(self._drop_entry(event), event.mimeData()):
                event.acceptProposedAction()
            else:
                event.ignore()
            return
        item = self.itemAt(event.position().toPoint())
        entry = item.data(0, ENTRY_ROLE) if item else None
        data = bytes(event.mimeData().data(CLIPPING_IDS_MIME)).decode()
        if not (entry and entry[0] in ("tag", "theme") and data and self.drop_handler):
            event.ignore()
            return
        ids = [int(x) for x in data.split(",") if x.strip().isdigit()]
        self.drop_handler(entry[0], entry[1], ids)
        event.acceptProposedAction()


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour) if QColor.isValidColorName(colour) else QColor("#4a7bd0"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(1, 1, 12, 12, 3, 3)
    painter.end()
    return QIcon(pixmap)
