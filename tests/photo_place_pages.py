"""Pages and copied texts of our own for photo places (issue 13), in two outlets' layouts:
an OhmyNews-like Korean page (body text in one box, line breaks between paragraphs,
photos in layout tables) and an AP-like English page (<p> paragraphs, <figure>s)."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

OHMY_PARAGRAPHS = [
    "대구 북구의 한 오래된 주택가. 골목 끝 빌라 1층에 '반딧불 작은도서관' 간판이 걸려 있다. "
    "10년 전 주민 다섯 명이 집에 있던 책을 모아 문을 열었다.",
    "지금은 책이 6천 권으로 늘었고, 회원은 120명이 됐다. 도서관을 지키는 일은 모두 "
    "자원봉사로 돌아간다고 모임 대표는 설명했다.",
    "모임은 도서관만 운영하지 않는다. 매달 마지막 토요일에는 동네 앞을 흐르는 개울에 "
    "들어가 쓰레기를 줍고, 겨울에는 홀로 사는 어르신 댁에 연탄을 나른다.",
    "모임 대표 장은숙씨는 \"책을 빌리러 왔던 아이들이 자라서 이제는 개울 청소에 먼저 "
    "나선다\"며 웃었다. 구청은 내년부터 운영비 일부를 지원하기로 했다.",
]
AP_PARAGRAPHS = [
    "BOSTON (AP) — Massachusetts approved its largest offshore wind project on Tuesday, "
    "a 1,200-megawatt farm south of Martha's Vineyard that officials say could power "
    "half a million homes by the end of the decade.",
    "The project still needs federal permits, and fishing groups have asked the state to "
    "delay construction until a study of its effect on scallop beds is finished.",
    "Governor Maura Healey said the approval keeps the state on track to meet its climate "
    "targets, and that the port of New Bedford would host the turbines' assembly.",
    "Construction is expected to begin in 2027, with the first turbines turning two years "
    "later, according to the developer's filing with state regulators.",
]

OHMY_PAGE = """<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>골목 도서관 10년, 주민이 지켜낸 책방 - 오마이뉴스</title>
<meta property="og:site_name" content="오마이뉴스">
<meta property="og:title" content="골목 도서관 10년, 주민이 지켜낸 책방">
</head><body>
<div id="gnb"><ul><li><a href="/">전체기사</a></li><li><a href="/s">사회</a></li>
<li><a href="/p">정치</a></li></ul></div>
<div class="article_head"><h2 class="title">골목 도서관 10년, 주민이 지켜낸 책방</h2>
<div class="info_data">2025.05.10 14:02</div></div>
<div class="at_contents" id="at_contents">
<table class="photo_boxing" align="center"><tr><td>
<div class="photo"><img src="{files}/IE003400001.jpg" alt="작은도서관" width="600" height="400"></div>
<div class="photo_caption">반딧불 모임 회원들이 작은도서관에서 아이들에게 책을 읽어주고 있다. ⓒ 서하람</div>
<div class="photo_link"><a href="#">관련사진보기</a></div>
</td></tr></table>
{p0}<br><br>
{p1}<br><br>
<table class="photo_boxing" align="center"><tr><td>
<div class="photo"><img src="{files}/IE003400002.jpg" alt="개울 청소" width="600" height="400"></div>
<div class="photo_caption">반딧불 모임 회원들이 동네 개울에서 쓰레기를 줍고 있다. ⓒ 서하람</div>
<div class="photo_link"><a href="#">관련사진보기</a></div>
</td></tr></table>
{p2}<br><br>
{p3}
</div>
<div class="tag_area">태그:#작은도서관, #자원봉사</div>
<div class="footer">Copyright ⓒ OhmyNews All rights reserved.</div>
</body></html>
"""

AP_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Massachusetts approves its largest offshore wind farm | AP News</title>
<meta property="og:site_name" content="AP News">
<meta property="og:title" content="Massachusetts approves its largest offshore wind farm">
</head><body>
<nav class="Page-header-navigation"><a href="/world">World</a> <a href="/us">U.S.</a></nav>
<main class="Page-main">
<h1 class="Page-headline">Massachusetts approves its largest offshore wind farm</h1>
<div class="Page-byline">By JANE DOE <span class="Timestamp">Updated 4:12 PM EDT, June 3, 2025</span></div>
<div class="RichTextStoryBody RichTextBody">
<figure class="Figure"><picture><img class="Image" src="{files}/wind1.jpg" alt="turbines" width="900" height="600"></picture>
<figcaption class="Figure-caption"><p>Wind turbines stand off the coast of Block Island, R.I., Tuesday, June 3, 2025. (AP Photo/Steven Senne)</p></figcaption></figure>
<p>{p0}</p>
<p>{p1}</p>
<div class="Advertisement"><span>Advertisement</span></div>
<figure class="Figure"><picture><img class="Image" src="{files}/wind2.jpg" alt="port" width="900" height="600"></picture>
<figcaption class="Figure-caption"><p>Cranes stand at the New Bedford Marine Commerce Terminal in New Bedford, Mass., Monday, June 2, 2025. (AP Photo/Michael Dwyer)</p></figcaption></figure>
<p>{p2}</p>
<p>{p3}</p>
</div></main>
<footer class="Page-footer">Copyright 2025 The Associated Press. All Rights Reserved.</footer>
</body></html>
"""


def jpeg(colour: str) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (600, 400), colour).save(buf, "JPEG")
    return buf.getvalue()


def write_page(folder: Path, name: str, template: str, paragraphs: list[str],
               images: list[str]) -> Path:
    """A saved page with its `_files` folder holding the named photos."""
    folder.mkdir(parents=True, exist_ok=True)
    files = f"{name}_files"
    (folder / files).mkdir(exist_ok=True)
    for n, image in enumerate(images):
        (folder / files / image).write_bytes(jpeg(("navy", "darkgreen", "maroon")[n % 3]))
    page = folder / f"{name}.html"
    page.write_text(template.format(files=files, **{f"p{i}": p for i, p in enumerate(paragraphs)}),
                    encoding="utf-8")
    return page


def ohmy_page(folder: Path, template: str = OHMY_PAGE) -> Path:
    return write_page(folder, "ohmy_library", template, OHMY_PARAGRAPHS,
                      ["IE003400001.jpg", "IE003400002.jpg"])


def ap_page(folder: Path, template: str = AP_PAGE) -> Path:
    return write_page(folder, "ap_wind", template, AP_PARAGRAPHS, ["wind1.jpg", "wind2.jpg"])
