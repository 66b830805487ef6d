"""Search against a real Whoosh index in a temporary library."""

from __future__ import annotations

import json

import pytest

from clipper.search.index import VERSION_FILE
from clipper.store import search_journal as journal
from clipper.store.library import LibraryError
from tests.conftest import SHARED, needs_shared
from tests.search_helpers import (
    ENGLISH_CLIMATE,
    ENGLISH_REGULATOR,
    KOREAN_HEALTH,
    KOREAN_STARTUP,
    add_article,
)

SEED = SHARED / "fixtures" / "ohmynews-viz-ai.txt"
needs_seed = needs_shared(SEED)


def ids(service, query: str) -> list[int]:
    return service.search_ids(query)


@pytest.fixture
def seeded(service):
    outcomes = service.import_paths([SEED])
    assert outcomes[0].status == "imported"
    return service, outcomes[0].clipping_id


# ---- the seed article ---------------------------------------------------------------

SEED_FINDS = [
    "경기도", "지사", "도지사", '"스타트업 천국"', "뇌졸중", "치매", "유니콘기업", "유니콘",
    "Viz.ai", "viz", "FDA", "caption:세계경제포럼", "keyword:새싹기업", "스타트업천국",
    "nhn cloud", "C4IR", "블록체인", "비즈에이아이", "경기도 뇌졸중", "뇌졸중 OR 반도체",
    "스타트*", "photo:세계경제포럼",
]


@needs_seed
@pytest.mark.parametrize("query", SEED_FINDS)
def test_seed_is_found(seeded, query):
    service, seed_id = seeded
    assert service.search_ids(query) == [seed_id]
    hits = service.search(query)
    assert [h.id for h in hits] == [seed_id]


@needs_seed
@pytest.mark.parametrize("query", [
    "뇌졸중 NOT 치매", "뇌졸중 -치매", "caption:뇌졸중", "반도체", "title:세계경제포럼",
    '"천국 스타트업"', "NOT 경기도", "경기도 AND 반도체", "경기도 반도체", "뇌졸중 xyzzy",
    "tag:뇌졸중", "keyword:뇌졸중 치매",
])
def test_seed_is_not_found(seeded, query):
    service, _ = seeded
    assert service.search_ids(query) == []
    assert service.search(query) == []


@needs_seed
def test_import_updates_the_index_in_the_same_operation(seeded):
    service, seed_id = seeded
    # No search has run yet: the import itself indexed the clipping.
    assert journal.count(service.library.db) == 0
    assert service._search.index.doc_count() == 1
    assert (service.root / "index" / VERSION_FILE).exists()


def test_segments_are_separate_files_read_in_place(service):
    from tests.search_helpers import KOREAN_HEALTH, add_article

    made = [add_article(service, f"{KOREAN_HEALTH['title']} {n}",
                        [f"{p} ({n}호)" for p in KOREAN_HEALTH["paragraphs"]])
            for n in range(5)]
    service.update_index()
    index = service.root / "index"
    # No compound file: Whoosh reads one through a copy of it in memory (73 MB of a
    # 99 MB index at 10k clippings); separate files are memory-mapped and read in place.
    assert not list(index.glob("*.seg")) and list(index.glob("*.pst"))
    service._search.index._drop_searcher()
    assert sorted(service.search_ids("어르신")) == made


@needs_seed
def test_seed_snippet_marks_the_matched_words(seeded):
    service, _ = seeded
    hit = service.search("뇌졸중")[0]
    assert hit.marks
    for start, end in hit.marks:
        assert hit.snippet[start:end] == "뇌졸중"
    assert "«뇌졸중»" in hit.marked_snippet()
    assert hit.to_json()["snippet"] == hit.marked_snippet()
    viz = service.search("Viz.ai")[0].marked_snippet()
    assert "«Viz»" in viz and "«ai»" in viz


@needs_seed
def test_spaced_and_unspaced_compounds_find_each_other(seeded):
    service, seed_id = seeded  # the seed writes '스타트업 천국'
    other = add_article(service, **KOREAN_STARTUP)  # this one writes 스타트업천국
    for query in ("스타트업천국", '"스타트업 천국"', "스타트업 천국"):
        assert sorted(ids(service, query)) == sorted([seed_id, other]), query


@needs_seed
def test_morpheme_matches_rank_before_substring_matches(seeded):
    service, seed_id = seeded
    health = add_article(service, **KOREAN_HEALTH)  # writes 경기도가: a morpheme match
    startup = add_article(service, **KOREAN_STARTUP)  # only 경기도지사: a substring match
    found = ids(service, "경기도")
    assert set(found) == {seed_id, health, startup}
    assert found[-1] == startup
    hits = service.search("경기도", limit=2)
    assert startup not in [h.id for h in hits]


def test_a_word_in_the_title_ranks_above_the_same_word_in_the_body(service):
    in_body = add_article(service, "경제 소식 모음", [
        "반도체 수출이 늘었다. 반도체 업계는 하반기 반도체 수출 회복을 기대한다.",
        "수출 기업들은 환율을 주시하고 있다."])
    in_title = add_article(service, "반도체 수출 회복세", ["업계는 수출이 늘었다고 밝혔다."])
    for query in ("반도체", "반도체 수출", '"반도체 수출"'):
        assert ids(service, query) == [in_title, in_body], query


# ---- English and mixed text ---------------------------------------------------------

@pytest.fixture
def english(service):
    return (add_article(service, **ENGLISH_REGULATOR), add_article(service, **ENGLISH_CLIMATE))


@pytest.mark.parametrize("query,expect", [
    ("approve", [0]), ("approval", [0]), ("Approved", [0]), ("REGULATORS", [0]),
    ("run", [0]), ("stroke", [0]), ('"climate change"', [0, 1]), ("title:climate", [1]),
    ("outlet:reuters", [1]), ("byline:doe", [0]), ("caption:radiologist", [0]),
    ("caption:roe", [0]), ("climate NOT seoul", [0]), ("climate -stroke", [1]),
    ("approv*", [0]), ('"change climate"', []), ("emissions buildings", [1]),
    ("2,000", [1]), ("strokes OR emissions", [0, 1]),
])
def test_english_words_are_stemmed_and_case_folded(service, english, query, expect):
    assert sorted(ids(service, query)) == sorted(english[i] for i in expect)


def test_mixed_korean_and_english_query(service, english):
    mixed = add_article(service, "경기도, AI 케어 사업 확대",
                        ["경기도가 늘편한AI케어 사업을 NHN CLOUD와 함께 확대한다."])
    assert ids(service, "AI케어") == [mixed]
    assert ids(service, "nhn 케어") == [mixed]
    assert ids(service, "cloud") == [mixed]


# ---- dates ------------------------------------------------------------------------

@pytest.fixture
def dated(service):
    return {
        "05-03": add_article(service, **KOREAN_STARTUP),
        "05-10": add_article(service, **ENGLISH_REGULATOR),
        "05-14": add_article(service, **ENGLISH_CLIMATE),
        "05-20": add_article(service, **KOREAN_HEALTH),
        "undated": add_article(service, "날짜 없는 기사", ["날짜가 없는 기사 본문이다."]),
    }


@pytest.mark.parametrize("query,expect", [
    ("published:2024-05-01..2024-05-15", ["05-03", "05-10", "05-14"]),
    ("published:[2024-05-01 TO 2024-05-15]", ["05-03", "05-10", "05-14"]),
    ("published:2024-05-10..2024-05-14", ["05-10", "05-14"]),
    ("published:..2024-05-09", ["05-03"]),
    ("published:2024-05-15..", ["05-20"]),
    ("published:[TO 2024-05-09]", ["05-03"]),
    ("published:[2024-05-15 TO]", ["05-20"]),
    ("published:2024-05", ["05-03", "05-10", "05-14", "05-20"]),
    ("date:2024-05-20", ["05-20"]),
    ("published:2024-06", []),
    ("climate published:2024-05-01..2024-05-12", ["05-10"]),
    ("경기도 published:2024-05-15..2024-05-31", ["05-20"]),
])
def test_date_ranges(service, dated, query, expect):
    assert sorted(ids(service, query)) == sorted(dated[k] for k in expect)


@pytest.mark.parametrize("query,expect", [
    ("published:2024-05 NOT climate", ["05-03", "05-20"]),
    ("published:2024-05 -경기도", ["05-10", "05-14"]),
    ("published:2024-05-01..2024-05-15 published:2024-05-10..2024-05-31", ["05-10", "05-14"]),
    ("published:2024-05-01..2024-05-09 published:2024-05-10..2024-05-31", []),
    ("(climate OR 경기도) NOT published:2024-05-15..", ["05-03", "05-10", "05-14"]),
    ("climate OR published:2024-05-20", ["05-10", "05-14", "05-20"]),
    ("NOT climate", ["05-03", "05-20", "undated"]),
])
def test_dates_and_nots_combine(service, dated, query, expect):
    assert sorted(ids(service, query)) == sorted(dated[k] for k in expect)


def test_a_date_range_alone_lists_the_newest_first(service, dated):
    order = ["05-20", "05-14", "05-10", "05-03"]
    assert ids(service, "published:2024-05") == [dated[k] for k in order]
    assert [h.id for h in service.search("published:2024-05", limit=2)] == [
        dated[k] for k in order[:2]]


def test_a_bad_date_is_a_clear_error(service, dated):
    with pytest.raises(LibraryError, match="query"):
        service.search("published:2024-13-45..2024-14-01")


# ---- prefixes ------------------------------------------------------------------------

@pytest.fixture
def prefixed(service):
    return {
        # Stored first, so a constant-score prefix would list it first.
        "once": add_article(service, "Harbour strike ends", ["A portfolio was sold."],
                            language="en"),
        "often": add_article(service, "Portfolio managers visit the port",
                             ["They bought a portable portrait of the port for the portfolio."],
                             language="en"),
        "none": add_article(service, "Harvest festival", ["Farmers sold apples."],
                            language="en"),
    }


@pytest.mark.parametrize("max_words", [64, 1])
def test_a_prefix_finds_every_word_it_starts(service, prefixed, monkeypatch, max_words):
    # Past PREFIX_MAX_WORDS words the prefix is left to Whoosh: same matches.
    monkeypatch.setattr("clipper.search.index.PREFIX_MAX_WORDS", max_words)
    assert sorted(ids(service, "port*")) == sorted([prefixed["often"], prefixed["once"]])
    assert ids(service, "title:port*") == [prefixed["often"]]
    assert ids(service, "zzz*") == []


def test_a_prefix_ranks_the_clipping_using_its_words_most_first(service, prefixed):
    assert ids(service, "port*") == [prefixed["often"], prefixed["once"]]


# ---- changes reach the index ----------------------------------------------------------

def test_edits_and_deletes_are_reflected(service, english):
    regulator, climate = english
    service.edit(regulator, title="Hospitals adopt stroke triage software")
    assert ids(service, "title:hospitals") == [regulator]
    assert ids(service, "title:regulators") == []
    service.edit(climate, published="2023-01-02")
    assert ids(service, "published:2023") == [climate]
    service.delete([climate])
    assert ids(service, "climate") == [regulator]  # the body of the first still says it
    assert ids(service, "seoul") == []
    assert journal.count(service.library.db) == 0


def test_tags_themes_and_notes_are_searchable(service, english):
    regulator, climate = english
    db = service.library.db
    with db.atomic():
        db.execute("INSERT INTO tags (id, name) VALUES (1, '의료 AI')")
        db.execute("INSERT INTO clipping_tags VALUES (?, 1)", [regulator])
        db.execute("INSERT INTO themes (id, name, created_at) VALUES (1, '기후 위기', 'now')")
        db.execute("INSERT INTO clipping_themes VALUES (?, 1, 'suggested')", [climate])
        db.execute(
            "INSERT INTO annotations (clipping_id, start, \"end\", quote, note, created_at) "
            "VALUES (?, 0, 5, 'Federal', '보도자료와 대조할 것', 'now')", [regulator])
    assert ids(service, "tag:의료") == [regulator]
    assert ids(service, 'tag:"의료 AI"') == [regulator]
    assert ids(service, "의료") == [regulator]  # tags count in an unqualified search too
    assert ids(service, "theme:기후") == []  # a suggestion is not membership
    assert ids(service, "note:보도자료") == [regulator]
    db.execute("UPDATE clipping_themes SET state = 'accepted' WHERE clipping_id = ?", [climate])
    assert ids(service, "theme:기후") == [climate]
    db.execute("UPDATE themes SET name = '탄소 중립' WHERE id = 1")
    assert ids(service, "theme:탄소") == [climate]
    assert ids(service, "theme:기후") == []
    db.execute("UPDATE tags SET name = '헬스케어' WHERE id = 1")
    assert ids(service, "tag:헬스케어") == [regulator]
    db.execute("DELETE FROM annotations")
    assert ids(service, "note:보도자료") == []


# ---- queries that analyse to nothing ---------------------------------------------------

@pytest.mark.parametrize("query", [
    "", "   ", "을", "의 을", '""', '" "', "()", "NOT", "title:", "-", "*?", "AND OR", "\"",
    "published:", "published:..", "~", "title:을",
])
def test_empty_and_zero_term_queries_do_not_raise(service, english, query):
    assert isinstance(service.search_ids(query), list)
    assert isinstance(service.search(query), list)


def test_search_ids_returns_every_match_and_search_respects_limit(service):
    made = [
        add_article(service, f"지역 축제 소식 {n}", [f"올해 축제는 {n}번째다. " * (1 + n % 3)])
        for n in range(30)
    ]
    assert sorted(ids(service, "축제")) == sorted(made)
    assert len(service.search("축제", limit=7)) == 7
    assert len(set(ids(service, "축제"))) == 30


def test_search_all_gives_every_match_and_the_best_hits_in_one_pass(service):
    for n in range(30):
        add_article(service, f"지역 축제 소식 {n}", [f"올해 축제는 {n}번째다. " * (1 + n % 3)])
    every, hits = service.search_all("축제", with_snippets=5)
    assert every == service.search_ids("축제")
    assert hits == service.search("축제", limit=5)
    assert all("축제" in h.snippet for h in hits)
    assert service.search_all("축제 xyzzy", with_snippets=5) == ([], [])


# ---- the index as a file ---------------------------------------------------------------

def test_a_changed_analyzer_version_rebuilds_the_index(library_path, service, english):
    from clipper.services import LibraryService

    service.search_ids("climate")  # builds the index
    version_file = library_path / "index" / VERSION_FILE
    version = json.loads(version_file.read_text())
    version["model"] = "analyzer=0;kiwipiepy=old"
    version_file.write_text(json.dumps(version))
    with LibraryService(library_path) as fresh:
        assert sorted(fresh.search_ids("climate")) == sorted(english)
        assert json.loads(version_file.read_text())["model"] != "analyzer=0;kiwipiepy=old"


def test_a_second_service_sees_changes_without_duplicates(library_path, service, english):
    from clipper.services import LibraryService

    regulator, climate = english
    with LibraryService(library_path) as other:
        assert sorted(other.search_ids("climate")) == sorted(english)
        service.edit(climate, title="Seoul climate plan, revised")
        add_article(service, **KOREAN_HEALTH)
        service.update_index()
        # The first searcher is stale now; it must be reopened, not refreshed.
        found = other.search_ids("climate")
        assert sorted(found) == sorted(english)
        assert len(found) == len(set(found))
        assert other.search_ids("title:revised") == [climate]
