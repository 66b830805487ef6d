"""The releases pane with many releases (issue 18): N release files (default 2,000) are
imported through the service into a new library, then the window opens offscreen and
the bench prints how long it takes to show the releases pane, filter it with the
release search, rebuild the sidebar (which lists the newest releases after every
change), open a release with its pickups, and show the pickup report for a year.

    python bench/releases_gui_bench.py [N]
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from clipper.services import LibraryService  # noqa: E402


def _write_releases(folder: Path, count: int) -> None:
    folder.mkdir(parents=True)
    for n in range(count):
        (folder / f"r{n:05d}.txt").write_text(
            f"보도자료\n경기도 정책 발표 {n}호\n보도일시: 2026. {n % 12 + 1}. {n % 28 + 1}.\n"
            f"담당부서: 부서{n % 40}\n\n경기도는 정책 {n}호를 발표했다고 밝혔다. 이번 정책은 "
            f"도민 생활 개선을 위한 {n}번째 조치이다.\n\n도는 시군과 협력해 {n * 7}억 원을 "
            "투입할 계획이다.\n", encoding="utf-8")


def _timed(label: str, call, app) -> None:
    started = time.perf_counter()
    call()
    app.processEvents()
    print(f"{label:<38} {(time.perf_counter() - started) * 1000:8.1f} ms")


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    root = Path(tempfile.mkdtemp(prefix="releases-gui-"))
    _write_releases(root / "releases", count)
    with LibraryService(root / "library") as svc:
        started = time.perf_counter()
        svc.import_releases([str(root / "releases")])
        print(f"{'import ' + str(count) + ' releases (service)':<38} "
              f"{time.perf_counter() - started:8.1f} s")
    from clipper.gui.app import create_app, make_settings
    from clipper.gui.main_window import MainWindow

    app = create_app()
    window = MainWindow(root / "library", make_settings(str(root / "s.ini")))
    window.show()
    app.processEvents()
    controller = window.releases
    _timed("show the releases pane", lambda: window.sidebar.select_entry("releases"), app)

    def filtered() -> None:
        controller.view.filter.setText("정책 1999호")
        controller.refresh_list()

    _timed("filter (release search)", filtered, app)
    controller.view.filter.setText("")
    controller.refresh_list()
    _timed("rebuild the sidebar", window.refresh_sidebar, app)
    first = controller.view.release_rows.index(0, 0)
    _timed("open a release", lambda: controller.view.releases.setCurrentIndex(first), app)

    def report() -> None:
        controller.show_report()
        controller.report.set_period(dt.date(2026, 1, 1), dt.date(2026, 12, 31))

    _timed("pickup report for a year", report, app)
    window.close()


if __name__ == "__main__":
    main()
