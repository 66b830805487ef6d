"""File > Export: a PDF report, a CSV or a bundle of the list in view (or of a theme or
tag from the sidebar), written on the writer thread with progress and Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from clipper.gui import plain
from clipper.gui.actions.runner import run_with_progress
from clipper.gui.workers import Task
from clipper.store.library import LibraryError

translate = QCoreApplication.translate
REMEMBERED = ("prepared_by", "order", "paper")  # report options kept between exports


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
        plain.warn(window, translate("Export", "Export"), str(exc))
        return None
    if not export.ids:
        window.statusBar().showMessage(
            translate("Export", "Nothing to export in this list."), 5000)
        return None
    return export


def export_dialog(window, theme: str | None = None, tag: str | None = None) -> None:
    """The report dialog for the list in view, or for a theme or tag (its context menu)."""
    export = _export_set(window, theme, tag)
    if export is None:
        return
    dialog = report_dialog(window, export)
    if not dialog.exec():
        return
    options = dialog.options()
    remember_report_options(window, options)
    path, _ = QFileDialog.getSaveFileName(
        window, translate("Export", "Save report"), str(default_path(window, export, ".pdf")),
        translate("Export", "PDF (*.pdf)"))
    if path:
        remember_folder(window, Path(path))
        export_pdf(window, export, Path(path), options)


def report_dialog(window, export):
    """The report options, with what the user chose last time."""
    from clipper.gui.views.export_dialog import ExportDialog

    remembered = {key: window.settings.value(f"export/{key}", "", str) for key in REMEMBERED}
    return ExportDialog(export.label or translate("Export", "Press clippings"),
                        len(export.ids), window.ui_language(), window, remembered)


def remember_report_options(window, options: dict[str, object]) -> None:
    for key in REMEMBERED:
        window.settings.setValue(f"export/{key}", str(options.get(key) or ""))


def default_path(window, export, suffix: str) -> Path:
    """Where the save dialog starts: the folder of the last export, and a name from
    the set and today's date ("청년 정책 2026-12-02.pdf")."""
    folder = Path(window.settings.value("export/folder", "", str) or Path.home())
    if not folder.is_dir():
        folder = Path.home()
    return folder / window.service.export_file_name(
        export, suffix, translate("Export", "clippings"))


def remember_folder(window, path: Path) -> None:
    window.settings.setValue("export/folder", str(path.parent))


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
        report_written(window, result.path, message)
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
        suffix, filter_ = ".csv", translate("Export", "CSV (*.csv)")
    else:
        suffix, filter_ = ".zip", translate("Export", "Clipper bundle (*.zip)")
    path, _ = QFileDialog.getSaveFileName(window, translate("Export", "Export"),
                                          str(default_path(window, export, suffix)), filter_)
    if path:
        remember_folder(window, Path(path))
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


def report_written(window, path: Path, message: str) -> QMessageBox:
    """Say where the report is, with a button that opens it (and File > Open Last
    Report for later)."""
    window.last_report = Path(path)
    window.open_report_action.setEnabled(True)
    box = plain.message_box(window, QMessageBox.Icon.Information,
                            translate("Export", "Report written"), message,
                            QMessageBox.StandardButton.Close)
    open_button = box.addButton(translate("Export", "&Open Report"),
                                QMessageBox.ButtonRole.AcceptRole)
    folder_button = box.addButton(translate("Export", "Show in &Folder"),
                                  QMessageBox.ButtonRole.ActionRole)
    open_button.clicked.connect(lambda: open_last_report(window))
    folder_button.clicked.connect(
        lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent))))
    box.setDefaultButton(open_button)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setModal(False)
    box.open()
    window.report_box = box
    return box


def open_last_report(window) -> bool:
    """Open the last report written in the system's PDF viewer."""
    path = getattr(window, "last_report", None)
    if path is None or not Path(path).exists():
        window.statusBar().showMessage(translate("Export", "The report is no longer there."),
                                       5000)
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
