"""HTML import throughput and memory, beside trafilatura alone on the same pages.

    python bench/html_import_bench.py [--benchmarks DIR] [--limit N] [--profile FILE]

Imports the scrapinghub pages (../shared/benchmarks/scrapinghub, 181 saved news pages)
into a new library through `LibraryService.import_paths`: decode, extract, photos,
metadata, store, duplicates and the search index, as `clipper import FOLDER` does. Each
side runs in a process of its own so that peak memory (max RSS) is its own:

- Clipper: pages/s, CPU ms/page (its own and its extraction workers'), peak memory
  (the import's process, and the largest worker), and where the time went (--profile
  writes a cProfile of the import); once with the articles extracted in worker
  processes (as a batch this size runs) and once all in one process;
- trafilatura alone: `trafilatura.extract` (precision, as Clipper's first pass) on the
  same bytes, pages/s and peak memory.

Ratios are printed; the issue's targets are >= 14 pages/s (within 2x of trafilatura)
and <= 300 MB.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "benchmarks"


def pages(benchmarks: Path, limit: int | None) -> dict[str, bytes]:
    root = benchmarks / "scrapinghub"
    ids = sorted(json.loads((root / "ground-truth.json").read_text(encoding="utf-8")))
    ids = ids[:limit] if limit else ids
    return {f"{i}.html": gzip.decompress((root / "html" / f"{i}.html.gz").read_bytes())
            for i in ids}


def clipper_side(folder: Path, profile: str | None, one_process: bool) -> dict[str, float]:
    sys.path.insert(0, str(ROOT))
    from clipper.importers import import_workers
    from clipper.services import LibraryService

    if one_process:
        import_workers.PARALLEL_MIN_ITEMS = 10**9

    cpu0, started = time.process_time(), time.perf_counter()
    library = folder.parent / ("library-one" if one_process else "library")
    with LibraryService(library) as service:
        if profile:
            import cProfile

            profiler = cProfile.Profile()
            outcomes = profiler.runcall(service.import_paths, [folder])
            profiler.dump_stats(profile)
        else:
            outcomes = service.import_paths([folder])
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"seconds": time.perf_counter() - started,
            "cpu": time.process_time() - cpu0 + children.ru_utime + children.ru_stime,
            "imported": sum(o.status == "imported" for o in outcomes),
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "worker_mb": children.ru_maxrss / 1024}


def trafilatura_side(folder: Path) -> dict[str, float]:
    import trafilatura

    files = sorted(folder.iterdir())
    cpu0, started = time.process_time(), time.perf_counter()
    kept = 0
    for path in files:
        text = trafilatura.extract(path.read_bytes(), favor_precision=True,
                                   include_comments=False)
        kept += bool(text)
    return {"seconds": time.perf_counter() - started, "cpu": time.process_time() - cpu0,
            "imported": kept,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def run_side(side: str, folder: Path, profile: str | None) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--side", side, "--folder", str(folder)]
    if side == "clipper-one":
        cmd[3] = "clipper"
        cmd.append("--one-process")
    if profile:
        cmd += ["--profile", profile]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--benchmarks", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--profile")
    parser.add_argument("--side", choices=["clipper", "trafilatura"], help=argparse.SUPPRESS)
    parser.add_argument("--one-process", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.side:
        result = (clipper_side(args.folder, args.profile, args.one_process)
                  if args.side == "clipper"
                  else trafilatura_side(args.folder))
        print(json.dumps(result))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        for name, data in pages(args.benchmarks, args.limit).items():
            (folder / name).write_bytes(data)
        n = len(list(folder.iterdir()))
        print(f"{n} scrapinghub pages, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
        ref = run_side("trafilatura", folder, None)
        alone = run_side("clipper-one", folder, None)
        ours = run_side("clipper", folder, args.profile)
    for name, r in (("trafilatura.extract alone", ref),
                    ("Clipper import, one process", alone),
                    ("Clipper import (all steps)", ours)):
        workers = f", largest worker {r['worker_mb']:.0f} MB" if r.get("worker_mb") else ""
        print(f"  {name:28} {n / r['seconds']:6.1f} pages/s  {r['cpu'] / n * 1000:6.1f} ms CPU/page"
              f"  peak {r['peak_mb']:5.0f} MB{workers}  ({int(r['imported'])} kept)")
    print(f"  ratio: Clipper {ref['seconds'] / ours['seconds']:.2f}x trafilatura's speed "
          f"(target >= 0.5, and >= 14 pages/s), memory {ours['peak_mb']:.0f} MB "
          f"(target <= 300)")


if __name__ == "__main__":
    main()
