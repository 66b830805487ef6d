"""Saved web pages (.html with a `_files` folder) import with photos, captions and metadata."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from PIL import Image

from clipper.importers.html_decode import decode_html, looks_truncated
from clipper.importers.source import Source
from tests.conftest import DATA
from tests.local_http import http_server  # noqa: F401 (pytest fixture)

HTML_DATA = DATA / "html"


def _import_one(service, path: Path):
    [outcome] = service.import_paths([path])
    assert outcome.status == "imported", outcome.reason
    return outcome, service.get(outcome.clipping_id)


def _jpeg(colour=(90, 90, 90), size=(40, 30)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, colour).save(buf, "JPEG")
    return buf.getvalue()


def test_yonhap_like_page_with_files_folder(service):
    _, clip = _import_one(service, HTML_DATA / "yna_article.html")
    assert clip.title == "경기도, 반도체 인재 1만명 키운다…5년간 3천억 투입"
    assert clip.outlet == "연합뉴스"
    assert clip.published.isoformat() == "2024-05-09"
    assert "홍길동" in clip.byline
    assert clip.language == "ko"
    assert clip.source_kind == "html"
    assert clip.url == "https://www.yna.co.kr/view/AKR20240509000100061"
    assert clip.source_keywords == ["경기도", "반도체", "인재양성"]
    # Two article photos, in order, each with its own caption and credit; the logo and
    # the related-article thumbnail are not the article's photos.
    assert [(p.caption, p.credit) for p in clip.photos] == [
        ("경기도청 광교 신청사 전경", "경기도"),
        ("지난 3월 경기 화성의 한 대학에서 학생들이 반도체 공정 실습을 하고 있다.", "연합뉴스"),
    ]
    assert [p.src for p in clip.photos] == [
        "yna_article_files/PYH2024050901.jpg", "yna_article_files/AKR2024050902.jpg"]
    first = clip.photos[0]
    stored = service.root / first.image
    assert stored.read_bytes() == (HTML_DATA / "yna_article_files/PYH2024050901.jpg").read_bytes()
    assert (first.width, first.height) == (64, 48)
    body = clip.body_text()
    assert body.startswith("(수원=연합뉴스) 홍길동 기자 = 경기도가")
    assert body.endswith("모집할 계획이다.")
    # Captions, menus, related articles, share buttons and the copyright stay out.
    for furniture in ("재판매", "자료사진", "공정 실습을 하고", "관련 뉴스", "청년 일자리",
                      "스크랩", "Copyright", "본문 바로가기", "hong@yna.co.kr"):
        assert furniture not in body


def test_ap_like_page_credits_and_local_date(service):
    _, clip = _import_one(service, HTML_DATA / "ap_story.html")
    assert clip.title == "Harbor town votes to rebuild its seawall after winter storms"
    assert clip.outlet == "Associated Press"
    # 22:30 in New York on May 9 is May 10 in UTC: the page's own date is kept.
    assert clip.published.isoformat() == "2024-05-09"
    assert clip.byline == "Jane Doe, John Roe"
    assert clip.language == "en"
    assert [(p.caption, p.credit, p.src) for p in clip.photos] == [
        ("Waves break over the damaged seawall in Port Ellis, Maine, on Feb. 12, 2024.",
         "AP Photo/Mary Major", "ap_story_files/ap-harbor.jpg"),
        ("Residents raise voting cards during the town meeting in Port Ellis, Maine, "
         "Thursday, May 9, 2024.", "AP Photo/Jane Doe", "ap_story_files/ap-council-vote.jpg"),
    ]
    assert all(p.image for p in clip.photos)
    body = clip.body_text()
    assert body.startswith("PORT ELLIS, Maine (AP) — Residents")
    assert "AP Photo" not in body and "Related Stories" not in body and "Share" not in body
    assert len(clip.body) == 5


def test_naver_portal_page_names_the_press_not_the_portal(service):
    _, clip = _import_one(service, HTML_DATA / "naver_news.html")
    assert clip.outlet == "한국일보"
    assert clip.title == "서울시, 한강 수상버스 10월 운항 시작"
    assert clip.published.isoformat() == "2024-07-02"
    assert clip.byline == "김영희 기자"
    [photo] = clip.photos
    assert photo.caption == ("오세훈 서울시장이 2일 서울 여의도 한강공원 선착장에서 "
                             "수상버스 시제선을 살펴보고 있다")
    assert photo.credit == "연합뉴스"
    # A saved page's remote photo is not downloaded: its address is kept.
    assert photo.src.startswith("https://imgnews.pstatic.net/") and photo.image is None
    body = clip.body_text()
    assert body.startswith("서울시가 한강을 오가는 수상버스를")
    assert "Copyright" not in body and "younghee@" not in body and "주요뉴스" not in body
    assert len(clip.body) == 4


def test_euc_kr_page_decodes_and_keeps_its_photo(service):
    raw = (HTML_DATA / "ohmy_euckr.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # the fixture really is EUC-KR
    _, clip = _import_one(service, HTML_DATA / "ohmy_euckr.html")
    assert clip.title == "폐교가 마을 도서관으로... 주민 손으로 살린 학교"
    assert clip.outlet == "오마이뉴스"
    assert clip.published.isoformat() == "2024-03-15"
    assert clip.byline == "이민수"
    [photo] = clip.photos
    assert photo.caption == ("충남 홍성군 한 마을 주민들이 옛 분교 건물을 고쳐 만든 "
                             "도서관에서 책을 고르고 있다.")
    assert photo.credit == "이민수"
    assert photo.image and (service.root / photo.image).exists()
    body = clip.body_text()
    assert body.startswith("충남 홍성군의 한 마을에는") and body.endswith("웃었다.")
    assert "관련사진보기" not in body and "시민기자" not in body


def test_charset_sources_in_order():
    euc = "<html><head><meta charset='euc-kr'></head><body>한국어 본문</body></html>"
    data = euc.encode("euc-kr")
    assert decode_html(data)[0].endswith("한국어 본문</body></html>")
    # The HTTP header's charset wins over <meta>; a BOM wins over both.
    utf8 = euc.replace("euc-kr", "utf-8").encode("utf-8")
    assert decode_html(utf8, "utf-8")[1] == "utf-8"
    assert decode_html(b"\xef\xbb\xbf" + utf8, "euc-kr")[1] == "utf-8-sig"
    # A page saved as UTF-8 that still declares EUC-KR is read as UTF-8.
    resaved = euc.encode("utf-8")
    assert "한국어 본문" in decode_html(resaved)[0]
    # No declaration at all: detection (CP949 after UTF-8 fails).
    bare = "<html><body>선언 없는 한국어 페이지입니다</body></html>".encode("cp949")
    assert "선언 없는 한국어" in decode_html(bare)[0]


def test_drop_from_browser_imports_through_import_sources(service, http_server):  # noqa: F811
    """The GUI hands a drop over as text/html with its URL; photos come from the web."""
    page = (HTML_DATA / "ap_story.html").read_bytes()
    page = page.replace(b'src="ap_story_files/', b'src="/photos/')
    url = f"{http_server}/news/harbor"
    [outcome] = service.import_sources(
        [Source(name=url, data=page, url=url, content_type="text/html")])
    assert outcome.status == "imported", outcome.reason
    clip = service.get(outcome.clipping_id)
    assert clip.title.startswith("Harbor town votes")
    assert clip.url == url
    assert [p.credit for p in clip.photos] == ["AP Photo/Mary Major", "AP Photo/Jane Doe"]
    assert all(p.image for p in clip.photos)
    assert clip.photos[0].src == f"{http_server}/photos/ap-harbor.jpg"


def test_folder_import_skips_files_folders(service, tmp_path):
    folder = tmp_path / "saved"
    shutil.copytree(HTML_DATA, folder)
    outcomes = service.import_paths([folder])
    names = sorted(Path(o.item).name for o in outcomes)
    assert names == ["ap_story.html", "hani_saved.mhtml", "naver_news.html", "ohmy_euckr.html",
                     "yna_article.html"]
    assert all(o.status == "imported" for o in outcomes), [o.reason for o in outcomes]


# ---- bad input ----------------------------------------------------------------------------


def test_truncated_page_is_refused_and_nothing_stored(service, tmp_path):
    whole = (HTML_DATA / "ap_story.html").read_text(encoding="utf-8")
    cut = tmp_path / "cut.html"
    cut.write_text(whole[: len(whole) * 2 // 3].rsplit(" ", 1)[0], encoding="utf-8")
    good = tmp_path / "good.html"
    good.write_text(whole, encoding="utf-8")
    outcomes = service.import_paths([cut, good])
    assert [o.status for o in outcomes] == ["failed", "imported"]
    assert "cut off" in outcomes[0].reason
    assert service.count() == 1
    assert looks_truncated(whole[: whole.index("<main")] + "<p>half a sent")
    assert not looks_truncated(whole)


def test_page_without_article(service, tmp_path):
    page = tmp_path / "index.html"
    page.write_text("<html><head><title>Home</title></head><body><nav><a href='/a'>News</a>"
                    "<a href='/b'>Sport</a></nav><footer>© Site</footer></body></html>",
                    encoding="utf-8")
    [outcome] = service.import_paths([page])
    assert outcome.status == "failed"
    assert outcome.reason.startswith("no article found")
    assert service.count() == 0


def test_page_over_the_size_limit(service, tmp_path):
    page = tmp_path / "huge.html"
    with page.open("wb") as fh:
        fh.write(b"<html><body>")
        fh.truncate(50 * 1024 * 1024)
    outcomes = service.import_paths([page, HTML_DATA / "ap_story.html"])
    assert outcomes[0].status == "failed" and "50 MB" in outcomes[0].reason
    assert outcomes[1].status == "imported"


def _page_with_photos(tmp_path: Path, photos: dict[str, bytes]) -> Path:
    files = tmp_path / "story_files"
    files.mkdir()
    figures = ""
    for n, (name, data) in enumerate(photos.items()):
        (files / name).write_bytes(data)
        figures += (f'<figure><img src="story_files/{name}"><figcaption>Photo number {n} of the '
                    f'harbor. (AP Photo/Jane Doe)</figcaption></figure>')
    body = "".join(f"<p>Paragraph {i} of a story long enough to be an article, with words.</p>"
                   for i in range(6))
    page = tmp_path / "story.html"
    page.write_text(f"<html><head><title>A story about photos</title></head><body><article>"
                    f"<h1>A story about photos</h1>{figures}{body}</article></body></html>",
                    encoding="utf-8")
    return page


def test_broken_and_bomb_images_become_warnings(service, tmp_path):
    # A PNG that declares 30000 x 30000 pixels (900 MP) in a few hundred bytes.
    buf = io.BytesIO()
    Image.new("1", (30000, 30000)).save(buf, "PNG")
    bomb = buf.getvalue()
    assert len(bomb) < 200_000
    page = _page_with_photos(tmp_path, {
        "good.jpg": _jpeg(), "broken.jpg": _jpeg()[:200], "bomb.png": bomb})
    [outcome] = service.import_paths([page])
    assert outcome.status == "imported"
    assert "broken.jpg" in outcome.reason and "bomb.png" in outcome.reason
    assert "too large to decode safely" in outcome.reason
    clip = service.get(outcome.clipping_id)
    assert [bool(p.image) for p in clip.photos] == [True, False, False]
    assert [p.credit for p in clip.photos] == ["AP Photo/Jane Doe"] * 3
    stored = list((service.root / "media").rglob("*.*"))
    assert len(stored) == 1  # only the good photo was written


def test_photo_outside_the_page_folder_is_not_read(service, tmp_path):
    secret = tmp_path / "secret.jpg"
    secret.write_bytes(_jpeg((1, 2, 3)))
    page_dir = tmp_path / "pages"
    page_dir.mkdir()
    page = _page_with_photos(page_dir, {"ok.jpg": _jpeg()})
    html = page.read_text(encoding="utf-8").replace("story_files/ok.jpg", "../secret.jpg")
    page.write_text(html, encoding="utf-8")
    [outcome] = service.import_paths([page])
    clip = service.get(outcome.clipping_id)
    assert clip.photos[0].src == "../secret.jpg" and clip.photos[0].image is None


def test_next_js_page_with_the_article_only_in_its_script_payload(service, tmp_path):
    """Next.js pages can ship the body only as a React Server Components text row."""
    import json

    article = ('<div class="editor-img-box"><img src="https://img.example.kr/2026/01/a.jpg">'
               '<div class="caption"><p>시민들이 29일 서울 광화문광장을 걷고 있다. 연합뉴스</p></div>'
               '</div><p class="editor-p">서울시가 광화문광장에 그늘막 40개를 새로 세운다고 '
               '29일 밝혔다.</p><p class="editor-p">그늘막은 다음 달부터 차례로 들어서며 '
               '여름철 폭염에 대비한 조치다.</p>')
    row = f"24:T{len(article.encode('utf-8')):x},{article}"
    pushes = "".join(
        f"<script>self.__next_f.push([1,{json.dumps(part)}])</script>"
        for part in ('1:I[123,[],"Page"]\n', row[:60], row[60:] + "\n"))
    page = tmp_path / "next.html"
    page.write_text(
        '<html><head><meta property="og:title" content="광화문광장에 그늘막 40개-사회ㅣ한국일보">'
        '<meta property="og:site_name" content="한국일보"><meta name="author" content="한국일보">'
        '<meta name="author" content="신현주 기자"></head>'
        f'<body><div id="__next"></div>{pushes}</body></html>', encoding="utf-8")
    _, clip = _import_one(service, page)
    assert clip.title == "광화문광장에 그늘막 40개"
    assert clip.byline == "신현주 기자"
    assert clip.outlet == "한국일보"
    assert [b.text for b in clip.body] == [
        "서울시가 광화문광장에 그늘막 40개를 새로 세운다고 29일 밝혔다.",
        "그늘막은 다음 달부터 차례로 들어서며 여름철 폭염에 대비한 조치다."]
    [photo] = clip.photos
    assert (photo.caption, photo.credit) == ("시민들이 29일 서울 광화문광장을 걷고 있다", "연합뉴스")


def test_korean_page_and_folder_names_with_percent_encoded_links(service, tmp_path):
    """Browsers name the folder after the page title and may percent-encode the links."""
    from urllib.parse import quote

    files = tmp_path / "경기도 반도체 인재_files"
    files.mkdir()
    photo = (HTML_DATA / "yna_article_files" / "PYH2024050901.jpg").read_bytes()
    (files / "사진 1.jpg").write_bytes(photo)
    html = (HTML_DATA / "yna_article.html").read_text(encoding="utf-8").replace(
        "yna_article_files/PYH2024050901.jpg", quote("./경기도 반도체 인재_files/사진 1.jpg"))
    page = tmp_path / "경기도 반도체 인재.html"
    page.write_text(html, encoding="utf-8")
    _, clip = _import_one(service, page)
    assert clip.photos[0].credit == "경기도"
    assert (service.root / clip.photos[0].image).read_bytes() == photo
    assert clip.photos[1].image is None  # its file is not in this folder: caption kept


def _dateless_page(tmp_path: Path, canonical: str) -> Path:
    body = "".join(f"<p>Sentence {i} of an undated story about the harbor and its seawall.</p>"
                   for i in range(5))
    page = tmp_path / "undated.html"
    page.write_text(
        f'<html><head><title>An undated story</title><link rel="canonical" href="{canonical}">'
        '</head><body><article><h1>An undated story</h1><figure>'
        '<img src="https://cdn.example.com/uploads/2024/01/01/photo.jpg">'
        f"<figcaption>The harbor. (AP Photo/Jane Doe)</figcaption></figure>{body}</article>"
        "</body></html>", encoding="utf-8")
    return page


def test_no_date_is_invented_from_an_image_path(service, tmp_path):
    _, clip = _import_one(service, _dateless_page(tmp_path, "https://news.example.com/story"))
    assert clip.published is None


def test_date_from_the_page_address(service, tmp_path):
    page = _dateless_page(tmp_path, "https://news.example.com/2025/04/01/harbor-story/")
    _, clip = _import_one(service, page)
    assert clip.published.isoformat() == "2025-04-01"


def test_dropped_selection_fragment(service):
    """A browser drop of a selection: no <html>, no <head>, a heading and paragraphs."""
    from tests.local_http import unused_port

    url = f"http://127.0.0.1:{unused_port()}/mnews/article/469/0000801234"  # nothing answers
    fragment = (
        '<meta charset="utf-8"><h2>서울시, 한강 수상버스 10월 운항</h2>'
        "<p>서울시가 한강을 오가는 수상버스를 10월부터 정식 운항한다고 2일 밝혔다. "
        "수상버스는 마곡에서 잠실까지 7개 선착장을 잇는다.</p>"
        '<figure><img src="/photos/missing.jpg"><figcaption>시제선을 살펴보는 시민들. '
        "[연합뉴스 자료사진]</figcaption></figure>"
        "<p>요금은 지하철 기본요금과 같은 1,500원으로 정했다.</p>")
    [outcome] = service.import_sources(
        [Source(name=url, data=fragment.encode("utf-8"), url=url, content_type="text/html")])
    assert outcome.status == "imported", outcome.reason
    clip = service.get(outcome.clipping_id)
    assert clip.title == "서울시, 한강 수상버스 10월 운항"
    assert clip.url == url and clip.source_kind == "url"
    assert [b.text for b in clip.body][-1] == "요금은 지하철 기본요금과 같은 1,500원으로 정했다."
    [photo] = clip.photos
    assert (photo.caption, photo.credit) == ("시제선을 살펴보는 시민들.", "연합뉴스")
    # Its photo could not be fetched: a warning, and the clipping keeps the caption.
    assert photo.image is None and "photo 1" in outcome.reason
    assert "connection refused" in outcome.reason


def test_single_file_save_with_embedded_photos(service, tmp_path):
    """SingleFile-style saves put each photo in the page as a data: URI."""
    import base64

    photo = _jpeg((200, 10, 10), size=(120, 90))
    uri = "data:image/jpeg;base64," + base64.b64encode(photo).decode()
    pixel = "data:image/gif;base64,R0lGODlhAQABAAAAACw="  # a lazy-loading placeholder
    body = "".join(f"<p>Paragraph {i} of a page saved as one file, with its photo inside.</p>"
                   for i in range(4))
    page = tmp_path / "single.html"
    page.write_text(
        "<html><head><title>Saved as one file</title></head><body><article>"
        f'<h1>Saved as one file</h1><figure><img src="{uri}"><figcaption>The harbor at dawn. '
        f'(AP Photo/Jane Doe)</figcaption></figure><img src="{pixel}" alt="">{body}'
        "</article></body></html>", encoding="utf-8")
    _, clip = _import_one(service, page)
    [stored] = clip.photos
    assert stored.credit == "AP Photo/Jane Doe"
    assert stored.src == "data:image/jpeg;base64,…"
    assert (service.root / stored.image).read_bytes() == photo


# ---- the headline among a page's title sources ---------------------------------------------

_TITLE_BODY = (
    "<p>Der Stadtrat hat am Dienstagabend mit großer Mehrheit beschlossen, die alte Brücke "
    "über den Mühlbach bis zum Herbst vollständig zu erneuern.</p>"
    "<p>Die Arbeiten sollen im Mai beginnen; der Verkehr wird über die Umgehungsstraße "
    "geleitet, teilte die Stadtverwaltung mit.</p>")


def _title_of(head: str, body: str) -> str:
    """The title the HTML importer gives a page with this <head> and <body> (no photos)."""
    from clipper.importers.html import read_page

    page = f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"
    source = Source(name="page.html", data=page.encode("utf-8"))
    return read_page(source, kind="html", download_photos=False).title


def _json_ld(headline: str) -> str:
    return ('<script type="application/ld+json">{"@context": "https://schema.org", '
            f'"@type": "NewsArticle", "headline": "{headline}"}}</script>')


def test_escaped_json_ld_headline_is_decoded():
    """CMSs often write JSON-LD HTML-escaped; the headline must not keep '&quot;'."""
    head = (_json_ld("Trainer Weber: &quot;Wir haben nichts mehr zu verlieren&quot;")
            + '<meta property="og:site_name" content="Sportblatt">')
    body = "<article><p>Nach der dritten Niederlage in Folge ...</p>" + _TITLE_BODY + "</article>"
    assert _title_of(head, body) == 'Trainer Weber: "Wir haben nichts mehr zu verlieren"'


def test_breadcrumb_h1_gives_way_to_the_printed_headline():
    """A Stuttgart-style page: its <h1> is the last item of a breadcrumb trail (the SEO
    title, as in JSON-LD), while the article header prints a kicker over the headline that
    og:title gives. The printed headline wins, without its kicker."""
    head = (_json_ld("Brücke am Mühlbach wird erneuert")
            + '<meta property="og:title" content="Mühlbachbrücke: Bauarbeiten beginnen im Mai">'
            + "<title>Brücke am Mühlbach wird erneuert | Beispielstädter Zeitung</title>")
    body = ('<div class="brick mod-breadcrumb"><ol class="breadcrumb">'
            '<li class="breadcrumb-item"><a href="/">Start</a></li>'
            '<li class="breadcrumb-item"><h1>Brücke am Mühlbach wird erneuert</h1></li></ol></div>'
            '<article class="article"><header class="article__header">'
            '<h2 class="title__heading"><span class="title__kicker">Verkehr</span>'
            '<span class="title__headline">Mühlbachbrücke: Bauarbeiten beginnen im Mai</span>'
            f"</h2></header>{_TITLE_BODY}</article>")
    assert _title_of(head, body) == "Mühlbachbrücke: Bauarbeiten beginnen im Mai"


def test_header_heading_that_matches_no_source_does_not_vote():
    """With no <h1>, a heading in some other header (the site's "today" box) is not the
    headline: only the <title> names it here."""
    head = ('<meta property="og:site_name" content="Beispielstädter Zeitung">'
            "<title>Neue Brücke für den Mühlbach - Beispielstädter Zeitung</title>")
    body = ('<header class="site-header"><h2>Unsere Themen am Dienstag</h2></header>'
            f"<article>{_TITLE_BODY}</article>")
    assert _title_of(head, body) == "Neue Brücke für den Mühlbach"


def test_kicker_heading_votes_for_the_whole_when_a_source_gives_the_whole():
    """og:title and JSON-LD keep the kicker: the kicker + headline <h1> agrees with them, and
    the shown form is og:title's (a heading's pieces lose the colon)."""
    head = (_json_ld("Mühlbach - Brücke wird ab Mai erneuert")
            + '<meta property="og:title" content="Mühlbach: Brücke wird ab Mai erneuert">')
    body = ('<article><header><h1><span class="kicker">Mühlbach</span> '
            f'<span class="headline">Brücke wird ab Mai erneuert</span></h1></header>'
            f"{_TITLE_BODY}</article>")
    assert _title_of(head, body) == "Mühlbach: Brücke wird ab Mai erneuert"


def test_site_name_holding_the_domain_is_cut_from_og_title():
    """A regional paper: og:title ends with the paper's long name, which ends in the
    site's domain (abendpost.example); the page has no og:site_name."""
    head = ('<link rel="canonical" href="https://www.abendpost.example/2025/04/01/bruecke/">'
            '<meta property="og:title" '
            'content="„Brücke hält nicht mehr“ - Die Neue Oberösterreichische Abendpost">'
            "<title>„Brücke hält nicht mehr“ – Die Neue Oberösterreichische Abendpost</title>")
    body = f"<article><h1>„Brücke hält nicht mehr“</h1>{_TITLE_BODY}</article>"
    assert _title_of(head, body) == "„Brücke hält nicht mehr“"


def test_compound_word_at_the_end_is_not_cut_as_a_section():
    """"US-Dollar" before " - Site" is part of the headline; only a glued section name such
    as "-사회" is cut (see the Next.js test above)."""
    head = ('<meta property="og:site_name" content="Wochenpost">'
            '<meta property="og:title" '
            'content="Hafen erhält Zuschuss von fünf Millionen US-Dollar - Wochenpost">'
            "<title>Hafen erhält Zuschuss von fünf Millionen US-Dollar - Wochenpost</title>")
    body = f"<article><h1>Hafen erhält Zuschuss von fünf Millionen US-Dollar</h1>{_TITLE_BODY}"
    assert _title_of(head, body + "</article>") == \
        "Hafen erhält Zuschuss von fünf Millionen US-Dollar"


def test_title_that_is_only_the_site_name_does_not_vote():
    """Some pages leave og:title at the site's name; the headline is in the <title>."""
    head = ('<meta property="og:site_name" content="Beispielstädter Zeitung">'
            '<meta property="og:title" content="Beispielstädter Zeitung">'
            "<title>Neue Brücke für den Mühlbach | Beispielstädter Zeitung</title>")
    assert _title_of(head, f"<article>{_TITLE_BODY}</article>") == "Neue Brücke für den Mühlbach"


def test_headline_printed_in_an_hgroup_decides_between_sources():
    """A regional-group layout: the <h1> is a tiny copy in the section bar (inside <nav>),
    the printed headline is an <h2> in the article's <hgroup> under its kicker. It sides
    with the <title> against a social-media og:title."""
    head = ('<meta property="og:site_name" content="Beispielstädter Morgenpost">'
            '<meta property="og:title" content="Mühlbach: Diese Brücke wird jetzt abgerissen">'
            "<title>Alte Mühlbachbrücke wird ab Mai erneuert | Beispielstädter Morgenpost</title>")
    body = ('<nav class="ressort-bar"><ul><li><h1 class="whitespace-nowrap">'
            "Mühlbach: Diese Brücke wird jetzt abgerissen</h1></li></ul></nav>"
            '<article><div class="mx-4"><hgroup class="flex flex-col">'
            '<div class="kicker">Verkehr</div>'
            "<h2>Alte Mühlbachbrücke wird ab Mai erneuert</h2></hgroup></div>"
            f"{_TITLE_BODY}</article>")
    assert _title_of(head, body) == "Alte Mühlbachbrücke wird ab Mai erneuert"


def test_heading_pieces_keep_their_punctuation_and_words():
    """When the <h1> is the only source, its kicker stays apart from the headline, a colon
    after the kicker's element does not get a space before it, and bold letters inside a
    word stay in the word."""
    body = ('<article><h1><span class="topic">Brückenbau</span><span class="title">'
            "Stadtrat sagt Ja</span></h1>"
            f"{_TITLE_BODY}</article>")
    assert _title_of("", body) == "Brückenbau Stadtrat sagt Ja"
    body = ('<article><h1><span class="topic">Brückenbau</span>: Der Stadtrat sagt '
            f"<b>Ja</b>wort zur Sanierung</h1>{_TITLE_BODY}</article>")
    assert _title_of("", body) == "Brückenbau: Der Stadtrat sagt Jawort zur Sanierung"


def test_site_suffix_cut_keeps_the_headlines_own_clauses():
    """Only the site's name goes, and section names before it: a dash inside the headline
    stays, and a site named as the story's subject is not cut."""
    link = '<link rel="canonical" href="https://www.harborpost.example/2025/04/01/seawall/">'
    title = "Seawall vote is in — and the town wants it rebuilt - Harborpost"
    head = f'{link}<meta property="og:title" content="{title}"><title>{title}</title>'
    assert _title_of(head, f"<article>{_TITLE_BODY}</article>") == \
        "Seawall vote is in — and the town wants it rebuilt"
    title = "Seawall vote: the town wants it rebuilt | Local | News | The Harbor Post"
    head = (f'{link}<meta property="og:site_name" content="The Harbor Post">'
            f'<meta property="og:title" content="{title}">')
    assert _title_of(head, f"<article>{_TITLE_BODY}</article>") == \
        "Seawall vote: the town wants it rebuilt"
    title = "Open house - Harborpost at the maritime fair 2025"
    head = f'{link}<meta property="og:title" content="{title}"><title>{title}</title>'
    assert _title_of(head, f"<article>{_TITLE_BODY}</article>") == title


def test_printed_headline_confirmed_by_og_title_beats_the_seo_copies():
    """A news-channel layout: JSON-LD, twitter:title and <title> carry an SEO headline, the
    <h1> copy of it sits in the breadcrumb <nav>, and the article header prints og:title's
    headline under a kicker. What the page prints, and og:title confirms, wins."""
    seo = "Brückensanierung: Stadtrat beschließt Erneuerung der Mühlbachbrücke"
    head = (_json_ld(seo) + f'<meta name="twitter:title" content="{seo}">'
            '<meta property="og:site_name" content="beispiel-tv.de">'
            '<meta property="og:title" content="Mühlbachbrücke wird ab Mai erneuert">'
            f"<title>{seo} - beispiel-tv.de</title>")
    body = (f'<nav class="breadcrumb"><h1>{seo}</h1></nav>'
            '<article class="article"><div class="article__header">'
            '<div class="article__header__titles"><h2>'
            '<span class="article__kicker">Verkehr in Beispielstadt</span>'
            '<span class="article__headline">Mühlbachbrücke wird ab Mai erneuert</span>'
            f"</h2></div></div>{_TITLE_BODY}</article>")
    assert _title_of(head, body) == "Mühlbachbrücke wird ab Mai erneuert"
