"""The desk's schema and read API (issue 15): what h-daily builds the report on."""

from __future__ import annotations

import datetime as dt
import sqlite3

from sqlite_utils import Database

from clipper.domain import DEFAULT_TONES, OUTLET_CATEGORIES, page_sort_key
from clipper.store.library import DB_NAME, Library
from clipper.store.migrations import migrations
from tests.desk_fixtures import DAY, DAY_ITEMS, coverage_day


def test_a_new_library_has_the_seeded_registry_and_default_tones(service):
    outlets = service.outlets()
    by_name = {o.name: o for o in outlets}
    assert len(outlets) >= 60
    assert by_name["연합뉴스"].category == "통신" and by_name["연합뉴스"].naver_oid == "001"
    assert "연합" in by_name["연합뉴스"].aliases and "yna.co.kr" in by_name["연합뉴스"].domains
    assert [o.name for o in outlets[:3]] == ["조선일보", "중앙일보", "동아일보"]
    assert service.outlet_categories() == list(OUTLET_CATEGORIES)
    assert [(t.name, t.group, t.key) for t in service.tones()] == list(DEFAULT_TONES)


def test_the_day_fixture_reads_back_through_get_summaries_and_responses(service):
    ids = coverage_day(service)
    assert len(ids) == len(DAY_ITEMS) >= 20
    summaries = service.summaries(ids)
    for summary, item in zip(summaries, DAY_ITEMS, strict=True):
        assert (summary.outlet, summary.edition, summary.page, summary.position,
                summary.tone) == (item.outlet, item.edition, item.page, item.position,
                                  item.tone)
        assert summary.published == DAY
    first = service.get(ids[0])
    assert (first.edition, first.page, first.position, first.tone) == ("조간", "A1", "면톱", "긍정")
    assert first.to_json()["tone"] == "긍정" and first.photos
    responses = service.responses(ids)
    assert {r.kind for r in responses.values()} == {"설명자료", "정정·반론보도 청구"}
    [explained] = [r for r in responses.values() if r.kind == "설명자료"]
    assert explained.due == DAY and not explained.closed
    assert explained.overdue(DAY + dt.timedelta(days=1))


def test_an_old_library_opens_with_its_outlets_registered(library_path):
    library_path.mkdir()
    db = Database(sqlite3.connect(library_path / DB_NAME))
    migrations.apply(db, stop_before="m0007_desk")
    for cid, outlet in [(1, "연합"), (2, "동네신문"), (3, "조선일보")]:
        db["clippings"].insert({"id": cid, "title": "old", "outlet": outlet, "body_key": str(cid),
                                "source_kind": "text", "imported_at": "2024-01-01",
                                "updated_at": "2024-01-01"})
    db.conn.commit()
    db.conn.close()
    with Library(library_path) as lib:
        assert lib.get(1).outlet == "연합뉴스"  # an alias became the display name
        assert lib.get(2).tone is None and lib.get(2).page is None
        from clipper.store.outlets import all_outlets

        local = {o.name: o for o in all_outlets(lib.db)}["동네신문"]
        assert local.category is None  # registered, uncategorised, for the user to sort


def test_pages_sort_as_printed():
    pages = ["A10", None, "A2", "경제 2", "1", "10", "2", "B1", "A1"]
    assert sorted(pages, key=page_sort_key) == [
        "1", "2", "10", "A1", "A2", "A10", "B1", "경제 2", None]


def test_tone_and_placement_send_nothing_back_to_the_search_index(service):
    """Through the operations (the service would index at once and hide what was
    marked): no clipping is marked for re-indexing by desk changes or their undo."""
    from clipper.organise.placement import set_placement
    from clipper.organise.tone import set_tone
    from clipper.organise.undo import undo_last

    ids = coverage_day(service)
    service.update_index()
    db = service.library.db

    def pending() -> int:
        return db.execute("SELECT count(*) FROM search_dirty").fetchone()[0]

    assert pending() == 0
    set_tone(service.library, ids, "오보")
    set_placement(service.library, ids, page="A3")
    undo_last(service.library)
    assert pending() == 0  # nothing search reads changed
    service.library.update_fields(ids[0], title="새 제목")
    assert pending() == 1  # a title still goes to the index
