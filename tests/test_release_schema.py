"""The release schema (m0010_releases) and the store's read API (issue 18)."""

from __future__ import annotations

import datetime as dt
import sqlite3

from sqlite_utils import Database

from clipper.domain import DEFAULT_PHOTO_CREDITS, Block, Changes, PhotoDraft, ReleaseDraft
from clipper.store import journal as store_journal
from clipper.store import releases as rows
from clipper.store.library import DB_NAME, Library
from clipper.store.migrations import migrations


def _draft(title: str = "경기도, 스타트업 300곳 지원", day: dt.date | None = dt.date(2026, 3, 10)
           ) -> ReleaseDraft:
    return ReleaseDraft(title=title, issued=day, department="경제실 스타트업지원과",
                        contact="주무관 김철수 / 031-8008-1234",
                        body=[Block("paragraph", "경기도는 도내 스타트업을 지원한다고 밝혔다."),
                              Block("paragraph", "신청은 다음 달 15일까지 받는다.")],
                        photos=[PhotoDraft(caption="창업 거점", credit="경기도 제공")],
                        source_kind="text", source_name="r.txt")


def test_an_old_library_opens_with_the_release_tables_and_default_credits(library_path):
    library_path.mkdir()
    db = Database(sqlite3.connect(library_path / DB_NAME))
    migrations.apply(db, stop_before="m0010_releases")
    db["clippings"].insert({"id": 1, "title": "old", "outlet": "연합뉴스", "body_key": "1",
                            "source_kind": "text", "imported_at": "2024-01-01",
                            "updated_at": "2024-01-01"})
    db.conn.commit()
    db.conn.close()
    with Library(library_path) as lib:
        assert lib.get(1).title == "old"
        assert rows.count(lib.db) == 0
        assert rows.photo_credits(lib.db) == list(DEFAULT_PHOTO_CREDITS)


def test_release_tables_are_journaled_and_the_hash_cache_is_not():
    for table in ("releases", "release_blocks", "release_photos", "pickups",
                  "photo_pickups", "photo_credits"):
        assert table in store_journal.JOURNALED
    assert "photo_hashes" in store_journal.UNJOURNALED


def test_a_stored_release_reads_back(library_path):
    with Library(library_path) as lib:
        rid, warnings = rows.add_release(lib, _draft(), signature=b"\x00\x00\x00\x00")
        assert warnings == []
        release = rows.get_release(lib.db, rid)
        assert release.title == "경기도, 스타트업 300곳 지원"
        assert release.issued == dt.date(2026, 3, 10)
        assert [b.text for b in release.body][1] == "신청은 다음 달 15일까지 받는다."
        assert release.photos[0].credit == "경기도 제공" and release.photos[0].image is None
        assert release.to_json()["issued"] == "2026-03-10"
        [summary] = rows.summaries(lib.db, [rid])
        assert (summary.pickups, summary.outlets, summary.first_pickup) == (0, 0, None)
        assert rows.find_duplicate(lib.db, _draft("another title")) == rid
        later = rows.add_release(lib, ReleaseDraft(title="b", issued=dt.date(2026, 4, 1),
                                 body=[Block("paragraph", "다른 본문")]), signature=b"")[0]
        assert rows.release_ids(lib.db) == [later, rid]  # newest first
        assert rows.release_ids(lib.db, since=dt.date(2026, 3, 11)) == [later]
        assert rows.release_ids(lib.db, until=dt.date(2026, 3, 31)) == [rid]


def test_changes_carry_releases():
    assert not Changes(releases=True).empty
    assert Changes().merge(Changes(releases=True)).releases
