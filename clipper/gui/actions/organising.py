"""Tags, themes, saved searches and the Inbox's review: the dialogs that ask, and the
service call each answer becomes. Undoable changes go through the window's undo
stack (`window.add_tags`, `window.assign_theme`...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from clipper.gui import plain
from clipper.gui.actions.runner import write
from clipper.gui.workers import Task
from clipper.store.library import LibraryError

translate = QCoreApplication.translate


# ---- the sidebar's context menus ------------------------------------------------------

def sidebar_menu(window, kind: str, value: str, name: str) -> QMenu | None:
    """The context menu of a sidebar entry (None for entries without one)."""
    from clipper.gui.actions import exporting

    entries: list[tuple[str, object]] = []
    if kind == "theme":
        entries = [
            (translate("Organise", "Export Report…"),
             lambda: exporting.export_dialog(window, theme=value)),
            (translate("Organise", "Edit Theme…"), lambda: edit_theme_dialog(window, value)),
            (translate("Organise", "Delete Theme"), lambda: delete_theme_dialog(window, value))]
    elif kind == "tag":
        entries = [
            (translate("Organise", "Export Report…"),
             lambda: exporting.export_dialog(window, tag=value)),
            (translate("Organise", "Rename…"), lambda: rename_tag_dialog(window, value)),
            (translate("Organise", "Merge into…"), lambda: merge_tag_dialog(window, value)),
            (translate("Organise", "Delete"), lambda: delete_tag_dialog(window, value))]
    elif kind == "outlet" and value:
        entries = window.desk.outlet_menu_entries(value)
    elif kind == "saved":
        entries = [
            (translate("Organise", "Rename…"), lambda: rename_saved_search_dialog(window, name)),
            (translate("Organise", "Delete"), lambda: delete_saved_search_dialog(window, name))]
    if not entries:
        return None
    menu = QMenu(window)
    for text, slot in entries:
        action = menu.addAction(text)
        action.triggered.connect(lambda _c=False, f=slot: f())
    return menu


# ---- themes ------------------------------------------------------------------------

def edit_theme_dialog(window, name: str) -> None:
    from clipper.gui.views.theme_dialog import ThemeDialog

    try:
        theme = window.service.get_theme(name)
    except LibraryError as exc:
        plain.warn(window, translate("Organise", "Edit theme"), str(exc))
        return
    dialog = ThemeDialog(theme, window)
    if dialog.exec() and dialog.changed_fields():
        edit_theme(window, name, dialog.changed_fields())


def edit_theme(window, name: str, fields: dict[str, object]) -> Task:
    """Change a theme (the service refuses bad dates, names or rules with a message)."""
    new_name = str(fields.get("name") or name)
    task = write(window, translate("Organise", "Edit theme"),
                 lambda svc: svc.edit_theme(name, **fields))
    if fields.get("rule"):
        task.finished.connect(lambda _r: report_rule(window, new_name))
    if new_name != name and window.sidebar.current_entry() == ("theme", name):
        # Keep showing the same theme under its new name.
        task.finished.connect(lambda _r: window.sidebar.select_entry("theme", new_name))
    return task


def delete_theme_dialog(window, name: str) -> None:
    if plain.ask(
        window, translate("Organise", "Delete theme"),
        translate("Organise", "Delete the theme “%1”? Its clippings are kept.")
        .replace("%1", name)):
        write(window, translate("Organise", "Delete theme"), lambda svc: svc.delete_theme(name))


def fill_theme_menu(window, menu: QMenu) -> None:
    """Clipping > Add to Theme: every theme, then New Theme…"""
    menu.clear()
    themes = window.service.browse_themes()
    for name, _colour, _count in themes:
        action = menu.addAction(plain.menu_text(name))
        action.triggered.connect(
            lambda _c=False, n=name: window.assign_theme(n, window.selected_ids()))
    if themes:
        menu.addSeparator()
    menu.addAction(window.new_theme_action)


def new_theme_dialog(window) -> None:
    """New Theme…: every field of a theme at once (a rule is run as soon as it is
    saved, and the status bar says what it suggests); the selection goes in it."""
    from clipper.domain import Theme
    from clipper.gui.views.theme_dialog import ThemeDialog

    dialog = ThemeDialog(Theme(id=0, name=""), window, new=True)
    if not dialog.exec():
        return
    fields = {k: v for k, v in dialog.fields().items() if v}
    name = str(fields.pop("name", "")).strip()
    if not name:
        window.statusBar().showMessage(translate("Organise", "A theme needs a name."), 5000)
        return
    window.create_theme(name, fields.pop("colour", None), window.selected_ids(), **fields)


def report_rule(window, theme: str) -> None:
    """Say in the status bar what a theme's rule, just run, left to review."""
    counts = {name.casefold(): n for name, n in window.service.theme_review_counts().items()}
    count = counts.get(theme.casefold(), 0)
    message = (translate("Organise", "Rule suggests %Ln clipping(s): see the Inbox.", "",
                         count) if count
               else translate("Organise", "The rule suggests no clippings to review."))
    window.statusBar().showMessage(message, 10000)


def review_suggestions(window, accept: bool) -> None:
    """Accept or reject the themes rules suggested for the clipping in the reader
    (the Inbox's review, one undoable step), then go on to the next in the Inbox."""
    clipping_id = window.current_id()
    if clipping_id is None:
        return
    if not window.service.browse_suggested_themes(clipping_id):
        window.statusBar().showMessage(
            translate("Organise", "No theme suggestions for this clipping."), 5000)
        return
    task = write(window, translate("Organise", "Review themes"),
                 lambda svc: svc.review_suggestions(clipping_id, accept))
    # After the change notice (queued first), which reloaded the Inbox.
    task.finished.connect(lambda _names: window.lists.advance_from(clipping_id))


# ---- story groups (syndicated copies) ------------------------------------------------

def merge_story(window) -> Task | None:
    """Edit > Same Story: the selected clippings (and their groups) become one story."""
    ids = window.selected_ids()
    if len(ids) < 2:
        window.statusBar().showMessage(
            translate("Organise", "Select two or more clippings of the same story."), 5000)
        return None
    places = window.service.story_places(ids)
    stories = {places[i].story_id if i in places else -i for i in ids}
    if len(stories) == 1:
        window.statusBar().showMessage(
            translate("Organise", "These clippings are one story already."), 5000)
        return None
    return write(window, translate("Organise", "Same story"),
                 lambda svc: svc.merge_story(ids))


def split_story(window) -> Task | None:
    """Not the Same Story: the selected clippings leave their story groups (and are
    never grouped with those clippings again)."""
    ids = window.selected_ids()
    places = window.service.story_places(ids)
    grouped = [i for i in ids if i in places]
    if not grouped:
        window.statusBar().showMessage(
            translate("Organise", "The selected clippings are not grouped with others."), 5000)
        return None
    return write(window, translate("Organise", "Not the same story"),
                 lambda svc: svc.split_story(grouped))


# ---- tags --------------------------------------------------------------------------

def add_tags_dialog(window) -> None:
    ids = window.selected_ids()
    if not ids:
        return
    text, ok = plain.get_text(
        window, translate("Organise", "Add tags"),
        translate("Organise",
                  "Tags for %Ln clipping(s), separated by commas (a/b makes a sub-tag):",
                  "", len(ids)))
    if ok:
        window.add_tags(ids, text.split(","))


def remove_tag_dialog(window) -> None:
    ids = window.selected_ids()
    present = window.service.tags_of(ids)
    if not present:
        window.statusBar().showMessage(
            translate("Organise", "The selected clippings have no tags."), 5000)
        return
    tag, ok = plain.get_item(window, translate("Organise", "Remove tag"),
                                   translate("Organise", "Tag:"), present)
    if ok:
        window.remove_tag(ids, tag)


def rename_tag_dialog(window, tag: str) -> None:
    new, ok = plain.get_text(window, translate("Organise", "Rename tag"),
                                   translate("Organise", "New name:"), text=tag)
    if ok and new.strip() and new.strip() != tag:
        window.rename_tag(tag, new.strip())


def merge_tag_dialog(window, tag: str) -> None:
    others = [name for name, _n in window.service.browse_tags() if name != tag]
    if not others:
        window.statusBar().showMessage(
            translate("Organise", "There is no other tag to merge into."), 5000)
        return
    target, ok = plain.get_item(
        window, translate("Organise", "Merge tag"),
        translate("Organise", "Merge “%1” into:").replace("%1", tag), others, editable=True)
    if ok and target.strip() and target.strip() != tag:
        write(window, translate("Organise", "Merge tag"),
              lambda svc: svc.merge_tags([tag], target.strip()))


def delete_tag_dialog(window, tag: str) -> None:
    if plain.ask(
        window, translate("Organise", "Delete tag"),
        translate("Organise", "Remove the tag “%1” (and its sub-tags) from every clipping?")
        .replace("%1", tag)):
        write(window, translate("Organise", "Delete tag"), lambda svc: svc.delete_tag(tag))


# ---- saved searches ----------------------------------------------------------------

def save_search_dialog(window) -> None:
    query = window.search.query()
    if not query:
        window.statusBar().showMessage(translate("Organise", "Type a search first."), 5000)
        return
    name, ok = plain.get_text(window, translate("Organise", "Save search"),
                                    translate("Organise", "Name:"), text=query)
    if ok and name.strip():
        save_search(window, name.strip(), query)


def save_search(window, name: str, query: str) -> Task:
    return write(window, translate("Organise", "Save search"),
                 lambda svc: svc.add_saved_search(name, query, replace=True))


def rename_saved_search_dialog(window, name: str) -> None:
    new, ok = plain.get_text(window, translate("Organise", "Rename saved search"),
                                   translate("Organise", "New name:"), text=name)
    if ok and new.strip() and new.strip() != name:
        write(window, translate("Organise", "Rename saved search"),
              lambda svc: svc.rename_saved_search(name, new.strip()))


def delete_saved_search_dialog(window, name: str) -> None:
    if plain.ask(
        window, translate("Organise", "Delete saved search"),
        translate("Organise", "Delete the saved search “%1”?").replace("%1", name)):
        write(window, translate("Organise", "Delete saved search"),
              lambda svc: svc.delete_saved_search(name))
