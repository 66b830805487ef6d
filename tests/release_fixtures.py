"""A press office's week for the release tests (issue 18): three releases written as
text files, and articles saved as HTML pages that outlets made of them, imported
through the real service.

- 청년 기본소득 (YOUTH): run near-verbatim by 연합뉴스, in part (two paragraphs, and two of
  comment) by 경기일보 (and its photo, credited "경기도 제공"), and drawn on by 뉴스1's
  article that also uses the 반도체 release.
- 반도체 용수 (CHIPS): drawn on by 뉴스1 only.
- 버스 요금 (BUSES): picked up by nobody.
- 한겨레 writes on the same topic (청년 기본소득) in its own words: not a pickup.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

DAY = dt.date(2026, 12, 7)

YOUTH = [
    "경기도는 7일 도청 대회의실에서 청년 기본소득을 내년부터 만 24세 청년 전원에게 분기별 "
    "25만 원씩 지급하는 확대 방안을 발표했다.",
    "확대 방안에 따르면 지급 대상은 올해 12만 명에서 내년 15만 명으로 늘어나며, 도는 이를 위해 "
    "1천500억 원의 예산을 편성했다.",
    "김동연 지사는 이날 발표에서 청년이 꿈을 꿀 수 있는 경기도를 만들기 위해 기본소득을 "
    "꾸준히 넓혀 가겠다고 말했다.",
    "도는 시군과 협의해 지역화폐로 지급하며, 신청은 내년 1월 2일부터 경기도 청년포털에서 받는다.",
]
CHIPS = [
    "경기도는 용인 반도체 클러스터에 필요한 하루 76만 톤의 용수를 2030년까지 단계적으로 "
    "공급하는 계획을 확정했다고 7일 밝혔다.",
    "도는 팔당댐 취수 물량을 조정하고 하수 재이용 시설을 새로 지어 부족한 물량을 채울 계획이다.",
    "도 관계자는 반도체 생산에 차질이 없도록 관계 기관과 긴밀히 협력하겠다고 설명했다.",
]
BUSES = [
    "경기도는 내년 3월부터 광역버스 요금 체계를 개편해 환승 할인 폭을 넓힌다고 7일 밝혔다.",
    "개편안은 도의회 보고와 공청회를 거쳐 다음 달 확정된다.",
]


def release_text(title: str, paragraphs: list[str], department: str) -> str:
    return "\n".join([
        "보도자료",
        title,
        "보도일시: 2026. 12. 7.(월) 06:00",
        f"담당부서: {department}",
        "담당자: 홍길동 031-8008-1234",
        "",
        *[p + "\n" for p in paragraphs],
    ])


def article_html(outlet: str, title: str, paragraphs: list[str], hour: int = 9,
                 photo: tuple[str, str] | None = None) -> str:
    figure = ""
    if photo is not None:
        name, credit = photo
        figure = (f'<figure><img src="{name}" width="400" height="300">'
                  f"<figcaption>청년 기본소득 확대 발표 {credit}</figcaption></figure>")
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<html><head><meta charset='utf-8'>"
        f'<meta property="og:title" content="{title}">'
        f'<meta property="og:site_name" content="{outlet}">'
        f'<meta property="article:published_time" content="{DAY.isoformat()}T{hour:02d}:00:00+09:00">'
        f"<title>{title}</title></head><body><article><h1>{title}</h1>{figure}{body}"
        "</article></body></html>")


def write_week(folder: Path) -> tuple[list[Path], list[Path]]:
    """The release files and the article pages, written into `folder`."""
    from PIL import Image

    releases = folder / "releases"
    pages = folder / "pages"
    releases.mkdir(parents=True)
    pages.mkdir(parents=True)
    files = []
    for name, title, paragraphs, department in (
            ("youth.txt", "청년 기본소득 내년부터 15만 명으로 확대", YOUTH, "청년정책과"),
            ("chips.txt", "반도체 클러스터 용수 2030년까지 공급", CHIPS, "수자원정책과"),
            ("buses.txt", "광역버스 환승 할인 확대", BUSES, "버스정책과")):
        path = releases / name
        path.write_text(release_text(title, paragraphs, department), encoding="utf-8")
        files.append(path)
    Image.new("RGB", (400, 300), (40, 120, 200)).save(pages / "photo.jpg")
    comment = ["하지만 도의회 야당은 재원 대책 없이 대상만 늘린다며 예산 심사에서 "
               "꼼꼼히 따지겠다고 밝혔다.",
               "한 청년단체 대표는 지급액이 물가 상승을 따라가지 못해 실질적인 도움이 "
               "되기 어렵다고 지적했다."]
    articles = {
        "yonhap.html": article_html("연합뉴스", "경기도, 청년 기본소득 15만 명으로 확대", YOUTH, 8),
        "kyeonggi.html": article_html(
            "경기일보", "청년 기본소득 확대…재원 논란도", YOUTH[:2] + comment, 10,
            photo=("photo.jpg", "경기도 제공")),
        "news1.html": article_html(
            "뉴스1", "경기도, 청년 기본소득·반도체 용수 잇단 발표",
            [YOUTH[0], YOUTH[1], CHIPS[0], CHIPS[1]], 11),
        "hani.html": article_html(
            "한겨레", "청년 기본소득, 누구를 위한 확대인가",
            ["청년단체들은 기본소득 확대를 반기면서도 지급액이 물가를 따라가지 못한다고 지적했다.",
             "전문가들은 청년 일자리 정책과 함께 설계해야 효과가 난다고 말한다.",
             "도의회는 다음 주 예산 심사에서 청년 정책 전반을 살펴볼 예정이다."], 12),
    }
    paths = []
    for name, html in articles.items():
        path = pages / name
        path.write_text(html, encoding="utf-8")
        paths.append(path)
    return files, paths


def build_week(svc, folder: Path) -> dict[str, int]:
    """Import the pages as clippings, then the releases (which are matched against
    them); ids by outlet and by release file stem."""
    files, pages = write_week(folder)
    ids: dict[str, int] = {}
    for outcome in svc.import_paths([str(p) for p in pages]):
        assert outcome.status == "imported", outcome
        ids[svc.get(outcome.clipping_id).outlet] = outcome.clipping_id
    for outcome in svc.import_releases([str(f) for f in files]):
        assert outcome.status == "imported", outcome
        ids[Path(outcome.item).stem] = outcome.clipping_id
    return ids
