"""File > Export: a PDF report, a CSV or a bundle of the list in view (or of a theme or
tag from the sidebar), written on the writer thread with progress and Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from clipper.gui.actions.runner import run_with_progress
from clipper.gui.workers import Task
from clipper.store.library import LibraryError

translate = QCoreApplication.translate


def export_selection(window):
    """What an export covers: several selected rows, else the list in view."""
    kind, value = window.sidebar.current_entry()
    return window.service.export_set_for_view(
        selected=window.selected_ids(), query=window.search.query(), kind=kind, value=value,
        listed=window.model.ids())


def _export_set(window, theme: str | None = None, tag: str | None = None):
    """The set to export, or None after saying why there is nothing."""
    try:
        if theme is not None:
            export = window.service.export_set(theme=theme)
        elif tag is not None:
            export = window.service.export_set(tag=tag)
        else:
            export = export_selection(window)
    except LibraryError as exc:
        QMessageBox.warning(window, translate("Export", "Export"), str(exc))
        return None
    if not export.ids:
        window.statusBar().showMessage(
            translate("Export", "Nothing to export in this list."), 5000)
        return None
    return export


def export_dialog(window, theme: str | None = None, tag: str | None = None) -> None:
    """The report dialog for the list in view, or for a theme or tag (its context menu)."""
    from clipper.gui.views.export_dialog import ExportDialog

    export = _export_set(window, theme, tag)
    if export is None:
        return
    dialog = ExportDialog(export.label or translate("Export", "Press clippings"),
                          len(export.ids), window.ui_language(), window)
    if not dialog.exec():
        return
    path, _ = QFileDialog.getSaveFileName(
        window, translate("Export", "Save report"), str(Path.home() / "clippings-report.pdf"),
        translate("Export", "PDF (*.pdf)"))
    if path:
        export_pdf(window, export, Path(path), dialog.options())


def export_pdf(window, export, path: Path, options: dict[str, object]) -> Task:
    """Write the report on the writer thread, with progress and Cancel."""
    from clipper.export.report import ReportOptions

    report_options = ReportOptions(**options)

    def job(svc, progress, cancelled):
        return svc.export_pdf(export, path, report_options, progress, cancelled)

    def done(result) -> None:
        message = translate("Export", "Wrote %1 (%2, %3).").replace(
            "%1", str(result.path)).replace(
            "%2", translate("Export", "%Ln page(s)", "", result.pages)).replace(
            "%3", translate("Export", "%Ln clipping(s)", "", result.clippings))
        window.statusBar().showMessage(message, 10000)
        window.export_finished.emit(result)

    task, _dialog = run_with_progress(
        window, translate("Export", "Export"), job, title=translate("Export", "Exporting"),
        on_success=done, on_cancelled=lambda: _cancelled(window, window.export_finished))
    return task


def export_data_dialog(window, kind: str) -> None:
    """File > Export CSV… / Export Bundle…: the list in view (or the selected rows)."""
    export = _export_set(window)
    if export is None:
        return
    if kind == "csv":
        name, filter_ = "clippings.csv", translate("Export", "CSV (*.csv)")
    else:
        name, filter_ = "clippings.zip", translate("Export", "Clipper bundle (*.zip)")
    path, _ = QFileDialog.getSaveFileName(window, translate("Export", "Export"),
                                          str(Path.home() / name), filter_)
    if path:
        export_data(window, kind, export, Path(path))


def export_data(window, kind: str, export, path: Path) -> Task:
    """Write a CSV or a ZIP bundle on the writer thread, with progress and Cancel."""

    def job(svc, progress, cancelled):
        if kind == "csv":
            return path, svc.export_csv(export, path)
        return path, svc.export_bundle(export, path, progress, cancelled).clippings

    def done(result) -> None:
        written, count = result
        window.statusBar().showMessage(
            translate("Export", "Wrote %1 (%Ln clipping(s)).", "", count)
            .replace("%1", str(written)), 10000)
        window.data_export_finished.emit(result)

    task, _dialog = run_with_progress(
        window, translate("Export", "Export"), job, title=translate("Export", "Exporting"),
        on_success=done, on_cancelled=lambda: _cancelled(window, window.data_export_finished))
    return task


def _cancelled(window, signal) -> None:
    # Reports and bundles are written atomically: a cancelled one left no file.
    window.statusBar().showMessage(translate("Export", "Export cancelled."), 5000)
    signal.emit(None)
