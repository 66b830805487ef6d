"""Campaign themes on a real library: rule matches suggested for review (at import and
on demand), manual assignments and rejections never overridden, undo, the CLI."""

from __future__ import annotations

import pytest

from clipper.store.library import LibraryError
from tests.organise_helpers import (
    ALL,
    PICKUP,
    STARTUP,
    VISIT_2023,
    WELFARE,
    WIRE,
    import_ids,
)

# The 2024 US trip: 김동연 and 미국 in the text, within the trip's period. The 2023 visit
# matches the words but not the period; the English story matches neither word.
US_RULE = "김동연 미국"
PERIOD = {"date_from": "2024-05-01", "date_to": "2024-05-31"}


def test_rule_suggests_the_right_clippings_and_leaves_a_rejected_one_alone(service):
    ids = import_ids(service, ALL)
    wire, pickup, english = ids["us-trip-1-wire"], ids["us-trip-2-pickup"], ids["trade-mission-en"]
    theme = service.create_theme("US trip", description="Governor's May visit",
                                 key_messages=["경기도 새싹기업 세계로"], colour="#d04a4a",
                                 **PERIOD)
    assert theme.suggested_count == 0  # no rule yet
    service.assign_theme("US trip", [english])  # the user's own pick
    service.unassign_theme("US trip", [pickup])  # the user said no before any rule ran
    service.edit_theme("US trip", rule=US_RULE)  # a new rule runs at once
    assert service.theme_states("US trip") == {
        wire: "suggested", pickup: "rejected", english: "manual"}
    assert service.get(wire).themes == []  # a suggestion is not membership yet
    new, _ = service.apply_theme_rule("US trip")  # running it again changes nothing
    assert new == []
    assert service.search_ids('theme:"US trip"') == [english]  # suggestions are not members
    service.review_theme("US trip", accept=[wire])
    assert service.get(wire).themes == ["US trip"]
    assert service.get(pickup).themes == []
    assert sorted(service.search_ids('theme:"US trip"')) == sorted([wire, english])
    assert sorted(service.theme_members("US trip")) == sorted([wire, english])
    service.apply_theme_rule("US trip")
    assert service.theme_states("US trip")[pickup] == "rejected"
    assert service.theme_states("US trip")[english] == "manual"


def test_rule_applies_at_import(service):
    service.create_theme("US trip", rule=US_RULE, **PERIOD)
    ids = import_ids(service, [WIRE, STARTUP, VISIT_2023])
    assert service.pending_review() == {"US trip": [ids["us-trip-1-wire"]]}
    more = import_ids(service, [PICKUP, WELFARE])
    assert sorted(service.theme_members("US trip", ["suggested"])) == sorted(
        [ids["us-trip-1-wire"], more["us-trip-2-pickup"]])


def test_a_broken_rule_is_refused_and_does_not_fail_an_import(service):
    import_ids(service, [STARTUP])
    broken = "published:2024-99-99..2024-12-31"
    with pytest.raises(LibraryError, match="cannot read the query"):
        service.create_theme("Broken", rule=broken)
    assert service.list_themes() == []
    # One that reached the table anyway (e.g. written by an older version).
    service.create_theme("Broken")
    service.library.db.execute("UPDATE themes SET rule = ? WHERE name = 'Broken'", [broken])
    service.library.db.conn.commit()
    outcome, = service.import_paths([WIRE])
    assert outcome.status == "imported"
    with pytest.raises(LibraryError, match="cannot read the query"):
        service.apply_theme_rule("Broken")


def test_assign_undo_and_review_all(service):
    ids = import_ids(service, ALL)
    service.create_theme("US trip", rule=US_RULE, **PERIOD)
    suggested = service.theme_members("US trip", ["suggested"])
    assert len(suggested) == 2
    service.assign_theme("US trip", [ids["startup-heaven"]])
    label, changes = service.undo()
    assert label.startswith("assign 1 clipping(s) to theme US trip")
    assert changes.themes and changes.clippings_changed == [ids["startup-heaven"]]
    assert ids["startup-heaven"] not in service.theme_states("US trip")
    # Forgetting (not rejecting) a mistaken assignment lets the rule suggest it again.
    service.assign_theme("US trip", [suggested[0]])
    service.unassign_theme("US trip", [suggested[0]], reject=False)
    assert suggested[0] not in service.theme_states("US trip")
    service.apply_theme_rule("US trip")
    assert service.theme_states("US trip")[suggested[0]] == "suggested"
    service.review_theme("US trip", reject=suggested)
    assert service.get_theme("US trip").suggested_count == 0
    service.undo()
    assert sorted(service.theme_members("US trip", ["suggested"])) == sorted(suggested)
    with pytest.raises(LibraryError, match="not awaiting review"):
        service.review_theme("US trip", accept=[ids["welfare-policy"]])


def test_theme_edit_delete_and_errors(service):
    service.create_theme("Startup heaven", key_messages=["스타트업 천국"])
    with pytest.raises(LibraryError, match="exists already"):
        service.create_theme(" startup  HEAVEN ")
    with pytest.raises(LibraryError, match="ends .* before it starts"):
        service.create_theme("Backwards", date_from="2024-05-10", date_to="2024-05-01")
    with pytest.raises(LibraryError, match="not a date"):
        service.create_theme("Bad date", date_from="May 5")
    with pytest.raises(LibraryError, match="no theme named"):
        service.assign_theme("Nope", [1])
    service.edit_theme("Startup heaven", name="Startup pledge", colour="green")
    theme = service.get_theme("startup pledge")
    assert (theme.name, theme.colour, theme.key_messages) == (
        "Startup pledge", "#a5d6a7", ["스타트업 천국"])
    service.delete_theme("Startup pledge")
    assert service.list_themes() == []


def test_theme_cli(run_cli, run_cli_json):
    assert run_cli("import", *ALL)[0] == 0
    status, out, err = run_cli("theme", "create", "US trip", "--from", "2024-05-01",
                               "--to", "2024-05-31", "--rule", US_RULE,
                               "--message", "경기도 새싹기업 세계로", "--message", "투자 유치")
    assert status == 0, err
    assert "its rule suggests 2 clipping(s)" in out
    review = run_cli_json("theme", "review", "US trip")
    assert sorted(r["id"] for r in review) == [1, 2]
    assert run_cli("theme", "review", "US trip", "--accept", "1", "--reject", "2")[0] == 0
    assert run_cli("theme", "assign", "US trip", "6")[0] == 0
    shown = run_cli_json("theme", "show", "US trip")
    assert (sorted(shown["members"]), shown["suggested"], shown["rejected"]) == ([1, 6], [], [2])
    assert shown["key_messages"] == ["경기도 새싹기업 세계로", "투자 유치"]
    listed = run_cli_json("theme", "list")
    assert [(t["name"], t["member_count"]) for t in listed] == [("US trip", 2)]
    status, out, _ = run_cli("theme", "apply", "--all")
    assert status == 0 and "US trip: 0 new suggestion(s), 0 awaiting review" in out
    assert run_cli_json("show", "1")["themes"] == ["US trip"]
    assert run_cli("theme", "unassign", "US trip", "1")[0] == 0
    assert run_cli_json("show", "1")["themes"] == []
    status, out, _ = run_cli("theme", "show", "US trip")
    assert status == 0 and "rule: 김동연 미국" in out
    assert run_cli("theme", "delete", "US trip")[0] == 0
    status, _, err = run_cli("theme", "show", "US trip")
    assert status == 2 and "no theme named 'US trip'" in err


def test_the_issues_rule_syntax(service):
    ids = import_ids(service, ALL)
    service.create_theme(
        "US trip",
        rule="김동연 AND (실리콘밸리 OR 샌프란시스코 OR 미국) published:2024-05-05..2024-05-15")
    assert sorted(service.theme_members("US trip", ["suggested"])) == sorted(
        [ids["us-trip-1-wire"], ids["us-trip-2-pickup"]])
    service.create_theme("Startup heaven", rule='"스타트업 천국" OR 판교+20')
    assert ids["startup-heaven"] in service.theme_members("Startup heaven", ["suggested"])
    assert ids["welfare-policy"] not in service.theme_members("Startup heaven", ["suggested"])
