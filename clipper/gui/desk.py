"""The morning desk in the window (issue 15): tone keys 1-9 (0 clears), learned tone
suggestions to accept, print placement, response records, the outlet registry and the
tone classes. Each action is one service call on the writer (undoable through the
journal, like every change); this module only asks and shows."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from clipper.domain import Changes
from clipper.gui import plain
from clipper.gui.actions.runner import write
from clipper.gui.models.clipping_list import PAGE, TONE
from clipper.gui.window_actions import make_action
from clipper.store.library import LibraryError

translate = QCoreApplication.translate
MAX_KEYS = 9


class DeskController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.suggestions: dict[int, object] = {}  # id -> Suggestion, for this library
        self.quality = None  # the last model's cross-validated Quality
        self.outlets_dialog = None
        self._build_actions()

    @property
    def service(self):
        return self.window.service

    # ---- actions and menus -------------------------------------------------------------

    def _action(self, text: str, slot, shortcut: str | None = None) -> QAction:
        # Only where clippings are chosen: typing 1 in the search field stays text.
        return make_action(self.window, text, slot, shortcut,
                           context=Qt.ShortcutContext.WidgetShortcut if shortcut else None)

    def _build_actions(self) -> None:
        w = self.window
        self.tone_actions = [
            self._action(str(key), lambda k=key: self.set_tone(k), str(key))
            for key in range(1, MAX_KEYS + 1)]
        self.clear_tone_action = self._action(translate("Desk", "&Clear Tone"),
                                              lambda: self.set_tone(None), "0")
        self.suggest_action = self._action(translate("Desk", "&Suggest Tones"),
                                           self.suggest_tones)
        self.accept_action = self._action(translate("Desk", "&Accept Suggested Tone"),
                                          self.accept_suggestions)
        self.placement_action = self._action(translate("Desk", "Print P&lacement…"),
                                             self.placement_dialog)
        self.response_action = self._action(translate("Desk", "Res&ponse…"),
                                            self.response_dialog)
        self.outlets_action = self._action(translate("Desk", "&Outlets…"), self.show_outlets)
        self.tones_action = self._action(translate("Desk", "&Tone Classes…"), self.edit_tones)
        for action in [*self.tone_actions, self.clear_tone_action]:
            w.list_view.addAction(action)
            w.reader.addAction(action)
        self.tone_menu = QMenu(translate("Desk", "To&ne"), w)
        self.menu = QMenu(translate("Desk", "Des&k"), w)
        w.menuBar().insertMenu(w.menuBar().actions()[-2], self.menu)  # before View, Help
        self.refresh_tones()

    def refresh_tones(self) -> None:
        """Tone actions named after the library's tones (keys without one are hidden)."""
        tones = {t.key: t for t in self.service.tones()} if self.service else {}
        for key, action in enumerate(self.tone_actions, start=1):
            tone = tones.get(key)
            action.setText(plain.menu_text(f"{tone.name}") if tone else str(key))
            action.setVisible(tone is not None)
            action.setEnabled(tone is not None)
        self.window.model.set_tone_groups({t.name: t.group for t in tones.values()})
        self.tone_menu.clear()
        for action in self.tone_actions:
            if action.isVisible():
                self.tone_menu.addAction(action)
        self.tone_menu.addAction(self.clear_tone_action)
        self.menu.clear()
        self.menu.addMenu(self.tone_menu)
        for entry in (self.suggest_action, self.accept_action, None, self.placement_action,
                      self.response_action, None, self.outlets_action, self.tones_action):
            if entry is None:
                self.menu.addSeparator()
            else:
                self.menu.addAction(entry)

    def list_actions(self) -> list:
        return [self.tone_menu, self.accept_action, self.placement_action,
                self.response_action]

    # ---- tone ------------------------------------------------------------------------

    def set_tone(self, key: int | None) -> None:
        ids = self.window.selected_ids()
        if not ids:
            return
        label = translate("Desk", "Set tone")
        write(self.window, label, lambda svc: svc.set_tone(ids, key))

    def suggest_tones(self) -> None:
        """Learn from the labelled clippings (on the writer) and suggest a tone for the
        clippings of the list in view that have none; nothing is set."""
        ids = self.window.model.ids()
        self.window.statusBar().showMessage(
            translate("Desk", "Learning from the tones set so far…"))

        def job(svc):
            model = svc.tone_model()
            return model.quality, svc.tone_suggestions(ids)

        task = write(self.window, translate("Desk", "Suggest tones"), job)
        task.finished.connect(self._suggested)
        task.failed.connect(lambda _m: self.window.statusBar().clearMessage())

    def _suggested(self, result) -> None:
        self.quality, suggestions = result
        self.suggestions.update(suggestions)
        self.update_columns()
        self.window.model.set_tone_suggestions(
            {i: s.tone for i, s in self.suggestions.items()})
        self.window.statusBar().showMessage(self.quality_text(len(suggestions)), 15000)
        shown = self.window.lists.shown_id()
        if shown is not None:
            self.window.show_clipping(shown)

    def quality_text(self, count: int | None = None) -> str:
        q = self.quality
        text = (translate("Desk", "Suggestions were right %1% of the time on %2 labelled "
                                  "clippings held back in turn (%3-fold cross-validation); "
                                  "right group %4%.")
                .replace("%1", f"{q.accuracy * 100:.0f}").replace("%2", str(q.labelled))
                .replace("%3", str(q.folds)).replace("%4", f"{q.group_accuracy * 100:.0f}"))
        if count is not None:
            text = translate("Desk", "%Ln suggestion(s).", "", count) + " " + text
        return text

    def accept_suggestions(self) -> None:
        ids = [i for i in self.window.selected_ids() if i in self.suggestions]
        if not ids:
            self.window.statusBar().showMessage(
                translate("Desk", "No suggested tone for the selection: use Suggest Tones "
                                  "first."), 5000)
            return
        write(self.window, translate("Desk", "Accept suggested tone"),
              lambda svc: svc.accept_tone_suggestions(ids))

    def edit_tones(self) -> None:
        """Rename a tone class, or delete one (asking before its clippings lose it)."""
        w = self.window
        tones = self.service.tones()
        names = [t.name for t in tones]
        new_tone = translate("Desk", "(new tone…)")
        name, ok = plain.get_item(w, translate("Desk", "Tone classes"),
                                  translate("Desk", "Tone to rename or delete:"),
                                  [*names, new_tone])
        if ok and name == new_tone:
            self.add_tone()
            return
        if not ok or name not in names:
            return
        new, ok = plain.get_text(
            w, translate("Desk", "Rename tone"),
            translate("Desk", "New name for “%1” (empty: delete it):").replace("%1", name),
            name)
        if not ok or new.strip() == name:
            return
        if new.strip():
            write(w, translate("Desk", "Rename tone"),
                  lambda svc: svc.edit_tone(name, new_name=new))
            return
        count = self.service.tone_counts().get(name, 0)
        if count and not plain.ask(
                w, translate("Desk", "Delete tone"),
                translate("Desk", "%Ln clipping(s) carry the tone “%1”. Delete it and take it "
                                  "off them? (Undo gives it back.)", "", count)
                .replace("%1", name)):
            return
        write(w, translate("Desk", "Delete tone"),
              lambda svc: svc.delete_tone(name, clear=True))

    def add_tone(self) -> None:
        """A new tone class: its name and its group (its key is the first free one)."""
        w = self.window
        name, ok = plain.get_text(w, translate("Desk", "New tone"),
                                  translate("Desk", "Name of the new tone:"))
        if not ok or not name.strip():
            return
        groups = {translate("Desk", "negative"): "negative",
                  translate("Desk", "neutral"): "neutral",
                  translate("Desk", "positive"): "positive"}
        group, ok = plain.get_item(w, translate("Desk", "New tone"),
                                   translate("Desk", "Counted in charts as:"), list(groups))
        if ok and group in groups:
            write(w, translate("Desk", "New tone"),
                  lambda svc: svc.add_tone(name, groups[group]))

    # ---- placement and response ----------------------------------------------------------

    def placement_dialog(self) -> None:
        from clipper.gui.views.desk_dialogs import PlacementDialog

        ids = self.window.selected_ids()
        if not ids:
            return
        first = self.service.summaries(ids[:1])[0]
        dialog = PlacementDialog(first.edition, first.page, first.position, len(ids) > 1,
                                 self.window)
        if dialog.exec() and dialog.fields():
            fields = dialog.fields()
            write(self.window, translate("Desk", "Set placement"),
                  lambda svc: svc.set_placement(ids, **fields))

    def response_dialog(self) -> None:
        from clipper.gui.views.desk_dialogs import ResponseDialog

        clipping_id = self.window.current_id()
        if clipping_id is None:
            return
        current = self.service.responses([clipping_id]).get(clipping_id)
        dialog = ResponseDialog(current, self.window)
        if dialog.exec():
            fields = dialog.fields()
            write(self.window, translate("Desk", "Set response"),
                  lambda svc: svc.set_response(clipping_id, **fields))

    # ---- outlets ------------------------------------------------------------------------

    def show_outlets(self) -> None:
        from clipper.gui.views.outlets_dialog import OutletsDialog

        if self.outlets_dialog is None:
            dialog = OutletsDialog(self.window)
            dialog.edit_requested.connect(self.edit_outlet)
            dialog.merge_requested.connect(self.merge_outlet)
            dialog.categories_requested.connect(self.set_categories)
            self.outlets_dialog = dialog
        self._fill_outlets()
        self.outlets_dialog.show()
        self.outlets_dialog.raise_()

    def _fill_outlets(self) -> None:
        if self.outlets_dialog is not None and self.service is not None:
            svc = self.service
            self.outlets_dialog.show_outlets(svc.outlets(), svc.outlet_categories(),
                                             svc.outlet_clipping_counts())

    def edit_outlet(self, name: str, fields: dict) -> None:
        task = write(self.window, translate("Desk", "Edit outlet"),
                     lambda svc: svc.edit_outlet(name, **fields))
        task.failed.connect(lambda _m: self._fill_outlets())  # back to what is stored

    def set_categories(self, names: list[str]) -> None:
        write(self.window, translate("Desk", "Outlet categories"),
              lambda svc: svc.set_outlet_categories(names))

    def merge_outlet(self, source: str, target: str) -> None:
        write(self.window, translate("Desk", "Merge outlets"),
              lambda svc: svc.merge_outlets([source], target))

    def outlet_menu_entries(self, name: str) -> list[tuple[str, object]]:
        """The sidebar's menu on an outlet: edit it, merge it into another."""
        def edit() -> None:
            self.show_outlets()
            row = self.outlets_dialog.row_of(name)
            if row is not None:
                self.outlets_dialog.table.setCurrentCell(row, 1)

        def merge() -> None:
            others = [o.name for o in self.service.outlets() if o.name != name]
            target, ok = plain.get_item(
                self.window, translate("Desk", "Merge outlet"),
                translate("Desk", "Merge “%1” into (its clippings move there):")
                .replace("%1", name), others)
            if ok and target:
                self.merge_outlet(name, target)

        return [(translate("Desk", "Edit Outlet…"), edit),
                (translate("Desk", "Merge into Another Outlet…"), merge)]

    # ---- what the window shows ----------------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        if changes.clippings_changed or changes.clippings_added or changes.clippings_deleted:
            self.update_columns()
        if changes.desk:
            self.refresh_tones()
            self._fill_outlets()
            w = self.window
            if w.sidebar.current_entry()[0] == "responses" and not w.search.query():
                # A record opened, closed or removed: the list's members changed.
                keep, row = w.current_id(), w.lists.current_row()
                w.model.reload()
                w.lists.after_reload(keep, row)
        settled = [cid for cid in changes.clippings_changed
                   if cid in self.suggestions and self._has_tone(cid)]
        if settled:  # a tone was set (accepted or by hand): no longer a suggestion
            for cid in settled:
                del self.suggestions[cid]
            self.window.model.set_tone_suggestions(
                {i: s.tone for i, s in self.suggestions.items()})

    def _has_tone(self, clipping_id: int) -> bool:
        try:
            return self.service.get(clipping_id).tone is not None
        except LibraryError:
            return True

    def reset(self) -> None:
        """Another library: nothing suggested yet."""
        self.suggestions.clear()
        self.quality = None
        self.window.model.set_tone_suggestions({})
        if self.outlets_dialog is not None:
            self.outlets_dialog.hide()
        self.refresh_tones()
        self.update_columns()

    def reader_lines(self, clipping) -> list[tuple[str, str]]:
        """(text, colour) lines the reader shows under the title: placement, tone (or the
        suggestion to accept), and the response record."""
        lines: list[tuple[str, str]] = []
        from clipper.gui.models.clipping_list import placement_text

        where = placement_text(clipping)
        if where:
            lines.append((translate("Desk", "Print: %1").replace("%1", where), "#5f6368"))
        if clipping.tone:
            lines.append((translate("Desk", "Tone: %1").replace("%1", clipping.tone),
                          "#37474f"))
        elif clipping.id in self.suggestions:
            s = self.suggestions[clipping.id]
            lines.append((translate("Desk", "Suggested tone: %1 (%2%) — Accept Suggested "
                                            "Tone sets it").replace("%1", s.tone)
                          .replace("%2", f"{s.confidence * 100:.0f}"), "#ad1457"))
        response = self.service.responses([clipping.id]).get(clipping.id)
        if response is not None:
            lines.append((self.response_text(response), "#c62828"
                          if response.overdue(dt.date.today()) else "#6d4c41"))
        return lines

    def response_text(self, response) -> str:
        kind = translate("Desk", "none") if response.kind == "none" else response.kind
        parts = [translate("Desk", "Response: %1").replace("%1", kind)]
        if response.due:
            parts.append(translate("Desk", "due %1").replace("%1", response.due.isoformat()))
        if response.closed:
            parts.append(translate("Desk", "closed"))
        elif response.overdue(dt.date.today()):
            parts.append(translate("Desk", "OVERDUE"))
        if response.note:
            parts.append(response.note)
        return " · ".join(parts)

    def response_marks(self, ids: list[int]) -> dict[int, tuple[str, bool]]:
        """The Status column of the Responses list: kind and due date, overdue loud."""
        today = dt.date.today()
        return {cid: (self.response_text(r), r.overdue(today))
                for cid, r in self.service.responses(ids).items()}

    def update_columns(self) -> None:
        """Page and Tone columns once the library has placements or tones (a library
        that does not use the desk keeps its title's room)."""
        view = self.window.list_view
        placed, toned = self.service.desk_in_use() if self.service else (False, False)
        toned = toned or bool(self.suggestions)
        changed = False
        for column, shown in ((PAGE, placed), (TONE, toned)):
            if view.isColumnHidden(column) == shown:
                view.setColumnHidden(column, not shown)
                changed = True
        if changed and hasattr(view, "fit_columns"):
            view.fit_columns()
