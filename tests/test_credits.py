"""Photo credits as outlets print them, in English and Korean, in HTML and copied text.

`captions.split_credit` is the shared rule; the pages under tests/data/photos are saves
of different outlets' layouts, each credit form served by at least two of them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.importers import captions
from tests.conftest import DATA

PHOTOS = DATA / "photos"


@pytest.mark.parametrize(("text", "caption", "credit"), [
    # Glued labels (a "Credit" span right after the caption's span).
    ("Firefighters battled the blaze in Jackson Heights, Queens.CreditChang W. Lee/The New York "
     "Times", "Firefighters battled the blaze in Jackson Heights, Queens.",
     "Chang W. Lee/The New York Times"),
    ("Residents waited on the sidewalk.Credit...Erin Schaff/The New York Times",
     "Residents waited on the sidewalk.", "Erin Schaff/The New York Times"),
    ("Workers repair power lines in Kyiv Oblast. Photo by Oleksii Chumachenko",
     "Workers repair power lines in Kyiv Oblast.", "Oleksii Chumachenko"),
    ("The minister speaks in Paris. Photo courtesy of the French agriculture ministry",
     "The minister speaks in Paris.", "the French agriculture ministry"),
    ("Residents spend the night in a metro station | photo by Kostiantyn Liberov",
     "Residents spend the night in a metro station", "Kostiantyn Liberov"),
    ("Rescuers work at the site in Kyiv Oblast on May 9, 2024.Sergei Supinsky / AFP",
     "Rescuers work at the site in Kyiv Oblast on May 9, 2024.", "Sergei Supinsky / AFP"),
    # Korean forms.
    ("화성 동탄의 교육센터에서 실습을 하고 있다. /사진=화성시 제공",
     "화성 동탄의 교육센터에서 실습을 하고 있다.", "화성시"),
    ("경기도청에서 계획을 발표하고 있다. (사진=경기도 제공) 2024.05.09.",
     "경기도청에서 계획을 발표하고 있다. 2024.05.09.", "경기도"),
    ("시민들이 광역버스에 오르고 있다.ⓒ경기일보", "시민들이 광역버스에 오르고 있다.", "경기일보"),
])
def test_split_credit(text, caption, credit):
    assert captions.split_credit(text) == (caption, credit)


@pytest.mark.parametrize("text", [
    "Volunteers walk dogs in Hwaseong, May 8, 2024. (Gyeonggi Province via AP)",
    "Commuters ride a train in Seoul, Friday, May 10, 2024. (Seoul Metro via AP)",
])
def test_a_via_ap_credit_marks_a_caption_even_in_plain_text(text):
    assert captions.has_strong_credit(text)


@pytest.mark.parametrize(("text", "credit"), [
    ("Chip Somodevilla/Getty Images", "Chip Somodevilla/Getty Images"),
    ("Nathan Howard/Reuters", "Nathan Howard/Reuters"),
    ("Yonhap", "Yonhap"),
    ("조주현 기자", "조주현 기자"),
    ("Photo: Jane Doe/Reuters", "Jane Doe/Reuters"),
    ("Kim Jae-hwan/Yonhap via AP", "Kim Jae-hwan/Yonhap via AP"),
])
def test_credit_only_text(text, credit):
    assert captions.credit_only(text) == credit


@pytest.mark.parametrize("text", [
    "Firefighters battled the blaze in Queens.", "The Senate passed the bill on Friday",
    "경기도청 광교 신청사 전경", "Kim Dong-yeon, center, cuts a ribbon", "2024/25 season opener",
])
def test_captions_are_not_credit_only(text):
    assert captions.credit_only(text) == ""


def test_leading_triangle_is_not_part_of_the_caption():
    assert captions.clean_caption("▲ 10일 수원역에서 시민들이 버스에 오르고 있다.") == \
        "10일 수원역에서 시민들이 버스에 오르고 있다."
    assert captions.clean_caption("△연천 차탄천에서 주민들이 정화 활동을 하고 있다.") == \
        "연천 차탄천에서 주민들이 정화 활동을 하고 있다."


def _photos(service, path: Path):
    [outcome] = service.import_paths([path])
    assert outcome.status == "imported", outcome.reason
    clip = service.get(outcome.clipping_id)
    return [(p.caption, p.credit) for p in clip.photos], clip


def test_glued_credit_labels_nyt_layout(service):
    photos, clip = _photos(service, PHOTOS / "nyt_credits.html")
    assert photos == [
        ("Firefighters battled the blaze for more than four hours on Sunday in Jackson Heights, "
         "Queens.", "Chang W. Lee/The New York Times"),
        ("Residents waited on the sidewalk with what they could carry.",
         "Erin Schaff/The New York Times"),
    ]
    assert "Credit" not in clip.body_text()


def test_glued_credit_labels_sun_times_layout(service):
    photos, _ = _photos(service, PHOTOS / "suntimes_credits.html")
    assert photos == [
        ("Cubs players celebrate after the winning run scored in the ninth inning Sunday at "
         "Wrigley Field.", "Pat Nabong/Sun-Times"),
        ("Ian Happ rounds the bases after his two-run homer in the eighth.",
         "John Antonoff/For the Sun-Times"),
    ]


def test_photo_by_and_name_slash_agency_kyiv_layout(service):
    photos, _ = _photos(service, PHOTOS / "kyiv_credits.html")
    assert photos == [
        ("Rescuers work at the site of a drone strike in Kyiv Oblast on May 9, 2024.",
         "Sergei Supinsky / AFP"),
        ("Workers repair power lines in Kyiv Oblast.", "Oleksii Chumachenko"),
        ("Residents spend the night in a metro station used as a shelter", "Kostiantyn Liberov"),
    ]


def test_photo_courtesy_and_name_slash_agency_france24_layout(service):
    photos, _ = _photos(service, PHOTOS / "france24_credits.html")
    assert photos == [
        ("Tractors block the A6 motorway south of Paris on May 9, 2024.",
         "Geoffroy Van der Hasselt / AFP"),
        ("The farm minister speaks to reporters at the ministry in Paris.",
         "the French agriculture ministry"),
    ]


def test_photo_by_courtesy_and_bar_wordpress_layout(service):
    photos, _ = _photos(service, PHOTOS / "jeju_weekly_saved.html")
    assert photos == [
        ("Passengers wait at the Seongsan ferry terminal on Thursday.", "Mina Kang"),
        ("Workers pour concrete on the new pier at Udo in March.", "Jeju Province"),
        ("Vendors at Udo's harbor market, which lost most of its visitors during the closure",
         "Lee Jun-ho"),
    ]


def test_credit_only_caption_and_credit_inside_figcaption_korea_times_layout(service):
    photos, _ = _photos(service, PHOTOS / "koreatimes_credits.html")
    assert photos == [
        # The figcaption holds only the credit: the caption is the image's alt text.
        ("Gyeonggi Gov. Kim Dong-yeon, center, cuts a ribbon at the opening of a library in "
         "Suwon, May 10.", "Yonhap"),
        ("Children read books at a public library in Goyang, Gyeonggi Province, Thursday.",
         "Kim Jae-hwan/Yonhap via AP"),
    ]


def test_credit_only_caption_and_credit_inside_figcaption_cnn_layout(service):
    photos, _ = _photos(service, PHOTOS / "cnn_credits.html")
    assert photos == [
        ("The US Capitol dome is seen at dusk in Washington, DC, on May 10, 2024.",
         "Chip Somodevilla/Getty Images"),
        ("Senate Majority Leader Chuck Schumer speaks to reporters after the vote on Friday.",
         "Nathan Howard/Reuters"),
    ]


def test_korean_credit_forms_kyeonggi_layout(service):
    photos, clip = _photos(service, PHOTOS / "kyeonggi_credits.html")
    assert photos == [
        ("10일 오전 수원역 환승센터에서 시민들이 서울행 광역버스에 오르고 있다.", "경기일보"),
        ("용인 기흥구의 한 정류장에 전세버스가 서 있다.", "용인시"),
        ("화성 동탄역 광역버스 정류장에 줄을 선 시민들", "조주현 기자"),
        ("수원 광교중앙역 광역버스 정류장", "수원시"),
    ]
    assert "조주현 기자" not in clip.body_text()


def test_korean_credit_forms_hankyung_layout(service):
    photos, clip = _photos(service, PHOTOS / "hankyung_credits.html")
    assert photos == [
        ("경기 평택항 수출 부두에 컨테이너가 쌓여 있다.", "연합뉴스"),
        ("삼성전자 평택캠퍼스 반도체 생산라인", "허문찬 기자"),
        ("수출 실적을 점검하는 산업부 회의.", "산업통상자원부"),
        ("반도체 수출 동향을 설명하는 산업부 관계자", "김병언 기자"),
    ]
    assert "김병언 기자" not in clip.body_text()


def test_korean_credit_forms_naver_and_daum_saves(service):
    naver, _ = _photos(service, PHOTOS / "naver_saved.html")
    assert [credit for _, credit in naver] == ["경기도", "화성시"]
    assert naver[1][0] == "화성 동탄의 한 반도체 교육센터에서 교육생들이 웨이퍼 검사 실습을 하고 있다."
    daum, _ = _photos(service, PHOTOS / "daum_saved.html")
    assert daum[1] == ("연천 차탄천에서 주민들이 하천 정화 활동을 하고 있다.", "연천군")


@pytest.mark.parametrize(("name", "credit"), [
    ("ap_via_copy.txt", "Gyeonggi Province via AP"),
    ("star_via_copy.txt", "Seoul Metro via AP"),
])
def test_via_ap_caption_leaves_a_copied_text_body(service, name, credit):
    photos, clip = _photos(service, PHOTOS / name)
    assert [c for _, c in photos] == [credit]
    assert "via AP" not in clip.body_text()


@pytest.mark.parametrize(("name", "expected"), [
    ("standard_plain_credit.html", [
        ("Chelsea players celebrate their second goal at Stamford Bridge on Thursday night",
         "Getty Images"),
        ("Chelsea fans held up a banner backing their academy players before kick-off",
         "REUTERS")]),
    ("news1_plain_credit.html", [
        ("경기도청 광교 신청사 전경", "뉴스1 DB"),
        ("청년들이 수원의 한 주거 상담 창구에서 월세 지원 안내를 받고 있다", "경기도")]),
])
def test_short_line_under_an_unclassed_caption_is_its_credit(service, name, expected):
    """Generated class names (`sc-hzhJZQ`, `css-d4e5f6`) say nothing: the short line under
    the caption is the credit, and it is not lost."""
    photos, clip = _photos(service, PHOTOS / name)
    assert photos == expected
    assert "Getty Images" not in clip.body_text() and "뉴스1 DB" not in clip.body_text()
