"""Time and peak memory of PDF reports (and bundles) for 50 and 500 clippings with photos.

    python bench/report_bench.py [--sizes 50 500] [--keep DIR]

Each size runs in a fresh process, so the peak resident memory printed is that run's own
(ru_maxrss; tracemalloc slowed reportlab tenfold, so it is not used). The sample library
(Korean and English articles, 1-2 Pillow-drawn photos each, themes, tags, highlights) is
built first and not timed. Target: <= 5 s for 50.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def run_one(size: int, folder: Path) -> dict:
    from clipper.export.report import ReportOptions
    from clipper.services import LibraryService
    from tests.export_samples import fill_library

    with LibraryService(folder / "library") as service:
        started = time.perf_counter()
        fill_library(service.library, size)
        built = time.perf_counter() - started
        export_set = service.export_set(theme="미국 순방 US trip")
        from clipper.export.fonts import register_fonts

        t = time.perf_counter()
        register_fonts()  # once per process; reported apart
        fonts = time.perf_counter() - t
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t = time.perf_counter()
        result = service.export_pdf(export_set, folder / "report.pdf", ReportOptions())
        seconds = time.perf_counter() - t
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t = time.perf_counter()
        bundle = service.export_bundle(export_set, folder / "bundle.zip")
        bundle_seconds = time.perf_counter() - t
        t = time.perf_counter()
        with LibraryService(folder / "copy") as copy:
            copy.import_bundle(folder / "bundle.zip")
        import_seconds = time.perf_counter() - t
    return {
        "clippings": result.clippings, "photos": result.photos, "pages": result.pages,
        "passes": result.passes, "seconds": round(seconds, 2), "font_load_s": round(fonts, 2),
        "pdf_mb": round((folder / "report.pdf").stat().st_size / 2**20, 1),
        "rss_peak_mb": round(rss_after / 1024, 1),
        "rss_before_report_mb": round(rss_before / 1024, 1),
        "library_build_s": round(built, 1),
        "bundle_s": round(bundle_seconds, 2), "bundle_mb": round(bundle.bytes / 2**20, 1),
        "bundle_import_s": round(import_seconds, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 500])
    parser.add_argument("--keep", type=Path, help="keep the libraries and PDFs in this folder")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process mode
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.folder)))
        return
    base = args.keep or Path(tempfile.mkdtemp(prefix="report-bench-"))
    print(f"{'clips':>6} {'photos':>6} {'pages':>6} {'pass':>4} {'report s':>8} "
          f"{'RSS peak MB':>11} {'PDF MB':>7} {'bundle s':>8} "
          f"{'import s':>8}")
    for size in args.sizes:
        folder = base / f"n{size}"
        folder.mkdir(parents=True, exist_ok=True)
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(size), "--folder", str(folder)],
            check=True, capture_output=True, text=True,
        ).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(f"{r['clippings']:>6} {r['photos']:>6} {r['pages']:>6} {r['passes']:>4} "
              f"{r['seconds']:>8} {r['rss_peak_mb']:>11} "
              f"{r['pdf_mb']:>7} {r['bundle_s']:>8} {r['bundle_import_s']:>8}")
        print(f"        (fonts loaded once per process in {r['font_load_s']} s; process RSS "
              f"before the report {r['rss_before_report_mb']} MB)")
    if not args.keep:
        print(f"(files in {base}; delete when done)")


if __name__ == "__main__":
    main()
