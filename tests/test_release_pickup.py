"""Pickup (issue 18): clippings matched to the releases they draw on, both ways round,
with share, kind and the side-by-side passages; the table per period, CSV, undo."""

from __future__ import annotations

import csv
import datetime as dt

from clipper.domain import ArticleDraft, Block, Changes
from tests import release_set as rs

# ---- the set ---------------------------------------------------------------------------------


def test_pickups_and_kinds_are_right_on_the_set(service, tmp_path):
    release_ids = rs.import_set_releases(service, tmp_path)
    keys = {v: k for k, v in release_ids.items()}
    cases = rs.cases()
    clipping_ids = rs.store_cases(service, cases)
    expected = {(clipping_ids[c.name], key): kind for c in cases
                for key, kind in c.expected.items()}
    found = {(p.clipping_id, keys[p.release_id]): p.kind for p in service.pickups()}
    assert set(found) == set(expected)  # no same-topic article taken, none missed
    assert found == expected  # near-verbatim / partial / rewrite as written
    shares = {c.name: p.share for c in cases for p in service.releases_of(clipping_ids[c.name])}
    assert shares["startup/verbatim"] == 1.0 and shares["startup/trimmed"] == 1.0
    assert 0.75 <= shares["startup/comment"] < 0.95
    assert shares["startup/rewrite"] < 0.6


def test_an_article_drawing_on_two_releases_links_to_both(service, tmp_path):
    release_ids = rs.import_set_releases(service, tmp_path)
    two = [c for c in rs.cases() if c.name == "startup+semicon/two"]
    [clipping] = rs.store_cases(service, two).values()
    pickups = service.releases_of(clipping)
    assert {p.release_id for p in pickups} == {release_ids["startup"], release_ids["semicon"]}
    assert all(p.kind == "partial" and 0.3 < p.share < 0.7 for p in pickups)
    # Each release's side-by-side shows the other release's paragraphs as added.
    rows = service.pickup_passages(release_ids["semicon"], clipping)
    added = [r.clipping_text for r in rows if r.kind == "added"]
    assert any(t.startswith("경기도는 도내 초기 스타트업") or "스타트업 300곳" in t for t in added)


# ---- both ways round ------------------------------------------------------------------------

def _article(service, paragraphs: list[str], published: dt.date, outlet: str = "경기일보",
             n: int = 0, announce: bool = True) -> int:
    draft = ArticleDraft(title=f"기사 {n}", outlet=outlet, published=published,
                         url=f"https://news.example/a/{n}", language="ko",
                         body=[Block("paragraph", p) for p in paragraphs])
    clipping_id, _ = service.library.add(draft)
    if announce:
        service._changed(Changes(clippings_added=[clipping_id]))
    return clipping_id


def _release_file(tmp_path, release: rs.SetRelease):
    path = tmp_path / f"{release.key}.txt"
    path.write_text(rs.release_text(release), "utf-8")
    return path


def test_a_clipping_imported_after_its_release_is_matched_on_import(service, tmp_path):
    release = rs.RELEASES[0]
    [outcome] = service.import_releases([_release_file(tmp_path, release)])
    article = tmp_path / "article.txt"
    article.write_text("스타트업 1천억 투자\n경기일보\n" + release.issued.isoformat() + "\n\n"
                       + "\n\n".join(release.paragraphs[:3]), "utf-8")
    [imported] = service.import_paths([article])  # the ordinary clipping import
    [p] = service.releases_of(imported.clipping_id)
    assert p.release_id == outcome.clipping_id and p.kind == "near-verbatim"
    assert p.outlet == "경기일보" and p.category == "지역지"  # from the outlet registry


def test_a_release_imported_after_its_clippings_finds_them(service, tmp_path):
    release = rs.RELEASES[1]
    early = _article(service, release.paragraphs, release.issued, n=1)
    unrelated = _article(service, release.unrelated, release.issued, n=2)
    assert service.releases_of(early) == []
    [outcome] = service.import_releases([_release_file(tmp_path, release)])
    [p] = service.pickups(outcome.clipping_id)
    assert p.clipping_id == early and service.releases_of(unrelated) == []
    [summary] = service.releases()
    assert (summary.pickups, summary.outlets, summary.near_verbatim) == (1, 1, 1)
    assert summary.first_pickup == release.issued.isoformat()


def test_a_release_dated_after_the_article_is_not_its_source(service, tmp_path):
    release = rs.RELEASES[2]
    day = release.issued
    two_before = _article(service, release.paragraphs, day - dt.timedelta(days=2), n=1)
    day_before = _article(service, release.paragraphs[:3], day - dt.timedelta(days=1), n=2)
    undated = _article(service, release.paragraphs[1:], None, n=3)
    service.import_releases([_release_file(tmp_path, release)])
    assert service.releases_of(two_before) == []  # published two days before: not from it
    assert len(service.releases_of(day_before)) == 1  # a day of slack (embargo, date typed)
    assert len(service.releases_of(undated)) == 1  # an unknown date never rules it out


def test_a_release_with_no_pickup(service, tmp_path):
    release = rs.RELEASES[3]
    for n, paragraphs in enumerate([release.unrelated, rs.RELEASES[4].unrelated]):
        _article(service, paragraphs, release.issued, n=n)
    [outcome] = service.import_releases([_release_file(tmp_path, release)])
    assert service.pickups(outcome.clipping_id) == []
    [summary] = service.releases()
    assert (summary.pickups, summary.outlets, summary.photos_used) == (0, 0, 0)
    assert summary.first_pickup is None and summary.last_pickup is None
    table = service.pickup_table()
    [row] = table.rows
    assert (row.outlets, row.pickups, row.near_verbatim_share, row.by_category) == (0, 0, 0.0, {})
    assert table.total.pickups == 0
    rows = service.pickup_passages(outcome.clipping_id,
                                   _article(service, rs.RELEASES[5].unrelated, None, n=9))
    assert {r.kind for r in rows} == {"left-out", "added"}


def test_a_release_with_300_pickups(service, tmp_path):
    release = rs.RELEASES[5]
    outlets = [o.name for o in service.outlets()][:40] + [f"동네신문{i}" for i in range(10)]
    start = release.issued
    ids = []
    for n in range(300):
        paragraphs = release.paragraphs[: 2 + n % 4]
        if n % 3 == 0:
            paragraphs = paragraphs + [release.comment]
        paragraphs = paragraphs + [f"(기사 {n}번, 편집국 정리)"]  # each text its own
        ids.append(_article(service, paragraphs, start + dt.timedelta(days=n % 7),
                            outlets[n % len(outlets)], n, announce=False))
    service._changed(Changes(clippings_added=ids))  # one import of 300 clippings
    [outcome] = service.import_releases([_release_file(tmp_path, release)])
    rid = outcome.clipping_id
    pickups = service.pickups(rid)
    assert len(pickups) == 300 and {p.clipping_id for p in pickups} == set(ids)
    [summary] = service.releases()
    assert summary.pickups == 300 and summary.outlets == len(outlets)
    assert summary.first_pickup == start.isoformat()
    assert summary.last_pickup == (start + dt.timedelta(days=6)).isoformat()
    [row] = service.pickup_table(start, start).rows
    assert row.outlets == 50 and row.pickups == 300
    assert row.by_category.get("", 0) == 10  # the local papers, not yet sorted
    assert sum(row.by_category.values()) == 50
    assert row.near_verbatim == summary.near_verbatim and 0 < row.near_verbatim_share <= 1
    path = tmp_path / "table.csv"
    assert service.export_pickup_csv(path, start, start) == 1
    lines = list(csv.reader(path.open(encoding="utf-8-sig")))
    assert lines[0][:5] == ["release_id", "release", "date", "department", "outlets"]
    assert lines[1][0] == str(rid) and lines[1][4] == "50" and lines[-1][1] == "합계"
    assert service.export_pickup_csv(tmp_path / "one.csv", release_id=rid) == 300
    # Nothing outside the period.
    assert service.pickup_table(start + dt.timedelta(days=1)).rows == []


def test_an_edited_clipping_is_matched_again(service, tmp_path):
    release = rs.RELEASES[6]
    [outcome] = service.import_releases([_release_file(tmp_path, release)])
    cid = _article(service, release.paragraphs, release.issued)
    assert len(service.releases_of(cid)) == 1
    service.replace_body(cid, [Block("paragraph", p) for p in release.unrelated])
    assert service.releases_of(cid) == []
    assert service.pickups(outcome.clipping_id) == []


# ---- side by side ---------------------------------------------------------------------------

def test_side_by_side_marks_same_changed_added_and_left_out(service, tmp_path):
    release = rs.RELEASES[0]
    [outcome] = service.import_releases([_release_file(tmp_path, release)])
    p = release.paragraphs
    changed = p[1].replace("최대 10억 원까지", "많게는 10억 원을")
    cid = _article(service, [p[0], "업계는 반색했다. 투자 한파 속 단비라는 평가가 나온다.", changed,
                             p[3]], release.issued)
    rows = service.pickup_passages(outcome.clipping_id, cid)
    kinds = [(r.kind, r.release_block, r.clipping_block) for r in rows]
    assert kinds == [("same", 0, 0), ("added", None, 1), ("changed", 1, 2),
                     ("left-out", 2, None), ("same", 3, 3), ("left-out", 4, None)]
    assert rows[2].release_text == p[1] and rows[2].clipping_text == changed
    assert 0.5 < rows[2].similarity < 0.8
    assert rows[0].clipping_text == p[0]  # the dateline and byline are not passages


# ---- change and undo --------------------------------------------------------------------------

def test_delete_and_edit_are_undoable_with_their_pickups(service, tmp_path):
    release = rs.RELEASES[7]
    [outcome] = service.import_releases([_release_file(tmp_path, release)])
    rid = outcome.clipping_id
    cid = _article(service, release.paragraphs, release.issued)
    assert len(service.pickups(rid)) == 1
    changes = service.edit_release(rid, title="고친 제목", department="복지국")
    assert changes.releases and service.release(rid).title == "고친 제목"
    label, _ = service.undo()
    assert label == f"edit release {rid}" and service.release(rid).title == release.title
    # A new date after the article: it is no longer the source; undo gives it back.
    service.edit_release(rid, issued=release.issued + dt.timedelta(days=5))
    assert service.pickups(rid) == []
    service.undo()
    assert [p.clipping_id for p in service.pickups(rid)] == [cid]
    service.delete_releases([rid])
    assert service.releases() == [] and service.releases_of(cid) == []
    label, _ = service.undo()
    assert label == "delete 1 release(s)"
    assert service.release(rid).title == release.title
    assert [p.clipping_id for p in service.pickups(rid)] == [cid]
    service.redo()
    assert service.release_count() == 0


def test_a_new_body_matches_the_release_again(service, tmp_path):
    release, other = rs.RELEASES[8], rs.RELEASES[9]
    [outcome] = service.import_releases([_release_file(tmp_path, release)])
    cid = _article(service, other.paragraphs, release.issued)
    assert service.releases_of(cid) == []
    service.edit_release(outcome.clipping_id, body=[Block("paragraph", t) for t in other.paragraphs])
    assert [p.release_id for p in service.releases_of(cid)] == [outcome.clipping_id]


def test_searching_releases(service, tmp_path):
    ids = rs.import_set_releases(service, tmp_path)
    assert service.search_releases("스타트업 판교") == [ids["startup"]]
    assert service.search_releases("kind:release 반도체 계약학과") == [ids["semicon"]]
    assert [s.id for s in service.releases(query="경유차")] == [ids["dust"]]
    assert len(service.search_releases("kind:release")) == len(rs.RELEASES)
    assert service.search_releases("없는단어") == []


def test_only_a_change_of_text_date_or_photos_sends_a_clipping_to_the_matcher(service, tmp_path):
    release = rs.RELEASES[10]
    service.import_releases([_release_file(tmp_path, release)])
    cid = _article(service, release.paragraphs, release.issued)
    assert len(service.releases_of(cid)) == 1
    # Take the pickup away behind the matcher's back: a re-match would bring it back.
    with service.library.transaction() as db:
        db.execute("DELETE FROM pickups WHERE clipping_id = ?", [cid])
    service.add_tags([cid], ["보도자료"])
    service.set_tone([cid], "긍정")
    assert service.releases_of(cid) == []  # tags and tone: not matched again
    service.edit(cid, published=release.issued + dt.timedelta(days=1))
    assert len(service.releases_of(cid)) == 1  # a new date: matched again


def test_a_release_import_is_undone_with_its_pickups(service, tmp_path):
    release = rs.RELEASES[11]
    cid = _article(service, release.paragraphs, release.issued)
    [outcome] = service.import_releases([_release_file(tmp_path, release)])
    assert len(service.releases_of(cid)) == 1
    label, _ = service.undo()
    assert label == "import 1 release(s)"
    assert service.release_count() == 0 and service.releases_of(cid) == []
    service.redo()
    assert [p.release_id for p in service.releases_of(cid)] == [outcome.clipping_id]
