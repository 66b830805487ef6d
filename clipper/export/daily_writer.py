"""What the daily report's word-processor writers (DOCX, HWPX) share: the walk over
sections and clippings with Cancel and progress, and the file written whole at the end.
Each format says how a section heading, a clipping and the file are written."""

from __future__ import annotations

import time
from pathlib import Path

from clipper.export.atomic import write_atomically
from clipper.export.daily import DailyItem, DailyReport, DailyResult
from clipper.progress import Cancelled, OperationCancelled, Progress
from clipper.store.library import Library


class DailyWriter:
    suffix = ""  # "docx", "hwpx"

    def __init__(self, library: Library, report: DailyReport,
                 progress: Progress | None = None, cancelled: Cancelled | None = None):
        self.library = library
        self.report = report
        self.layout = report.layout
        self.progress = progress
        self.cancelled = cancelled
        self.warnings: list[str] = list(report.warnings)
        self.photos = 0

    def build(self, path: Path) -> DailyResult:
        started = time.perf_counter()
        self._setup()
        self._cover()
        if self.report.pickups is not None:  # issue 18: the day's releases, under the index
            self._pickup_section()
        total, done = self.report.total, 0
        for section in self.report.sections:
            self._section_heading(section.name)
            for n, item in enumerate(section.items):
                if self.cancelled is not None and self.cancelled():
                    raise OperationCancelled("daily report cancelled")
                self._item(item, new_page=self.layout.one_per_page and n > 0)
                done += 1
                if self.progress is not None:
                    self.progress(done, total, "writing clippings")
        self._finish()
        write_atomically(Path(path), f".{self.suffix}", self._save)
        return DailyResult(Path(path), self.suffix, total, len(self.report.sections),
                           self.photos, None, time.perf_counter() - started, self.warnings)

    # ---- what each format writes

    def _setup(self) -> None:
        raise NotImplementedError

    def _cover(self) -> None:
        raise NotImplementedError

    def _section_heading(self, name: str) -> None:
        raise NotImplementedError

    def _pickup_section(self) -> None:
        """The day's press releases and who picked them up (issue 18)."""
        raise NotImplementedError

    def _item(self, item: DailyItem, new_page: bool) -> None:
        raise NotImplementedError

    def _finish(self) -> None:
        """Anything left to do once every clipping is in (nothing by default)."""

    def _save(self, path: str | Path) -> None:
        raise NotImplementedError
