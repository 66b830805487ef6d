"""Korean outlets' page layouts (our own pages in their markup): no paragraph or
subheading lost where the page's structure is plain, no byline widget in the body, the
byline found wherever the page prints it."""

from __future__ import annotations

from pathlib import Path

import pytest

SENTENCES = [
    "경기도는 {n}일 도청에서 반도체 인재 양성 계획을 발표하고 앞으로 5년간 전문 인력을 키우겠다고 밝혔다.",
    "도는 대학과 기업이 함께 만드는 교육 과정을 {n}개 신설하고 실습 장비 구입비도 지원한다.",
    "도 관계자는 \"현장에서 바로 일할 수 있는 인재를 {n}년 안에 길러내는 것이 목표\"라고 말했다.",
]


def _sentence(n: int) -> str:
    return SENTENCES[n % 3].format(n=n + 1)


def _page(title: str, article: str, head: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>{title}</title><meta property="og:title" content="{title}">{head}</head><body>
<div id="header"><ul class="gnb"><li><a href="/">홈</a></li><li><a href="/economy">경제</a></li>
<li><a href="/politics">정치</a></li><li><a href="/society">사회</a></li></ul></div>
{article}
<div class="related_news"><h3>관련 기사</h3><ul><li><a href="/1">다른 기사 제목 하나입니다</a></li>
<li><a href="/2">다른 기사 제목 둘입니다</a></li></ul></div>
<div id="footer"><p>ⓒ 무단전재 및 재배포 금지</p></div></body></html>"""


def _import(service, tmp_path: Path, html: str):
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    [outcome] = service.import_paths([path])
    assert outcome.status == "imported", outcome.reason
    return service.get(outcome.clipping_id)


def _text_body(figure: str, subhead: str) -> tuple[str, list[str], list[str]]:
    """17 paragraphs written as text and <br>s, a photo after the 3rd, two subheadings."""
    html, paragraphs, heads = "", [], []
    for n in range(17):
        if n in (5, 11):
            head = ["대학·기업 공동 교육과정 신설", "취업 연계 지원도 강화"][n > 5]
            html += subhead.format(head) + "<br><br>"
            heads.append(head)
        if n == 3:
            html += figure
        html += _sentence(n) + "<br><br>\n"
        paragraphs.append(_sentence(n))
    return html, paragraphs, heads


HANKYUNG = ('<div class="article-wrap"><h1 class="headline">{title}</h1>'
            '<div class="article-body" id="articletxt" itemprop="articleBody">{body}</div></div>')
HANKYUNG_FIGURE = ('<div class="article-figure"><figure class="figure-img">'
                   '<img src="https://img.example.co.kr/photo/202405/01.jpg" width="640" height="427">'
                   '<figcaption class="txt-caption">경기도청 전경. 경기도 제공</figcaption></figure></div>')
MAEKYUNG = ('<div class="news_detail_wrap"><h2 class="news_ttl">{title}</h2>'
            '<div class="news_cnt_detail_wrap" itemprop="articleBody"><div class="art_txt">{body}'
            '</div></div></div>')
MAEKYUNG_FIGURE = ('<div class="thumb_area img"><span class="thum_figure"><img '
                   'src="https://img.example.com/news/2024/05/09/image.jpg" alt="경기도청"></span>'
                   '<p class="thum_figure_txt">경기도청 전경 [사진 = 경기도]</p></div>')


@pytest.mark.parametrize("layout, figure, subhead", [
    (HANKYUNG, HANKYUNG_FIGURE, "<strong>◆ {}</strong>"),
    (MAEKYUNG, MAEKYUNG_FIGURE, "<b>■ {}</b>"),
])
def test_text_and_br_body_keeps_every_paragraph_and_subheading(service, tmp_path, layout,
                                                               figure, subhead):
    title = "경기도, 반도체 인재 1만명 키운다"
    body, paragraphs, heads = _text_body(figure, subhead)
    clip = _import(service, tmp_path, _page(title, layout.format(title=title, body=body)))
    assert [b.text for b in clip.body if b.kind == "paragraph"] == paragraphs
    assert [b.text for b in clip.body if b.kind == "subheading"] == heads
    assert len(clip.photos) == 1


def _p_article(top: str, cls: str = "") -> str:
    paragraphs = "".join(f'<p class="{cls}">{_sentence(n)}</p>' for n in range(6))
    return (f'<div class="article"><h1 class="title">경기도 반도체 인재 양성 계획 발표</h1>'
            f'<div class="article-body">{top}{paragraphs}</div></div>')


@pytest.mark.parametrize("top", [
    # 한국일보: a byline widget naming the first of two reporters, as a body paragraph
    '<p class="editor-p"><a href="/reporter/1">박준석 기자</a> 외 1명</p>',
    # another paper: the deck first, then the widget
    '<p class="editor-p">경기도가 반도체 인재를 키운다</p><p class="editor-p">박준석 기자 외 2명</p>',
])
def test_a_byline_widget_is_not_left_in_the_body(service, tmp_path, top):
    clip = _import(service, tmp_path, _page("경기도 반도체 인재 양성 계획 발표",
                                            _p_article(top, "editor-p")))
    assert "외 1명" not in clip.body_text() and "외 2명" not in clip.body_text()
    assert "박준석 기자" not in clip.body_text()
    assert clip.byline == "박준석 기자"


@pytest.mark.parametrize("info", [
    # Daum News: byline and date as plain `txt_info` spans under the headline
    '<div class="info_view"><span class="txt_info">홍길동 기자</span>'
    '<span class="txt_info">입력 <span class="num_date">2024. 5. 9. 10:00</span></span></div>',
    # another portal copy: only at the foot of the body, with the reporter's address
    None,
])
def test_the_byline_of_a_portal_copy_is_found(service, tmp_path, info):
    paragraphs = "".join(f"<p>{_sentence(n)}</p>" for n in range(6))
    foot = "" if info else "<p>홍길동 기자 hong@yna.co.kr</p>"
    article = ('<div class="article_view"><h3 class="tit_view">경기도 반도체 인재 양성 계획 발표</h3>'
               f'{info or ""}<section dmcf-sid="x">{paragraphs}{foot}</section></div>')
    head = '<meta property="og:article:author" content="연합뉴스">'
    clip = _import(service, tmp_path, _page("경기도 반도체 인재 양성 계획 발표 | 다음뉴스",
                                            article, head))
    assert clip.byline == "홍길동 기자"
    assert "hong@yna.co.kr" not in clip.body_text()
