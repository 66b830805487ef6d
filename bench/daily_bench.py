"""Time and peak memory of the daily clipping report with 1,000 clippings in one day, in
each format (PDF, DOCX, HWPX).

    python bench/daily_bench.py [--size 1000] [--photos-every 10] [--keep DIR]

The library (the day's coverage of tests/desk_fixtures.py repeated with varied titles,
every tenth clipping with a photo, placement and tones set in bulk) is built first, not
timed. Each format then runs in a fresh process, so the peak resident memory printed is
that run's own (VmHWM of /proc/self/status: ru_maxrss would carry the parent's peak over
fork and exec); "group s" is reading and grouping the day, "write s" the file. With --keep,
a library already in that folder is used again (building 1,000 takes minutes).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def build(folder: Path, size: int, photos_every: int) -> float:
    from clipper.domain import Changes
    from clipper.services import LibraryService
    from tests.desk_fixtures import DAY, DAY_ITEMS, THEMES, draft_for

    started = time.perf_counter()
    with LibraryService(folder) as svc:
        groups: dict[int, list[int]] = {}
        for n in range(size):
            k = n % len(DAY_ITEMS)
            item = DAY_ITEMS[k]
            item = dataclasses.replace(
                item, title=f"{item.title} ({n + 1})", url=f"{item.url}?n={n}",
                lead=f"{item.lead} 기사 {n + 1}번.", photo=n % photos_every == 0)
            cid, _ = svc.library.add(draft_for(item, DAY))
            groups.setdefault(k, []).append(cid)
        svc._changed(Changes(clippings_added=[i for ids in groups.values() for i in ids]))
        for k, ids in groups.items():
            item = DAY_ITEMS[k]
            svc.set_placement(ids, edition=item.edition, page=item.page, position=item.position)
            if item.tone:
                svc.set_tone(ids, item.tone)
        for theme in THEMES:
            svc.create_theme(theme)
            svc.assign_theme(theme, [i for k, ids in groups.items() if DAY_ITEMS[k].theme == theme
                                     for i in ids])
    return time.perf_counter() - started


def run_one(folder: Path, fmt: str, out: Path, edition: str) -> dict:
    from clipper.export import daily
    from clipper.services import LibraryService
    from tests.desk_fixtures import DAY

    layout = daily.DailyLayout(office="경기도 대변인실", sections=daily.example_sections(),
                               edition=edition)
    with LibraryService(folder) as svc:
        t = time.perf_counter()
        report = svc.daily_report(DAY, layout)
        grouped = time.perf_counter() - t
        t = time.perf_counter()
        result = daily.write_report(svc.library, report, out, fmt)
        seconds = time.perf_counter() - t
    return {
        "format": fmt, "clippings": result.clippings, "photos": result.photos,
        "pages": result.pages, "group_s": round(grouped, 2), "write_s": round(seconds, 2),
        "mb": round(out.stat().st_size / 2**20, 1),
        "rss_peak_mb": round(peak_kb() / 1024, 1),
    }


def peak_kb() -> int:
    """This process's peak resident memory in kB (its own, not its parent's)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--photos-every", type=int, default=10)
    parser.add_argument("--formats", nargs="+", default=["pdf", "docx", "hwpx"])
    parser.add_argument("--keep", type=Path, help="keep the library and reports here")
    parser.add_argument("--edition", default="",
                        help="조간 leaves the day's 석간 clippings out (default: all of them)")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # child process mode: a format
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        out = args.folder.parent / f"daily-{args.size}.{args.one}"
        print(json.dumps(run_one(args.folder, args.one, out, args.edition)))
        return
    base = args.keep or Path(tempfile.mkdtemp(prefix="daily-bench-"))
    base.mkdir(parents=True, exist_ok=True)
    library = base / "library"
    if (library / "clipper.sqlite").exists():
        print(f"using the library in {library}")
    else:
        built = build(library, args.size, args.photos_every)
        print(f"library of {args.size} clippings built in {built:.1f} s ({dt.date.today()})")
    print(f"{'format':>6} {'clips':>6} {'photos':>6} {'pages':>6} {'group s':>8} "
          f"{'write s':>8} {'file MB':>7} {'RSS peak MB':>11}")
    for fmt in args.formats:
        done = subprocess.run(
            [sys.executable, __file__, "--one", fmt, "--folder", str(library),
             "--size", str(args.size), "--edition", args.edition],
            capture_output=True, text=True, check=False)
        if done.returncode != 0:
            print(f"{fmt:>6} failed: {done.stderr.strip().splitlines()[-1:]}")
            continue
        r = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"{r['format']:>6} {r['clippings']:>6} {r['photos']:>6} {r['pages'] or '-':>6} "
              f"{r['group_s']:>8} {r['write_s']:>8} {r['mb']:>7} {r['rss_peak_mb']:>11}")


if __name__ == "__main__":
    main()
