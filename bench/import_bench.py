"""Import throughput and peak memory over N generated Korean and English articles.

    python bench/import_bench.py [N]

Phase 1 writes N copied-page text files (Korean and English layouts, with caption and
credit lines) and imports the folder through the real pipeline (parse + store).
Phase 2 stores N drafts with two generated JPEG photos each (Pillow checks, content-
addressed files, one transaction per article). Prints articles/s and peak memory.
"""

from __future__ import annotations

import io
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image  # noqa: E402

from clipper.domain import ArticleDraft, Block, PhotoDraft  # noqa: E402
from clipper.services import LibraryService  # noqa: E402

KO_WORDS = (
    "경기도 지사 스타트업 투자 유치 협력 방안 논의 반도체 기후 정책 예산 청년 주택 교통 "
    "의료 인공지능 데이터 지역 경제 일자리 수출 기업 현장 방문 간담회 발표 계획 지원 확대"
).split()
EN_WORDS = (
    "governor province startup investment talks policy budget climate housing transit health "
    "artificial intelligence data regional economy jobs exports companies visit meeting plan"
).split()


def korean_article(rng: random.Random, n: int) -> str:
    def sentence() -> str:
        return " ".join(rng.choices(KO_WORDS, k=rng.randint(8, 16))) + "했다고 밝혔다."

    paras = [" ".join(sentence() for _ in range(rng.randint(2, 4))) for _ in range(8)]
    caption = " ".join(rng.choices(KO_WORDS, k=10)) + "하고 있다."
    return "\n".join([
        "본문 바로가기", f"경기도 {rng.choice(KO_WORDS)} {rng.choice(KO_WORDS)} 발표 {n}",
        f"송고2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} 10:25", "",
        f"(수원=연합뉴스) 홍길동 기자 = {paras[0]}", "", *[p + "\n" for p in paras[1:4]],
        f"{caption} [경기도 제공. 재판매 및 DB 금지]", "", *[p + "\n" for p in paras[4:]],
        "hong@yna.co.kr", "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
    ])


def english_article(rng: random.Random, n: int) -> str:
    def sentence() -> str:
        return " ".join(rng.choices(EN_WORDS, k=rng.randint(10, 18))).capitalize() + "."

    paras = [" ".join(sentence() for _ in range(rng.randint(2, 4))) for _ in range(8)]
    return "\n".join([
        f"Governor {rng.choice(EN_WORDS)} {rng.choice(EN_WORDS)} plan number {n}",
        "By JANE DOE", f"Updated 4:12 PM EDT, June {rng.randint(1, 28)}, 2025", "",
        f"SEOUL (AP) — {paras[0]}", "", *[p + "\n" for p in paras[1:4]],
        f"{sentence()} (AP Photo/John Roe)", "", *[p + "\n" for p in paras[4:]],
        "Copyright 2025 The Associated Press. All Rights Reserved.",
    ])


def jpeg(rng: random.Random) -> bytes:
    img = Image.new("RGB", (800, 533), tuple(rng.randrange(256) for _ in range(3)))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=80)
    return buf.getvalue()


def main(n: int = 500) -> None:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for i in range(n):
            make = korean_article if i % 2 == 0 else english_article
            (folder / f"{i:05d}.txt").write_text(make(rng, i), encoding="utf-8")

        tracemalloc.start()
        with LibraryService(Path(tmp) / "lib1") as service:
            start = time.perf_counter()
            outcomes = service.import_paths([folder])
            elapsed = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        ok = sum(o.status == "imported" for o in outcomes)
        print(f"text import:  {ok}/{n} imported in {elapsed:.2f} s = {ok / elapsed:.0f} articles/s, "
              f"peak Python memory {peak / 2**20:.1f} MiB")

        tracemalloc.start()
        with LibraryService(Path(tmp) / "lib2") as service:
            start = time.perf_counter()
            for i in range(n):
                draft = ArticleDraft(
                    title=f"Article {i}",
                    body=[Block("paragraph", f"Paragraph {i} " + " ".join(rng.choices(EN_WORDS, k=60)))],
                    photos=[PhotoDraft(f"caption {i}-{k}", "AP Photo/John Roe", data=jpeg(rng))
                            for k in range(2)],
                )
                service.library.add(draft)
            elapsed = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"with photos:  {n} articles x 2 JPEGs (800x533) stored in {elapsed:.2f} s = "
              f"{n / elapsed:.0f} articles/s, peak Python memory {peak / 2**20:.1f} MiB")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process peak RSS {rss:.0f} MiB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
