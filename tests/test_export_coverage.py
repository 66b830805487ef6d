"""Coverage figures and the choice of set (theme, tag, saved search, query, ids)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from clipper.export import coverage
from clipper.store.library import LibraryError
from tests.export_samples import add_theme, assign_theme, fill_library, sample_draft

THEME = "미국 순방 US trip"


@pytest.fixture
def sample(service):
    return fill_library(service.library, 20)


def test_by_day_fills_gaps_and_skips_undated(service, sample):
    days = coverage.by_day(service.library, sample.ids)
    clippings = [service.get(i) for i in sample.ids]
    dated = Counter(c.published for c in clippings if c.published)
    assert days[0][0] == min(dated) and days[-1][0] == max(dated)
    assert [d for d, _ in days] == [min(dated) + dt.timedelta(days=n) for n in range(len(days))]
    assert dict((d, n) for d, n in days if n) == dict(dated)
    cov = coverage.coverage(service.library, sample.ids)
    assert cov.undated == sum(1 for c in clippings if not c.published) == 1
    assert cov.total == 20


def test_gaps_are_zero_days(service):
    ids = []
    for n, day in enumerate([dt.date(2024, 5, 1), dt.date(2024, 5, 4)]):
        draft = sample_draft(n, photos=0)
        draft.published = day
        ids.append(service.library.add(draft)[0])
    assert coverage.by_day(service.library, ids) == [
        (dt.date(2024, 5, 1), 1), (dt.date(2024, 5, 2), 0), (dt.date(2024, 5, 3), 0),
        (dt.date(2024, 5, 4), 1)]
    weeks = coverage.by_week(coverage.by_day(service.library, ids))
    assert weeks == [(dt.date(2024, 4, 29), 2)]


def test_by_outlet_and_theme(service, sample):
    outlets = coverage.by_outlet(service.library, sample.ids)
    expected = Counter(service.get(i).outlet for i in sample.ids)
    assert dict(outlets) == dict(expected)
    assert [n for _, n in outlets] == sorted(expected.values(), reverse=True)
    assert coverage.by_outlet(service.library, sample.ids, top=2) == outlets[:2]
    themes = coverage.by_theme(service.library, sample.ids)
    assert themes[0] == (THEME, 20, "#d04a6a")
    assert ("Startup heaven", 7, "#3a9b5c") in themes
    assert all(name != "Rejected only" for name, _, _ in themes)  # rejected is not membership
    assert coverage.by_theme(service.library, []) == []


def test_theme_membership_is_manual_or_accepted(service, sample):
    theme = add_theme(service.library, "Review me")
    assign_theme(service.library, sample.ids[0], theme, "suggested")
    assign_theme(service.library, sample.ids[1], theme, "accepted")
    assign_theme(service.library, sample.ids[2], theme, "manual")
    assign_theme(service.library, sample.ids[3], theme, "rejected")
    assert service.export_set(theme="review ME").ids == sample.ids[1:3]


def test_tag_takes_in_the_tags_below_it(service, sample):
    trip = service.export_set(tag="trip").ids
    us = service.export_set(tag="trip/US").ids
    assert len(trip) == 20 and len(us) == 10 and set(us) < set(trip)
    with pytest.raises(LibraryError, match="no tag named 'tri'"):
        service.export_set(tag="tri")


def test_explicit_ids_keep_their_order(service, sample):
    assert service.export_set(ids=[5, 2, 9, 2]).ids == [5, 2, 9]
    with pytest.raises(LibraryError, match="no clipping with id 404"):
        service.export_set(ids=[1, 404])


def test_saved_search_reads_its_query(service, sample):
    if "saved_searches" not in service.library.db.table_names():
        with pytest.raises(LibraryError, match="no saved searches"):
            service.export_set(saved="anything")
    # the organise migration's table, as far as export needs it: a name and a query
    service.library.db.execute(
        "CREATE TABLE IF NOT EXISTS saved_searches (id INTEGER PRIMARY KEY, name TEXT NOT NULL "
        "UNIQUE COLLATE NOCASE, query TEXT NOT NULL, created_at TEXT NOT NULL)")
    service.library.db.execute("INSERT INTO saved_searches(name, query, created_at) "
                               "VALUES ('AI', '인공지능', '2024-05-01')")
    service.library.db.conn.commit()
    if not hasattr(service, "search_ids"):
        with pytest.raises(LibraryError, match="search is not available"):
            service.export_set(saved="AI")
    else:
        found = service.export_set(saved="ai")
        assert found.kind == "saved" and found.label == "ai"
        assert set(found.ids) == set(service.search_ids("인공지능"))


def test_query_uses_search_when_present(service, sample):
    if not hasattr(service, "search_ids"):
        with pytest.raises(LibraryError, match="search is not available"):
            service.export_set(query="스탠퍼드")
        return
    found = service.export_set(query="스탠퍼드")
    expected = {i for i in sample.ids if "스탠퍼드" in service.get(i).body_text()
                or any("스탠퍼드" in p.caption for p in service.get(i).photos)}
    assert set(found.ids) >= expected and found.ids


def test_cli_coverage_json(run_cli_json, service, sample):
    data = run_cli_json("coverage", "--theme", THEME)
    assert data["total"] == 20 and data["undated"] == 1
    assert sum(d["count"] for d in data["by_day"]) == 19
    assert data["by_theme"][0] == {"theme": THEME, "count": 20, "colour": "#d04a6a"}


def test_story_count_counts_groups_once(service, sample):
    ids = sample.ids[:6]
    if "story_members" not in service.library.db.table_names():
        assert coverage.story_count(service.library, ids) is None
        # the organise migration's table, as far as export reads it
        service.library.db.execute("CREATE TABLE story_members (clipping_id INTEGER PRIMARY "
                                   "KEY, story_id INTEGER NOT NULL)")
    service.library.db.execute("DELETE FROM story_members")
    service.library.db.execute("INSERT INTO story_members VALUES (?, 1), (?, 1), (?, 1)",
                               ids[:3])
    service.library.db.conn.commit()
    assert coverage.story_count(service.library, ids) == 4  # one group of 3 + 3 alone
    assert coverage.story_count(service.library, ids[3:]) == 3
