"""Time and peak memory to import and index one very long text (issue 12: a 15 MB text
on one line took 68 s and 1.3 GB to index).

    python bench/long_text_bench.py [MEGABYTES]

Prints, for a Korean and an English one-line text, the seconds to import, the seconds
to index and the process's peak resident memory (each text in a fresh process).
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

KO = ("해솔시는 이번 순방 기간 동안 인공지능과 바이오 분야 기업 12곳과 업무협약을 체결했다 "
      "박 시장은 스탠퍼드대학교 의료인공지능연구소를 찾아 뇌졸중 조기 진단 기술 시연을 참관했다 ")
EN = ("The delegation signed memoranda of understanding with twelve artificial intelligence "
      "and biotech firms during the week-long trip ")


def one(lang: str, megabytes: float) -> dict[str, float]:
    from clipper.services import LibraryService

    unit = KO if lang == "ko" else EN
    folder = Path(tempfile.mkdtemp(prefix="long-text-"))
    text = folder / "long.txt"
    size = int(megabytes * 1024 * 1024)
    line = (unit * (size // len(unit.encode()) + 1)).encode()[:size].decode("utf-8", "ignore")
    text.write_text("Very long clipping\n\n" + line + "\n", encoding="utf-8")
    with LibraryService(folder / "lib") as service:
        started = time.perf_counter()
        [outcome] = service.import_paths([text])
        imported = time.perf_counter() - started
        started = time.perf_counter()
        service.update_index()
        indexed = time.perf_counter() - started
        found = len(service.search_ids("delegation" if lang == "en" else "해솔시"))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"status": outcome.status, "import_s": round(imported, 1),
            "index_s": round(indexed, 1), "peak_mb": round(peak), "found": found}


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        print(json.dumps(one(sys.argv[2], float(sys.argv[3]))))
        return
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 15
    for lang in ("ko", "en"):
        run = subprocess.run([sys.executable, __file__, "--one", lang, str(megabytes)],
                             capture_output=True, text=True,
                             cwd=Path(__file__).resolve().parents[1])
        result = json.loads(run.stdout.strip().splitlines()[-1]) if run.returncode == 0 \
            else {"error": run.stderr.strip().splitlines()[-1:]}
        print(f"{lang} {megabytes:g} MB one line: {result}")


if __name__ == "__main__":
    main()
