"""Opening a print page for the cutting view off the GUI thread.

A broadsheet page rendered at 200 dpi is about 3000 x 4300 pixels: decoding its PNG
takes ~0.2 s and finding its suggested regions (ruled lines, text blocks) ~0.3 s more
(bench/cutting_view_bench.py). Both are reads, so they run on a thread of their own with
a read service of their own (reads run anywhere with their own connection; writes stay
on the writer), and the view shows the page when it is ready. The newest request wins:
paging quickly through a paper never shows an older page after a newer one.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage

from clipper.services import LibraryService


class PageLoader(QObject):
    loaded = Signal(int, object, QImage, list)  # page id, PrintPage, image, regions
    failed = Signal(int, str)  # page id, why (a service reason)

    def __init__(self, folder: Path, parent=None):
        super().__init__(parent)
        self.folder = folder
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._lock = threading.Lock()
        self._service: LibraryService | None = None
        self._regions: dict[int, list] = {}  # kept: paging back must not wait again
        self.wanted: int | None = None  # the newest page asked for
        self._jobs: set[QRunnable] = set()

    def load(self, page_id: int) -> None:
        self.wanted = page_id
        job = _Load(self, page_id)
        self._jobs.add(job)
        self._pool.start(job)

    def forget_regions(self, page_id: int) -> None:
        """The page's words changed (OCR): its regions are found again next time."""
        with self._lock:
            self._regions.pop(page_id, None)

    def busy(self) -> bool:
        return self._pool.activeThreadCount() > 0

    def close(self) -> None:
        self.wanted = None
        self._pool.waitForDone()
        with self._lock:
            if self._service is not None:
                self._service.close()
                self._service = None

    # ---- in the loader's thread ----------------------------------------------------

    def _read(self, page_id: int) -> tuple[object, QImage, list]:
        with self._lock:
            if self._service is None:
                self._service = LibraryService(self.folder)
            svc = self._service
            page = svc.print_page(page_id)
            path = svc.print_page_file(page_id)
            regions = self._regions.get(page_id)
        image = QImage(str(path))
        if image.isNull():
            raise ValueError(f"{page.label}: the page image cannot be read "
                             f"({path.name}); run `clipper check`")
        if regions is None:
            try:
                with self._lock:
                    found = svc.suggest_regions(page_id)
                regions = [(r.box, r.kind) for r in found]
            except Exception:  # suggestions are a help: a page without them is still cut
                regions = []
            with self._lock:
                self._regions[page_id] = regions
        return page, image, regions


class _Load(QRunnable):
    def __init__(self, loader: PageLoader, page_id: int):
        super().__init__()
        self.setAutoDelete(False)  # kept by the loader until it ran (see workers.py)
        self.loader = loader
        self.page_id = page_id

    def run(self) -> None:
        loader = self.loader
        try:
            if loader.wanted != self.page_id:
                return  # a newer page was asked for meanwhile
            page, image, regions = loader._read(self.page_id)
            if loader.wanted == self.page_id:
                _emit(loader.loaded, self.page_id, page, image, regions)
        except Exception as exc:  # a page deleted meanwhile, a file gone: the reason
            _emit(loader.failed, self.page_id, str(exc))
        finally:
            loader._jobs.discard(self)


def _emit(signal, *args) -> None:
    try:
        signal.emit(*args)
    except RuntimeError:  # the window closed meanwhile
        pass
