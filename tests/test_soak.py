"""A short soak (bench/soak.py): two importers, a searcher and a deleter at once."""

from __future__ import annotations

import importlib.util

from tests.conftest import ROOT


def test_short_soak_counts_every_item(tmp_path):
    spec = importlib.util.spec_from_file_location("soak", ROOT / "bench" / "soak.py")
    soak = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(soak)
    counts = soak.soak(12, tmp_path / "library")
    assert counts["integrity ok"] == 1
    assert counts["import-a"] > 0 and counts["import-b"] > 0
    assert counts["stored"] == counts["expected"]
    for role in ("import-a", "import-b", "searcher", "deleter"):
        assert counts[f"{role} errors"] == 0
    assert counts["check status"] == 0
