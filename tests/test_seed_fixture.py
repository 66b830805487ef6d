"""The seed article (../shared/fixtures) imports exactly as its expected.json says."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SHARED, needs_shared

SEED = SHARED / "fixtures" / "ohmynews-viz-ai.txt"
EXPECTED = SHARED / "fixtures" / "ohmynews-viz-ai.expected.json"

pytestmark = needs_shared(SEED, EXPECTED)


@pytest.fixture
def imported(run_cli, run_cli_json):
    status, out, err = run_cli("import", SEED)
    assert status == 0, out + err
    assert "1 imported" in out
    return run_cli_json("show", "1")


def test_seed_matches_expected(imported):
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    clip = imported
    assert clip["language"] == expected["language"]
    assert clip["outlet"] == expected["outlet"]
    assert expected["byline_contains"] in clip["byline"]
    assert clip["published"] == expected["published"]
    assert [(p["caption"], p["credit"]) for p in clip["photos"]] == [
        (p["caption"], p["credit"]) for p in expected["photos"]
    ]
    assert clip["source_keywords"] == expected["source_keywords"]
    assert [b["text"] for b in clip["body"]] == expected["body_paragraphs"]
    subheads = [b["text"] for b in clip["body"] if b["kind"] == "subheading"]
    assert subheads == expected["subheadings"]


def test_seed_body_has_no_boilerplate_or_captions(imported):
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    body = "\n".join(b["text"] for b in imported["body"])
    for phrase in expected["body_must_not_contain"]:
        assert phrase not in body
    for photo in expected["photos"]:
        assert photo["caption"] not in body


def test_seed_title_is_derived_from_the_lead_and_editable(imported, run_cli, run_cli_json):
    title = imported["title"]
    assert title and title in imported["body"][0]["text"]
    assert run_cli("edit", "1", "--title", "김동연 지사, 비즈에이아이 방문")[0] == 0
    assert run_cli_json("show", "1")["title"] == "김동연 지사, 비즈에이아이 방문"


def test_seed_json_contract_keys(imported):
    for key in ("id", "title", "outlet", "byline", "published", "url", "language", "body",
                "photos", "source_keywords", "tags", "themes", "annotations", "source",
                "imported_at"):
        assert key in imported
    assert imported["source"] == {"kind": "text", "name": "ohmynews-viz-ai.txt"}
    for photo in imported["photos"]:
        assert set(photo) >= {"caption", "credit", "image", "src", "width", "height"}


def test_seed_imported_twice_is_a_duplicate(imported, run_cli):
    status, out, _ = run_cli("import", SEED)
    assert status == 0
    assert "duplicate" in out and "clipping 1" in out
