"""The analysis that index and queries share, and snippet marking."""

from __future__ import annotations

import subprocess
import sys

from clipper.search import analysis, snippets


def test_korean_morphemes_drop_particles_and_split_compounds():
    assert analysis.morphemes("경기도에") == ["경기도"]
    assert analysis.morphemes("스타트업천국") == analysis.morphemes("스타트업 천국")
    assert analysis.morphemes("유니콘기업이다") == ["유니콘", "기업"]
    assert "도지사" in analysis.morphemes("경기도지사가")


def test_latin_words_are_folded_stemmed_and_split_from_digits():
    assert analysis.morphemes("Regulators Approved") == ["regul", "approv"]
    assert analysis.morphemes("C4IR") == ["c", "4", "ir"]
    # Kiwi reads Latin inside Korean text the same way the plain path does.
    assert analysis.morphemes("세계경제포럼 C4IR와 Viz.ai") [-5:] == ["c", "4", "ir", "viz", "ai"]


def test_a_multi_word_name_is_one_term_per_word():
    # Kiwi's multi-word dictionary made "조지 워커 부시" one term with spaces.
    assert analysis.morphemes("조지 워커 부시 전 대통령이 방한했다")[:3] == ["조지", "워커", "부시"]


def test_chinese_and_japanese_text_is_split_as_kiwi_would_without_loading_it():
    code = (
        "from clipper.search import analysis as a;"
        "print(a.morphemes('石破茂首相は10日、東京で記者会見した。Jリーグ'));"
        "print(a.morphemes('习近平主席在北京会见了美国总统。'));"
        "print(a.kiwi_loaded())"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert out == ["['石破茂首相', '10', '日', '東京', '記者会見', 'j']",
                   "['习近平主席在北京会见了美国总统']", "False"]
    # The same terms as Kiwi gives (its SH, SL, SN kept; kana, its SW, dropped).
    kiwi_terms = analysis._kept_forms(analysis.kiwi().tokenize("石破茂首相は10日、東京で記者会見した。Jリーグ"))
    assert kiwi_terms == ["石破茂首相", "10", "日", "東京", "記者会見", "j"]


def test_bigrams_cover_hangul_runs_only():
    grams = ["경기", "기도", "도지", "지사", "케어", "뇌"]
    assert analysis.bigrams("경기도지사 AI케어 뇌") == grams
    assert analysis.bigrams("FDA 2024") == []


def test_values_are_kept_apart_by_a_gap():
    doc = analysis.analyse_document({"caption": ["세계경제포럼 본부", "스타트업 대표"]})
    tokens = doc["caption"]
    assert analysis.GAP in tokens
    gap_at = tokens.index(analysis.GAP)
    assert tokens[:gap_at] == ["세계", "경제", "포럼", "본부"]
    assert doc["grams"][:2] == ["세계", "계경"]


def test_empty_text_analyses_to_nothing():
    assert analysis.morphemes("") == []
    assert analysis.morphemes("  \n ") == []
    assert analysis.analyse_document({})["body"] == []


def test_snippet_prefers_the_window_with_the_whole_phrase():
    text = "스타트업 지원 예산이 늘었다. " * 12 + "도지사는 '스타트업 천국'을 약속했다. "
    text += "끝. " * 30
    snip = snippets.make_snippet(text, {"스타트업 천국", "스타트업", "천국"}, set())
    assert "«스타트업 천국»" in snip.marked()
    assert snip.text.startswith("…")


def test_snippet_marks_english_words_by_stem_and_never_overlaps():
    snip = snippets.make_snippet("Regulators approved the approval of approving tools.",
                                 set(), {"approv"})
    assert snip.marked() == "Regulators «approved» the «approval» of «approving» tools."
    spans = snippets.find_marks("경기도지사 경기도", {"경기도", "경기"}, set())
    assert [(s, e) for s, e, _ in spans] == [(0, 3), (6, 9)]
