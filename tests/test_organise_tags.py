"""Tags on a real library: bulk add/remove (by ids and by search), hierarchical rename
and merge, keyword promotion, and undo that survives between CLI runs."""

from __future__ import annotations

import pytest

from clipper.domain import ArticleDraft, Block
from clipper.store.library import LibraryError
from tests.organise_helpers import ALL, ENGLISH, PICKUP, WIRE, import_ids


@pytest.fixture
def ids(service):
    return import_ids(service, ALL)


def tags_by_id(service) -> dict[int, list[str]]:
    return {s.id: s.tags for s in service.summaries(service.clipping_ids())}


def test_add_and_remove_by_ids_from_the_cli(run_cli, run_cli_json):
    assert run_cli("import", WIRE, PICKUP, ENGLISH)[0] == 0
    status, out, _ = run_cli("tag", "add", "trip/US", "press", "--ids", "1,3")
    assert status == 0 and "tagged 2 of 2" in out
    assert run_cli_json("show", "1")["tags"] == ["press", "trip/US"]
    assert run_cli_json("show", "2")["tags"] == []
    assert run_cli("tag", "remove", "press", "--ids", "1")[0] == 0
    assert run_cli_json("show", "1")["tags"] == ["trip/US"]
    listed = run_cli_json("tag", "list")
    assert listed == [{"name": "press", "count": 1, "total": 1},
                      {"name": "trip/US", "count": 2, "total": 2}]


def test_tag_names_are_normalised_and_case_insensitive(service, ids):
    wire = ids["us-trip-1-wire"]
    service.add_tags([wire], [" trip / US "])
    service.add_tags([wire], ["TRIP/us"])  # the same tag (SQLite NOCASE), not a second one
    assert service.get(wire).tags == ["trip/US"]
    with pytest.raises(LibraryError, match="not a tag name"):
        service.add_tags([wire], [" / "])
    with pytest.raises(LibraryError, match="no clipping with id 999"):
        service.add_tags([wire, 999], ["x"])
    assert service.get(wire).tags == ["trip/US"]  # nothing half-done


def test_rename_carries_children_and_refuses_a_clash(service, ids):
    wire, pickup, english = ids["us-trip-1-wire"], ids["us-trip-2-pickup"], ids["trade-mission-en"]
    service.add_tags([wire], ["trip"])
    service.add_tags([wire, pickup], ["trip/US"])
    service.add_tags([english], ["trip/US/California"])
    service.add_tags([english], ["travel"])
    with pytest.raises(LibraryError, match="use `tag merge`"):
        service.rename_tag("trip", "travel")
    with pytest.raises(LibraryError, match="its own child"):
        service.rename_tag("trip", "trip/US/old")
    changes = service.rename_tag("trip", "visits")
    assert sorted(changes.clippings_changed) == sorted([wire, pickup, english])
    assert [t.name for t in service.list_tags()] == [
        "travel", "visits", "visits/US", "visits/US/California"]
    assert service.get(pickup).tags == ["visits/US"]
    assert service.get(english).tags == ["travel", "visits/US/California"]
    assert sorted(service.clippings_with_tag("visits")) == sorted([wire, pickup, english])
    assert service.clippings_with_tag("visits", children=False) == [wire]
    # A case-only rename is a rename of the same tag.
    service.rename_tag("visits/US", "visits/us")
    assert service.get(pickup).tags == ["visits/us"]


def test_merge_folds_a_subtree_into_an_existing_one_and_undo_restores_it(run_cli, run_cli_json):
    assert run_cli("import", WIRE, PICKUP, ENGLISH)[0] == 0
    run_cli("tag", "add", "US-trip", "--ids", "1,2")
    run_cli("tag", "add", "US-trip/LA", "--ids", "2")
    run_cli("tag", "add", "trip/US", "--ids", "2,3")
    run_cli("tag", "add", "trip/US/LA", "--ids", "3")
    status, out, err = run_cli("tag", "merge", "US-trip", "trip/US")
    assert status == 0, err
    assert {t["name"]: t["count"] for t in run_cli_json("tag", "list")} == {
        "trip/US": 3, "trip/US/LA": 2}
    assert run_cli_json("show", "2")["tags"] == ["trip/US", "trip/US/LA"]
    # A folded branch counts each clipping once (2 carries both trip/US and trip/US/LA).
    assert [t["total"] for t in run_cli_json("tag", "list")] == [3, 2]
    # Undo in a new process: the journal is in the library.
    status, out, _ = run_cli("tag", "undo")
    assert status == 0 and "merge tag US-trip -> trip/US" in out
    assert {t["name"]: t["count"] for t in run_cli_json("tag", "list")} == {
        "US-trip": 2, "US-trip/LA": 1, "trip/US": 2, "trip/US/LA": 1}
    assert run_cli_json("show", "1")["tags"] == ["US-trip"]
    assert run_cli_json("show", "2")["tags"] == ["trip/US", "US-trip", "US-trip/LA"]
    assert run_cli_json("show", "3")["tags"] == ["trip/US", "trip/US/LA"]


def test_bulk_tag_over_a_search_result_and_its_undo(run_cli, run_cli_json):
    assert run_cli("import", *ALL)[0] == 0
    before = {c["id"]: c["tags"] for c in run_cli_json("list")}
    run_cli("tag", "add", "governor", "--ids", "1")  # an earlier change undo must not touch
    status, out, err = run_cli("tag", "add", "campaign/US", "--query", "실리콘밸리")
    assert status == 0, err
    tagged = {c["id"] for c in run_cli_json("list") if "campaign/US" in c["tags"]}
    assert tagged == {1, 2}  # the two Korean versions of the trip story
    status, out, _ = run_cli("tag", "undo")
    assert status == 0 and "undone" in out
    after = {c["id"]: c["tags"] for c in run_cli_json("list")}
    assert after == {**before, 1: ["governor"]}
    assert "campaign/US" not in [t["name"] for t in run_cli_json("tag", "list")]
    status, _, err = run_cli("tag", "add", "x", "--query", "존재하지않는낱말")
    assert status == 2 and "finds no clipping" in err


def test_remove_deletes_an_unused_tag_and_undo_brings_it_back(service, ids):
    wire = ids["us-trip-1-wire"]
    service.add_tags([wire], ["solo"])
    service.remove_tags([wire], ["solo"])
    assert "solo" not in [t.name for t in service.list_tags()]
    label, changes = service.undo()
    assert label.startswith("remove tag solo") and changes.clippings_changed == [wire]
    assert service.get(wire).tags == ["solo"]


def test_undo_takes_back_a_delete_first_then_the_tag_changes(service, ids):
    wire, pickup = ids["us-trip-1-wire"], ids["us-trip-2-pickup"]
    service.add_tags([wire, pickup], ["x"])
    service.delete_tag("x")
    service.delete([pickup])
    label, changes = service.undo()  # the newest change: the delete
    assert label == "delete 1 clipping(s)" and changes.clippings_added == [pickup]
    assert service.get(pickup).tags == []
    service.undo()  # the tag deletion
    assert service.get(wire).tags == ["x"] and service.get(pickup).tags == ["x"]
    service.undo()  # the add
    assert service.get(wire).tags == []
    with pytest.raises(LibraryError, match="nothing to undo"):
        service.undo()


def test_undo_skips_a_clipping_deleted_outside_the_journal(service, ids):
    wire, pickup = ids["us-trip-1-wire"], ids["us-trip-2-pickup"]
    service.add_tags([wire, pickup], ["x"])
    service.delete_tag("x")
    service.library.delete(pickup)  # not through the service: no journal entry
    service.undo()  # brings x back on the clipping that still exists
    assert service.get(wire).tags == ["x"]
    assert service.clippings_with_tag("x") == [wire]


def test_promote_source_keywords(service):
    clipping_id, _ = service.library.add(ArticleDraft(
        title="키워드 시험", body=[Block("paragraph", "경기도가 새싹기업 지원책을 내놓았다.")],
        source_keywords=["경기도", "새싹기업", " / "]))
    changes = service.promote_keywords([clipping_id], prefix="keyword")
    assert changes.clippings_changed == [clipping_id]
    assert service.get(clipping_id).tags == ["keyword/경기도", "keyword/새싹기업"]
    service.undo()
    assert service.get(clipping_id).tags == []
    assert service.list_tags() == []


def test_tag_list_prints_a_tree(run_cli):
    assert run_cli("import", WIRE)[0] == 0
    run_cli("tag", "add", "trip", "trip/US", "trip/US/LA", "--ids", "1")
    status, out, _ = run_cli("tag", "list")
    assert status == 0
    assert out.splitlines() == ["trip  (1)", "  US  (1)  [trip/US]", "    LA  (1)  [trip/US/LA]"]


def test_search_sees_tag_changes(service, ids):
    wire = ids["us-trip-1-wire"]
    service.add_tags([wire], ["trip/US"])
    assert service.search_ids('tag:"trip/US"') == [wire]
    service.rename_tag("trip", "visits")
    assert service.search_ids('tag:"trip/US"') == []
    assert service.search_ids('tag:"visits/US"') == [wire]
    service.undo()
    assert service.search_ids('tag:"trip/US"') == [wire]


def test_merging_a_tag_with_its_own_child_moves_the_child_once(service, ids):
    wire, pickup = ids["us-trip-1-wire"], ids["us-trip-2-pickup"]
    service.add_tags([wire], ["trip"])
    service.add_tags([pickup], ["trip/US"])
    service.merge_tags(["trip/US", "trip"], "travel")
    assert [t.name for t in service.list_tags()] == ["travel", "travel/US"]
    assert service.get(pickup).tags == ["travel/US"]
