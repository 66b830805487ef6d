"""Shared by the tests/test_organise_*.py files: the fixture articles and a search.

Until the Whoosh search service (issue 4) is on this branch, `searchable` gives the
service a plain substring search over the library's own SQLite tables (title and body
blocks): every whitespace-separated word of the query must occur. It stands in for
`LibraryService.search_ids`, so that rules, `--query` and saved-search counts run on a
real library; once the real `search_ids` exists it is used instead.
"""

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

HAS_REAL_SEARCH = hasattr(LibraryService, "search_ids")


def substring_search(service: LibraryService):
    def search_ids(query: str) -> list[int]:
        words = [w.casefold() for w in query.split()]
        found = []
        for clipping_id in service.library.ids():
            row = service.library.db.execute(
                "SELECT c.title || char(10) || coalesce(group_concat(b.text, char(10)), '') "
                "FROM clippings c LEFT JOIN blocks b ON b.clipping_id = c.id "
                "WHERE c.id = ? GROUP BY c.id",
                [clipping_id],
            ).fetchone()
            text = row[0].casefold()
            if all(w in text for w in words):
                found.append(clipping_id)
        return found

    return search_ids


def make_searchable(service: LibraryService) -> LibraryService:
    if not HAS_REAL_SEARCH:
        service.search_ids = substring_search(service)  # type: ignore[method-assign]
    return service


def import_ids(service: LibraryService, paths: list[Path]) -> dict[str, int]:
    """Import `paths` in order; their ids by file stem."""
    outcomes = service.import_paths(paths)
    assert [o.status for o in outcomes] == ["imported"] * len(paths), outcomes
    return {Path(o.item).stem: o.clipping_id for o in outcomes}


def patch_class_search(monkeypatch) -> None:
    """For CLI tests (each command opens its own service): the substring search on the
    class, unless the real search is there."""
    if not HAS_REAL_SEARCH:
        monkeypatch.setattr(LibraryService, "search_ids",
                            lambda self, query: substring_search(self)(query), raising=False)
