"""Cold commands: each one in a new process, as a user runs it, next to its references.

    python bench/search_bench.py --sizes 10000 --keep DIR      # builds DIR/library-10000
    python bench/startup_bench.py --keep DIR --size 10000 [--runs 7]

For each command it prints wall time and CPU time (median and best of --runs) and peak
resident memory of the process, beside:

- `python -c pass` (the interpreter alone),
- SQLite FTS5 answering the same word in a new process (python + sqlite3),
- `clipper search` for a query never searched: a frequent word of the library (its
  analysis learnt at the last build, `query-vocabulary.json`: no Kiwi) and a word
  outside those (Kiwi loads); the recent-query file is removed before each run,
- `clipper search` for a query searched before (answered without Kiwi),
- Kiwi alone in a new process (constructor plus one analysis), with the options
  Clipper's analyser uses and with kiwipiepy's defaults.

The machine is shared: CPU time is the steadier figure; wall time includes waiting.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
# As a user's installation runs: bytecode cached. A shell with PYTHONDONTWRITEBYTECODE
# set (some tool environments) would otherwise compile every module on every start.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def measure(cmd: list[str], runs: int, before=None) -> dict[str, float]:
    walls, cpus, peaks = [], [], []
    for _ in range(runs):
        if before is not None:
            before()
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        walls.append(time.perf_counter() - started)
        proc.returncode = os.waitstatus_to_exitcode(status)
        err = proc.stderr.read().decode() if proc.stderr else ""
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err[-800:]}")
        cpus.append(usage.ru_utime + usage.ru_stime)
        peaks.append(usage.ru_maxrss * 1024)
    return {"wall": statistics.median(walls), "wall_min": min(walls),
            "cpu": statistics.median(cpus), "cpu_min": min(cpus), "rss": max(peaks)}


def line(label: str, m: dict[str, float], ref: dict[str, float] | None = None,
         target: str = "") -> None:
    ratio = ""
    if ref is not None:
        ratio = (f"  {m['wall'] / ref['wall']:6.1f}x wall, {m['cpu'] / ref['cpu']:5.1f}x CPU "
                 f"of the reference")
    print(f"{label:<42} wall {m['wall']:6.3f} s (best {m['wall_min']:.3f})  CPU "
          f"{m['cpu']:6.3f} s (best {m['cpu_min']:.3f})  peak {m['rss'] / 1e6:5.0f} MB"
          f"{ratio}{'  target ' + target if target else ''}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", type=Path, required=True,
                        help="a folder kept by bench/search_bench.py --keep")
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--query", default="경기도")
    parser.add_argument("--rare-query", default="도청사에서는",
                        help="a word the library's frequent words do not hold")
    args = parser.parse_args()
    library = args.keep / f"library-{args.size}"
    fts = args.keep / f"fts-{args.size}.sqlite"
    if not library.exists() or not fts.exists():
        raise SystemExit(f"run bench/search_bench.py --sizes {args.size} --keep {args.keep}")
    import sqlite3

    first = sqlite3.connect(library / "clipper.sqlite").execute(
        "SELECT min(id) FROM clippings").fetchone()[0]
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load average "
          f"{os.getloadavg()[0]:.1f}; {args.size} clippings; {args.runs} runs each")
    clipper = [PY, "-m", "clipper", "--library", str(library)]
    # Once, so the index has caught up and the commands below only read.
    subprocess.run([PY, "-m", "compileall", "-q", str(ROOT / "clipper")], check=True)
    subprocess.run([*clipper, "search", args.query], cwd=ROOT, env=ENV, check=True,
                   stdout=subprocess.DEVNULL)
    learnt = learn_words(library)
    print(f"frequent words learnt at the build: {len(learnt)}; {args.query!r} among them: "
          f"{args.query in learnt}; {args.rare_query!r} among them: {args.rare_query in learnt}")

    bare = measure([PY, "-c", "pass"], args.runs)
    line("python -c pass (reference)", bare)
    fts_code = (f"import sqlite3; c = sqlite3.connect({str(fts)!r}); "
                f"c.execute('SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT 20', "
                f"['\"{args.query}\"']).fetchall()")
    fts_m = measure([PY, "-c", fts_code], args.runs)
    line(f"FTS5 query {args.query} (reference)", fts_m)
    from clipper.search import analysis

    kiwi_ours = measure([PY, "-c", "from clipper.search import analysis; "
                         f"analysis.morphemes({args.query!r})"], args.runs)
    note = getattr(analysis, "KIWI_OPTIONS_NOTE", "kiwipiepy's defaults")
    line(f"Kiwi as Clipper loads it ({note})", kiwi_ours)
    kiwi_default = measure([PY, "-c", "from kiwipiepy import Kiwi; "
                            f"Kiwi().tokenize({args.query!r})"], args.runs)
    line("Kiwi with kiwipiepy's defaults (reference)", kiwi_default)
    print()
    line("clipper list", measure([*clipper, "list"], args.runs), bare, "<= 0.3 s")
    line(f"clipper show {first} --json", measure([*clipper, "show", str(first), "--json"],
                                                  args.runs), bare, "<= 0.3 s")
    from clipper.search.query_cache import FILE_NAME

    remembered = library / "index" / FILE_NAME
    search = measure([*clipper, "search", args.query], args.runs,
                     before=lambda: remembered.unlink(missing_ok=True))
    line(f"clipper search {args.query} (first time, a frequent word)", search, fts_m,
         "<= 1.0 s, <= 350 MB")
    rare = measure([*clipper, "search", args.rare_query], args.runs,
                   before=lambda: remembered.unlink(missing_ok=True))
    line(f"clipper search {args.rare_query} (first time, not a frequent word)", rare, fts_m,
         "<= 1.0 s, <= 350 MB")
    line("  the same, against Kiwi alone (defaults)", rare, kiwi_default)
    again = measure([*clipper, "search", args.query], args.runs)
    line(f"clipper search {args.query} (searched before)", again, fts_m, "<= 1.0 s, <= 350 MB")


def learn_words(library: Path) -> dict[str, list[str]]:
    """The frequent words learnt at the library's last build; learnt now for a library
    kept by an earlier version of search_bench (whose build did not learn them)."""
    import json

    from clipper.search.query_cache import VOCABULARY_FILE

    path = library / "index" / VOCABULARY_FILE
    if not path.exists():
        from clipper.services import LibraryService

        with LibraryService(library) as service:
            search = service._search
            search._learn_words(search.index, None)
    return json.loads(path.read_text(encoding="utf-8"))["entries"]


if __name__ == "__main__":
    main()
