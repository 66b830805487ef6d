"""Articles written for the search tests (in the layout of Korean and English outlets)."""

from __future__ import annotations

import datetime as dt

from clipper.domain import ArticleDraft, Block, PhotoDraft


def add_article(service, title: str, paragraphs: list[str], *, outlet: str = "",
                byline: str = "", published: str | None = None,
                captions: list[tuple[str, str]] = (), keywords: list[str] = (),
                language: str = "ko") -> int:
    """Store an article straight into SQLite, as an importer would (no Changes sent)."""
    draft = ArticleDraft(
        title=title, outlet=outlet, byline=byline,
        published=dt.date.fromisoformat(published) if published else None,
        language=language, body=[Block("paragraph", p) for p in paragraphs],
        photos=[PhotoDraft(caption=c, credit=k) for c, k in captions],
        source_keywords=list(keywords), source_kind="text", source_name=f"{title}.txt",
    )
    clipping_id, _ = service.library.add(draft)
    return clipping_id


KOREAN_STARTUP = dict(
    title="수원시, 청년 창업 지원 확대",
    paragraphs=[
        "수원시가 올해 청년 창업가를 위한 지원 예산을 두 배로 늘린다. 시는 관내를 "
        "스타트업천국으로 만들겠다며 공유 사무실 열 곳을 새로 연다고 밝혔다.",
        "이번 사업에는 경기도지사가 참석한 협약식도 포함됐다. 지원 대상은 창업 3년 "
        "이내 기업이다.",
    ],
    outlet="경기일보", byline="홍길순 기자", published="2024-05-03",
    captions=[("수원시 청년 창업 공유 사무실 개소식 모습.", "수원시")],
    keywords=["청년창업", "수원시"],
)

KOREAN_HEALTH = dict(
    title="경기도, 어르신 건강관리 서비스 시범 운영",
    paragraphs=[
        "경기도가 65세 이상 어르신을 대상으로 인공지능 건강관리 서비스를 시범 운영한다.",
        "도는 혈압과 혈당을 주기적으로 확인하고 이상이 있으면 보건소에 알린다고 설명했다.",
    ],
    outlet="연합뉴스", byline="김철수 기자", published="2024-05-20",
    keywords=["경기도", "건강관리"],
)

ENGLISH_REGULATOR = dict(
    title="Regulators approve AI tool that flags strokes in brain scans",
    paragraphs=[
        "SAN FRANCISCO (AP) — Federal regulators approved a software tool that reads brain "
        "scans and alerts specialists within minutes when it detects a likely stroke.",
        "Hospitals running the system said doctors were reaching patients faster. The "
        "company said climate change was not a factor in its planning.",
    ],
    outlet="AP", byline="By Jane Doe", published="2024-05-10", language="en",
    captions=[("A radiologist reviews scans at a hospital in Oakland.", "AP Photo/John Roe")],
)

ENGLISH_CLIMATE = dict(
    title="Seoul sets tougher targets on climate change",
    paragraphs=[
        "SEOUL, May 14 (Reuters) - South Korea's capital will cut building emissions faster, "
        "the city said on Tuesday, as climate change drives hotter summers.",
        "Officials said the plan covers 2,000 public buildings.",
    ],
    outlet="Reuters", byline="By John Roe", published="2024-05-14", language="en",
)
