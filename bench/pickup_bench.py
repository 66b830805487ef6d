"""Press-release pickup (issue 18): the matcher's precision/recall on the hand-written
set, and its speed at 10k clippings and 2k releases.

    python bench/pickup_bench.py [--clippings 10000] [--releases 2000] [--sample 500]

1. The set (tests/release_set.py): twenty releases imported as text files into a real
   library, then 165 articles made from them the ways outlets do (near-verbatim copies
   trimmed, reordered, with a comment or a new lead; three paragraphs within the
   outlet's own text; rewrites around the quote; same-topic articles that are not
   pickups; articles drawing on two releases) imported as clippings, matched as they
   arrive. Prints pair-level precision and recall, the kind accuracy, and the share
   each variant measures.
2. Speed: releases and clippings generated from bench/search_bench.py's corpus (news
   sentences from templates, so unrelated texts share many set phrases, as real news
   does); a fifth of the clippings copy two to four paragraphs of a release. Prints the
   index build, matching time per imported clipping (what an import adds: reading the
   clipping, matching, storing its pickups) and the time to match one new release
   against every clipping.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.search_bench import Corpus  # noqa: E402
from clipper.domain import Block, ReleaseDraft  # noqa: E402
from clipper.releases import passages, pickup  # noqa: E402
from clipper.releases.match import Matcher  # noqa: E402
from clipper.services import LibraryService  # noqa: E402
from clipper.store import releases as rows  # noqa: E402
from clipper.store.keys import body_key  # noqa: E402
from clipper.store.library import now_iso  # noqa: E402
from tests.release_set import RELEASES, cases, import_set_releases, store_cases  # noqa: E402

# ---- 1. precision / recall on the set -------------------------------------------------------


def measure_set(folder: Path) -> None:
    service = LibraryService(folder / "set")
    ids = import_set_releases(service, folder)
    keys = {v: k for k, v in ids.items()}
    all_cases = cases()
    clipping_of = store_cases(service, all_cases, one_by_one=True)  # as imports arrive
    expected = {(clipping_of[c.name], key): kind for c in all_cases
                for key, kind in c.expected.items()}
    found = {(p.clipping_id, keys[p.release_id]): p for p in service.pickups()}
    tp = set(expected) & set(found)
    precision = len(tp) / len(found) if found else 1.0
    recall = len(tp) / len(expected) if expected else 1.0
    kinds_right = sum(1 for pair in tp if found[pair].kind == expected[pair])
    print(f"set: {len(RELEASES)} releases, {len(all_cases)} articles, "
          f"{len(expected)} expected pickups")
    print(f"  precision {precision:.3f} ({len(tp)}/{len(found)})   "
          f"recall {recall:.3f} ({len(tp)}/{len(expected)})   "
          f"kind accuracy {kinds_right}/{len(tp)}")
    for pair in sorted(set(found) - set(expected)):
        print("  false pickup:", pair, found[pair].kind, f"{found[pair].share:.2f}")
    for pair in sorted(set(expected) - set(found)):
        print("  missed:", pair, expected[pair])
    by_variant: dict[str, list[float]] = defaultdict(list)
    for case in all_cases:
        variant = case.name.split("/")[1]
        for key in case.expected:
            p = found.get((clipping_of[case.name], key))
            if p is not None:
                by_variant[variant].append(p.share)
    print("  share by variant (min-max):")
    for variant, shares in by_variant.items():
        print(f"    {variant:10s} {min(shares):.2f}-{max(shares):.2f}  (n={len(shares)})")
    service.close()


# ---- 2. speed ---------------------------------------------------------------------------------


def korean_paragraphs(corpus: Corpus, low: int, high: int) -> list[str]:
    r = corpus.rng
    return [" ".join(corpus.ko_sentence() for _ in range(r.randint(2, 4)))
            for _ in range(r.randint(low, high))]


def build(folder: Path, n_releases: int, n_clippings: int, seed: int
          ) -> tuple[LibraryService, list[list[str]]]:
    service = LibraryService(folder / "speed")
    library = service.library
    corpus = Corpus(seed)
    r = corpus.rng
    release_bodies: list[list[str]] = []
    start = time.perf_counter()
    day0 = dt.date(2024, 1, 1)
    with library.transaction() as db:
        for i in range(n_releases):
            body = korean_paragraphs(corpus, 5, 8)
            release_bodies.append(body)
            blocks = [Block("paragraph", t) for t in body]
            now = now_iso()
            rid = db["releases"].insert({
                "title": f"보도자료 {i}", "issued": (day0 + dt.timedelta(days=i // 4)).isoformat(),
                "department": "대변인실", "contact": "", "source_kind": "text",
                "source_name": f"r{i}.txt", "body_key": body_key("\n".join(body)) + str(i),
                "signature": passages.signature(blocks), "imported_at": now,
                "updated_at": now}).last_pk
            rows.write_blocks(db, int(rid), blocks)
        for i in range(n_clippings):
            body = korean_paragraphs(corpus, 4, 8)
            if r.random() < 0.2:  # a pickup: two to four paragraphs of a release
                source = r.choice(release_bodies)
                copied = source[:r.randint(2, min(4, len(source)))]
                body = copied + body[:r.randint(0, 3)]
            now = now_iso()
            cid = db["clippings"].insert({
                "title": f"기사 {i}", "outlet": r.choice(["연합뉴스", "경기일보", "뉴시스"]),
                "published": (day0 + dt.timedelta(days=r.randint(0, n_releases // 4 + 30))
                              ).isoformat(),
                "language": "ko", "body_key": body_key("\n".join(body)) + f"c{i}",
                "source_kind": "text", "source_name": f"c{i}.txt", "imported_at": now,
                "updated_at": now}).last_pk
            db["blocks"].insert_all({"clipping_id": cid, "position": p, "kind": "paragraph",
                                     "text": t} for p, t in enumerate(body))
    print(f"speed corpus: {n_releases} releases, {n_clippings} clippings generated and "
          f"stored in {time.perf_counter() - start:.1f} s")
    return service, release_bodies


def measure_speed(folder: Path, n_releases: int, n_clippings: int, sample: int,
                  seed: int) -> None:
    service, _bodies = build(folder, n_releases, n_clippings, seed)
    library = service.library
    start = time.perf_counter()
    matcher = Matcher.from_library(library)
    built = time.perf_counter() - start
    print(f"  matcher index over {len(matcher)} releases built in {built * 1000:.0f} ms "
          "(once per process, again only after a release changes)")
    ids = rows.clippings_from(library.db, None)
    random.Random(seed).shuffle(ids)
    chosen = ids[:sample]
    times = []
    found = 0
    for cid in chosen:
        t0 = time.perf_counter()
        pickup.match_clippings(library, matcher, [cid])
        times.append(time.perf_counter() - t0)
    found = sum(1 for p in rows.pickups(library.db) if p.clipping_id in set(chosen))
    times.sort()
    print(f"  matching per imported clipping ({sample} clippings, each read, matched and "
          f"its pickups stored): mean {statistics.mean(times) * 1000:.1f} ms, "
          f"p50 {times[len(times) // 2] * 1000:.1f} ms, "
          f"p95 {times[int(len(times) * 0.95)] * 1000:.1f} ms; {found} pickups found")
    texts = rows.clipping_texts(library.db, chosen[:200])
    t0 = time.perf_counter()
    for text in texts:
        matcher.match(text.blocks, text.published)
    pure = (time.perf_counter() - t0) / len(texts)
    print(f"  of which the matcher alone: {pure * 1000:.1f} ms per clipping")
    # A new release arrives: every clipping from its date on is matched against it.
    body = _bodies[0][:3] + ["새로 쓴 문단입니다. 경기도는 이번 사업을 확대한다고 밝혔다."]
    draft = ReleaseDraft(title="새 보도자료", issued=dt.date(2024, 1, 1),
                         body=[Block("paragraph", t) for t in body])
    rid, _ = rows.add_release(library, draft, signature=passages.signature(draft.body))
    t0 = time.perf_counter()
    n = pickup.match_releases(library, [rid])
    print(f"  one new release matched against {len(ids)} clippings: "
          f"{time.perf_counter() - t0:.1f} s ({n} pickups)")
    service.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clippings", type=int, default=10_000)
    parser.add_argument("--releases", type=int, default=2_000)
    parser.add_argument("--sample", type=int, default=500)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--skip-speed", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pickup-bench-") as tmp:
        measure_set(Path(tmp))
        if not args.skip_speed:
            measure_speed(Path(tmp), args.releases, args.clippings, args.sample, args.seed)


if __name__ == "__main__":
    main()
