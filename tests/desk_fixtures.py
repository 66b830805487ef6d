"""A day's morning coverage of the Gyeonggi governor, for the desk and the daily report.

`coverage_day(svc)` stores 24 clippings of 2024-05-10 (a Friday) from national,
economic, regional, broadcast, agency, internet and foreign outlets, portal copies
(Naver, Daum) included, with editions, pages, positions and tones set, three themes,
a highlight with a note, two photos, and response records on the critical ones. Both
h-desk's tests and h-daily's report tests build on it; ids come back in the order of
DAY below.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from clipper.domain import ArticleDraft, Block, Changes, PhotoDraft

DAY = dt.date(2024, 5, 10)
THEMES = ("도정 주요 보도", "지사 동정", "시군")


@dataclass(frozen=True)
class Item:
    outlet: str
    title: str
    edition: str | None
    page: str | None
    position: str | None
    tone: str | None
    theme: str | None
    url: str
    byline: str = ""
    lead: str = ""
    photo: bool = False


N = "https://n.news.naver.com/mnews/article"
D = "https://v.daum.net/v"
DAY_ITEMS: tuple[Item, ...] = (
    Item("조선일보", "경기도, 반도체 클러스터 용수 공급 해법 내놔", "조간", "A1", "면톱", "긍정",
         "도정 주요 보도", "https://www.chosun.com/national/2024/05/10/ABC123/", "김민수 기자",
         "경기도가 용인 반도체 클러스터에 필요한 하루 76만t의 용수를 2030년까지 공급하는 계획을 "
         "내놨다.", photo=True),
    Item("중앙일보", "김동연 지사 \"기회소득, 전국 모델로 키운다\"", "조간", "8", "사이드", "긍정",
         "지사 동정", "https://www.joongang.co.kr/article/25250001", "이지현 기자",
         "김동연 경기지사가 9일 도청에서 열린 간담회에서 기회소득을 전국 모델로 키우겠다고 "
         "밝혔다."),
    Item("동아일보", "경기북부특별자치도 추진 속도 조절론 나와", "조간", "A12", "단신", "단순(중립)",
         "도정 주요 보도", "https://www.donga.com/news/article/all/20240510/1250001/1",
         "박성훈 기자", "경기북부특별자치도 설치를 두고 도의회 일각에서 속도 조절론이 나왔다."),
    Item("한겨레", "경기도 청년 기본소득 예산 삭감 논란", "조간", "14", "사이드", "건전비판",
         "도정 주요 보도", "https://www.hani.co.kr/arti/area/capital/1140001.html", "홍용덕 기자",
         "경기도가 내년도 청년 기본소득 예산을 줄이기로 하면서 청년단체들이 반발하고 있다."),
    Item("경향신문", "도 산하기관 채용 과정 공정성 도마에", "조간", "10", "면톱", "악의적비판",
         "도정 주요 보도", "https://www.khan.co.kr/local/Gyeonggi/article/202405100001",
         "경태영 기자", "경기도 산하 공공기관의 채용 과정이 공정하지 않았다는 주장이 제기됐다."),
    Item("매일경제", "경기도, 스타트업 펀드 1조원 조성", "조간", "A16", "면톱", "긍정",
         "도정 주요 보도", "https://www.mk.co.kr/news/economy/11010001", "지홍구 기자",
         "경기도가 스타트업 육성을 위해 1조원 규모의 펀드를 조성한다."),
    Item("한국경제", "경기 남부 산업단지 규제 완화 건의", "조간", "A25", "단신", "단순(중립)",
         "시군", "https://www.hankyung.com/article/2024051000001", "윤상연 기자",
         "경기 남부 시군들이 산업단지 입지 규제 완화를 정부에 건의했다."),
    Item("서울경제", "경기도 공공배달앱 이용자 감소", "조간", "27", "단신", "건전비판",
         "도정 주요 보도", "https://www.sedaily.com/NewsView/2D8Y0001", "이경환 기자",
         "경기도 공공배달앱 이용자가 1년 새 30% 넘게 줄어든 것으로 나타났다."),
    Item("경기일보", "김동연 지사, 수원 전세사기 피해자 만나", "조간", "1", "면톱", "긍정",
         "지사 동정", "https://www.kyeonggi.com/article/20240510580001", "이호준 기자",
         "김동연 경기도지사가 9일 수원시 전세사기 피해자들을 만나 지원 방안을 설명했다.",
         photo=True),
    Item("경인일보", "도, 경기국제공항 후보지 발표 연기", "조간", "3", "면톱", "단순(중립)",
         "도정 주요 보도", "https://www.kyeongin.com/main/view.php?key=20240510010001",
         "신현정 기자", "경기도가 경기국제공항 후보지 발표를 하반기로 미뤘다."),
    Item("중부일보", "화성시, 동탄 트램 착공 앞당긴다", "조간", "5", "사이드", "긍정", "시군",
         "https://www.joongboo.com/news/articleView.html?idxno=363600001", "김영호 기자",
         "화성시가 동탄 도시철도 트램 착공 시기를 앞당기기로 했다."),
    Item("인천일보", "경기·인천 광역버스 준공영제 갈등", "조간", "7", "단신", "건전비판", "시군",
         "https://www.incheonilbo.com/news/articleView.html?idxno=1240001", "최인규 기자",
         "경기도와 인천시가 광역버스 준공영제 비용 분담을 두고 이견을 보이고 있다."),
    Item("경기신문", "도의회, 추경 심사 돌입", "조간", "2", "단신", "단순(중립)", "도정 주요 보도",
         "https://www.kgnews.co.kr/news/article.html?no=790001", "이유림 기자",
         "경기도의회가 1회 추가경정예산안 심사에 들어갔다."),
    Item("기호일보", "평택항 물동량 역대 최대", "조간", "6", "면톱", "긍정", "시군",
         "https://www.kihoilbo.co.kr/news/articleView.html?idxno=1100001", "김진태 기자",
         "평택항 물동량이 1분기 역대 최대를 기록했다."),
    Item("연합뉴스", "경기도, 외국인 주민 지원 조례 개정 추진", "온라인", None, None, "단순(중립)",
         "도정 주요 보도", f"{N}/001/0014670001", "김솔 기자",
         "(수원=연합뉴스) 경기도가 외국인 주민 지원 조례 개정을 추진한다."),
    Item("뉴시스", "경기도 '기후보험' 전국 첫 도입", "온라인", None, None, "긍정",
         "도정 주요 보도", f"{N}/003/0012560001", "박상욱 기자",
         "[수원=뉴시스] 경기도가 전국 처음으로 기후보험을 도입한다."),
    Item("뉴스1", "\"도 감사 결과 축소\" 의혹 제기", "온라인", None, None, "오보",
         "도정 주요 보도", f"{D}/20240510060001234", "최대호 기자",
         "(수원=뉴스1) 경기도 감사 결과가 축소 발표됐다는 의혹이 제기됐다."),
    Item("KBS", "경기도, 폭염 대비 무더위쉼터 확대", "방송", None, None, "긍정",
         "도정 주요 보도", f"{N}/056/0011700001", "",
         "경기도가 올여름 폭염에 대비해 무더위쉼터를 확대 운영한다."),
    Item("OBS", "김동연 지사 북부 현장 방문", "방송", None, None, "긍정", "지사 동정",
         "https://www.obs.co.kr/news/articleView.html?idxno=1450001", "",
         "김동연 경기도지사가 의정부와 양주 일대 현장을 찾았다."),
    Item("오마이뉴스", "경기도 공공기관 이전 '지지부진'", "온라인", None, None, "건전비판",
         "도정 주요 보도", f"{N}/047/0002440001", "김아무개 기자",
         "경기도 공공기관 북부 이전이 계획보다 늦어지고 있다."),
    Item("문화일보", "[사설] 경기북부 분도, 서두를 일 아니다", "석간", "31", "사설", "악의적비판",
         "도정 주요 보도", "https://www.munhwa.com/news/view.html?no=2024051001073101", "",
         "경기북부특별자치도 설치는 충분한 검토가 먼저다."),
    Item("머니투데이", "경기 부동산 PF 보증 확대", "조간", "8", "단신", "단순(중립)", "시군",
         f"{N}/008/0005030001", "이민호 기자",
         "경기도가 부동산 프로젝트파이낸싱 보증을 확대한다."),
    Item("The Korea Herald", "Gyeonggi unveils climate insurance for all residents", "조간",
         "4", "사이드", "긍정", "도정 주요 보도",
         "https://www.koreaherald.com/view.php?ud=20240510000001", "Lee Ji-yoon",
         "Gyeonggi Province said Thursday it will offer climate insurance to all residents."),
    Item("용인시민신문", "용인시, 반도체 도로 개설 본격화", "온라인", None, None, None, "시군",
         "https://www.yongin21.co.kr/news/articleView.html?idxno=90001", "",
         "용인시가 반도체 클러스터 진입도로 개설을 본격화한다."),
)

# A sentence of its own for each item, so that no two clippings read as copies of one
# story (near-duplicate grouping compares bodies), in DAY_ITEMS order.
DETAILS = (
    "도는 팔당댐 여유 수량과 화성 하수처리수 재이용을 묶어 2단계로 물을 대겠다고 설명했다.",
    "간담회에는 농어민과 예술인, 장애인 단체 대표 40여 명이 참석해 확대 방안을 건의했다.",
    "도의회 국민의힘 측은 주민투표 없이 속도를 내는 데 반대한다는 입장을 재확인했다.",
    "청년단체 연대회의는 도청 앞에서 기자회견을 열고 삭감 철회를 요구했다.",
    "문제가 된 기관은 3곳으로, 최근 3년간 정규직 채용 120여 건이 대상이라는 주장이다.",
    "펀드는 도 출자금 2천억원에 민간 자금을 더해 7년에 걸쳐 조성된다.",
    "건의문에는 성장관리권역 공장 총량 규제를 반도체 소부장 기업에 한해 풀어 달라는 내용이 담겼다.",
    "월평균 주문 건수는 지난해 4월 120만 건에서 올해 4월 80만 건 수준으로 내려앉았다.",
    "피해자들은 경매 유예와 긴급 주거비 지원을 늘려 달라고 요청했고 지사는 검토를 약속했다.",
    "도는 화성·평택 후보지를 두고 국토부와 사전 협의를 더 거치기로 했다고 밝혔다.",
    "시는 국비 확보가 확정되면 내년 상반기 실시설계를 마치고 하반기 첫 삽을 뜬다는 계획이다.",
    "양측은 노선별 운송 손실을 누가 얼마나 부담할지를 놓고 석 달째 결론을 내지 못했다.",
    "추경안 규모는 1조2천억원으로 민생 회복 지원과 재난 대응 예산이 절반을 차지한다.",
    "평택항은 1분기에만 자동차 45만 대를 처리해 전국 항만 가운데 가장 많았다.",
    "개정안은 외국인 주민 통역 지원과 한국어 교육 예산의 근거를 새로 담았다.",
    "기후보험은 폭염과 한파로 인한 온열·한랭 질환 진료비를 1인당 최대 10만원까지 보장한다.",
    "의혹을 제기한 측은 감사위원회가 징계 요구 건수를 절반으로 줄여 공개했다고 주장했다.",
    "도는 경로당과 은행 지점 등 6천여 곳을 쉼터로 지정하고 야간 운영도 늘린다.",
    "지사는 의정부 반환 공여지와 양주 테크노밸리 조성 현장을 차례로 둘러봤다.",
    "이전 대상 15개 기관 가운데 실제로 옮긴 곳은 3곳에 그친 것으로 집계됐다.",
    "분도는 재정 자립도와 행정 수요를 충분히 따진 뒤 결정해도 늦지 않다는 것이 본지 판단이다.",
    "도는 보증 한도를 기존 5천억원에서 8천억원으로 늘려 중소 건설사의 자금난을 덜 계획이다.",
    "The province will pay up to 100,000 won per person for treatment of heat-related illness.",
    "시는 국도 45호선과 클러스터를 잇는 4차로 도로를 2027년까지 개통할 계획이다.",
)

FILLER = (
    "도 관계자는 \"관계 부서와 협의해 차질 없이 추진하겠다\"고 말했다.",
    "이번 조치는 도민 체감도를 높이기 위한 것으로, 세부 계획은 이달 중 발표된다.",
    "도의회와 시군의 의견을 모아 연내 관련 절차를 마무리할 방침이다.",
)


def _png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (90, 120, 200)).save(buffer, "PNG")
    return buffer.getvalue()


def draft_for(item: Item, day: dt.date = DAY) -> ArticleDraft:
    n = DAY_ITEMS.index(item) if item in DAY_ITEMS else 0
    body = [Block("paragraph", item.lead), Block("paragraph", DETAILS[n % len(DETAILS)]),
            Block("paragraph", FILLER[n % len(FILLER)])]
    if item.outlet == "The Korea Herald":
        body = [Block("paragraph", item.lead), Block("paragraph", DETAILS[n]),
                Block("paragraph", "Governor Kim Dong-yeon said the plan covers heatwaves.")]
    photos = [PhotoDraft(caption=f"{item.title} 현장", credit=f"{item.outlet} 제공",
                         data=_png(), after_block=1)] if item.photo else []
    return ArticleDraft(
        title=item.title, outlet=item.outlet, byline=item.byline, published=day,
        url=item.url, language="en" if item.outlet == "The Korea Herald" else "ko",
        body=body, photos=photos, source_kind="url", source_name=item.url)


def coverage_day(svc, day: dt.date = DAY) -> list[int]:
    """Store DAY_ITEMS (dated `day`) in the service's library with placement, tones,
    themes, a highlight and responses; their ids in DAY_ITEMS order."""
    ids = []
    for item in DAY_ITEMS:
        clipping_id, _ = svc.library.add(draft_for(item, day))
        ids.append(clipping_id)
    svc._changed(Changes(clippings_added=list(ids)))
    for clipping_id, item in zip(ids, DAY_ITEMS, strict=True):
        if item.edition or item.page or item.position:
            svc.set_placement([clipping_id], edition=item.edition, page=item.page,
                              position=item.position)
        if item.tone:
            svc.set_tone([clipping_id], item.tone)
    for theme in THEMES:
        svc.create_theme(theme)
        svc.assign_theme(theme, [i for i, it in zip(ids, DAY_ITEMS, strict=True)
                                 if it.theme == theme])
    critical = [i for i, it in zip(ids, DAY_ITEMS, strict=True)
                if it.tone in ("악의적비판", "오보")]
    svc.set_response(critical[0], kind="설명자료", due=day, note="채용 절차 설명자료 배포",
                     link="https://gnews.gg.go.kr/briefing/view.do?number=1")
    svc.set_response(critical[-1], kind="정정·반론보도 청구",
                     due=day + dt.timedelta(days=3), note="감사 결과 원문 제시")
    svc.annotate(ids[0], quote="하루 76만t", note="수자원본부 확인")
    return ids
