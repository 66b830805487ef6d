"""Saved searches: named live queries, listed with their current counts."""

from __future__ import annotations

import pytest

from clipper.store.library import LibraryError
from tests.organise_helpers import (
    ALL,
    PICKUP,
    WIRE,
    import_ids,
)


def test_saved_search_counts_follow_the_library(service):
    import_ids(service, [WIRE])
    service.add_saved_search("Silicon Valley", "실리콘밸리")
    service.add_saved_search("Governor", "김동연")
    assert [(s.name, s.count) for s in service.list_saved_searches()] == [
        ("Governor", 1), ("Silicon Valley", 1)]
    ids = import_ids(service, [PICKUP])
    assert {s.name: s.count for s in service.list_saved_searches()}["Silicon Valley"] == 2
    assert ids["us-trip-2-pickup"] in service.saved_search_ids("silicon valley")
    with pytest.raises(LibraryError, match="exists already"):
        service.add_saved_search("governor", "경기도")
    service.add_saved_search("governor", "경기도", replace=True)
    assert service.list_saved_searches(counts=False)[0].query == "경기도"
    service.rename_saved_search("Governor", "Province")
    service.delete_saved_search("Province")
    assert [s.name for s in service.list_saved_searches()] == ["Silicon Valley"]
    with pytest.raises(LibraryError, match="no saved search named"):
        service.delete_saved_search("Province")


def test_saved_cli(run_cli, run_cli_json):
    assert run_cli("import", *ALL)[0] == 0
    assert run_cli("saved", "add", "US trip", "김동연 미국")[0] == 0
    listed = run_cli_json("saved", "list")
    assert [(s["name"], s["query"], s["count"]) for s in listed] == [("US trip", "김동연 미국", 3)]
    status, out, _ = run_cli("saved", "list")
    assert status == 0 and out.strip() == "US trip  (3)  김동연 미국"
    assert sorted(r["id"] for r in run_cli_json("saved", "show", "US trip")) == [1, 2, 5]
    assert run_cli("saved", "delete", "US trip")[0] == 0
    status, out, _ = run_cli("saved", "list")
    assert out.strip() == "no saved searches"
