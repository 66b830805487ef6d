"""Ctrl+Z and Ctrl+Shift+Z on the library's own undo journal (the one `clipper undo` uses).

The window computes no inverses: every change is journaled by the service as it is
made, so Undo asks the writer thread for `service.undo()` and Redo for
`service.redo()`, and the actions are named after the journal's newest entries (read
with the window's read service after every change, whoever made it, the CLI
included).

`JournalUndo` stands where a QUndoStack stood and keeps the part of its interface the
window uses (`push`, `undo`, `redo`, `clear`, `count`, `createUndoAction`,
`createRedoAction`): `push(command)` only runs the command's `redo()`, which submits
the change; the journal does the rest.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication

from clipper.domain import Changes

translate = QCoreApplication.translate


def describe(kind: str, args: dict[str, Any], label: str) -> str:
    """A journal entry's name in the UI's language (the journal keeps English labels
    for the CLI, and kind + arguments so the app can say it in Korean)."""
    text = _TEMPLATES.get(kind)
    if text is None:
        return label
    text = translate("Undo", text)
    for key, value in args.items():
        shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
        text = text.replace("{" + key + "}", shown)
    return text if "{" not in text else label


# English source texts, marked for lupdate; translated when shown (in the language of
# the moment), with the {placeholders} filled from the entry's arguments.
_TEMPLATES = {
    "add_tags": QT_TRANSLATE_NOOP("Undo", "add tag {tags} to {count} clipping(s)"),
    "remove_tags": QT_TRANSLATE_NOOP("Undo", "remove tag {tags} from {count} clipping(s)"),
    "rename_tag": QT_TRANSLATE_NOOP("Undo", "rename tag {sources} to {target}"),
    "merge_tags": QT_TRANSLATE_NOOP("Undo", "merge tag {sources} into {target}"),
    "delete_tag": QT_TRANSLATE_NOOP("Undo", "delete tag {name}"),
    "promote_keywords": QT_TRANSLATE_NOOP("Undo", "keywords of {count} clipping(s) to tags"),
    "create_theme": QT_TRANSLATE_NOOP("Undo", "create theme {name}"),
    "edit_theme": QT_TRANSLATE_NOOP("Undo", "edit theme {name}"),
    "delete_theme": QT_TRANSLATE_NOOP("Undo", "delete theme {name}"),
    "assign_theme": QT_TRANSLATE_NOOP("Undo", "add {count} clipping(s) to theme {name}"),
    "unassign_theme": QT_TRANSLATE_NOOP("Undo", "remove {count} clipping(s) from theme {name}"),
    "accept_suggestions": QT_TRANSLATE_NOOP("Undo", "accept theme {name}"),
    "reject_suggestions": QT_TRANSLATE_NOOP("Undo", "reject theme {name}"),
    "review_theme": QT_TRANSLATE_NOOP("Undo", "review theme {name}"),
    "apply_rule": QT_TRANSLATE_NOOP("Undo", "run the rule of theme {name}"),
    "apply_rules": QT_TRANSLATE_NOOP("Undo", "run every theme's rule"),
    "highlight": QT_TRANSLATE_NOOP("Undo", "highlight"),
    "add_note": QT_TRANSLATE_NOOP("Undo", "add note"),
    "edit_annotation": QT_TRANSLATE_NOOP("Undo", "edit note"),
    "delete_annotation": QT_TRANSLATE_NOOP("Undo", "remove highlight"),
    "correct_clipping": QT_TRANSLATE_NOOP("Undo", "correct clipping"),
    "delete_clippings": QT_TRANSLATE_NOOP("Undo", "delete {count} clipping(s)"),
    "save_search": QT_TRANSLATE_NOOP("Undo", "save search {name}"),
    "rename_saved_search": QT_TRANSLATE_NOOP("Undo", "rename saved search {name}"),
    "delete_saved_search": QT_TRANSLATE_NOOP("Undo", "delete saved search {name}"),
    "split_story": QT_TRANSLATE_NOOP("Undo", "split {count} clipping(s) from their story"),
    "merge_story": QT_TRANSLATE_NOOP("Undo", "merge {count} clipping(s) into one story"),
    # the daily report (issue 15)
    "save_report_preset": QT_TRANSLATE_NOOP("Undo", "save report preset {name}"),
    "delete_report_preset": QT_TRANSLATE_NOOP("Undo", "delete report preset {name}"),
    # the morning desk (issue 15)
    "set_tone": QT_TRANSLATE_NOOP("Undo", "set tone {tone} on {count} clipping(s)"),
    "clear_tone": QT_TRANSLATE_NOOP("Undo", "clear the tone of {count} clipping(s)"),
    "accept_tone_suggestions": QT_TRANSLATE_NOOP("Undo",
                                                 "accept suggested tones of {count} clipping(s)"),
    "add_tone": QT_TRANSLATE_NOOP("Undo", "add tone {name}"),
    "edit_tone": QT_TRANSLATE_NOOP("Undo", "edit tone {tone}"),
    "delete_tone": QT_TRANSLATE_NOOP("Undo", "delete tone {tone}"),
    "set_placement": QT_TRANSLATE_NOOP("Undo", "set print placement of {count} clipping(s)"),
    "set_response": QT_TRANSLATE_NOOP("Undo", "response {response} for clipping {clipping}"),
    "clear_response": QT_TRANSLATE_NOOP("Undo", "remove the response of clipping {clipping}"),
    "edit_outlet": QT_TRANSLATE_NOOP("Undo", "edit outlet {outlet}"),
    "merge_outlets": QT_TRANSLATE_NOOP("Undo", "merge outlet {sources} into {target}"),
    "add_outlet": QT_TRANSLATE_NOOP("Undo", "add outlet {outlet}"),
    "set_categories": QT_TRANSLATE_NOOP("Undo", "edit outlet categories"),
    # press releases (issue 18)
    "import_releases": QT_TRANSLATE_NOOP("Undo", "import {count} release file(s)"),
    "delete_releases": QT_TRANSLATE_NOOP("Undo", "delete release(s) {ids}"),
    "edit_release": QT_TRANSLATE_NOOP("Undo", "edit release {id}"),
    "set_photo_credits": QT_TRANSLATE_NOOP("Undo", "set photo credits"),
    # print pages (issue 16)
    "cut_clipping": QT_TRANSLATE_NOOP("Undo", "cut an article from a page"),
    "delete_print_pages": QT_TRANSLATE_NOOP("Undo", "delete print pages"),
    "edit_print_page": QT_TRANSLATE_NOOP("Undo", "edit a print page"),
}


class JournalUndo(QObject):
    """The window's Undo and Redo, on the library's journal."""

    changed = Signal()  # after the actions' names and states were refreshed
    replayed = Signal(str, str)  # ("undo" or "redo", what), after the writer did it

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._writer = None
        self._undo: list[tuple[str, str]] = []  # (kind, name) newest first
        self._redo: list[tuple[str, str]] = []  # next first
        self._actions: list[tuple[QAction, str, bool]] = []  # (action, prefix, is_undo)
        # A change made in a terminal (`clipper tag add ...`) while the window was in the
        # background: the names are read again when the user comes back.
        app = QGuiApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._on_application_state)

    # ---- QUndoStack's interface, as the window uses it ---------------------------------

    def push(self, command) -> None:
        """Run a change (its `redo()` submits the service call; the service journals it)."""
        command.redo()

    def clear(self) -> None:
        """A library was opened: follow its writer and show its journal."""
        writer = self.window.writer
        if writer is not self._writer and writer is not None:
            writer.changed.connect(self._on_changes)
            self._writer = writer
        self.refresh()

    def count(self) -> int:
        return len(self._undo) + len(self._redo)

    def canUndo(self) -> bool:  # noqa: N802 (Qt's name)
        return bool(self._undo)

    def canRedo(self) -> bool:  # noqa: N802
        return bool(self._redo)

    def undoText(self) -> str:  # noqa: N802
        return self._undo[0][1] if self._undo else ""

    def redoText(self) -> str:  # noqa: N802
        return self._redo[0][1] if self._redo else ""

    def createUndoAction(self, parent: QObject, prefix: str = "") -> QAction:  # noqa: N802
        return self._action(parent, prefix or translate("Undo", "&Undo"), True)

    def createRedoAction(self, parent: QObject, prefix: str = "") -> QAction:  # noqa: N802
        return self._action(parent, prefix or translate("Undo", "&Redo"), False)

    def undo(self):
        """Take back the newest change (a writer job); the Task, or None if nothing."""
        return self._submit(undo=True)

    def redo(self):
        return self._submit(undo=False)

    # ---- the journal ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the journal's ends (cheap: two indexed queries) and name the actions."""
        service = self.window.service
        if service is None:
            self._undo, self._redo = [], []
        else:
            self._undo = [(e.kind, describe(e.kind, e.args, e.label))
                          for e in service.undo_history()]
            self._redo = [(e.kind, describe(e.kind, e.args, e.label))
                          for e in service.redo_history()]
        for action, prefix, is_undo in self._actions:
            self._name(action, prefix, is_undo)
        self.changed.emit()

    def _action(self, parent: QObject, prefix: str, is_undo: bool) -> QAction:
        action = QAction(prefix, parent)
        action.triggered.connect(self.undo if is_undo else self.redo)
        self._actions.append((action, prefix, is_undo))
        self._name(action, prefix, is_undo)
        return action

    def _name(self, action: QAction, prefix: str, is_undo: bool) -> None:
        entries = self._undo if is_undo else self._redo
        what = entries[0][1] if entries else ""
        action.setEnabled(bool(entries))
        action.setText(f"{prefix} {what}".strip())
        # The toolbar shows the short name: a long label must not push the search field
        # into the overflow menu. The whole name is in the menu and the tooltip.
        short = prefix.replace("&", "")
        action.setIconText(short)
        action.setToolTip(f"{short}: {what}" if what else short)

    def _submit(self, undo: bool):
        writer = self.window.writer
        if writer is None:
            return None
        verb = "undo" if undo else "redo"

        def job(svc, _progress, _cancelled):
            history = svc.undo_history() if undo else svc.redo_history()
            if not history:
                return None  # pressed twice quickly: nothing left, and no error to show
            label, _changes = svc.undo() if undo else svc.redo()
            entry = history[0]
            return describe(entry.kind, entry.args, label)

        task = writer.submit(translate("Undo", "Undo") if undo else translate("Undo", "Redo"),
                             job)
        task.finished.connect(lambda what: self._done(verb, what))
        return task

    def _done(self, verb: str, what: str | None) -> None:
        self.refresh()
        if what is None:
            return
        message = (translate("Undo", "Undone: %1") if verb == "undo"
                   else translate("Undo", "Redone: %1")).replace("%1", what)
        bar = getattr(self.window, "statusBar", None)
        if bar is not None:
            bar().showMessage(message, 5000)
        self.replayed.emit(verb, what)

    def _on_changes(self, _changes: Changes) -> None:
        self.refresh()

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.refresh()
