"""Press releases and their pickup in the window (issue 18).

The office's releases (보도자료) in the sidebar and in their own pane (the release, who
picked it up, how much of it they ran), the side-by-side view of a release and a
clipping, the pickup report for a period with CSV export, the photo credits, the
release import (File > Import Releases…, or files dropped on the sidebar's Releases
heading) and the clipping reader's "보도자료 〈…〉 인용" line. Reads use the window's
service; every write is one service call on the writer, journaled by the service, so
the window's Undo takes it back. The data side (import, matching, the tables) is the
service's: this module asks, shows and routes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from clipper.domain import Changes
from clipper.gui import plain
from clipper.gui.actions.runner import run_with_progress, write
from clipper.gui.models.pickup_tables import as_tsv, kind_label
from clipper.gui.window_actions import make_action
from clipper.gui.workers import Task
from clipper.search.releases import KIND_TERM as RELEASE_KIND  # kind:release, kind:보도자료
from clipper.store.library import LibraryError

translate = QCoreApplication.translate
RELEASE_FILES = "*.txt *.text *.md *.docx *.hwpx *.pdf"
SIDEBAR_RELEASES = 8  # newest releases listed in the sidebar; the pane lists them all
PICKUP_SHORTCUT = "Ctrl+Shift+R"


class ReleaseController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.view = None  # the releases pane, made when first shown
        self.report = None  # the pickup report window
        self.diff = None  # the side-by-side window
        self.summary_dialog = None  # the last import's summary
        self.current_import: Task | None = None
        self._showing = False
        self._build_actions()
        self._build_menus()
        window.reader.pickup_link_activated.connect(self.open_diff)
        window.search_field.textChanged.connect(self._on_search_text)

    @property
    def service(self):
        return self.window.service

    # ---- actions and menus -------------------------------------------------------------

    def _action(self, text: str, slot, shortcut: str | None = None) -> QAction:
        return make_action(self.window, text, slot, shortcut)

    def _build_actions(self) -> None:
        self.import_action = self._action(translate("Releases", "Import Re&leases…"),
                                          self.import_dialog)
        self.report_action = self._action(translate("Releases", "&Pickup…"),
                                          self.show_report, PICKUP_SHORTCUT)
        self.credits_action = self._action(translate("Releases", "Photo &Credits…"),
                                           self.edit_credits)
        self.rematch_action = self._action(translate("Releases", "&Match Releases Again"),
                                           self.rematch)
        self.edit_action = self._action(translate("Releases", "&Edit Release…"),
                                        self.edit_current)
        self.delete_action = self._action(translate("Releases", "&Delete Release"),
                                          self.delete_current)
        self.export_release_action = self._action(
            translate("Releases", "Export Pickups as CSV…"), self.export_current)

    def _build_menus(self) -> None:
        """File > Import Releases…; Reports > Pickup…; Settings > Photo Credits…"""
        w = self.window
        file_menu = w.menuBar().actions()[0].menu()
        after = w.import_folder_action
        actions = file_menu.actions()
        index = actions.index(after) + 1 if after in actions else len(actions)
        if index < len(actions):
            file_menu.insertAction(actions[index], self.import_action)
        else:
            file_menu.addAction(self.import_action)
        before = w.menuBar().actions()[-2]  # View: the new menus go before View, Help
        self.reports_menu = QMenu(translate("Releases", "&Reports"), w)
        self.reports_menu.addAction(self.report_action)
        self.reports_menu.addAction(self.rematch_action)
        self.settings_menu = QMenu(translate("Releases", "&Settings"), w)
        self.settings_menu.addAction(self.credits_action)
        w.menuBar().insertMenu(before, self.reports_menu)
        w.menuBar().insertMenu(before, self.settings_menu)

    # ---- the sidebar and the pane ------------------------------------------------------

    def sidebar_releases(self) -> tuple[list, int]:
        """The newest releases for the sidebar, and how many there are."""
        if self.service is None:
            return [], 0
        releases = self.service.releases()
        releases.sort(key=lambda r: (r.issued or dt.date.min, r.id), reverse=True)
        return releases[:SIDEBAR_RELEASES], len(releases)

    def show_entry(self, kind: str, value: str) -> bool:
        """A sidebar entry was chosen: True when it is ours (the pane is shown)."""
        if kind not in ("releases", "release"):
            self.hide_pane()
            return False
        self._ensure_view()
        self.window.content.setCurrentWidget(self.view)
        self._showing = True
        self.refresh_list(keep=int(value) if kind == "release" and value.isdigit() else None)
        return True

    def _on_search_text(self, text: str) -> None:
        """A search shows its results in the clipping list, so the pane gives way to it;
        one asking for `kind:release` is the release search, shown in the pane."""
        if RELEASE_KIND.search(text):
            query = RELEASE_KIND.sub(" ", text).strip()
            self.window.sidebar.blockSignals(True)
            self.window.sidebar.select_entry("releases")
            self.window.sidebar.blockSignals(False)
            self.show_entry("releases", "")
            if self.view.filter.text() != query:
                self.view.filter.setText(query)
                self.refresh_list()
        elif text:
            self.hide_pane()

    def hide_pane(self) -> None:
        if self._showing:
            self._showing = False
            if self.window.content.currentWidget() is self.view:
                self.window.content.setCurrentIndex(0)  # the list and the reader

    def showing(self) -> bool:
        return self._showing

    def _ensure_view(self) -> None:
        if self.view is not None:
            return
        from clipper.gui.views.release_view import ReleaseView

        view = ReleaseView()
        view.release_selected.connect(self._show_release)
        view.pickup_activated.connect(self.open_diff)
        view.filter_changed.connect(lambda _text: self.refresh_list())
        view.release_menu_requested.connect(self._release_menu)
        view.releases.addAction(self.delete_action)
        # A page of the window's content stack, beside the sidebar, as the cutting
        # view is: choosing another sidebar entry shows the list and reader again.
        self.window.content.addWidget(view)
        self.view = view

    def refresh_list(self, keep: int | None = None) -> None:
        if self.view is None or self.service is None:
            return
        query = self.view.filter.text().strip()
        releases = self.service.releases()
        if query:
            try:
                wanted = set(self.service.search_releases(query))
            except LibraryError as exc:  # a query the search cannot read
                self.window.statusBar().showMessage(str(exc), 8000)
                wanted = set()
            releases = [r for r in releases if r.id in wanted]
        self.view.show_releases(releases, keep)
        if not releases:
            self.view.clear_release(translate("Releases", "No release matches.") if query
                                    else translate("Releases", "No releases yet: File > "
                                                   "Import Releases…, or drop the files on "
                                                   "Releases in the sidebar."))

    def _show_release(self, release_id: int) -> None:
        if not release_id:
            self.view.clear_release()
            return
        try:
            release = self.service.release(release_id)
        except LibraryError:
            self.view.clear_release(translate("Releases", "This release was deleted."))
            return
        self.view.show_release(release, self.service.pickups(release_id=release_id),
                               self.service.root,
                               self.service.photo_pickups(release_id=release_id))

    def _release_menu(self, release_id: int, pos) -> None:
        menu = QMenu(self.window)
        menu.addAction(self.edit_action)
        menu.addAction(self.export_release_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.exec(pos)
        menu.deleteLater()

    def current_release(self) -> int | None:
        if self.view is None or not self._showing:
            return None
        return self.view.current_release_id()

    # ---- the side-by-side view ---------------------------------------------------------

    def open_diff(self, release_id: int, clipping_id: int) -> None:
        from clipper.gui.views.pickup_diff import PickupDiffDialog

        svc = self.service
        try:
            release = svc.release(release_id)
            clipping = svc.get(clipping_id)
            passages = svc.pickup_passages(release_id, clipping_id)
        except LibraryError as exc:
            plain.warn(self.window, translate("Releases", "Release and article"), str(exc))
            return
        pickup = next((p for p in svc.releases_of(clipping_id)
                       if p.release_id == release_id), None)
        facts = ""
        if pickup is not None:
            facts = " · ".join(x for x in (
                pickup.outlet, pickup.published.isoformat() if pickup.published else "",
                translate("Releases", "%1 of the article is the release's").replace(
                    "%1", f"{pickup.share * 100:.0f}%"),
                translate("Releases", "carries %1 of the release").replace(
                    "%1", f"{pickup.coverage * 100:.0f}%"),
                kind_label(pickup.kind),
                translate("Releases", "%Ln photo(s) of the office", "", pickup.photos)
                if pickup.photos else "") if x)
        if self.diff is None:
            self.diff = PickupDiffDialog(self.window)
        self.diff.show_pickup(release.title, clipping.title, clipping.outlet, facts, passages)
        self.diff.show()
        self.diff.raise_()
        self.diff.activateWindow()

    # ---- the clipping reader -----------------------------------------------------------

    def reader_lines(self, clipping) -> list[tuple[str, str]]:
        """(text, link) lines under the clipping's title: the releases it draws on,
        "보도자료 〈title〉 인용 · 72% · 거의 그대로"; the link opens the side-by-side view."""
        if self.service is None:
            return []
        lines = []
        for pickup in self.service.releases_of(clipping.id):
            try:
                title = self.service.release(pickup.release_id).title
            except LibraryError:
                continue
            text = (translate("Releases", "Release 〈%1〉 quoted").replace("%1", title)
                    + f" · {pickup.share * 100:.0f}% · {kind_label(pickup.kind)}")
            if pickup.photos:
                text += " · " + translate("Releases", "%Ln photo(s) of the office", "",
                                          pickup.photos)
            lines.append((text, f"{pickup.release_id}:{clipping.id}"))
        return lines

    # ---- import ------------------------------------------------------------------------

    def import_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.window, translate("Releases", "Import press releases"), str(Path.home()),
            translate("Releases", "Press releases (%1);;All files (*)").replace(
                "%1", RELEASE_FILES))
        if files:
            self.import_files(files)

    def import_files(self, paths: list[str]) -> Task | None:
        """Import releases on the writer, with progress and Cancel; each file's outcome
        in the summary (a file that cannot be read says why; the others go in)."""
        if self.current_import is not None and not self.current_import.done:
            self.window.statusBar().showMessage(
                translate("Releases", "Releases are being imported; wait for it or cancel "
                                      "it."), 5000)
            return None
        from clipper.gui.views.import_dialogs import ImportSummaryDialog

        def job(svc, progress, cancelled):
            return svc.import_releases(paths, progress, cancelled)

        def done(outcomes) -> None:
            self.summary_dialog = ImportSummaryDialog(outcomes, cancelled=task.cancelled(),
                                                      total=len(paths), parent=self.window)
            self.summary_dialog.setWindowTitle(translate("Releases", "Releases imported"))
            self.summary_dialog.setModal(False)
            self.summary_dialog.show()
            added = [o.clipping_id for o in outcomes
                     if o.status == "imported" and o.clipping_id]
            self.window.statusBar().showMessage(
                translate("Releases", "Imported %1 of %2 release(s).")
                .replace("%1", str(len(added))).replace("%2", str(len(outcomes))), 8000)
            if added:
                self.window.sidebar.select_entry("release", str(added[0]))
                self.show_entry("release", str(added[0]))

        task, _dialog = run_with_progress(
            self.window, translate("Releases", "Import releases"), job,
            title=translate("Releases", "Importing releases"), on_success=done)
        self.current_import = task
        return task

    def drop_on_sidebar(self, entry: tuple[str, str] | None, mime) -> bool:
        """Files dropped on the sidebar: on Releases (or a release) they are imported
        as releases; anywhere else as clippings, as a drop on the window."""
        if entry is not None and entry[0] in ("releases", "release"):
            paths = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
            if not paths:
                return False
            self.import_files(paths)
            return True
        return self.window.imports.drop(mime)

    # ---- edit and delete (journaled: Undo takes them back) -----------------------------

    def delete_current(self) -> Task | None:
        release_id = self.current_release()
        if release_id is None:
            return None
        title = self.service.release(release_id).title
        if not plain.ask(self.window, translate("Releases", "Delete release"),
                         translate("Releases", "Delete the release “%1” and its pickups? "
                                               "(Undo gives it back.)").replace("%1", title)):
            return None
        return write(self.window, translate("Releases", "Delete release"),
                     lambda svc: svc.delete_releases([release_id]))

    def edit_current(self) -> Task | None:
        from clipper.gui.views.release_dialogs import ReleaseFieldsDialog

        release_id = self.current_release()
        if release_id is None:
            return None
        release = self.service.release(release_id)
        dialog = ReleaseFieldsDialog(release, self.window)
        if not dialog.exec():
            return None
        fields = dialog.changed_fields()
        if not fields:
            return None
        return write(self.window, translate("Releases", "Edit release"),
                     lambda svc: svc.edit_release(release_id, **fields))

    # ---- photo credits -----------------------------------------------------------------

    def edit_credits(self) -> Task | None:
        from clipper.gui.views.release_dialogs import CreditsDialog

        dialog = CreditsDialog(self.service.photo_credits(), self.window)
        if not dialog.exec():
            return None
        credits = dialog.credits()
        if credits == self.service.photo_credits():
            return None
        return write(self.window, translate("Releases", "Photo credits"),
                     lambda svc: svc.set_photo_credits(credits))

    def rematch(self) -> Task:
        def done(count) -> None:
            self.window.statusBar().showMessage(
                translate("Releases", "Matched again: %Ln pickup(s).", "", int(count or 0)),
                8000)

        task, _dialog = run_with_progress(
            self.window, translate("Releases", "Match releases"),
            lambda svc, progress, cancelled: svc.rematch(progress, cancelled),
            title=translate("Releases", "Matching releases and clippings"), on_success=done)
        return task

    # ---- the pickup report -------------------------------------------------------------

    def show_report(self) -> None:
        from clipper.gui.views.pickup_report import PickupReportDialog

        if self.report is None:
            self.report = PickupReportDialog(self.window)
            self.report.range_changed.connect(lambda _s, _u: self.refresh_report())
            self.report.export_requested.connect(self.export_csv)
            self.report.copy_requested.connect(self.copy_report)
            self.report.release_activated.connect(self.open_release)
        self.refresh_report()
        self.report.show()
        self.report.raise_()

    def refresh_report(self) -> None:
        if self.report is not None and self.service is not None:
            self.report.show_table(self.service.pickup_table(*self.report.period()))

    def copy_report(self) -> None:
        if self.report is not None and self.report.model is not None:
            QApplication.clipboard().setText(as_tsv(self.report.model))
            self.window.statusBar().showMessage(
                translate("Releases", "The pickup table was copied."), 5000)

    def export_current(self) -> Task | None:
        """The chosen release's pickups, one row per clipping."""
        release_id = self.current_release()
        return None if release_id is None else self.export_csv(None, None, release_id)

    def export_csv(self, since: dt.date | None, until: dt.date | None,
                   release_id: int | None = None) -> Task | None:
        """The pickup table of a period (or one release's pickups) as CSV."""
        folder = Path(self.window.settings.value("export/folder", "", str) or Path.home())
        if not folder.is_dir():
            folder = Path.home()
        name = (f"pickup release {release_id}.csv" if release_id is not None else
                f"pickup {since.isoformat() if since else ''}_"
                f"{until.isoformat() if until else ''}.csv")
        path, _ = QFileDialog.getSaveFileName(
            self.report or self.window, translate("Releases", "Export pickup CSV"),
            str(folder / name), translate("Releases", "CSV (*.csv)"))
        if not path:
            return None
        self.window.settings.setValue("export/folder", str(Path(path).parent))

        def done(rows) -> None:
            self.window.csv_result = (Path(path), rows)
            self.window.statusBar().showMessage(
                translate("Releases", "Wrote %1 (%Ln row(s)).", "", int(rows or 0))
                .replace("%1", Path(path).name), 8000)

        task = write(self.window, translate("Releases", "Export pickup CSV"),
                     lambda svc: svc.export_pickup_csv(Path(path), since, until, release_id))
        task.finished.connect(done)
        return task

    def open_release(self, release_id: int) -> None:
        self.window.sidebar.select_entry("releases")
        self.show_entry("release", str(release_id))
        self.window.raise_()

    # ---- what the window shows ---------------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        if not (getattr(changes, "releases", False) or changes.clippings_added
                or changes.clippings_deleted or changes.clippings_changed or changes.desk):
            return
        if self._showing:
            keep = self.view.current_release_id()
            self.refresh_list(keep)
            if keep is not None and keep == self.view.current_release_id():
                self._show_release(keep)
        if self.report is not None and self.report.isVisible():
            self.refresh_report()

    def reset(self) -> None:
        """Another library: nothing of the last one stays on screen."""
        for dialog in (self.report, self.diff):
            if dialog is not None:
                dialog.hide()
        self.hide_pane()
        if self.view is not None:
            self.view.filter.clear()
