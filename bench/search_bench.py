"""Search speed and size: the Whoosh index against SQLite FTS5 (trigram) on one corpus.

    python bench/search_bench.py --sizes 1000 10000 [--workers 2] [--keep DIR [--reuse]]
                                 [--queries LABEL ...]

For each size N it generates N varied articles (about 70% Korean, 30% English; news
sentences built from large vocabularies, generated names and compounds, so no text
repeats), stores them in a real library, then prints:

- build: Clipper's `reindex` (Kiwi in worker processes, Whoosh writer in this one),
  articles/s, and the index size; FTS5 build time and size for the same text;
- latency p50/p95 of `search(query, limit=20)` (with snippets) and `search_ids(query)`
  (every match) for a fixed query mix, next to the nearest FTS5 query.

FTS5 trigram cannot match terms shorter than three characters (most Korean nouns are
two syllables), so those fall back to LIKE, a full scan; the table says where.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import os
import random
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from clipper.services import LibraryService  # noqa: E402
from clipper.store.keys import body_key  # noqa: E402
from clipper.store.library import now_iso  # noqa: E402

# ---- corpus ---------------------------------------------------------------------------

SURNAMES = list("김이박최정강조윤장임한오서신권황안송류홍전고문양손배백허유남심노하곽성차주우구")
GIVEN = list("민서준지현우예은도하윤수영진호성태희경재연동혜선정미상철광훈석규아린율")
CITIES = ["서울시", "부산시", "대구시", "인천시", "광주시", "대전시", "울산시", "세종시",
          "수원시", "성남시", "고양시", "용인시", "창원시", "청주시", "전주시", "천안시",
          "포항시", "김해시", "제주도", "경기도", "강원도", "충청북도", "충청남도", "전라북도",
          "전라남도", "경상북도", "경상남도", "화성시", "안산시", "남양주시", "평택시", "원주시"]
ORGS = ["기획재정부", "보건복지부", "국토교통부", "과학기술정보통신부", "중소벤처기업부", "환경부",
        "교육부", "한국은행", "금융위원회", "공정거래위원회", "국회", "대법원", "경찰청", "소방청",
        "질병관리청", "산업통상자원부", "고용노동부", "행정안전부", "문화체육관광부", "해양수산부",
        "농림축산식품부", "국방부", "외교부", "통계청", "기상청", "특허청", "관세청", "국세청"]
TOPICS = ["인공지능", "반도체", "전기차", "배터리", "수소", "탄소중립", "저출생", "고령화",
          "부동산", "전세사기", "금리", "물가", "일자리", "청년창업", "스타트업", "관광", "의료",
          "치매", "뇌졸중", "미세먼지", "폭염", "태풍", "지진", "교통", "철도", "지하철", "공항",
          "항만", "농업", "어업", "축산", "문화", "영화", "공연", "축제", "교육", "대학", "입시",
          "돌봄", "복지", "연금", "국방", "외교", "통상", "수출", "환율", "주식", "가상자산",
          "블록체인", "로봇", "드론", "우주", "위성", "바이오", "백신", "감염병", "에너지", "원전",
          "태양광", "풍력", "쓰레기", "재활용", "플라스틱", "물류", "택배", "배달", "플랫폼",
          "게임", "웹툰", "스포츠", "야구", "축구", "관광객", "소상공인", "자영업", "전통시장",
          "노인", "아동", "장애인", "다문화", "귀농", "산불", "홍수", "가뭄", "식량", "수도요금"]
ADJS = ["시급한", "중요한", "새로운", "어려운", "구체적인", "장기적인", "획기적인", "현실적인",
        "근본적인", "대대적인", "체계적인", "적극적인"]
KO_VERBS = ["발표했다", "밝혔다", "추진한다", "검토하고 있다", "확대하기로 했다", "지원한다",
            "강조했다", "우려했다", "설명했다", "예정이다", "합의했다", "요구했다", "제안했다",
            "점검했다", "공개했다"]
TITLES = ["장관", "시장", "지사", "의원", "대표", "교수", "연구원", "위원장", "사장", "청장",
          "원장", "이사장", "소장", "국장"]
CO_HEAD = ["한빛", "대한", "신성", "미래", "세종", "누리", "온빛", "새봄", "다온", "하늘", "바다",
           "푸른", "에이아이포", "코리아", "글로벌", "스마트", "그린", "네오", "제이", "케이"]
CO_TAIL = ["테크", "바이오", "에너지", "로보틱스", "솔루션", "모빌리티", "제약", "반도체", "소프트",
           "네트웍스", "블록체인", "헬스케어", "머티리얼즈", "랩스", "시스템즈", "푸드"]
KO_OUTLETS = ["연합뉴스", "오마이뉴스", "한겨레", "경향신문", "조선일보", "중앙일보", "동아일보",
              "한국일보", "경기일보", "부산일보", "매일경제", "한국경제", "뉴스1", "뉴시스"]

EN_TOPICS = ["artificial intelligence", "semiconductors", "electric vehicles", "batteries",
             "hydrogen", "carbon emissions", "birth rates", "housing prices", "interest rates",
             "inflation", "youth unemployment", "startups", "tourism", "dementia care",
             "stroke treatment", "air pollution", "heat waves", "typhoons", "public transport",
             "rail networks", "ports", "agriculture", "fisheries", "film festivals", "concerts",
             "universities", "exams", "childcare", "pensions", "defence spending", "trade talks",
             "exports", "exchange rates", "stock markets", "crypto assets", "robots", "drones",
             "satellites", "vaccines", "nuclear power", "solar farms", "wind power", "recycling",
             "plastic waste", "logistics", "delivery apps", "video games", "webtoons", "baseball",
             "climate change", "water supply", "wildfires", "floods", "food security"]
EN_PLACES = ["Seoul", "Busan", "Incheon", "Daegu", "Gwangju", "Daejeon", "Tokyo", "Beijing",
             "Washington", "Brussels", "London", "Geneva", "Singapore", "Jakarta", "Hanoi",
             "San Francisco", "Sydney", "Berlin", "Paris", "New Delhi"]
EN_ORGS = ["the finance ministry", "the central bank", "the health ministry", "regulators",
           "the city council", "the trade ministry", "the national assembly", "the court",
           "the weather agency", "the statistics office", "the police", "the fire agency"]
EN_VERBS = ["announced", "said", "approved", "rejected", "proposed", "warned", "reviewed",
            "expanded", "delayed", "confirmed", "criticised", "welcomed", "outlined"]
EN_FIRST = ["Jane", "John", "Min-ji", "Seo-yeon", "Ji-ho", "David", "Maria", "Kenji", "Li",
            "Anna", "Peter", "Sofia", "Daniel", "Grace", "Hyun-woo", "Laura", "Tom", "Yuna"]
EN_LAST = ["Kim", "Lee", "Park", "Choi", "Smith", "Jones", "Tanaka", "Wang", "Garcia", "Brown",
           "Nguyen", "Müller", "Martin", "Rossi", "Cohen", "Singh", "Taylor", "Moreau"]
EN_OUTLETS = ["Reuters", "AP", "AFP", "Yonhap", "The Korea Herald", "The Guardian",
              "Bloomberg", "Nikkei Asia", "BBC News", "The Korea Times"]


def _josa(word: str, with_coda: str, without: str) -> str:
    last = word[-1]
    if "가" <= last <= "힣":
        return word + (with_coda if (ord(last) - 0xAC00) % 28 else without)
    return word + without


class Corpus:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        r = self.rng
        self.people = list({r.choice(SURNAMES) + r.choice(GIVEN) + r.choice(GIVEN)
                            for _ in range(6000)})
        self.companies = list({r.choice(CO_HEAD) + r.choice(CO_TAIL) for _ in range(400)})

    def person(self) -> str:
        return self.rng.choice(self.people)

    def ko_sentence(self) -> str:
        r = self.rng
        t1, t2, t3 = r.sample(TOPICS, 3)
        place, org, co = r.choice(CITIES), r.choice(ORGS), r.choice(self.companies)
        who = f"{self.person()} {r.choice(TITLES)}"
        n = r.randint(2, 900)
        forms = [
            f"{_josa(place, '은', '는')} {t1} 분야에 {n}억 원을 투입해 {t2} 경쟁력을 높이겠다고 "
            f"{r.choice(KO_VERBS)}.",
            f"{_josa(org, '은', '는')} {t1}{'와' if not (ord(t1[-1]) - 0xAC00) % 28 else '과'} "
            f"{t2} 관련 {r.choice(ADJS)} 대책을 {r.choice(KO_VERBS)}.",
            f"\"{_josa(t1, '은', '는')} {r.choice(ADJS)} 과제\"라고 "
            f"{_josa(who, '이', '가')} 말했다.",
            f"{_josa(co, '은', '는')} {place}에 {t3} 연구소를 세우고 인력 {n}명을 새로 뽑는다.",
            f"업계에서는 {_josa(t2, '이', '가')} {t3} 시장에 미칠 영향을 주목하고 있다.",
            f"{_josa(who, '은', '는')} {n}일 {place}에서 열린 {t1} 토론회에서 "
            f"{_josa(t2, '을', '를')} 언급했다.",
            f"지난해 {t1} 관련 예산은 {n}억 원으로 전년보다 {r.randint(1, 40)}% 늘었다.",
            f"{_josa(co + t3, '은', '는')} 올해 매출 {n}억 원을 목표로 한다.",
            f"전문가들은 {t1} 정책이 {t2}{'와' if not (ord(t2[-1]) - 0xAC00) % 28 else '과'} "
            f"함께 가야 한다고 지적했다.",
            f"{_josa(place, '은', '는')} 주민 {n}명을 대상으로 {t3} 설문조사를 진행했다.",
        ]
        return r.choice(forms)

    def en_sentence(self) -> str:
        r = self.rng
        t1, t2 = r.sample(EN_TOPICS, 2)
        place, org = r.choice(EN_PLACES), r.choice(EN_ORGS)
        who = f"{r.choice(EN_FIRST)} {r.choice(EN_LAST)}"
        n = r.randint(2, 900)
        forms = [
            f"{org.capitalize()} {r.choice(EN_VERBS)} a plan on {t1} in {place} on Tuesday.",
            f"\"We cannot wait on {t1},\" said {who}, an analyst in {place}.",
            f"Spending on {t1} rose {r.randint(1, 40)} percent to {n} million dollars.",
            f"Officials {r.choice(EN_VERBS)} new rules linking {t1} and {t2}.",
            f"{who} said {t2} would shape the debate on {t1} this year.",
            f"The measures cover {n} companies working on {t1}.",
            f"Critics said the {t2} policy ignored {t1} in smaller cities.",
            f"In {place}, {org} {r.choice(EN_VERBS)} a review of {t2}.",
        ]
        return r.choice(forms)

    def article(self, n: int) -> dict:
        r = self.rng
        korean = r.random() < 0.7
        make = self.ko_sentence if korean else self.en_sentence
        paragraphs = [" ".join(make() for _ in range(r.randint(2, 4)))
                      for _ in range(r.randint(5, 9))]
        title = make()[:60]
        published = dt.date(2023, 1, 1) + dt.timedelta(days=r.randint(0, 729))
        photos = [(make()[:90], r.choice(KO_OUTLETS if korean else EN_OUTLETS))
                  for _ in range(r.randint(0, 2))]
        keywords = r.sample(TOPICS, 3) if korean else r.sample(EN_TOPICS, 2)
        return {
            "title": f"{title} ({n})", "outlet": r.choice(KO_OUTLETS if korean else EN_OUTLETS),
            "byline": f"{self.person()} 기자" if korean else f"By {r.choice(EN_FIRST)} "
            f"{r.choice(EN_LAST)}", "published": published.isoformat(),
            "language": "ko" if korean else "en", "body": paragraphs, "photos": photos,
            "keywords": keywords,
        }


def fill_library(service: LibraryService, n: int, seed: int) -> int:
    """Store n generated articles in one transaction (the journal marks them)."""
    corpus = Corpus(seed)
    db = service.library.db
    chars = 0
    with db.atomic():
        for i in range(n):
            a = corpus.article(i)
            chars += sum(len(p) for p in a["body"])
            now = now_iso()
            cid = db["clippings"].insert({
                "title": a["title"], "outlet": a["outlet"], "byline": a["byline"],
                "published": a["published"], "language": a["language"],
                "body_key": body_key("\n".join(a["body"])) + str(i), "source_kind": "text",
                "source_name": f"bench-{i}.txt", "imported_at": now, "updated_at": now,
            }).last_pk
            db["blocks"].insert_all({"clipping_id": cid, "position": p, "kind": "paragraph",
                                     "text": t} for p, t in enumerate(a["body"]))
            db["photos"].insert_all({"clipping_id": cid, "position": p, "caption": c,
                                     "credit": k} for p, (c, k) in enumerate(a["photos"]))
            db["source_keywords"].insert_all({"clipping_id": cid, "position": p, "keyword": k}
                                             for p, k in enumerate(a["keywords"]))
    return chars


# ---- FTS5 reference ---------------------------------------------------------------------

def build_fts(library_db: Path, target: Path) -> float:
    started = time.perf_counter()
    conn = sqlite3.connect(target)
    conn.execute(f"ATTACH DATABASE '{library_db}' AS lib")
    conn.execute("CREATE VIRTUAL TABLE fts USING fts5(title, outlet, byline, body, caption, "
                 "keyword, tokenize='trigram')")
    conn.execute("CREATE TABLE dates (id INTEGER PRIMARY KEY, published TEXT)")
    conn.execute("""
        INSERT INTO fts (rowid, title, outlet, byline, body, caption, keyword)
        SELECT c.id, c.title, c.outlet, c.byline,
            (SELECT group_concat(text, char(10)) FROM lib.blocks b WHERE b.clipping_id = c.id),
            (SELECT group_concat(caption || ' ' || credit, char(10)) FROM lib.photos p
             WHERE p.clipping_id = c.id),
            (SELECT group_concat(keyword, ' ') FROM lib.source_keywords k
             WHERE k.clipping_id = c.id)
        FROM lib.clippings c""")
    conn.execute("INSERT INTO dates SELECT id, published FROM lib.clippings")
    conn.execute("CREATE INDEX dates_published ON dates(published)")
    conn.commit()
    conn.execute("DETACH DATABASE lib")
    conn.close()
    return time.perf_counter() - started


# (label, Clipper query, FTS5 MATCH or None, LIKE terms, date range)
QUERIES = [
    ("word ko", "반도체", '"반도체"', [], None),
    ("word ko, 2 syll.", "치매", None, ["치매"], None),
    ("word ko, frequent", "경기도", '"경기도"', [], None),
    ("word en", "climate", '"climate"', [], None),
    ("two words", "전기차 배터리", '"전기차" AND "배터리"', [], None),
    ("two words en", "interest rates", '"interest" AND "rates"', [], None),
    ("phrase", '"탄소중립 정책"', '"탄소중립 정책"', [], None),
    ("phrase en", '"climate change"', '"climate change"', [], None),
    ("field", "title:반도체", 'title : "반도체"', [], None),
    ("field outlet", "outlet:연합뉴스", 'outlet : "연합뉴스"', [], None),
    ("date range", "published:2024-03-01..2024-03-31", None, [], ("2024-03-01", "2024-03-31")),
    ("word + dates", "반도체 published:2024-01-01..2024-06-30", '"반도체"', [],
     ("2024-01-01", "2024-06-30")),
    ("NOT", "반도체 NOT 수출", None, [], None),  # FTS: see fts_query
    ("NOT en", "climate -pensions", '"climate" NOT "pensions"', [], None),
    ("compound part", "헬스케어", "\"헬스케어\"", [], None),
    ("prefix", "스타트*", '"스타트"', [], None),
]


def fts_query(conn: sqlite3.Connection, label: str, match: str | None, likes: list[str],
              dates: tuple[str, str] | None, limit: int | None) -> list[int]:
    where, args = [], []
    if label == "NOT":  # 수출 is two syllables: trigram cannot MATCH it
        match = '"반도체"'
        where.append("NOT (fts.body LIKE ? OR fts.title LIKE ?)")
        args += ["%수출%", "%수출%"]
    if match:
        where.append("fts MATCH ?")
        args.append(match)
    for term in likes:
        where.append("(fts.body LIKE ? OR fts.title LIKE ? OR fts.caption LIKE ?)")
        args += [f"%{term}%"] * 3
    join = ""
    if dates:
        # A join, not `rowid IN (SELECT ...)`: with the IN, SQLite checked the MATCH
        # once per dated row (27 s at 100k).
        join = " JOIN dates ON dates.id = fts.rowid"
        where.append("dates.published BETWEEN ? AND ?")
        args += list(dates)
    order = " ORDER BY rank" if match else ""
    sql = f"SELECT fts.rowid FROM fts{join} WHERE {' AND '.join(where)}{order}"
    if limit:
        sql += f" LIMIT {limit}"
    return [r[0] for r in conn.execute(sql, args)]


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)  # workers, once they exit
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def tree_rss(pid: int | None = None, proportional: bool = False) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc).

    `proportional`: the proportional set size (PSS), where a page shared by n processes
    counts 1/n in each, so the sum is the memory the tree really holds; a plain RSS sum
    counts the analysis workers' shared Kiwi once per worker.
    """
    pid = os.getpid() if pid is None else pid
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1]
                                               .split()[1])
            except (OSError, ValueError, IndexError):
                continue
    family, todo = {pid}, [pid]
    while todo:
        parent = todo.pop()
        kids = [p for p, pp in parents.items() if pp == parent and p not in family]
        family.update(kids)
        todo += kids
    total = 0
    source, key = ("smaps_rollup", "Pss:") if proportional else ("status", "VmRSS:")
    for member in family:
        try:
            for line in (Path("/proc") / str(member) / source).read_text().splitlines():
                if line.startswith(key):
                    total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


class PeakMemory:
    """Samples the process tree's resident memory while a block runs."""

    def __init__(self, every: float = 0.25):
        self.every, self.peak, self.peak_rss_sum = every, 0, 0
        self._stop = threading.Event()

    def __enter__(self) -> PeakMemory:
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def _sample(self) -> None:
        while not self._stop.is_set():
            self._measure()
            self._stop.wait(self.every)

    def _measure(self) -> None:
        self.peak = max(self.peak, tree_rss(proportional=True))
        self.peak_rss_sum = max(self.peak_rss_sum, tree_rss())

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._measure()


def kiwi_alone(library_db: Path, sample: int, threads: int) -> tuple[float, int, int]:
    """Kiwi tokenising the first `sample` articles' texts in a fresh process, with
    `threads` threads: (articles/s, peak bytes, articles)."""
    code = f"""
import sqlite3, sys, time
from kiwipiepy import Kiwi
conn = sqlite3.connect({str(library_db)!r})
ids = [r[0] for r in conn.execute("SELECT id FROM clippings ORDER BY id LIMIT {sample}")]
texts = []
for cid in ids:
    parts = [r[0] for r in conn.execute("SELECT title FROM clippings WHERE id=?", [cid])]
    parts += [r[0] for r in conn.execute(
        "SELECT text FROM blocks WHERE clipping_id=? ORDER BY position", [cid])]
    parts += [r[0] for r in conn.execute(
        "SELECT caption FROM photos WHERE clipping_id=?", [cid])]
    texts += [p for p in parts if p]
kiwi = Kiwi(num_workers={threads})
kiwi.tokenize("준비")
t = time.perf_counter()
for _ in kiwi.tokenize(iter(texts)):
    pass
print(len(ids) / (time.perf_counter() - t))
"""
    import subprocess

    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss(proc.pid))
        time.sleep(0.25)
    out = proc.stdout.read() if proc.stdout else ""
    return float(out.strip() or 0), peak, sample


def timed(fn, repeat: int) -> tuple[list[float], object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return times, result


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def run(n: int, workers: int, repeat: int, keep: Path | None, seed: int,
        reuse: bool = False, only: list[str] | None = None) -> None:
    base = keep or Path(tempfile.mkdtemp(prefix=f"search-bench-{n}-"))
    library = base / f"library-{n}"
    fts_path = base / f"fts-{n}.sqlite"
    reusing = reuse and library.exists() and fts_path.exists()
    if library.exists() and not reusing:
        shutil.rmtree(library)
    print(f"\n=== {n} articles (library {library}) ===", flush=True)
    with LibraryService(library) as service:
        if reusing:
            print("reusing the library, index and FTS5 table built by an earlier --keep run",
                  flush=True)
        else:
            build(service, n, workers, seed, library, fts_path)
        measure(service, fts_path, repeat, only)
    if keep is None:
        shutil.rmtree(base, ignore_errors=True)


def build(service: LibraryService, n: int, workers: int, seed: int, library: Path,
          fts_path: Path) -> None:
    t = time.perf_counter()
    chars = fill_library(service, n, seed)
    print(f"corpus: {chars / n:,.0f} body characters/article, stored in "
          f"{time.perf_counter() - t:.1f} s", flush=True)
    load = os.getloadavg()[0]
    cpu_before = _cpu_seconds()
    t = time.perf_counter()
    with PeakMemory() as memory:
        service._search.reindex(workers_count=workers)
    elapsed = time.perf_counter() - t
    cpu = _cpu_seconds() - cpu_before
    index_size = folder_size(library / "index")
    fts_path.unlink(missing_ok=True)
    fts_build = build_fts(library / "clipper.sqlite", fts_path)
    fts_size = fts_path.stat().st_size
    print(f"build   Whoosh: {elapsed:7.1f} s  {n / elapsed:7.1f} articles/s  "
          f"index {index_size / 1e6:7.1f} MB   ({workers} analysis workers, "
          f"load avg {load:.1f} at start)")
    print(f"        CPU: {cpu:.1f} s in all processes = {cpu / n * 1000:.1f} ms/article; "
          f"on {os.cpu_count()} idle cores that is about "
          f"{n / cpu * (os.cpu_count() or 1):.0f} articles/s ({chars / cpu / 1000:.0f}k body "
          f"characters per CPU-second)")
    print(f"        FTS5:   {fts_build:7.1f} s  {n / fts_build:7.1f} articles/s  "
          f"index {fts_size / 1e6:7.1f} MB (trigram table incl. its text)")
    sample = min(n, 2000)
    kiwi_rate, kiwi_peak, _ = kiwi_alone(library / "clipper.sqlite", sample, workers)
    print(f"        Kiwi alone ({workers} threads, first {sample} articles' title, body, "
          f"captions): {kiwi_rate:7.1f} articles/s, peak {kiwi_peak / 1e6:.0f} MB")
    print(f"        ratios: build speed {n / elapsed / max(kiwi_rate, 1e-6):.2f}x Kiwi alone "
          f"(target >= 0.5), {n / elapsed / (n / fts_build):.3f}x FTS5; index size "
          f"{index_size / fts_size:.2f}x FTS5 (target <= 1); peak memory of the build's "
          f"process tree {memory.peak / 1e6:.0f} MB PSS (target <= 800; RSS summed over "
          f"its processes {memory.peak_rss_sum / 1e6:.0f} MB)", flush=True)


def measure(service: LibraryService, fts_path: Path, repeat: int,
            only: list[str] | None = None) -> None:
    conn = sqlite3.connect(fts_path)
    print(f"load average at start {os.getloadavg()[0]:.2f} ({os.cpu_count()} cores)")
    print(f"\n{'query':<20} {'clipper query':<40} {'hits':>6} {'top20 p50/p95 ms':>17} "
          f"{'all-ids p50/p95':>16} | {'FTS5 hits':>9} {'top20 p50/p95':>14} "
          f"{'all p50/p95':>12}")
    all20, allfts, ratios = [], [], []
    for label, query, match, likes, dates in QUERIES:
        if only and not any(o in (label, query) for o in only):
            continue
        service.search(query)  # warm the searcher and Kiwi once
        t20, _ = timed(lambda q=query: service.search(q, limit=20), repeat)
        tall, found = timed(lambda q=query: service.search_ids(q), repeat)
        fts = functools.partial(fts_query, conn, label, match, likes, dates)
        f20, _ = timed(lambda fts=fts: fts(20), repeat)
        fall, ffound = timed(lambda fts=fts: fts(None), repeat)
        all20 += t20
        allfts += f20
        ratios.append(pct(t20, 50) / max(pct(f20, 50), 1e-3))
        note = " (LIKE)" if likes or label == "NOT" else ""
        print(f"{label:<20} {query:<40} {len(found):>6} "
              f"{pct(t20, 50):>8.1f}/{pct(t20, 95):<8.1f} {pct(tall, 50):>7.1f}/"
              f"{pct(tall, 95):<8.1f} | {len(ffound):>9} {pct(f20, 50):>6.1f}/"
              f"{pct(f20, 95):<7.1f} {pct(fall, 50):>5.1f}/{pct(fall, 95):<6.1f}{note}",
              flush=True)
    conn.close()
    print(f"\nall queries, top 20: Whoosh p50 {pct(all20, 50):.1f} ms, p95 "
          f"{pct(all20, 95):.1f} ms; FTS5 p50 {pct(allfts, 50):.1f} ms, p95 "
          f"{pct(allfts, 95):.1f} ms; mean ratio "
          f"{statistics.mean(all20) / max(statistics.mean(allfts), 1e-6):.1f}x", flush=True)
    # A mean is ruled by FTS5's slowest queries (LIKE scans); per query is fairer.
    within = sum(r <= 3 for r in ratios)
    print(f"per query, top-20 p50 Whoosh/FTS5: median {statistics.median(ratios):.2f}x; "
          f"{within} of {len(ratios)} queries within 3x of FTS5 (slowest ratio "
          f"{max(ratios):.1f}x); load average at end {os.getloadavg()[0]:.2f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--repeat", type=int, default=7, help="runs per query")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    parser.add_argument("--reuse", action="store_true",
                        help="with --keep: measure the library kept there, skip the build")
    parser.add_argument("--queries", nargs="+", metavar="LABEL",
                        help="measure only these queries (by label or query text, e.g. "
                        "'two words' 'date range')")
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, sqlite "
          f"{sqlite3.sqlite_version}")
    for n in args.sizes:
        run(n, args.workers, args.repeat, args.keep, args.seed, args.reuse, args.queries)


if __name__ == "__main__":
    main()
