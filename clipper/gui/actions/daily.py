"""File > Daily Clipping Report: the morning report (조간 스크랩) of a day as PDF, DOCX
and/or HWPX, written on the writer thread with progress and Cancel; its layout saved as
a named preset."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from clipper.gui import plain
from clipper.gui.actions import exporting
from clipper.gui.actions.runner import run_with_progress, write
from clipper.gui.workers import Task
from clipper.store.library import LibraryError

translate = QCoreApplication.translate
FILTERS = {"pdf": "PDF (*.pdf)", "docx": "Word (*.docx)", "hwpx": "Hangul (*.hwpx)"}


class _Empty:
    """What the job returns for a day with no clippings (nothing was written)."""

    def __init__(self, message: str):
        self.message = message


def daily_dialog(window, day: dt.date | None = None):
    """The options dialog, with the library's presets; None when they cannot be read."""
    from clipper.gui.views.daily_dialog import DailyDialog

    presets = [name for name, _ in window.service.report_presets()]
    dialog = DailyDialog(presets, window, day)
    remembered = window.settings.value("daily/preset", "", str)
    if remembered in presets:
        dialog.preset.setCurrentIndex(dialog.preset.findData(remembered))
        load_preset(window, dialog, remembered)
    dialog.preset_chosen.connect(lambda name: load_preset(window, dialog, name))
    dialog.save_preset_requested.connect(lambda: save_preset(window, dialog))
    return dialog


def daily_report_dialog(window) -> None:
    """The action: options, then where to save, then the report on the writer thread."""
    dialog = daily_dialog(window)
    if not dialog.exec():
        return
    window.settings.setValue("daily/preset", dialog.preset.currentData() or "")
    day, formats, layout = dialog.day_chosen(), dialog.formats_chosen(), dialog.layout_chosen()
    first = formats[0]
    folder = Path(window.settings.value("export/folder", "", str) or Path.home())
    if not folder.is_dir():
        folder = Path.home()
    name = f"{layout.title} {day.isoformat()} {layout.edition}".strip()
    path, _ = QFileDialog.getSaveFileName(
        window, translate("Daily", "Save daily report"), str(folder / f"{name}.{first}"),
        ";;".join(FILTERS[f] for f in formats))
    if path:
        exporting.remember_folder(window, Path(path))
        stem = Path(path).with_suffix("")
        write_daily(window, day, [stem.with_suffix(f".{f}") for f in formats], layout)


def load_preset(window, dialog, name: str) -> None:
    try:
        dialog.set_layout(window.service.daily_layout(name or None))
    except LibraryError as exc:
        plain.warn(dialog, translate("Daily", "Daily clipping report"), str(exc))


def save_preset(window, dialog) -> Task | None:
    """Save the dialog's layout under a name (undoable, on the writer thread)."""
    try:
        layout = dialog.layout_chosen()
    except LibraryError as exc:
        plain.warn(dialog, translate("Daily", "Daily clipping report"), str(exc))
        return None
    current = dialog.preset.currentData() or ""
    name, ok = plain.get_text(dialog, translate("Daily", "Save as Preset"),
                              translate("Daily", "Preset name:"), current)
    name = " ".join(name.split())
    if not ok or not name:
        return None
    task = write(window, translate("Daily", "Save report preset"),
                 lambda svc: svc.save_report_preset(name, layout))

    def saved(_result) -> None:
        # A preset changes no clipping, so no change notice names the new Undo step.
        window.undo_stack.refresh()
        if dialog.preset.findData(name) < 0:
            dialog.preset.addItem(name, name)
        dialog.preset.blockSignals(True)
        dialog.preset.setCurrentIndex(dialog.preset.findData(name))
        dialog.preset.blockSignals(False)
        window.statusBar().showMessage(
            translate("Daily", "Saved report preset %1.").replace("%1", name), 5000)

    task.finished.connect(saved)
    return task


def write_daily(window, day: dt.date, paths: list[Path], layout) -> Task:
    """Write the report's files on the writer thread, with progress and Cancel."""
    from clipper.export.daily import EmptyDay

    def job(svc, progress, cancelled):
        try:
            return svc.write_daily_files(day, paths, layout=layout, progress=progress,
                                         cancelled=cancelled)
        except EmptyDay:
            return _Empty(day.isoformat())

    def done(result) -> None:
        if isinstance(result, _Empty):
            plain.warn(window, translate("Daily", "Daily clipping report"),
                       translate("Daily", "No clippings for %1 (%2): nothing was written.")
                       .replace("%1", result.message).replace("%2", layout.edition))
            window.daily_result = None
            return
        window.daily_result = result
        written = ", ".join(r.path.name for r in result)
        message = translate("Daily", "Wrote %1 (%Ln clipping(s)).", "", result[0].clippings)
        message = message.replace("%1", written)
        window.statusBar().showMessage(message, 10000)
        exporting.report_written(window, result[0].path, message)

    task, _dialog = run_with_progress(
        window, translate("Daily", "Daily report"), job,
        title=translate("Daily", "Writing the daily report"), on_success=done,
        on_cancelled=lambda: window.statusBar().showMessage(
            translate("Daily", "Daily report cancelled."), 5000))
    return task
