"""Near-duplicates: syndicated versions of one story grouped at import, other stories
not; split and merge by the user, and a split that stays split."""

from __future__ import annotations

import pytest

from clipper.domain import Block
from clipper.organise import duplicates
from clipper.store.library import LibraryError
from tests.organise_helpers import ALL, ENGLISH, PICKUP, STARTUP, WELFARE, WIRE, import_ids


def test_syndicated_versions_are_grouped_and_other_stories_are_not(service):
    ids = import_ids(service, ALL)
    groups = service.duplicate_groups()
    assert len(groups) == 1
    group = groups[0]
    # Same day: the one imported first (the wire) is the original.
    assert (group.original, group.pickups) == (ids["us-trip-1-wire"], [ids["us-trip-2-pickup"]])
    for other in ("startup-heaven", "welfare-policy", "us-visit-2023", "trade-mission-en"):
        assert service.story_group(ids[other]) is None
    assert service.count_stories(list(ids.values())) == 5
    keys = service.story_keys([ids["us-trip-2-pickup"], ids["startup-heaven"]])
    assert keys == {ids["us-trip-2-pickup"]: ids["us-trip-1-wire"],
                    ids["startup-heaven"]: ids["startup-heaven"]}


def test_earliest_published_is_the_original_whatever_the_import_order(service):
    ids = import_ids(service, [PICKUP, STARTUP])
    service.edit(ids["us-trip-2-pickup"], published="2024-05-09")
    wire = import_ids(service, [WIRE])["us-trip-1-wire"]
    group = service.story_group(wire)
    assert group is not None and group.original == wire


def test_split_stays_split_and_merge_groups(service, run_cli, run_cli_json):
    ids = import_ids(service, ALL)
    wire, pickup, english = ids["us-trip-1-wire"], ids["us-trip-2-pickup"], ids["trade-mission-en"]
    service.split_story([pickup])
    assert service.duplicate_groups() == []
    service.detect_duplicates()  # a full rescan does not undo the user's split
    assert service.duplicate_groups() == []
    with pytest.raises(LibraryError, match="in no story group"):
        service.split_story([pickup])
    # The English write-up of the same trip is the same story to the user.
    group = service.merge_story([wire, pickup, english])
    assert (group.original, sorted(group.pickups)) == (wire, sorted([pickup, english]))
    listed = run_cli_json("duplicates")
    assert listed == [{"id": group.id, "original": wire, "pickups": group.pickups}]
    status, out, _ = run_cli("duplicates")
    assert status == 0 and out.splitlines()[0].startswith(f"original  {wire:>5}  2024-05-08")
    assert run_cli("duplicates", "split", str(english))[0] == 0
    assert run_cli_json("duplicates")[0]["pickups"] == [pickup]


def test_detect_catches_up_a_library_without_signatures(service, run_cli):
    ids = import_ids(service, [WIRE, PICKUP])
    db = service.library.db
    db.execute("DELETE FROM story_members")
    db.execute("DELETE FROM story_signatures")
    db.execute("DELETE FROM story_bands")
    db.conn.commit()
    status, out, _ = run_cli("duplicates", "detect")
    assert status == 0 and "1 near-duplicate group(s)" in out
    assert service.story_group(ids["us-trip-2-pickup"]) is not None


def test_an_import_signs_only_what_it_imported(service):
    # A library whose clippings lack signatures (made in bulk, or opened after an
    # upgrade): an import must sign its own clippings, not the whole library.
    old = import_ids(service, [WIRE, STARTUP, WELFARE])
    db = service.library.db
    db.execute("DELETE FROM story_signatures")
    db.execute("DELETE FROM story_bands")
    db.conn.commit()
    assert duplicates.stale_ids(service.library, [old["startup-heaven"]]) == [
        old["startup-heaven"]]
    new = import_ids(service, [PICKUP])["us-trip-2-pickup"]
    signed = [r[0] for r in db.execute("SELECT clipping_id FROM story_signatures")]
    assert signed == [new]
    assert duplicates.stale_ids(service.library, [new]) == []
    assert sorted(duplicates.stale_ids(service.library, None)) == sorted(old.values())


def test_an_edited_body_gets_a_new_signature(service):
    ids = import_ids(service, [WIRE, ENGLISH])
    english = ids["trade-mission-en"]
    wire_text = service.get(ids["us-trip-1-wire"]).body
    # The user pastes the wire's Korean text into the English clipping.
    service.replace_body(english, wire_text + [Block("paragraph", "번역 메모.")])
    group = service.story_group(english)
    assert group is not None and group.original == ids["us-trip-1-wire"]


def test_short_and_unrelated_texts_do_not_match():
    short = "김동연 지사가 말했다."
    assert duplicates.signature(short) is None
    a = duplicates.signature("경기도가 새싹기업 지원 거점을 실리콘밸리에 두기로 했다. " * 5)
    b = duplicates.signature(
        "농촌 기본소득 시범사업이 두 개 군으로 넓어진다. 주민은 지역화폐를 받는다. " * 3)
    assert a is not None and b is not None
    assert duplicates.similarity(a, b) < duplicates.THRESHOLD


def test_deleting_the_original_leaves_no_group_of_one(service):
    ids = import_ids(service, [WIRE, PICKUP])
    service.delete([ids["us-trip-1-wire"]])
    assert service.duplicate_groups() == []
    assert service.library.db.execute("SELECT count(*) FROM story_members").fetchone()[0] == 0
    # The remaining copy can be grouped again when the story arrives once more.
    again = import_ids(service, [WIRE])["us-trip-1-wire"]
    group = service.story_group(again)
    assert group is not None and group.members == [ids["us-trip-2-pickup"], again]
