"""How tests/data/tone/labelled.jsonl was made (kept so it can be made again).

A labelled set of short Korean press articles about a provincial government, 40 per
tone class in part a and 15 in part b, written for measuring tone suggestions. Each article is composed from
hand-written sentences: a policy subject (shared by every class), two or three
sentences in the class's register, and a closing line that every class shares; a
fifth of the articles borrow one sentence from a neighbouring class, as real coverage
mixes registers. Because it is composed, the accuracy measured on it is a best case,
not a forecast for an office's real coverage (where the office's own labels, which
the app cross-validates, are the measure).

    python tests/data/tone/compose_labelled.py > tests/data/tone/labelled.jsonl
"""

from __future__ import annotations

import json
import random

SUBJECTS = [
    ("기회소득", "경기도가 추진하는 기회소득 사업"), ("기후보험", "도가 전국 처음 도입한 기후보험"),
    ("청년 기본소득", "경기도 청년 기본소득"), ("공공배달앱", "도 공공배달앱 배달특급"),
    ("북부특별자치도", "경기북부특별자치도 설치 추진"), ("반도체 용수", "반도체 클러스터 용수 공급 계획"),
    ("경기국제공항", "경기국제공항 건설 계획"), ("전세사기 지원", "전세사기 피해자 지원 대책"),
    ("광역버스", "광역버스 준공영제 확대"), ("스타트업 펀드", "1조원 규모 스타트업 펀드"),
    ("공공기관 이전", "도 산하 공공기관 북부 이전"), ("무더위쉼터", "폭염 대비 무더위쉼터 확대"),
    ("외국인 주민", "외국인 주민 지원 조례 개정"), ("어린이 의료비", "어린이 의료비 지원 확대"),
    ("RE100", "산업단지 RE100 전환 사업"), ("지역화폐", "경기지역화폐 인센티브"),
    ("농어민 기회소득", "농어민 기회소득 지급"), ("GTX", "GTX 노선 연장 건의"),
    ("저출생 대책", "도의 저출생 종합 대책"), ("도정 감사", "도 감사위원회의 특정 감사"),
]

TONES: dict[str, dict[str, list[str]]] = {
    "긍정": {
        "title": ["{s}, 도민 호응 속 순항", "{s} 성과 가시화…전국 확산 기대", "'{s}' 효과 톡톡",
                  "{s} 만족도 90% 넘어", "{s}, 우수 정책으로 선정"],
        "lines": [
            "{d}이 도민들의 높은 호응을 얻으며 순항하고 있다.",
            "사업 시행 이후 참여자 만족도가 90%를 넘어선 것으로 나타났다.",
            "전문가들은 다른 지방자치단체가 벤치마킹할 만한 모범 사례라고 평가했다.",
            "정부도 이 사업을 우수 정책으로 선정하고 전국 확대를 검토하기로 했다.",
            "현장에서는 실질적인 도움이 됐다는 반응이 잇따랐다.",
            "도는 성과를 바탕으로 내년 예산을 늘려 대상을 넓힐 계획이다.",
            "수혜자들은 생활에 큰 힘이 됐다며 감사의 뜻을 전했다.",
            "지역 경제 활성화 효과도 기대 이상이라는 분석이 나왔다.",
            "국제기구도 혁신 사례로 소개하며 높이 평가했다.",
            "도민 체감도가 높아 정책 효과가 뚜렷하다는 평가다.",
        ],
    },
    "단순(중립)": {
        "title": ["{s} 다음 달부터 신청 접수", "도, {s} 세부 계획 발표", "{s} 설명회 개최",
                  "{s} 관련 조례안 입법 예고", "{s} 대상자 모집"],
        "lines": [
            "경기도는 {d}의 세부 계획을 9일 발표했다.",
            "신청은 다음 달 1일부터 도 누리집에서 받는다.",
            "도는 이달 중 시군 담당자 회의를 열어 추진 일정을 공유할 예정이다.",
            "대상은 도내에 주소를 둔 주민으로, 자세한 내용은 콜센터에서 안내한다.",
            "관련 조례안은 다음 주 입법 예고를 거쳐 도의회에 제출된다.",
            "설명회는 수원과 의정부에서 각각 한 차례씩 열린다.",
            "도는 올해 사업비로 도비와 시군비를 합쳐 예산을 편성했다.",
            "사업 기간은 내년 12월까지이며 중간 점검을 거칠 계획이다.",
            "도 관계자는 일정대로 절차를 진행하고 있다고 밝혔다.",
            "접수 결과는 오는 7월 개별 통보된다.",
        ],
    },
    "건전비판": {
        "title": ["{s}, 실효성 높일 보완책 필요", "{s} 사각지대 우려", "{s} 운영 개선 목소리",
                  "{s}, 예산 대비 효과 점검해야", "{s} 홍보 부족 지적"],
        "lines": [
            "{d}의 취지는 좋지만 실효성을 높일 보완책이 필요하다는 지적이 나온다.",
            "지원 대상에서 빠진 계층이 있어 사각지대가 생길 수 있다는 우려가 제기됐다.",
            "전문가들은 성과 지표를 명확히 하고 중간 평가를 강화해야 한다고 조언했다.",
            "홍보가 부족해 제도를 모르는 주민이 많다는 의견도 있었다.",
            "도의회에서는 예산 대비 효과를 꼼꼼히 점검해야 한다는 목소리가 나왔다.",
            "현장에서는 절차가 복잡해 신청을 포기하는 사례가 있다며 개선을 요구했다.",
            "시군과의 협의가 충분하지 않았다는 점은 아쉬운 대목으로 꼽힌다.",
            "장기적인 재원 마련 방안도 함께 고민해야 한다는 제언이 이어졌다.",
            "제도가 안착하려면 운영 방식을 다듬을 필요가 있다는 평가다.",
            "일부 시민단체는 취약계층 배려가 부족하다며 보완을 촉구했다.",
        ],
    },
    "악의적비판": {
        "title": ["{s}, 결국 보여주기식 전시행정", "혈세만 쏟아부은 {s}", "{s}는 지사 치적 쌓기",
                  "'{s}' 포퓰리즘 논란", "무능 행정의 민낯 드러낸 {s}"],
        "lines": [
            "{d}은 결국 보여주기식 전시행정에 불과하다는 비난이 쏟아진다.",
            "도민 혈세를 쏟아부었지만 남은 것은 지사 개인의 치적 쌓기뿐이라는 것이다.",
            "사실상 대권 행보를 위한 선심성 포퓰리즘이라는 혹평도 나왔다.",
            "무능한 도정이 또다시 민낯을 드러냈다는 조롱이 이어졌다.",
            "현장을 모르는 탁상행정이 빚은 참사라는 목소리가 높다.",
            "지사는 책임을 회피하며 변명으로 일관하고 있다는 비판을 받는다.",
            "도정이 홍보에만 열을 올리며 도민을 기만하고 있다는 지적이다.",
            "예산 낭비의 대표 사례로 두고두고 회자될 것이라는 냉소가 나온다.",
            "정치적 계산에 매몰된 졸속 행정이라는 혹독한 평가가 뒤따랐다.",
            "도민은 안중에도 없는 독선적 행태라는 비난이 거세다.",
        ],
    },
    "오보": {
        "title": ["[단독] {s} 전면 백지화", "{s} 예산 절반 삭감된 것으로 확인", "{s} 사실상 중단",
                  "[단독] {s} 감사 결과 축소 발표 의혹", "{s} 담당 국장 경질설"],
        "lines": [
            "{d}이 내부 검토 끝에 전면 백지화된 것으로 확인됐다.",
            "익명을 요구한 도 관계자에 따르면 관련 예산이 절반 넘게 삭감됐다.",
            "도가 감사 결과를 축소해 발표했다는 의혹이 제기됐다.",
            "사업은 이미 지난달부터 사실상 중단된 상태인 것으로 알려졌다.",
            "담당 국장이 책임을 지고 경질될 것이라는 관측이 나온다.",
            "본지가 입수한 내부 문건에는 사업 포기 방침이 담긴 것으로 전해졌다.",
            "도는 이런 사실을 숨긴 채 사업이 정상 추진 중이라고 밝혀온 것으로 드러났다.",
            "복수의 관계자는 지사가 이미 철회를 지시했다고 전했다.",
            "확인 결과 수혜 인원은 발표된 수치의 3분의 1에 그친 것으로 파악됐다.",
            "도의회도 이 사실을 뒤늦게 안 것으로 알려져 파장이 예상된다.",
        ],
    },
}
CLOSING = [
    "도 관계자는 \"도민 의견을 충분히 듣겠다\"고 말했다.",
    "이에 대해 도는 별도의 입장을 내지 않았다.",
    "도는 관련 내용을 다음 주 도의회에 보고할 예정이다.",
    "",
]
NEIGHBOUR = {"긍정": "단순(중립)", "단순(중립)": "긍정", "건전비판": "악의적비판",
             "악의적비판": "건전비판", "오보": "악의적비판"}
PER_CLASS = {"a": 40, "b": 15}


def _half(values: list[str], part: str) -> list[str]:
    middle = (len(values) + 1) // 2
    return values[:middle] if part == "a" else values[middle:]


def compose(seed: int = 15) -> list[dict]:
    """Part "a" (40 per tone) and part "b" (15 per tone) use disjoint halves of each
    tone's sentences and titles: a model trained on "a" meets "b"'s wording for the
    first time, which is what the bench measures besides cross-validation on "a"."""
    rng = random.Random(seed)
    out: list[dict] = []
    seen: set[str] = set()  # every body once: a library keeps one copy of a text
    for part, per_class in PER_CLASS.items():
        for tone, pools in TONES.items():
            _compose_part(rng, out, seen, part, per_class, tone, pools)
    rng.shuffle(out)
    return out


def _compose_part(rng: random.Random, out: list[dict], seen: set[str], part: str,
                  per_class: int, tone: str, pools: dict[str, list[str]]) -> None:
    lines_pool = _half(pools["lines"], part)
    titles = _half(pools["title"], part)
    n = 0
    while n < per_class:
        short, subject = SUBJECTS[(n * 7 + len(tone)) % len(SUBJECTS)]
        lines = rng.sample(lines_pool, rng.choice((2, 3)))
        if rng.random() < 0.2:
            lines.insert(1, rng.choice(_half(TONES[NEIGHBOUR[tone]]["lines"], part)))
        body = " ".join(line.format(d=subject) for line in lines)
        closing = rng.choice(CLOSING)
        body = (body + (" " + closing if closing else "")).strip()
        if body in seen:
            continue
        seen.add(body)
        n += 1
        title = rng.choice(titles).format(s=short)
        out.append({"tone": tone, "part": part, "title": title, "body": body})


if __name__ == "__main__":
    for row in compose():
        print(json.dumps(row, ensure_ascii=False))
