"""Korean query words analysed once are answered from beside the index by the next
process, without loading Kiwi; a stale or damaged file changes nothing found."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from clipper.search import analysis
from clipper.search.query_cache import FILE_NAME
from tests.search_helpers import KOREAN_HEALTH, KOREAN_STARTUP, add_article

ROOT = Path(__file__).resolve().parent.parent


def search_in_new_process(library: Path, query: str) -> tuple[list[int], bool]:
    """(ids found, whether Kiwi was loaded) for `query` in a fresh Python process."""
    script = textwrap.dedent(f"""
        import json
        from clipper.search import analysis
        from clipper.services import LibraryService
        with LibraryService({str(library)!r}) as svc:
            ids = sorted(svc.search_ids({query!r}))
        print(json.dumps([ids, analysis.kiwi_loaded()]))
    """)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, timeout=120,
                         capture_output=True, text=True, check=True).stdout
    ids, loaded = json.loads(out.strip().splitlines()[-1])
    return ids, loaded


def library_with_two(service) -> list[int]:
    made = [add_article(service, **KOREAN_STARTUP), add_article(service, **KOREAN_HEALTH)]
    service.update_index()
    return made


def test_a_search_made_before_needs_no_analyser_in_a_new_process(service, library_path):
    startup, health = library_with_two(service)
    service.close()
    first = search_in_new_process(library_path, "경기도지사 창업")
    assert first == ([startup], True)
    assert search_in_new_process(library_path, "경기도지사 창업") == ([startup], False)
    # A new word still loads the analyser, and finds what it did without the file.
    assert search_in_new_process(library_path, "어르신") == ([health], True)


def test_a_damaged_or_older_file_is_analysed_again(service, library_path):
    startup, _ = library_with_two(service)
    service.close()
    cache = library_path / "index" / FILE_NAME
    search_in_new_process(library_path, "스타트업천국")
    assert "스타트업천국" in json.loads(cache.read_text(encoding="utf-8"))["entries"]
    # Wrong morphemes under another analyser version must not be used.
    cache.write_text(json.dumps({"model": "analyzer=0", "entries": {"스타트업천국": ["x"]}}),
                     encoding="utf-8")
    assert search_in_new_process(library_path, "스타트업천국") == ([startup], True)
    cache.write_text("{not json", encoding="utf-8")
    assert search_in_new_process(library_path, "스타트업천국") == ([startup], True)
    stored = json.loads(cache.read_text(encoding="utf-8"))
    assert stored["model"] == analysis.model_version()
    assert stored["entries"]["스타트업천국"] == analysis.morphemes("스타트업천국")


def test_after_a_rebuild_frequent_words_need_no_analyser_the_first_time(service, library_path):
    from clipper.search.query_cache import VOCABULARY_FILE

    health = add_article(service, **KOREAN_HEALTH)
    care = add_article(service, title="어르신 돌봄 인력 확충",
                       paragraphs=["경기도는 어르신 돌봄 인력을 늘리고 방문 건강관리도 넓힌다."],
                       outlet="경인일보", byline="박영희 기자", published="2024-05-21")
    startup = add_article(service, **KOREAN_STARTUP)
    service.reindex()
    service.close()
    learnt = json.loads((library_path / "index" / VOCABULARY_FILE).read_text("utf-8"))
    assert learnt["model"] == analysis.model_version()
    # Each word analysed alone, exactly as a query word is: the same morphemes.
    assert learnt["entries"]["어르신"] == analysis.morphemes("어르신")
    assert "창업" not in learnt["entries"]  # in one clipping only: not frequent
    assert search_in_new_process(library_path, "어르신") == (sorted([health, care]), False)
    # A word outside the learnt ones loads the analyser and finds what it always did.
    assert search_in_new_process(library_path, "창업") == ([startup], True)
