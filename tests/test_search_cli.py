"""`clipper search`, `clipper reindex` and `clipper check` run in-process."""

from __future__ import annotations

from clipper.cli import build_parser
from tests.search_helpers import ENGLISH_CLIMATE, ENGLISH_REGULATOR, KOREAN_HEALTH, add_article


def test_search_json_contract(service, run_cli_json):
    health = add_article(service, **KOREAN_HEALTH)
    add_article(service, **ENGLISH_CLIMATE)
    hits = run_cli_json("search", "건강관리")
    assert [h["id"] for h in hits] == [health]
    hit = hits[0]
    assert set(hit) == {"id", "title", "outlet", "published", "score", "snippet"}
    assert hit["title"] == KOREAN_HEALTH["title"]
    assert hit["outlet"] == "연합뉴스" and hit["published"] == "2024-05-20"
    assert hit["score"] > 0
    assert "«건강관리»" in hit["snippet"]


def test_search_several_arguments_limit_and_text_output(service, run_cli, run_cli_json):
    regulator = add_article(service, **ENGLISH_REGULATOR)
    climate = add_article(service, **ENGLISH_CLIMATE)
    assert [h["id"] for h in run_cli_json("search", "climate", "seoul")] == [climate]
    assert len(run_cli_json("search", "climate", "--limit", "1")) == 1
    status, out, _ = run_cli("search", "stroke")
    assert status == 0
    assert f"{regulator:>5}  2024-05-10  AP" in out and "«stroke»" in out
    status, out, _ = run_cli("search", "반도체")
    assert status == 0 and "no clippings match" in out


def test_a_bad_query_is_a_clear_error(service, run_cli):
    add_article(service, **ENGLISH_CLIMATE)
    status, _, err = run_cli("search", "published:2024-99-99..2024-99-99")
    assert status == 2 and err.startswith("clipper: cannot read the query")


def test_reindex_and_check(service, run_cli, run_cli_json):
    add_article(service, **ENGLISH_REGULATOR)
    add_article(service, **KOREAN_HEALTH)
    status, out, _ = run_cli("reindex")
    assert status == 0 and "indexed 2 clipping(s)" in out
    report = run_cli_json("check")
    assert report == {"clippings": 2, "indexed": 2, "missing": [], "stale": [],
                      "orphaned": [], "pending": 0, "consistent": True, "fixed": False,
                      "orphan_files": [], "temporary_files": [], "removed": False}
    assert [h["id"] for h in run_cli_json("search", "어르신")] == [2]


def test_commands_have_help():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in ("search", "reindex", "check"):
        assert sub.choices[name].description
        assert sub.choices[name].format_help()
    assert "published:2024-05-01..2024-05-15" in sub.choices["search"].format_help()


def test_search_in_an_empty_library(run_cli, run_cli_json):
    assert run_cli_json("search", "경기도") == []
    status, out, _ = run_cli("search", "경기도")
    assert status == 0 and "no clippings match" in out
    assert run_cli_json("check")["consistent"]
