"""Shared by the tests/test_organise_*.py files: the fixture articles we wrote."""

from __future__ import annotations

from pathlib import Path

from clipper.services import LibraryService

ORGANISE_DATA = Path(__file__).resolve().parent / "data" / "organise"
WIRE = ORGANISE_DATA / "us-trip-1-wire.txt"
PICKUP = ORGANISE_DATA / "us-trip-2-pickup.txt"
STARTUP = ORGANISE_DATA / "startup-heaven.txt"
WELFARE = ORGANISE_DATA / "welfare-policy.txt"
VISIT_2023 = ORGANISE_DATA / "us-visit-2023.txt"
ENGLISH = ORGANISE_DATA / "trade-mission-en.txt"
ALL = [WIRE, PICKUP, STARTUP, WELFARE, VISIT_2023, ENGLISH]

def import_ids(service: LibraryService, paths: list[Path]) -> dict[str, int]:
    """Import `paths` in order; their ids by file stem."""
    outcomes = service.import_paths(paths)
    assert [o.status for o in outcomes] == ["imported"] * len(paths), outcomes
    return {Path(o.item).stem: o.clipping_id for o in outcomes}

