"""What the cutting view waits for on the GUI thread (issue 16): opening a page (its
image and suggested regions) and the preview of a rectangle (cut_text + cut_fields).

These are reads on the window's own service; the view shows a page and follows each
rectangle with them, so each must stay well under the 100 ms a click can wait.

    python bench/cutting_view_bench.py [PAGES]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    from PySide6.QtGui import QGuiApplication, QImage

    from clipper.services import LibraryService
    from tests.newspaper_pages import make_page

    pages = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    _app = QGuiApplication.instance() or QGuiApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        with LibraryService(Path(tmp) / "library") as svc:
            # Broadsheet pages (390 x 545 mm, 6 columns, 5 articles), one PDF each.
            made = [make_page(size=(1105.0, 1545.0), columns=6, articles=5, seed=n,
                              page_label=f"A{n + 1}") for n in range(pages)]
            files = []
            for n, page in enumerate(made):
                path = Path(tmp) / f"조선일보_20240510_A{n + 1}.pdf"
                path.write_bytes(page.pdf)
                files.append(str(path))
            started = time.perf_counter()
            svc.import_paths(files)
            imported = time.perf_counter() - started
            ids = [p.id for p in svc.print_pages()]
            load, regions, preview = [], [], []
            for page_id, page in zip(ids, made, strict=True):
                t0 = time.perf_counter()
                image = QImage(str(svc.print_page_file(page_id)))
                t1 = time.perf_counter()
                svc.suggest_regions(page_id)
                t2 = time.perf_counter()
                # An article over two rectangles: its headline band and its body.
                article = page.articles[0]
                boxes = [(page_id, page.pixels(article.box, 200)),
                         (page_id, page.pixels(article.body_box, 200))]
                svc.cut_text(boxes)
                svc.cut_fields(boxes)
                t3 = time.perf_counter()
                load.append(t1 - t0)
                regions.append(t2 - t1)
                preview.append(t3 - t2)
            print(f"pages: {pages} broadsheet ({image.width()} x {image.height()} px at "
                  "200 dpi)")
            print(f"import (text layer, render, store): {imported:.2f} s "
                  f"({imported / pages * 1000:.0f} ms a page)")
            for name, values in (("page image load (QImage)", load),
                                 ("suggest_regions", regions),
                                 ("preview: cut_text + cut_fields, 2 rectangles", preview)):
                print(f"{name}: median {statistics.median(values) * 1000:.0f} ms, "
                      f"max {max(values) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
