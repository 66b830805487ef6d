"""Plain text copied from news pages, in the layouts of several outlets (our own articles)."""

from __future__ import annotations

import pytest

from clipper.importers.text import parse_text
from tests.conftest import DATA

TEXT = DATA / "text"


def imported(run_cli, run_cli_json, name: str) -> dict:
    status, out, err = run_cli("import", TEXT / name)
    assert status == 0, out + err
    return run_cli_json("show", "1")


def test_yonhap_layout(run_cli, run_cli_json):
    clip = imported(run_cli, run_cli_json, "yonhap-style.txt")
    assert clip["title"] == "경기도, 판교 스타트업 100곳과 해외 진출 협의체 출범"
    assert clip["outlet"] == "연합뉴스"
    assert clip["byline"] == "이순재 기자"
    assert clip["published"] == "2025-03-14"
    assert clip["language"] == "ko"
    assert [(p["caption"][:10], p["credit"]) for p in clip["photos"]] == [
        ("14일 오전 판교 ", "경기도"),
        ("지난해 10월 수원", "연합뉴스"),
    ]
    body = "\n".join(b["text"] for b in clip["body"])
    assert body.startswith("(수원=연합뉴스) 이순재 기자 = 경기도는 14일")
    assert body.endswith("누리집에서 받는다.")
    for junk in ("제보는", "sjlee@yna.co.kr", "저작권자", "출범식", "자료사진", "송고", "관련 뉴스"):
        assert junk not in body
    assert len(clip["body"]) == 5


def test_ap_layout(run_cli, run_cli_json):
    clip = imported(run_cli, run_cli_json, "ap-style.txt")
    assert clip["title"] == "Korean governor courts Silicon Valley investors for startup hubs"
    assert clip["outlet"] == "Associated Press"
    assert "MARTA LINDQVIST" in clip["byline"] and "DAVID OKAFOR" in clip["byline"]
    assert clip["published"] == "2025-06-18"
    assert clip["language"] == "en"
    assert [p["credit"] for p in clip["photos"]] == ["AP Photo/Eric Salvatore"] * 2
    assert clip["photos"][0]["caption"].startswith("Gyeonggi Province Governor speaks")
    assert not clip["photos"][0]["caption"].endswith(")")
    kinds = [(b["kind"], b["text"][:16]) for b in clip["body"]]
    assert ("subheading", "Pressure at home") in kinds
    body = "\n".join(b["text"] for b in clip["body"])
    for junk in ("Advertisement", "Copyright", "Related Stories", "AP Photo", "Share"):
        assert junk not in body
    assert body.startswith("SAN FRANCISCO (AP) — The governor")


def test_naver_portal_copy_gives_the_press_not_the_portal(run_cli, run_cli_json):
    clip = imported(run_cli, run_cli_json, "naver-style.txt")
    assert clip["outlet"] == "뉴스1"
    assert clip["title"] == "경기도 '늘편한AI케어' 치매 예방 서비스 31개 시군으로 확대"
    assert clip["byline"] == "최은영 기자"
    assert clip["published"] == "2025-02-03"  # 입력, not 수정
    assert clip["section"] == "사회"
    assert [(p["caption"], p["credit"]) for p in clip["photos"]] == [("경기도청 전경", "뉴스1 DB")]
    body = "\n".join(b["text"] for b in clip["body"])
    for junk in ("NAVER", "기사원문", "본문 요약봇", "Copyright", "chey@news1.kr", "섹션"):
        assert junk not in body
    assert len(clip["body"]) == 4


def test_second_ohmynews_article_same_rules(run_cli, run_cli_json):
    clip = imported(run_cli, run_cli_json, "ohmynews-style-2.txt")
    assert clip["outlet"] == "오마이뉴스"
    assert "시민기자" in clip["byline"]
    assert clip["source_keywords"] == ["청년기본소득", "경기도의회", "기자회견"]
    assert [(p["caption"], p["credit"]) for p in clip["photos"]] == [
        ("경기도의회 앞에서 열린 기자회견에서 한 참석자가 손팻말을 들고 있다.", "박정민"),
        ("청년 단체들이 경기도의회 의장에게 요구안을 전달하고 있다.", ""),
    ]
    assert [b["kind"] for b in clip["body"]] == [
        "paragraph", "paragraph", "subheading", "paragraph", "paragraph"
    ]
    assert clip["title"].startswith("경기도 31개 시군 청년 단체들이")


def test_daum_portal_copy(run_cli, run_cli_json):
    clip = imported(run_cli, run_cli_json, "daum-style.txt")
    assert clip["outlet"] == "경기일보"  # the press, not Daum
    assert clip["title"] == "경기도, 수원 광교에 '스타트업 천국' 2호 거점 연다"
    assert (clip["byline"], clip["published"]) == ("김하늘 기자", "2025-04-02")
    assert [(p["caption"], p["credit"]) for p in clip["photos"]] == [("광교 스타트업 거점 조감도.", "경기도")]
    assert [b["text"][:6] for b in clip["body"]] == ["경기도가 수", "도는 2일 ", "입주 기업은"]


def test_guardian_layout_headline_before_deck(run_cli, run_cli_json):
    clip = imported(run_cli, run_cli_json, "guardian-style.txt")
    assert clip["title"] == "South Korean province bets on AI to spot early dementia"
    assert clip["outlet"] == "The Guardian"
    assert clip["byline"] == "Jane Marlow"
    assert clip["published"] == "2025-02-05"
    assert [(p["caption"][:20], p["credit"]) for p in clip["photos"]] == [
        ("An older resident us", "Kim Min-ji/The Guardian")
    ]
    texts = [b["text"] for b in clip["body"]]
    assert texts[0].startswith("A South Korean province") and texts[-1].startswith("Civil liberties")
    assert "Pilot scheme analyses" not in "\n".join(texts)  # the deck is not body


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("장관이 발언하고 있다. [경기도 제공. 재판매 및 DB 금지]", "장관이 발언하고 있다.", "경기도"),
        ("시민들이 행진하고 있다. (사진=수원시 제공)", "시민들이 행진하고 있다.", "수원시"),
        ("The mayor waves. (AP Photo/Jane Roe)", "The mayor waves.", "AP Photo/Jane Roe"),
        ("Crowds gather. Photograph: Jane Roe/Reuters", "Crowds gather.", "Jane Roe/Reuters"),
        ("Crowds gather. REUTERS/Jane Roe", "Crowds gather.", "REUTERS/Jane Roe"),
        ("Fans cheer (AFP via Getty Images)", "Fans cheer", "AFP via Getty Images"),
        ("전경 ⓒ 오마이뉴스", "전경", "오마이뉴스"),
        ("No credit in this one.", "No credit in this one.", ""),
    ],
)
def test_split_credit_patterns(line, caption, credit):
    from clipper.importers.captions import split_credit

    assert split_credit(line) == (caption, credit)


def test_body_sentence_year_is_not_the_date():
    text = (
        "Governor visits startups\n\n"
        "In 2018 the company won approval, and by 2024 it had 1,600 hospitals as clients.\n"
        "Officials said on May 9, 2024 that talks would continue into the summer months.\n"
    )
    assert parse_text(text).published is None


def test_byline_with_email_at_the_foot_is_not_body():
    text = (
        "Empty houses become guesthouses\n\n"
        "The city has helped renovate 38 houses since 2023, covering most of the cost.\n\n"
        "Residents say the program has brought life back to the old alleys of the town.\n\n"
        "By Jane Roe (jroe@example.com)\n"
    )
    draft = parse_text(text)
    assert draft.byline == "Jane Roe"
    assert all("jroe@" not in block.text for block in draft.body)


def test_control_characters_in_a_copied_text_are_stripped(tmp_path, run_cli, run_cli_json):
    text = ("Harbour town\x1b]0;pwned\x07 votes to rebuild its seawall\n\n"
            "By Jane\x1b[31m Doe\n\n"
            "PORT ELLIS, Maine (AP) — Residents voted on Thursday\x08 to rebuild the seawall "
            "that winter storms broke twice, after a long meeting in the school gym.\n\n"
            "The town will borrow most of the money and ask the state for the rest, the "
            "selectmen said, and work should begin before the autumn storms.\n")
    path = tmp_path / "copied.txt"
    path.write_text(text, encoding="utf-8")
    status, out, err = run_cli("import", path)
    assert status == 0, out + err
    clip = run_cli_json("show", "1")
    assert clip["title"] == "Harbour town votes to rebuild its seawall"
    assert clip["byline"] == "Jane Doe"
    body = "\n".join(b["text"] for b in clip["body"])
    assert "Residents voted on Thursday to rebuild" in body
    assert not any(ord(c) < 32 and c != "\n" for c in body + clip["title"] + clip["byline"])


@pytest.mark.parametrize("name, photo_title, caption_start, paragraphs", [
    ("yonhap-style-2.txt", "경기도청 전경", "경기도청 광교 신청사 전경", 4),
    ("news1-style.txt", "반도체 특화단지 찾은 도지사", "도지사가 20일 용인", 3),
])
def test_agency_photo_title_and_tip_line_stay_out_of_the_body(run_cli, run_cli_json, name,
                                                              photo_title, caption_start,
                                                              paragraphs):
    clip = imported(run_cli, run_cli_json, name)
    body = "\n".join(b["text"] for b in clip["body"])
    assert photo_title not in body
    assert not any(b["kind"] == "subheading" for b in clip["body"])
    assert "제보" not in body and "okjebo" not in body and "카카오톡" not in body
    assert len(clip["photos"]) == 1 and caption_start in clip["photos"][0]["caption"]
    assert len(clip["body"]) == paragraphs
