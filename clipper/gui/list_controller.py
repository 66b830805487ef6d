"""The clipping list and the reader beside it: which list is shown, which row is
selected, and the reader showing that clipping.

The reader shows the selection or nothing: the current row when it is selected, the
one selected row otherwise, and a placeholder for none (or several rows without the
current one). A list that is shown anew selects its first row; a reload keeps the
clipping in view, or the row where it stood when it left the list (accepting a
suggestion in the Inbox goes on to the next one).

With View > Group Copies of a Story (`grouped`) a list shows one row per story group,
its original where listed, with "+2 copies" in the Status column; a story is expanded
(its listed copies shown under it) when the reader's "Also carried by" link asks for a
copy the list hides. The Inbox says in that column why each clipping is there.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QObject

from clipper.gui.models.clipping_list import STATUS, ClippingListModel
from clipper.gui.views.reader import ReaderView
from clipper.store.library import LibraryError


class ListController(QObject):
    def __init__(self, window, model: ClippingListModel, view, reader: ReaderView):
        super().__init__(window)
        self.window = window
        self.model = model
        self.view = view
        self.reader = reader
        self.terms: list[str] = []  # search words the reader highlights
        self.grouped = False  # one row per story (View > Group Copies of a Story)
        self.expanded: set[int] = set()  # story ids whose copies are listed anyway
        # What the list shows, to show it again when grouping changes: ("list", kind,
        # value) for a sidebar entry, ("results", SearchResults) for a search.
        self._source: tuple = ("list", "all", "")
        reader.clipping_link_activated.connect(self.open_clipping)
        selection = view.selectionModel()
        selection.currentRowChanged.connect(lambda _c, _p: self.sync_reader())
        selection.selectionChanged.connect(lambda _s, _d: self.sync_reader())

    @property
    def service(self):
        return self.window.service

    def show_list(self, kind: str, value: str) -> None:
        """A sidebar list: everything, the Inbox, an outlet, a tag or a theme."""
        self._source = ("list", kind, value)
        self.expanded.clear()
        self._apply_source()
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self.after_reload(None, 0)

    def show_results(self, results) -> None:
        """A search's matches, best first (sorting by a column keeps only the matches)."""
        self._source = ("results", results)
        self.expanded.clear()
        self._apply_source()
        self.view.horizontalHeader().setSortIndicatorShown(False)

    def _apply_source(self) -> None:
        """Give the model the ids of what is shown, grouped or not, and its marks."""
        svc = self.service
        grouped, expanded = self.grouped, frozenset(self.expanded)
        inbox = self._source[:2] == ("list", "inbox")
        marks = self._marks_lookup(inbox)
        if self._source[:2] == ("list", "responses"):  # the desk's open responses
            marks = self.window.desk.response_marks
        self.model.set_marks_lookup(marks)
        if self.view.isColumnHidden(STATUS) != (marks is None):
            self.view.setColumnHidden(STATUS, marks is None)
            if hasattr(self.view, "fit_columns"):
                self.view.fit_columns()  # the title keeps its room
        if self._source[0] == "list":
            _, kind, value = self._source
            self.model.set_source(
                lambda order: svc.browse_ids(kind, value, order, grouped, expanded))
            return
        results = self._source[1]
        ranked = results.ranked
        shown = svc.one_per_story(ranked, expanded) if grouped else ranked
        self.model.set_source(lambda order: svc.in_order(ranked, order, grouped, expanded),
                              ranked=shown, snippets=results.snippets())

    def _marks_lookup(self, inbox: bool):
        """The Status column's text for a page of ids, or None when the list has none:
        why a row is in the Inbox, and how many copies a story has when grouped."""
        if not (inbox or self.grouped):
            return None
        svc, grouped, expanded = self.service, self.grouped, frozenset(self.expanded)
        untagged = self.tr("Untagged")
        new_from_feed = self.tr("New from a feed")
        suggested = self.tr("Suggested: %1")
        copy = self.tr("copy")

        def marks(ids: list[int]) -> dict[int, tuple[str, bool]]:
            texts: dict[int, tuple[str, bool]] = {}
            if inbox:
                reasons = svc.inbox_reasons(ids)
                new = svc.new_from_feeds(ids)  # issue 17: brought by a watched feed
                for cid in ids:
                    names = reasons.get(cid)
                    texts[cid] = ((suggested.replace("%1", ", ".join(names)), True) if names
                                  else (new_from_feed, True) if cid in new
                                  else (untagged, False))
            if grouped:
                for cid, place in svc.story_places(ids).items():
                    mark = (copy if place.story_id in expanded and not place.original
                            else self.tr("+%Ln copies", "", place.copies))
                    text, loud = texts.get(cid, ("", False))
                    texts[cid] = (" · ".join(t for t in (text, mark) if t), loud)
            return texts

        return marks

    def set_grouped(self, grouped: bool) -> None:
        """One row per story, or every clipping; the clipping in view stays selected
        (or its story's row, when it is a copy that grouping hides)."""
        if grouped == self.grouped:
            return
        keep, row = self.current_id(), self.current_row()
        self.grouped = grouped
        self.expanded.clear()
        self._apply_source()
        if keep is not None and self.model.row_of(keep) is None:
            group = self.service.story_group(keep)
            if group is not None:
                keep = next((m for m in group.members if self.model.row_of(m) is not None),
                            keep)
        self.after_reload(keep, row)

    def reshow(self) -> None:
        """Read the list again after story groups changed (grouping, "+2 copies"), keeping
        the selection."""
        keep, row = self.current_id(), self.current_row()
        self._apply_source()
        self.after_reload(keep, row)

    def open_clipping(self, clipping_id: int) -> None:
        """Select a clipping the reader links to (another copy of its story): in this
        list; else with its story expanded, when grouping hides it; else in All
        clippings."""
        if self.select_clipping(clipping_id):
            return
        group = self.service.story_group(clipping_id) if self.grouped else None
        if group is not None and group.id not in self.expanded:
            self.expanded.add(group.id)
            self._apply_source()
            if self.select_clipping(clipping_id):
                self.view.scrollTo(self.model.index(self.model.row_of(clipping_id), 0))
                return
        window = self.window
        window.sidebar.blockSignals(True)
        window.sidebar.select_entry("all")
        window.sidebar.blockSignals(False)
        window.search.reset()
        self.show_list("all", "")
        if group is not None:
            self.expanded.add(group.id)
            self._apply_source()
        if self.select_clipping(clipping_id):
            self.view.scrollTo(self.model.index(self.model.row_of(clipping_id), 0))

    def advance_from(self, clipping_id: int) -> None:
        """After reviewing a clipping's suggestions in the Inbox, go on to the next one.
        One that left the Inbox was replaced by the next row already (`after_reload`);
        one still there (rejected, so filed nowhere) is stepped over."""
        if self._source[:2] != ("list", "inbox") or self.current_id() != clipping_id:
            return
        row = self.model.row_of(clipping_id)
        if row is not None and row + 1 < self.model.rowCount():
            self.select_row(row + 1)
            self.view.scrollTo(self.model.index(row + 1, 0))

    def set_terms(self, terms: list[str]) -> None:
        """The search words to highlight, in the clipping shown now and the next ones."""
        self.terms = list(terms)
        self.reader.highlight_terms(self.terms)

    def after_reload(self, keep_id: int | None, row_hint: int | None = None) -> None:
        """Select `keep_id` again after the list was reloaded; if it left the list, the
        row at `row_hint` (the one that took its place), else the first row."""
        rows = self.model.rowCount()
        row = self.model.row_of(keep_id) if keep_id is not None else None
        if row is None and rows and (keep_id is not None or row_hint is not None):
            row = min(row_hint, rows - 1) if row_hint is not None and row_hint >= 0 else 0
        if row is not None:
            self.select_row(row)
            self.view.scrollTo(self.model.index(row, 0))
        if rows == 0:
            self.reader.show_placeholder(self.tr("No clippings here."))
        else:
            self.sync_reader()
        # A library with feeds shows its sidebar (their status) before any clipping.
        self.window.show_library(bool(self.service.count() or self.service.list_feeds()))

    def select_row(self, row: int) -> None:
        """Make `row` the current and only selected row (selectRow() would toggle it
        when the keyboard says Ctrl is down)."""
        index = self.model.index(row, 0)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.view.selectionModel().setCurrentIndex(index, flags)

    def select_clipping(self, clipping_id: int) -> bool:
        row = self.model.row_of(clipping_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    def current_row(self) -> int | None:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else None

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        ids = [self.model.id_at(r) for r in rows]
        return [i for i in ids if i is not None]

    def shown_id(self) -> int | None:
        """The clipping the reader should show: see the module's docstring."""
        selected = self.selected_ids()
        current = self.current_id()
        if current is not None and current in selected:
            return current
        return selected[0] if len(selected) == 1 else None

    def sync_reader(self) -> None:
        """Show the selection in the reader (drawn again only when it changed)."""
        clipping_id = self.shown_id()
        shown = self.reader.clipping.id if self.reader.clipping is not None else None
        if clipping_id != shown:
            self.show_clipping(clipping_id)

    def show_clipping(self, clipping_id: int | None) -> None:
        if clipping_id is None:
            several = len(self.selected_ids()) > 1
            self.reader.show_placeholder(
                self.tr("%Ln clipping(s) selected.", "", len(self.selected_ids()))
                if several else None)
            return
        try:
            clipping = self.service.get(clipping_id)
        except LibraryError:
            self.reader.show_placeholder(self.tr("This clipping was deleted."))
            return
        self.reader.suggested_themes = self.service.browse_suggested_themes(clipping_id)
        self.reader.story_copies = [(c.id, c.outlet or c.title)
                                    for c in self.service.story_copies(clipping_id)]
        self.reader.desk_lines = self.window.desk.reader_lines(clipping)
        self.reader.pickup_lines = self.window.releases.reader_lines(clipping)  # issue 18
        self.reader.show_clipping(clipping, self.service.root)
        self.reader.highlight_terms(self.terms)
