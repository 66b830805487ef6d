# ruff: noqa: E501  (the sample articles are prose; one sentence per line reads better)
"""Sample libraries for the export tests and bench: short Korean and English articles
written for these tests (a fictional city, mayor and outlets), photos drawn with Pillow,
tags, themes and highlights written straight into their m0001 tables.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
from dataclasses import dataclass, field

from PIL import Image, ImageDraw

from clipper.domain import ArticleDraft, Block, PhotoDraft
from clipper.store.library import Library, now_iso

KO_OUTLETS = ["한빛일보", "새벽경제신문", "동해뉴스", "미래타임즈", "서울데일리"]
EN_OUTLETS = ["The Harbour Times", "Metro Herald", "Pacific Business Review"]

KO_TITLES = [
    "박서윤 해솔시장, 실리콘밸리서 스타트업 협력 약속",
    "해솔시, 샌프란시스코 투자설명회에 기업 40곳 참가",
    "\"스타트업 천국 만들겠다\" 해솔시 미국 순방 마무리",
    "해솔시-스탠퍼드 연구소, 인공지능 의료 공동연구 협약",
    "박 시장 \"판교형 혁신단지 20곳 조성\" 청사진 발표",
    "해솔시 대표단, 현지 한인 창업가들과 간담회",
]
EN_TITLES = [
    "Haesol mayor courts Silicon Valley investors on US trip",
    "Korean city signs AI health research pact with Stanford lab",
    "Haesol pitches itself as a 'startup heaven' in San Francisco",
    "Mayor Park promises twenty new innovation parks by 2030",
]
KO_SENTENCES = [
    "박서윤 해솔시장은 7일(현지시간) 미국 캘리포니아주 산타클라라에서 현지 기업인들과 만나 협력 방안을 논의했다.",
    "박 시장은 이 자리에서 \"해솔시를 아시아에서 가장 창업하기 좋은 도시로 만들겠다\"고 강조했다.",
    "해솔시는 이번 순방 기간 동안 인공지능과 바이오 분야 기업 12곳과 업무협약을 체결했다.",
    "현지 투자사 관계자들은 해솔시의 규제 완화 정책과 인재 확보 여건에 높은 관심을 보였다.",
    "시 관계자는 \"협약 기업들이 내년 상반기 안에 해솔 혁신단지에 연구소를 열 예정\"이라고 설명했다.",
    "이번 방문에는 지역 대학 총장과 중소기업 대표 등 모두 스물다섯 명이 동행했다.",
    "박 시장은 스탠퍼드대학교 의료인공지능연구소를 찾아 뇌졸중 조기 진단 기술 시연을 참관했다.",
    "연구소 측은 해솔시립병원과 함께 치매 예측 모델을 공동으로 개발하기로 했다.",
    "시는 판교형 혁신단지 스무 곳을 2030년까지 조성해 청년 일자리 삼만 개를 만들겠다는 계획이다.",
    "일부 시의원들은 해외 순방 성과가 실제 투자로 이어질지 지켜봐야 한다며 신중한 입장을 보였다.",
    "시민단체는 순방 비용과 일정 전체를 투명하게 공개해야 한다고 요구했다.",
    "박 시장은 귀국 직후 기자회견을 열고 순방 성과와 후속 조치를 직접 설명할 예정이다.",
    "현지 한인 창업가 모임은 해솔시 출신 청년들의 미국 진출을 돕는 멘토링 프로그램을 제안했다.",
    "해솔시는 다음 달 창업지원 조례를 개정해 외국인 창업자의 정착 지원금을 두 배로 늘리기로 했다.",
    "샌프란시스코 투자설명회에는 벤처캐피털 서른 곳이 참석해 해솔시 기업들의 발표를 들었다.",
    "발표에 나선 스타트업 대표들은 자율주행 배송 로봇과 스마트 농업 기술을 소개했다.",
]
EN_SENTENCES = [
    "Haesol's mayor, Park Seo-yoon, met venture investors in Santa Clara on Tuesday to pitch the city as a base for Asian expansion.",
    "\"We want to be the easiest city in Asia to start a company,\" Park told an audience of founders and investors.",
    "The delegation signed memoranda of understanding with twelve artificial intelligence and biotech firms during the week-long trip.",
    "Investors asked pointed questions about the city's talent pipeline and how quickly permits could be approved.",
    "A Stanford medical AI lab agreed to work with Haesol City Hospital on early stroke detection and dementia prediction.",
    "Critics on the city council said the trip's results should be judged by investment that actually arrives, not by signed papers.",
    "The city plans twenty innovation parks modelled on Pangyo by 2030, which officials say could create thirty thousand jobs.",
    "Korean-American founders proposed a mentoring programme for young entrepreneurs from Haesol who want to move to the United States.",
    "Thirty venture capital firms attended the investor showcase in San Francisco, according to the organisers.",
    "Start-ups on stage showed autonomous delivery robots and sensors for smart farms.",
    "Park is due to hold a press conference on the trip's results after returning to Korea.",
    "A civic group called on the city to publish the full cost and schedule of the visit.",
]
KO_SUBHEADINGS = ["인공지능 의료 협력", "\"규제 풀어 인재 모은다\"", "남은 과제"]
EN_SUBHEADINGS = ["Health research", "Jobs promise", "Questions at home"]
KO_CAPTIONS = [
    ("박서윤 해솔시장이 7일 산타클라라에서 현지 기업인들과 간담회를 하고 있다.", "해솔시 제공"),
    ("스탠퍼드대 의료인공지능연구소에서 뇌졸중 진단 기술을 시연하는 모습.", "사진=한빛일보 김하늘 기자"),
    ("샌프란시스코 투자설명회에 참석한 벤처캐피털 관계자들.", "연합취재단"),
]
EN_CAPTIONS = [
    ("Mayor Park Seo-yoon speaks to investors in Santa Clara.", "Photo: Haesol City"),
    ("Researchers demonstrate a stroke detection model at the Stanford lab.", "Jane Doe / Metro Herald"),
]
KO_REPORTERS = ["김하늘 기자", "이도윤 기자", "최민서 특파원", "정우진 기자"]
EN_REPORTERS = ["By Hannah Lee", "By Tom Ridley", "By Min-ji Cho in San Francisco"]
SECTIONS = ["정치", "경제", "사회", "A3면", "Business", "World", ""]


def make_photo(width: int, height: int, seed: int, fmt: str = "JPEG") -> bytes:
    """A photo-like picture: a gradient sky, a ground, a few shapes; unique per seed."""
    rng = random.Random(seed)
    img = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(img)
    top = (rng.randrange(60, 200), rng.randrange(100, 220), rng.randrange(160, 255))
    for y in range(height):
        t = y / max(1, height - 1)
        draw.line([(0, y), (width, y)], fill=tuple(int(c * (1 - 0.5 * t)) for c in top))
    ground = int(height * rng.uniform(0.55, 0.75))
    draw.rectangle([0, ground, width, height], fill=(rng.randrange(40, 120), 110, 60))
    for _ in range(6):
        x, y = rng.randrange(width), rng.randrange(ground)
        r = rng.randrange(max(4, width // 30), max(8, width // 8))
        draw.ellipse([x - r, y - r, x + r, y + r],
                     fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    buf = io.BytesIO()
    img.save(buf, fmt, **({"quality": 82} if fmt == "JPEG" else {}))
    return buf.getvalue()


def sample_draft(n: int, korean: bool | None = None, photos: int | None = None,
                 start: dt.date = dt.date(2024, 5, 5), days: int = 10) -> ArticleDraft:
    """The n-th sample article: Korean for most n, English for every third; unique body."""
    rng = random.Random(n)
    korean = (n % 3 != 2) if korean is None else korean
    sentences = KO_SENTENCES if korean else EN_SENTENCES
    picked = rng.sample(sentences, k=min(len(sentences), rng.randrange(7, 11)))
    serial = (f"해솔시는 이번 행사에 관계자 {100 + n}명이 참석했다고 밝혔다." if korean
              else f"Organisers counted {100 + n} people at the event.")
    picked.insert(rng.randrange(1, len(picked)), serial)
    body: list[Block] = []
    subheads = KO_SUBHEADINGS if korean else EN_SUBHEADINGS
    for i in range(0, len(picked), 3):
        if i and i // 3 <= len(subheads):
            body.append(Block("subheading", subheads[i // 3 - 1]))
        body.append(Block("paragraph", " ".join(picked[i : i + 3])))
    titles = KO_TITLES if korean else EN_TITLES
    outlets = KO_OUTLETS if korean else EN_OUTLETS
    captions = KO_CAPTIONS if korean else EN_CAPTIONS
    photo_count = rng.randrange(1, 3) if photos is None else photos
    drafts = []
    for p in range(photo_count):
        caption, credit = captions[(n + p) % len(captions)]
        w, h = rng.choice([(640, 427), (800, 533), (480, 640), (320, 200), (1200, 800)])
        fmt = "PNG" if (n + p) % 5 == 4 else "JPEG"
        drafts.append(PhotoDraft(caption=caption, credit=credit, src=f"photo{n}-{p}.jpg",
                                 data=make_photo(w, h, seed=n * 10 + p, fmt=fmt)))
    return ArticleDraft(
        title=titles[n % len(titles)] + ("" if n < len(titles) else f" ({n})"),
        outlet=outlets[n % len(outlets)],
        byline=(KO_REPORTERS if korean else EN_REPORTERS)[n % 3],
        published=start + dt.timedelta(days=n % days) if n % 17 != 16 else None,
        url=f"https://news.example.{'kr' if korean else 'com'}/article/{1000 + n}?utm_source=x",
        language="ko" if korean else "en",
        body=body,
        photos=drafts,
        source_keywords=["해솔시", "스타트업"] if korean else ["Haesol", "startups"],
        source_kind="text",
        source_name=f"sample-{n}.txt",
        section=SECTIONS[n % len(SECTIONS)],
    )


# ---- organise rows, written straight into the m0001 tables ------------------------------


def add_tag(library: Library, clipping_id: int, name: str) -> None:
    db = library.db
    with library.transaction():
        db.execute("INSERT OR IGNORE INTO tags(name) VALUES (?)", [name])
        tag_id = db.execute("SELECT id FROM tags WHERE name = ? COLLATE NOCASE", [name]).fetchone()[0]
        db.execute("INSERT OR IGNORE INTO clipping_tags VALUES (?, ?)", [clipping_id, tag_id])


def add_theme(library: Library, name: str, description: str = "", colour: str = "#4a7bd0",
              date_from: str | None = None, date_to: str | None = None,
              key_messages: list[str] | None = None, rule: str = "") -> int:
    with library.transaction() as db:
        return db["themes"].insert({
            "name": name, "description": description, "colour": colour,
            "date_from": date_from, "date_to": date_to,
            "key_messages": json.dumps(key_messages or [], ensure_ascii=False), "rule": rule,
            "created_at": now_iso(),
        }).last_pk


def assign_theme(library: Library, clipping_id: int, theme_id: int, state: str = "manual") -> None:
    with library.transaction() as db:
        db.execute("INSERT OR REPLACE INTO clipping_themes VALUES (?, ?, ?)",
                   [clipping_id, theme_id, state])


def annotate(library: Library, clipping_id: int, quote: str, note: str = "",
             colour: str = "#fff176", target: str = "body") -> int:
    """A highlight of `quote` (which must occur in the body or the photo caption)."""
    clipping = library.get(clipping_id)
    assert clipping is not None
    if target == "body":
        text = clipping.body_text()
    else:
        text = clipping.photos[int(target.split(":")[1])].caption
    start = text.index(quote)
    with library.transaction() as db:
        return db["annotations"].insert({
            "clipping_id": clipping_id, "target": target, "start": start,
            "end": start + len(quote), "quote": quote,
            "prefix": text[max(0, start - 16) : start],
            "suffix": text[start + len(quote) : start + len(quote) + 16],
            "colour": colour, "note": note, "orphaned": 0, "created_at": now_iso(),
        }).last_pk


@dataclass
class SampleLibrary:
    ids: list[int]
    theme: str = "미국 순방 US trip"
    other_theme: str = "Startup heaven"
    notes: list[str] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)


def fill_library(library: Library, count: int = 12, photos: int | None = None,
                 highlights: bool = True) -> SampleLibrary:
    """`count` sample clippings; all in the theme "미국 순방 US trip", every third also in
    "Startup heaven"; tags; highlights with notes on most articles (one on a caption)."""
    ids = [library.add(sample_draft(n, photos=photos))[0] for n in range(count)]
    sample = SampleLibrary(ids)
    trip = add_theme(
        library, sample.theme, description="박서윤 시장의 미국 실리콘밸리 순방 (5월 5~15일) 보도.",
        colour="#d04a6a", date_from="2024-05-05", date_to="2024-05-15",
        key_messages=["해솔시는 아시아에서 가장 창업하기 좋은 도시", "AI medical research with Stanford"],
    )
    heaven = add_theme(library, sample.other_theme, colour="#3a9b5c")
    rejected = add_theme(library, "Rejected only", colour="#999999")
    for i, cid in enumerate(ids):
        assign_theme(library, cid, trip, "manual" if i % 2 else "accepted")
        if i % 3 == 0:
            assign_theme(library, cid, heaven)
        if i % 4 == 1:
            assign_theme(library, cid, rejected, "rejected")
        add_tag(library, cid, "trip/US" if i % 2 else "trip")
        if i % 5 == 0:
            add_tag(library, cid, "보도자료")
        if highlights and i % 4 != 3:
            clipping = library.get(cid)
            assert clipping is not None
            paragraph = next(b.text for b in clipping.body if b.kind == "paragraph")
            quote = paragraph.split(". ")[0][:40].strip()
            note = f"메모 {i}: 핵심 메시지와 일치 (key message {i})" if i % 2 == 0 else ""
            annotate(library, cid, quote, note=note,
                     colour=["#fff176", "#a5d6a7", "#90caf9"][i % 3])
            sample.quotes.append(quote)
            if note:
                sample.notes.append(note)
            if clipping.photos and i % 4 == 0:
                caption = clipping.photos[0].caption
                annotate(library, cid, caption[:12], note=f"caption note {i}", target="photo:0")
                sample.notes.append(f"caption note {i}")
    return sample
