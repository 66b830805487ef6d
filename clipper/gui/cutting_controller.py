"""Cutting articles out of print pages in the window, and recognising their text.

The controller wires the `CuttingView` to the library: it reads pages, words, regions
and what a cut would give with the window's read service (on the GUI thread: they are
short reads), and makes a clipping as one writer job pushed on the window's undo (the
service journals it, so Ctrl+Z takes the clipping back like any other change).

Text recognition (OCR) of pages without a text layer runs on the writer thread one
page per job, so other changes (a tag, an edit) wait for one page at most rather than
for a whole 40-page paper; Cancel stops after the page being read (and asks that page
to stop too), and a page that fails is named in the view and the batch goes on.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage

from clipper.domain import Changes, PageOutcome, PrintPage, page_sort_key
from clipper.gui.commands import WriterCommand
from clipper.gui.page_loader import PageLoader
from clipper.gui.reasons import translate_reason
from clipper.gui.views.cutting_view import CuttingView
from clipper.gui.workers import Task

PREVIEW_DELAY_MS = 250  # the preview follows the rectangles, not every mouse move


class CuttingController(QObject):
    clipping_made = Signal(int)  # the new clipping's id
    recognition_finished = Signal(list)  # the PageOutcomes of a batch (cancelled or not)
    page_shown = Signal(int)  # a page is on the canvas (loaded off the GUI thread)

    def __init__(self, window, content):
        super().__init__(window)
        self.window = window
        self.content = content  # the QStackedWidget beside the sidebar
        self.view = CuttingView()
        content.addWidget(self.view)
        self.page: PrintPage | None = None
        self.requested: int | None = None  # the page asked for (shown once loaded)
        self.loader: PageLoader | None = None
        self.image = QImage()
        self.make_task: Task | None = None
        # Recognition: the pages still to read, the batch's size, its outcomes so far.
        self.ocr_queue: list[int] = []
        self.ocr_total = 0
        self.ocr_outcomes: list = []
        self.ocr_stopped = False  # Cancel was pressed during the batch
        self.ocr_current: int | None = None  # the page being read
        self.ocr_task: Task | None = None
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        view = self.view
        view.page_chosen.connect(self.show_page)
        view.make_requested.connect(self.make_clipping)
        view.recognise_requested.connect(lambda: self.recognise())
        view.cancel_requested.connect(self.cancel_recognition)
        view.back_requested.connect(self._back)
        view.delete_requested.connect(self.delete_pages)
        view.canvas.marks_changed.connect(self._preview_timer.start)
        view.canvas.page_step_requested.connect(self.step_page)

    @property
    def service(self):
        return self.window.service

    def is_open(self) -> bool:
        return self.content.currentWidget() is self.view

    # ---- opening and leaving --------------------------------------------------------

    def open(self, page_id: int | None = None) -> None:
        """Show the cutting view on `page_id`, or on the first page waiting to be cut."""
        self.window.show_library()
        self.content.setCurrentWidget(self.view)
        sidebar = self.window.sidebar
        sidebar.blockSignals(True)  # selecting the entry must not open the view again
        try:
            sidebar.select_entry("pages")
        finally:
            sidebar.blockSignals(False)
        pages = self.service.print_pages(waiting_only=True)
        if page_id is None:
            if self.page is not None and self._exists(self.page.id):
                page_id = self.page.id
            elif pages:
                page_id = pages[0].id
        self.refresh_pages(page_id)
        if page_id is not None:
            self.show_page(page_id)
        # Pages left unread (imported from the command line, or a session closed while
        # reading): nothing can be cut from them before their text is read, so start;
        # unless the user pressed Cancel (Recognise text starts it again).
        if not self.ocr_stopped and any(p.ocr_state in ("pending", "running")
                                        for p in self.service.print_pages()):
            self.recognise()
        else:
            self.page = None
            self.view.canvas.clear_page()
            self.view.page_title.setText(self.tr("No pages waiting to be cut."))
        self.view.canvas.setFocus()

    def leave(self) -> None:
        """Back to the list and the reader (another sidebar entry was chosen)."""
        if self.is_open():
            self.content.setCurrentIndex(0)

    def _back(self) -> None:
        self.leave()
        self.window.sidebar.select_entry("all")
        self.window.lists.show_list("all", "")

    def _exists(self, page_id: int) -> bool:
        try:
            self.service.print_page(page_id)
        except Exception:  # deleted meanwhile (from the CLI): the service says so
            return False
        return True

    def refresh_pages(self, current: int | None = None) -> None:
        """The list: pages waiting to be cut, and the page on screen even if it was cut."""
        pages = self.service.print_pages(waiting_only=True)
        if current is not None and all(p.id != current for p in pages) \
                and self._exists(current):
            pages.insert(0, self.service.print_page(current))
        self.view.set_pages([(p.id, self._page_label(p), self._page_tip(p)) for p in pages],
                            current)

    def _page_label(self, page: PrintPage) -> str:
        name = page.file_name
        if len(name) > 28:
            name = name[:12] + "…" + name[-14:]
        text = self.tr("%1, p. %2").replace("%1", name).replace("%2", str(page.page_number))
        state = self._state_text(page)
        return f"{text}\n{state}" if state else text

    def _state_text(self, page: PrintPage) -> str:
        parts = []
        if page.ocr_state == "pending":
            parts.append(self.tr("text not read yet"))
        elif page.ocr_state == "running":
            parts.append(self.tr("reading the text…"))
        elif page.ocr_state == "failed":
            parts.append(self.tr("text recognition failed"))
        elif page.text_source == "none" and page.ocr_state != "pending":
            parts.append(self.tr("no text found"))
        if page.cut_count:
            parts.append(self.tr("%n clipping(s) cut", "", page.cut_count))
        return " · ".join(parts)

    def _page_tip(self, page: PrintPage) -> str:
        lines = [page.file_name, self.tr("Page %1").replace("%1", str(page.page_number))]
        if page.error:
            lines.append(translate_reason(page.error))
        return "\n".join(lines)

    # ---- one page -------------------------------------------------------------------

    def show_page(self, page_id: int) -> None:
        """Show a page once its image and regions are read (off the GUI thread, see
        page_loader.py); rectangles drawn on other pages stay (a story continued)."""
        self.requested = page_id
        self.view.set_pages_current(page_id)
        self._loader().load(page_id)

    def _loader(self) -> PageLoader:
        root = self.service.root
        if self.loader is None or self.loader.folder != root:
            if self.loader is not None:  # (the window detaches on a library switch)
                self.loader.close()
                self.loader.deleteLater()
            self.loader = PageLoader(root, self)
            self.loader.loaded.connect(self._page_loaded)
            self.loader.failed.connect(self._page_failed_to_load)
        return self.loader

    def _page_loaded(self, page_id: int, page: PrintPage, image: QImage, regions: list) -> None:
        if page_id != self.requested or self.service is None:
            return
        self.page, self.image = page, image
        self.view.canvas.set_page(page_id, image, regions, self._cut_boxes(page_id))
        self.view.page_title.setText(self._title(page))
        self.view.set_pages_current(page_id)
        self._preview_timer.start()
        self.page_shown.emit(page_id)

    def _page_failed_to_load(self, page_id: int, reason: str) -> None:
        if page_id == self.requested:
            self.window.statusBar().showMessage(translate_reason(reason), 8000)

    def detach(self) -> None:
        """The window's library closes: the loader's read service goes with it, and
        nothing of that library stays (its page, its rectangles, its recognition)."""
        if self.loader is not None:
            self.loader.close()
            self.loader.deleteLater()
            self.loader = None
        self.page = self.requested = None
        self.view.canvas.clear_page()
        if self.ocr_task is not None or self.ocr_queue:
            self.ocr_queue, self.ocr_task, self.ocr_total, self.ocr_outcomes = [], None, 0, []
            self.view.recognition_ended("")
        self.ocr_stopped = False
        self.leave()

    def _title(self, page: PrintPage) -> str:
        text = self.tr("%1 — page %2").replace("%1", page.file_name) \
            .replace("%2", str(page.page_number))
        state = self._state_text(page)
        return f"{text}  ({state})" if state else text

    def _cut_boxes(self, page_id: int) -> list:
        """Rectangles already cut from the page, drawn hatched: from the library, so
        cuts made earlier or by `clipper page cut` show too, and one taken back (Ctrl+Z)
        or whose clipping was deleted goes."""
        return [box for _clipping, box in self.service.page_cuts(page_id)]

    def step_page(self, step: int) -> None:
        """PageDown/PageUp: the next or previous page of the same paper, as printed. An
        e-paper often comes one PDF a page (조선일보_20240510_A1.pdf, ..._A5.pdf), so the
        paper is the outlet and date the pages carry (the file when they carry none),
        ordered by page (A1 < A5 < A12), then file and page number."""
        if self.page is None:
            return
        ids = [p.id for p in paper_order(self.service.print_pages(), self.page)]
        if self.page.id not in ids:
            return
        index = ids.index(self.page.id) + step
        if 0 <= index < len(ids):
            target = ids[index]
            self.refresh_pages(target)
            self.show_page(target)

    # ---- the cut's preview and fields ----------------------------------------------------

    def update_preview(self) -> None:
        boxes = self.view.canvas.boxes()
        if not boxes:
            self.view.preview.clear()
            if self.page is not None:
                self.view.suggest(self._page_fields(self.page))
            return
        try:
            text = self.service.cut_text(boxes)
            fields = self.service.cut_fields(boxes)
        except Exception as exc:  # a page deleted meanwhile: the reason, not a traceback
            self.view.preview.setPlainText(translate_reason(str(exc)))
            return
        self.view.preview.setPlainText(text)
        self.view.suggest({key: _text(value) for key, value in fields.items()})

    def _page_fields(self, page: PrintPage) -> dict[str, str]:
        return {"outlet": page.outlet or "", "published": _text(page.published),
                "page": page.page or "", "edition": page.edition or ""}

    # ---- making the clipping ----------------------------------------------------------

    def make_clipping(self) -> Task | None:
        """Make a clipping of the rectangles (one undoable step); the form's fields
        override the suggestions."""
        boxes = self.view.canvas.boxes()
        if not boxes or self.page is None:
            return None
        values = self.view.field_values()
        # A field the user emptied stays empty (a wrong byline suggestion removed); an
        # untouched empty one leaves the service its suggestion. A date is given or not.
        fields: dict[str, object] = {
            key: value for key, value in values.items()
            if value or (key in self.view.touched and key != "published")}
        if "published" in fields:
            try:
                fields["published"] = dt.date.fromisoformat(fields["published"])
            except ValueError:
                self.window.statusBar().showMessage(
                    self.tr("The date must be written YYYY-MM-DD."), 8000)
                self.view.fields["published"].setFocus()
                return None
        page = self.page
        label = self.tr("Cut an article from page %1 of %2") \
            .replace("%1", str(page.page_number)).replace("%2", page.file_name)
        command = WriterCommand(self.window.writer, label,
                                lambda svc: svc.cut_clipping(boxes, **fields))
        self.window.undo_stack.push(command)
        task = command.task
        self.make_task = task
        self.view.make_button.setEnabled(False)
        task.finished.connect(self._made)
        task.failed.connect(lambda _m: self.view.make_button.setEnabled(
            bool(self.view.canvas.marks)))
        return task

    def _made(self, result: tuple) -> None:
        clipping_id, _changes = result
        self.view.canvas.clear_marks()
        self.view.reset_form()
        if self.page is not None:
            self.refresh_pages(self.page.id)
            self.show_page(self.page.id)
        self.window.statusBar().showMessage(
            self.tr("Clipping made; Ctrl+Z takes it back."), 8000)
        self.clipping_made.emit(clipping_id)

    def delete_pages(self, page_ids: list[int]) -> Task | None:
        """Delete pages from the library (one undoable step; clippings cut from them keep
        their cut images)."""
        if not page_ids:
            return None
        label = self.tr("Delete %n page(s)", "", len(page_ids))
        command = WriterCommand(self.window.writer, label,
                                lambda svc: svc.delete_print_pages(page_ids))
        self.window.undo_stack.push(command)
        if self.page is not None and self.page.id in page_ids:
            self.view.canvas.clear_marks()
        return command.task

    # ---- after a change, and after an import ----------------------------------------------

    def on_changes(self, _changes: Changes) -> None:
        """A write finished (an undo may have taken a cut back): redraw the page."""
        if not self.is_open() or self.page is None:
            return
        if not self._exists(self.page.id):
            self.page = None
            self.open()
            return
        self.refresh_pages(self.page.id)
        self.view.canvas.set_cut_boxes(self._cut_boxes(self.page.id))

    def after_import(self, known: set[int]) -> None:
        """An import brought pages (ids not in `known`): open the first, read the rest."""
        if self.service is None:  # the window closed while the import ran
            return
        new = [p for p in self.service.print_pages(waiting_only=True) if p.id not in known]
        if not new:
            return
        self.open(new[0].id)
        if any(p.ocr_state == "pending" for p in new):
            self.recognise([p.id for p in new if p.ocr_state == "pending"])

    def page_ids(self) -> set[int]:
        return {p.id for p in self.service.print_pages()}

    # ---- text recognition in the background ------------------------------------------------

    def recognise(self, page_ids: list[int] | None = None) -> None:
        """Read the text of pages waiting for it, one writer job per page."""
        if page_ids is None:
            # Pending pages (and one left "running" by a crash); a failed page keeps
            # its reason until the user does something about it (the service skips it).
            page_ids = [p.id for p in self.service.print_pages()
                        if p.ocr_state in ("pending", "running")]
        queued = set(self.ocr_queue) | ({self.ocr_current} if self.ocr_task else set())
        fresh = [i for i in page_ids if i not in queued]
        if not fresh:
            if self.ocr_task is None:
                self.view.recognition_ended(self.tr("No page is waiting for its text."))
            return
        if self.ocr_task is None:
            self.ocr_total, self.ocr_outcomes, self.ocr_stopped = 0, [], False
        self.ocr_queue += fresh
        self.ocr_total += len(fresh)
        if self.ocr_task is None:
            self._next_page()

    def recognising(self) -> bool:
        return self.ocr_task is not None

    def cancel_recognition(self) -> None:
        if self.ocr_task is not None or self.ocr_queue:
            self.ocr_stopped = True
        self.ocr_queue = []
        if self.ocr_task is not None:
            self.ocr_task.cancel()
            self.view.cancel_button.setEnabled(False)
            self.view.ocr_label.setText(self.tr("Stopping after this page…"))

    def _next_page(self) -> None:
        if not self.ocr_queue:
            self._recognition_done()
            return
        page_id = self.ocr_queue.pop(0)
        self.ocr_current = page_id
        done = self.ocr_total - len(self.ocr_queue) - 1
        name = self._page_name(page_id)
        message = self.tr("Reading the text of %1").replace("%1", name)
        self.view.show_recognition(done, self.ocr_total, message)
        self._status(done, self.ocr_total, message)

        def job(svc, _progress, cancelled):
            return svc.recognise_pages([page_id], cancelled=cancelled)

        task = self.window.writer.submit(message, job, start=False)
        self.ocr_task = task
        task.finished.connect(lambda outcomes: self._page_done(page_id, outcomes, task))
        task.failed.connect(lambda reason: self._page_failed(page_id, reason, task))
        self.window.writer.start(task)

    def _page_name(self, page_id: int) -> str:
        try:
            page = self.service.print_page(page_id)
        except Exception:
            return str(page_id)
        return self.tr("page %1 of %2").replace("%1", str(page.page_number)) \
            .replace("%2", page.file_name)

    def _page_done(self, page_id: int, outcomes: list, task: Task) -> None:
        if task is not self.ocr_task:
            return  # a batch of a library closed since (its writer cancelled it)
        cancelled = self.ocr_task is not None and self.ocr_task.cancelled()
        self.ocr_task = None
        if self.service is None:  # the window closed (or its library) while a page was read
            self.ocr_queue = []
            return
        self.ocr_outcomes += list(outcomes or [])
        if self.loader is not None:
            self.loader.forget_regions(page_id)  # its words are new: so may its regions be
        for outcome in outcomes or []:
            if outcome.status in ("failed", "no-text"):
                self.view.ocr_label.setText(self._outcome_text(outcome))
        if self.is_open():
            self.refresh_pages(self.page.id if self.page else None)
            if self.page is not None and self.page.id == page_id:
                self.show_page(page_id)  # its words are there now: the preview can use them
        if cancelled:
            self.ocr_queue = []
        self._next_page()

    def _page_failed(self, page_id: int, reason: str, task: Task) -> None:
        # The writer shows the failure; the batch goes on with the next page.
        self._page_done(page_id, [PageOutcome(page_id, "failed", reason)], task)

    def _outcome_text(self, outcome) -> str:
        """"page 2 of 석간.tif: no text found", in the UI's language. The service names
        the page in its reasons; a writer failure does not, so it is named here."""
        reason = outcome.reason or ""
        if not reason.startswith("page "):
            try:
                label = self.service.print_page(outcome.page_id).label
            except Exception:  # deleted meanwhile: its id will do
                label = f"page {outcome.page_id}"
            reason = f"{label}: {reason}"
        return translate_reason(reason)

    def _recognition_done(self) -> None:
        outcomes = self.ocr_outcomes
        read = sum(1 for o in outcomes if o.status == "done")
        bad = [o for o in outcomes if o.status in ("failed", "no-text")]
        stopped = self.ocr_stopped or any(o.status == "cancelled" for o in outcomes)
        text = self.tr("Text read on %1 of %2 page(s).").replace("%1", str(read)) \
            .replace("%2", str(self.ocr_total))
        if stopped:
            text += " " + self.tr("Stopped.")
        if bad:
            text += "\n" + "\n".join(self._outcome_text(o) for o in bad)
        self.view.recognition_ended(text)
        self.window.background_bar.hide()
        self.window.background_label.hide()
        self.window.statusBar().showMessage(text.split("\n", 1)[0], 8000)
        self.ocr_total = 0
        self.recognition_finished.emit(outcomes)

    def _status(self, done: int, total: int, message: str) -> None:
        bar, label = self.window.background_bar, self.window.background_label
        bar.setRange(0, max(1, total))
        bar.setValue(done)
        label.setText(message)
        bar.show()
        label.show()

    def stop(self) -> None:
        """The window closes: no more pages are queued."""
        self.cancel_recognition()


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def paper_order(pages: list[PrintPage], current: PrintPage) -> list[PrintPage]:
    """The pages of `current`'s paper in print order (see `step_page`)."""
    def same_paper(page: PrintPage) -> bool:
        if current.outlet and current.published:
            return page.outlet == current.outlet and page.published == current.published
        return page.file_name == current.file_name

    return sorted((p for p in pages if same_paper(p)),
                  key=lambda p: (page_sort_key(p.page), p.file_name, p.page_number))
