"""Soak: two importers, a searcher and a deleter on one library, then count everything.

    python bench/soak.py [SECONDS] [LIBRARY]

Each importer imports batches of new text articles until the time is up; the deleter
deletes one clipping at a time; the searcher searches. Afterwards: PRAGMA
integrity_check, `clipper check --fix`, and a count of every item (imported by each
importer, deleted, left) that must add up. Prints the counts.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

WORKER = """
import sys, time
from pathlib import Path
from clipper.services import LibraryService
role, library, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
svc = LibraryService(library)
end = time.monotonic() + seconds
done = errors = 0
n = 0
while time.monotonic() < end:
    try:
        if role.startswith("import"):
            folder = Path(library).parent / f"in-{role}-{n}"
            folder.mkdir()
            for i in range(5):
                (folder / f"{role}-{n}-{i}.txt").write_text(
                    f"{role} 기사 {n}-{i}\\n\\n도지사 {role} 예산 {n} {i} 발표. 청년 지원.\\n\\n"
                    f"끝 {role}-{n}-{i}.\\n", encoding="utf-8")
            outcomes = svc.import_paths([folder])
            done += sum(o.status == "imported" for o in outcomes)
            errors += sum(o.status == "failed" for o in outcomes)
            n += 1
        elif role == "deleter":
            ids = svc.clipping_ids("imported")
            if len(ids) > 3:
                svc.delete([ids[-1]])
                done += 1
            time.sleep(0.2)
        else:
            svc.search_ids("도지사")
            done += 1
            time.sleep(0.2)
    except Exception as exc:
        errors += 1
        print(role, "error:", exc, file=sys.stderr)
print(done, errors)
"""


def soak(seconds: float, library: Path) -> dict[str, int]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    roles = ["import-a", "import-b", "searcher", "deleter"]
    procs = {role: subprocess.Popen([sys.executable, "-c", WORKER, role, str(library),
                                     str(seconds)], cwd=ROOT, env=env, text=True,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for role in roles}
    counts: dict[str, int] = {}
    for role, proc in procs.items():
        out, err = proc.communicate(timeout=seconds + 600)
        if proc.returncode != 0 or "Traceback" in err:
            raise SystemExit(f"{role} failed ({proc.returncode}):\n{err}")
        done, errors = map(int, out.split()[-2:])
        counts[role] = done
        counts[f"{role} errors"] = errors
    fix = subprocess.run([sys.executable, "-m", "clipper", "--library", str(library),
                          "check", "--fix"], cwd=ROOT, env=env, capture_output=True, text=True)
    check = subprocess.run([sys.executable, "-m", "clipper", "--library", str(library),
                            "check"], cwd=ROOT, env=env, capture_output=True, text=True)
    conn = sqlite3.connect(library / "clipper.sqlite")
    counts["integrity ok"] = int(conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
    counts["stored"] = conn.execute("SELECT count(*) FROM clippings").fetchone()[0]
    conn.close()
    counts["check status"] = check.returncode
    counts["check --fix status"] = fix.returncode
    counts["expected"] = counts["import-a"] + counts["import-b"] - counts["deleter"]
    return counts


def main() -> None:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 60.0
    base = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.mkdtemp()) / "library"
    started = time.monotonic()
    counts = soak(seconds, base)
    for key, value in counts.items():
        print(f"{key:>20}: {value}")
    print(f"{'wall time':>20}: {time.monotonic() - started:.0f} s")
    ok = counts["stored"] == counts["expected"] and counts["integrity ok"] and not any(
        counts[f"{r} errors"] for r in ("import-a", "import-b", "searcher", "deleter"))
    print("OK" if ok else "MISMATCH")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
