"""Organise figures on a generated library: near-duplicate grouping, bulk tags, undo,
re-anchoring.

    python bench/organise_bench.py [N ...]      (default: 1000 10000)

Builds N distinct Korean stories (words drawn from a Zipf-distributed vocabulary of
generated Hangul words, so unrelated stories share little text, as real ones do), plus
pickups: for one story in ten, one to three copies as another outlet would run them
(new headline and byline, a sentence dropped, a few words changed, the last paragraph
cut). Stores them, then groups them as the import listener does (in batches of 100)
and prints: ms per clipping, pair precision/recall against the known copies, the size
of the story tables; then bulk tagging all N, its undo, a hierarchical rename, and
re-anchoring 500 highlights after their bodies changed. First, on the real articles in
../shared/benchmarks (when present): how many distinct articles would be grouped by
mistake, and how copies of them with paragraphs cut and words changed score.
"""

from __future__ import annotations

import random
import resource
import sys
import tempfile
import time
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from clipper.domain import ArticleDraft, Block  # noqa: E402
from clipper.organise import annotations, duplicates, tags, undo  # noqa: E402
from clipper.store.library import open_library  # noqa: E402

SYLLABLES = [chr(0xAC00 + i) for i in range(0, 11172, 7)]
ENDINGS = ["했다", "한다", "됐다", "이다", "있다", "밝혔다", "말했다"]
PARTICLES = ["", "", "이", "가", "은", "는", "을", "를", "에", "의", "와", "에서"]


def vocabulary(rng: random.Random, size: int = 4000) -> list[str]:
    return ["".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))) for _ in range(size)]


def story(rng: random.Random, vocab: list[str], weights: list[float]) -> list[str]:
    def sentence() -> str:
        words = rng.choices(vocab, weights, k=rng.randint(8, 15))
        return " ".join(w + rng.choice(PARTICLES) for w in words) + " " + rng.choice(ENDINGS) + "."

    paragraphs = rng.randint(5, 9)
    return [" ".join(sentence() for _ in range(rng.randint(2, 3))) for _ in range(paragraphs)]


def pickup(rng: random.Random, paragraphs: list[str], vocab: list[str]) -> list[str]:
    copy = [p.split(". ") for p in paragraphs[:-1] or paragraphs]
    para = rng.randrange(len(copy))
    if len(copy[para]) > 1:
        copy[para].pop(rng.randrange(len(copy[para])))
    text = [". ".join(p) for p in copy]
    for _ in range(3):
        i = rng.randrange(len(text))
        words = text[i].split()
        words[rng.randrange(len(words))] = rng.choice(vocab)
        text[i] = " ".join(words)
    return text


def build(library, n: int, rng: random.Random) -> tuple[list[int], set[tuple[int, int]], float]:
    vocab = vocabulary(rng)
    weights = [1 / (rank + 1) for rank in range(len(vocab))]
    ids: list[int] = []
    same_story: set[tuple[int, int]] = set()
    start = time.perf_counter()
    made = 0
    while made < n:
        paragraphs = story(rng, vocab, weights)
        draft = ArticleDraft(title=f"기사 {made}", outlet="한빛통신",
                             body=[Block("paragraph", p) for p in paragraphs])
        original, _ = library.add(draft)
        ids.append(original)
        made += 1
        group = [original]
        if rng.random() < 0.1:
            for k in range(rng.randint(1, 3)):
                copy = ArticleDraft(title=f"기사 {made} 전재 {k}", outlet=f"지역일보{k}",
                                    body=[Block("paragraph", p)
                                          for p in pickup(rng, paragraphs, vocab)])
                copy_id, _ = library.add(copy)
                ids.append(copy_id)
                group.append(copy_id)
                made += 1
        same_story.update(combinations(sorted(group), 2))
    return ids, same_story, time.perf_counter() - start


def run(n: int) -> None:
    rng = random.Random(n)
    with tempfile.TemporaryDirectory() as folder:
        library = open_library(folder)
        ids, truth, store_s = build(library, n, rng)
        print(f"\n== {len(ids)} clippings ({len(truth)} true copy pairs); "
              f"stored in {store_s:.1f} s")

        start = time.perf_counter()
        for i in range(0, len(ids), 100):
            duplicates.detect_duplicates(library, ids[i:i + 100])
        group_s = time.perf_counter() - start
        found: set[tuple[int, int]] = set()
        for g in duplicates.list_groups(library):
            found.update(combinations(sorted(g.members), 2))
        hit = len(found & truth)
        precision = hit / len(found) if found else 1.0
        recall = hit / len(truth) if truth else 1.0
        print(f"near-duplicates at import: {group_s / len(ids) * 1000:.2f} ms/clipping "
              f"(signature + LSH lookup + grouping); pair precision {precision:.3f}, "
              f"recall {recall:.3f}")
        tables = {}
        for table in ("story_signatures", "story_bands", "story_members"):
            row = library.db.execute(
                "SELECT sum(pgsize) FROM dbstat WHERE name = ? OR name LIKE ?",
                [table, f"sqlite_autoindex_{table}%"]).fetchone()
            tables[table] = (row[0] or 0) / 1024 / 1024
        index = library.db.execute(
            "SELECT sum(pgsize) FROM dbstat WHERE name = 'story_bands_clipping'").fetchone()[0]
        print("story tables: " + ", ".join(f"{k} {v:.1f} MB" for k, v in tables.items())
              + f", story_bands index {(index or 0) / 1024 / 1024:.1f} MB")

        start = time.perf_counter()
        duplicates.detect_duplicates(library, None)
        print(f"full rescan (`clipper duplicates detect`, signatures present): "
              f"{time.perf_counter() - start:.1f} s")

        start = time.perf_counter()
        tags.add_tags(library, ids, ["campaign/2024/US"])
        add_s = time.perf_counter() - start
        start = time.perf_counter()
        tags.rename_tag(library, "campaign", "campaigns")
        rename_s = time.perf_counter() - start
        start = time.perf_counter()
        undo.undo_last(library)
        undo.undo_last(library)
        undo_s = time.perf_counter() - start
        assert library.db.execute("SELECT count(*) FROM clipping_tags").fetchone()[0] == 0
        print(f"tags: add to all {len(ids)} in {add_s * 1000:.0f} ms; rename (with child "
              f"tags) {rename_s * 1000:.0f} ms; undo both {undo_s * 1000:.0f} ms")

        sample = ids[:500]
        for cid in sample:
            body = "\n".join(b.text for b in library.get(cid).body)
            annotations.create_annotation(library, cid, start=len(body) // 2,
                                          end=len(body) // 2 + 20, note="메모")
        for cid in sample:
            blocks = library.get(cid).body
            library.replace_body(cid, [Block("paragraph", "편집자 주.")] + blocks)
        start = time.perf_counter()
        annotations.reanchor(library, sample)
        reanchor_s = time.perf_counter() - start
        orphaned = library.db.execute(
            "SELECT count(*) FROM annotations WHERE orphaned").fetchone()[0]
        print(f"re-anchor 500 highlights after an edit: {reanchor_s * 1000:.0f} ms "
              f"({orphaned} orphaned)")
        library.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory so far: {peak:.0f} MB")




def real_texts() -> list[str]:
    """Article bodies from ../shared/benchmarks (real, distinct articles), if present."""
    shared = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks"
    texts: list[str] = []
    truth = shared / "scrapinghub" / "ground-truth.json"
    if truth.exists():
        import json

        texts += [v["articleBody"] for v in json.loads(truth.read_text("utf-8")).values()]
    for expected in sorted((shared / "fundus").glob("*/*.json")):
        import json

        for version in json.loads(expected.read_text("utf-8")).values():
            body = version.get("body") or {}
            paragraphs = [p for s in body.get("sections", []) for p in s.get("paragraphs", [])]
            if paragraphs:
                texts.append("\n".join(paragraphs))
    return texts


def real_check() -> None:
    """False groupings among real, distinct articles; how copies of them score."""
    texts = [t for t in real_texts() if duplicates.signature(t) is not None]
    if not texts:
        print("\n(no ../shared/benchmarks: real-article check skipped)")
        return
    sigs = [duplicates.signature(t) for t in texts]
    scores = sorted(duplicates.similarity(a, b) for a, b in combinations(sigs, 2))
    over = sum(1 for s in scores if s >= duplicates.THRESHOLD)
    print(f"\n== {len(texts)} real distinct articles (shared/benchmarks): {len(scores)} pairs, "
          f"max estimated Jaccard {scores[-1]:.2f}, 99.9th pct {scores[int(len(scores) * .999)]:.2f},"
          f" {over} pair(s) >= {duplicates.THRESHOLD}")
    rng = random.Random(7)
    copy_scores = []
    for text, sig in zip(texts, sigs, strict=True):
        paragraphs = [p for p in text.split("\n") if p.strip()]
        if len(paragraphs) < 4:
            continue
        edited = paragraphs[:-1]  # the pickup cut the last paragraph
        edited.pop(rng.randrange(len(edited)))  # and one more
        words = " ".join(edited).split()
        for _ in range(5):  # and changed five words
            words[rng.randrange(len(words))] = "수정"
        other = duplicates.signature(" ".join(words))
        if other is not None:
            copy_scores.append(duplicates.similarity(sig, other))
    copy_scores.sort()
    grouped = sum(1 for s in copy_scores if s >= duplicates.THRESHOLD)
    print(f"   copies of them (two paragraphs cut, five words changed): {grouped}/"
          f"{len(copy_scores)} grouped; median {copy_scores[len(copy_scores) // 2]:.2f}, "
          f"lowest {copy_scores[0]:.2f}")


if __name__ == "__main__":
    real_check()
    for size in [int(a) for a in sys.argv[1:]] or [1000, 10000]:
        run(size)
