"""The desk's CLI (issue 15): outlet, tone, place, response; each change undoable."""

from __future__ import annotations

import pytest

from clipper.services import LibraryService
from tests.desk_fixtures import DAY_ITEMS, coverage_day


@pytest.fixture
def day(library_path):
    with LibraryService(library_path) as svc:
        return coverage_day(svc)


def _summary(library_path, clipping_id):
    with LibraryService(library_path) as svc:
        return svc.summaries([clipping_id])[0]


def test_outlet_list_shows_the_registry_in_order_with_counts(day, run_cli, run_cli_json):
    status, out, _ = run_cli("outlet", "list")
    assert status == 0 and out.index("조선일보") < out.index("동아일보") < out.index("연합뉴스")
    rows = run_cli_json("outlet", "list", "--uncategorised")
    assert [r["name"] for r in rows] == ["용인시민신문"]  # seen first in the fixture
    assert rows[0]["clippings"] == 1


def test_outlet_edit_refuses_an_alias_of_another_outlet(day, run_cli):
    status, _, err = run_cli("outlet", "edit", "경기일보", "--aliases", "경기,연합")
    assert status == 2 and "'연합'" in err and "연합뉴스" in err and "Traceback" not in err
    status, _, _ = run_cli("outlet", "edit", "용인시민신문", "--category", "지역지",
                           "--weight", "390")
    assert status == 0
    status, out, _ = run_cli("outlet", "list", "--uncategorised")
    assert "용인시민신문" not in out
    run_cli("undo")
    assert "용인시민신문" in run_cli("outlet", "list", "--uncategorised")[1]


def test_outlet_merge_moves_clippings_and_undo_moves_them_back(day, library_path, run_cli):
    yongin = day[-1]
    status, out, _ = run_cli("outlet", "merge", "용인시민신문", "--into", "경기일보")
    assert status == 0 and "1 clipping(s) changed" in out
    assert _summary(library_path, yongin).outlet == "경기일보"
    status, out, _ = run_cli("outlet", "list")
    assert "용인시민신문" in out.split("경기일보", 1)[1].split("\n", 1)[0]  # now an alias
    run_cli("undo")
    assert _summary(library_path, yongin).outlet == "용인시민신문"
    with LibraryService(library_path) as svc:
        names = {o.name: o for o in svc.outlets()}
        assert "용인시민신문" in names and "용인시민신문" not in names["경기일보"].aliases


def test_tone_set_by_key_and_name_and_undo(day, library_path, run_cli):
    target = day[-1]
    assert _summary(library_path, target).tone is None
    assert run_cli("tone", "set", "4", "--ids", target)[0] == 0
    assert _summary(library_path, target).tone == "악의적비판"
    assert run_cli("tone", "set", "none", "--ids", target)[0] == 0
    assert _summary(library_path, target).tone is None
    run_cli("undo")
    assert _summary(library_path, target).tone == "악의적비판"
    status, _, err = run_cli("tone", "set", "7", "--ids", target)
    assert status == 2 and "no tone '7'" in err and "5 오보" in err


def test_renaming_a_tone_carries_its_clippings_and_delete_asks_to_clear(day, library_path,
                                                                      run_cli):
    wrong = [i for i, it in zip(day, DAY_ITEMS, strict=True) if it.tone == "오보"]
    assert run_cli("tone", "edit", "오보", "--name", "사실오류")[0] == 0
    assert _summary(library_path, wrong[0]).tone == "사실오류"
    status, _, err = run_cli("tone", "delete", "사실오류")
    assert status == 2 and "--clear" in err and f"{len(wrong)} clipping" in err
    assert _summary(library_path, wrong[0]).tone == "사실오류"  # refused: nothing lost
    assert run_cli("tone", "delete", "사실오류", "--clear")[0] == 0
    assert _summary(library_path, wrong[0]).tone is None
    run_cli("undo")
    assert _summary(library_path, wrong[0]).tone == "사실오류"


def test_place_sets_and_clears_fields_undoably(day, library_path, run_cli):
    target = day[14]  # a Naver copy with no page
    assert run_cli("place", "--ids", target, "--edition", "조간", "--page", "A3면",
                   "--position", "면톱")[0] == 0
    s = _summary(library_path, target)
    assert (s.edition, s.page, s.position) == ("조간", "A3", "면톱")
    assert run_cli("place", "--ids", target, "--position", "")[0] == 0
    assert _summary(library_path, target).position is None
    run_cli("undo")
    assert _summary(library_path, target).position == "면톱"
    status, _, err = run_cli("place", "--ids", target, "--edition", "주간")
    assert status == 2 and "not an edition" in err


def test_response_set_list_overdue_and_undo(day, run_cli, run_cli_json):
    target = day[3]
    assert run_cli("response", "set", target, "--kind", "반박자료", "--due", "2020-01-01",
                   "--note", "수치 반박", "--link", "https://example.org/doc/1")[0] == 0
    rows = run_cli_json("response", "list", "--overdue")
    [mine] = [r for r in rows if r["clipping_id"] == target]
    assert mine["kind"] == "반박자료" and mine["overdue"] and mine["note"] == "수치 반박"
    assert run_cli("response", "set", target, "--closed")[0] == 0
    assert target not in [r["clipping_id"] for r in run_cli_json("response", "list")]
    run_cli("undo")
    assert target in [r["clipping_id"] for r in run_cli_json("response", "list")]
    status, _, err = run_cli("response", "set", target, "--kind", "항의")
    assert status == 2 and "not a response kind" in err
    status, _, err = run_cli("response", "set", target, "--due", "내일")
    assert status == 2 and "not a date" in err


def test_list_by_page_and_by_tone(day, run_cli_json):
    rows = run_cli_json("list", "--order", "page")
    pages = [r["page"] for r in rows]
    assert pages[:3] == ["1", "2", "3"] and pages.index("A1") < pages.index("A12")
    assert pages[-1] is None and rows[0]["edition"] == "조간"
    tones = [r["tone"] for r in run_cli_json("list", "--order", "tone")]
    assert tones[0] == "긍정" and tones.index("오보") > tones.index("악의적비판")
    assert tones[-1] is None


def test_an_outlet_typed_in_a_correction_joins_the_registry(day, run_cli, run_cli_json):
    assert run_cli("edit", day[0], "--outlet", "수원일보")[0] == 0
    rows = run_cli_json("outlet", "list", "--uncategorised")
    assert "수원일보" in [r["name"] for r in rows]
