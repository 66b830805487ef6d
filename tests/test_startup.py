"""Command start-up: a command loads what it needs, not the whole application.

Each command runs in a fresh interpreter (as a user starts it) and reports the modules
it loaded; start-up times are measured in bench/startup_bench.py, not asserted here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.organise_helpers import STARTUP, WIRE, import_ids

ROOT = Path(__file__).resolve().parent.parent

# The duplicates machinery (datasketch -> scipy), the search engine and the Korean model.
HEAVY = ("scipy", "datasketch", "whoosh", "kiwipiepy", "kiwipiepy_model", "numpy")

_RUN = """
import json, runpy, sys
sys.argv = ["clipper", *json.loads(sys.argv[1])]
try:
    runpy.run_module("clipper", run_name="__main__")
except SystemExit as exc:
    status = exc.code
print("\\n@@" + json.dumps({"status": status, "modules": sorted(sys.modules)}))
"""


def _loaded(library: Path, *args: str) -> tuple[int, str, set[str]]:
    argv = json.dumps(["--library", str(library), *args])
    done = subprocess.run([sys.executable, "-c", _RUN, argv], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)
    out, _, report = done.stdout.rpartition("\n@@")
    assert report, done.stderr
    found = json.loads(report)
    return found["status"], out, {m.split(".")[0] for m in found["modules"]}


def test_list_and_show_load_no_heavy_module(service, library_path):
    ids = import_ids(service, [WIRE, STARTUP])
    service.close()
    status, out, modules = _loaded(library_path, "list")
    assert status == 0 and "김동연" in out
    assert not modules & set(HEAVY), sorted(modules & set(HEAVY))
    status, out, modules = _loaded(library_path, "show", str(ids["startup-heaven"]), "--json")
    assert status == 0 and json.loads(out)["id"] == ids["startup-heaven"]
    assert not modules & set(HEAVY), sorted(modules & set(HEAVY))


def test_search_loads_the_engine_it_needs(service, library_path):
    # The other side of the same check: the helper sees modules a command does load.
    import_ids(service, [WIRE])
    service.close()
    status, out, modules = _loaded(library_path, "search", "경기도")
    assert status == 0 and out.strip()
    assert {"whoosh", "kiwipiepy"} <= modules
    assert not modules & {"scipy", "datasketch"}
