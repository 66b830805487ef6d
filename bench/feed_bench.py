"""One sweep of watched feeds against a local HTTP server: time and peak memory.

    python bench/feed_bench.py [--feeds 50] [--entries 20] [--pace 0] [--hosts]

Serves (in a process of its own, so the server does not share our interpreter) 50 RSS
feeds of 20 entries each, every entry a real news page in the Yonhap (Korean) or AP
(English) layout with its photo (tests/feed_http.py). A new library watches them all;
one sweep (`LibraryService.check_feeds`) fetches every feed and every page and imports
them (extraction, photos, dedupe, story groups, search index). Then a second sweep, with
nothing new, and the parse of a 10,000-entry feed.

`--pace` is the pause between two requests to one host (Clipper's default is 1 s; 0
measures Clipper's own work). With `--hosts` each feed is served from its own loopback
address (127.0.0.2, 127.0.0.3, ...), as feeds of different outlets are, so the pace
holds back only one feed's own pages.
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _serve(hosts: list[str], ports: multiprocessing.Queue) -> None:
    from tests.feed_http import start_server

    servers = [start_server(host) for host in hosts]
    ports.put([s.base for s in servers])
    while True:
        time.sleep(3600)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=50)
    parser.add_argument("--entries", type=int, default=20)
    parser.add_argument("--pace", type=float, default=0.0,
                        help="seconds between two requests to one host (Clipper: 1)")
    parser.add_argument("--hosts", action="store_true",
                        help="each feed on its own loopback address")
    args = parser.parse_args()

    from clipper.feeds.check import FeedOptions
    from clipper.feeds.parse import parse_feed
    from clipper.importers.url import HostPacer
    from clipper.services import LibraryService

    hosts = ([f"127.0.0.{n + 2}" for n in range(args.feeds)] if args.hosts else ["127.0.0.1"])
    spawn = multiprocessing.get_context("spawn")
    ports = spawn.Queue()
    server = spawn.Process(target=_serve, args=(hosts, ports), daemon=True)
    server.start()
    bases = ports.get(timeout=60)
    try:
        with tempfile.TemporaryDirectory() as tmp, LibraryService(Path(tmp) / "lib") as svc:
            for f in range(1, args.feeds + 1):
                base = bases[(f - 1) % len(bases)]
                svc.add_feed(f"{base}/feed/many/{f}?n={args.entries}")
            from clipper.search import analysis

            analysis.kiwi()  # the Korean analyser (once per process) loaded before the clock
            before = _rss_mb()
            options = FeedOptions(pace=HostPacer(args.pace))
            started = time.perf_counter()
            results = svc.check_feeds(options=options)
            first = time.perf_counter() - started
            imported = sum(len(r.imported) for r in results)
            failed = sum(len(r.failed) for r in results) + sum(1 for r in results if r.error)
            after = _rss_mb()
            started = time.perf_counter()
            again = svc.check_feeds(options=FeedOptions(pace=HostPacer(args.pace)))
            second = time.perf_counter() - started
            grouped = len(svc.duplicate_groups())
            size = svc.disk_usage() / 1024 / 1024

        import urllib.request

        with urllib.request.urlopen(f"{bases[0]}/feed/big", timeout=60) as response:
            big = response.read()
        started = time.perf_counter()
        parsed = parse_feed(big, f"{bases[0]}/feed/big")
        parse_time = time.perf_counter() - started
    finally:
        server.terminate()

    total = args.feeds * args.entries
    print(f"feeds: {args.feeds} x {args.entries} new entries = {total} pages "
          f"(pace {args.pace:g} s per host, {len(bases)} host(s))")
    print(f"first sweep:  {first:.1f} s  ({imported} imported, {failed} failed; "
          f"{imported / first:.1f} articles/s, {first / max(imported, 1) * 1000:.0f} ms each)")
    print(f"second sweep: {second:.2f} s  ({sum(len(r.imported) for r in again)} new; "
          "every entry seen before)")
    print(f"peak memory (max RSS): {before:.0f} MB before the sweep (Korean analyser "
          f"loaded), {after:.0f} MB after it")
    print(f"library: {size:.1f} MB on disk, {grouped} story group(s)")
    print(f"parse of a 10,000-entry feed ({len(big) / 1024 / 1024:.1f} MB): {parse_time:.2f} s "
          f"({len(parsed.entries)} entries)")


if __name__ == "__main__":
    main()
