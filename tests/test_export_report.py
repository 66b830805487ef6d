"""PDF reports, checked by reading the PDF back with pypdf."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from clipper.domain import Block
from clipper.export.report import ReportOptions
from clipper.progress import OperationCancelled
from tests.export_samples import annotate, fill_library, sample_draft

THEME = "미국 순방 US trip"


@pytest.fixture
def sample(service):
    return fill_library(service.library, 12)


def render(service, tmp_path: Path, name: str = "report.pdf", **options):
    path = tmp_path / name
    result = service.export_pdf(service.export_set(theme=THEME), path, ReportOptions(**options))
    return result, PdfReader(str(path))


def flat_outline(reader: PdfReader, items=None, level: int = 0) -> list[tuple[int, str, int]]:
    """(level, title, page index) of every outline entry, in order."""
    out: list[tuple[int, str, int]] = []
    for item in reader.outline if items is None else items:
        if isinstance(item, list):
            out += flat_outline(reader, item, level + 1)
        else:
            out.append((level, item.title, reader.get_destination_page_number(item)))
    return out


def page_texts(reader: PdfReader) -> list[str]:
    return [page.extract_text() or "" for page in reader.pages]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_structure_pages_outline_contents_and_footers(service, sample, tmp_path):
    result, reader = render(service, tmp_path, title="해솔시 미국 순방 보도",
                            prepared_by="Press Office")
    assert result.clippings == 12
    assert result.passes == 2  # the contents table never needs a third pass
    assert len(reader.pages) == result.pages >= 3 + 12 // 2
    texts = page_texts(reader)

    # Footer on every page: title and page N of M.
    for n, text in enumerate(texts, 1):
        assert f"해솔시 미국 순방 보도 — page {n} of {len(texts)}" in text

    # Outline: Cover, Summary, Contents, Articles with one child per clipping.
    outline = flat_outline(reader)
    top = [(title, page) for level, title, page in outline if level == 0]
    assert [t for t, _ in top] == ["Cover", "Summary", "Contents", "Articles"]
    assert top[0][1] == 0 and top[1][1] == 1
    articles = [(title, page) for level, title, page in outline if level == 1]
    clippings = [service.get(i) for i in sample.ids]
    assert sorted(t for t, _ in articles) == sorted(c.title for c in clippings)
    pages = [p for _, p in articles]
    assert pages == sorted(pages) and pages[0] > top[2][1]

    # Each article's page shows its header: outlet, date, byline, URL and the title.
    by_title = {c.title: c for c in clippings}
    for title, page in articles:
        c = by_title[title]
        text = squash(texts[page])
        for part in (c.outlet, c.byline, c.title, c.url):
            assert squash(part) in text, (part, page)
        if c.published:
            assert c.published.isoformat() in text

    # Contents: every title with the page its article starts on (1-based).
    contents = texts[top[2][1]]
    assert "Contents" in contents
    lines = [x.strip() for x in contents.splitlines()]
    for title, page in articles:
        at = lines.index(title)  # title, then outlet · date, then the page number
        assert lines[at + 2] == str(page + 1), lines[at : at + 3]

    # Korean comes back as the right characters (ToUnicode maps of the subset fonts).
    assert "해솔시 미국 순방 보도" in texts[0]
    assert "박서윤 해솔시장, 실리콘밸리서 스타트업 협력 약속" in "".join(texts)
    assert "해솔시는 아시아에서 가장 창업하기 좋은 도시" in texts[0]  # the theme's key messages
    assert "Helvetica" not in str([p["/Resources"]["/Font"] for p in reader.pages])


def test_fonts_are_embedded_subsets(service, sample, tmp_path):
    _, reader = render(service, tmp_path)
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            fonts.add(font["/BaseFont"])
            if "Nanum" in font["/BaseFont"]:
                descriptor = font["/FontDescriptor"].get_object()
                assert "/FontFile2" in descriptor  # the TrueType program is embedded
                assert "/ToUnicode" in font
    nanum = {f for f in fonts if "Nanum" in f}
    assert nanum and all(re.match(r"/[A-Z]{6}\+", f) for f in nanum)  # subset tags


def test_photos_are_embedded_and_jpeg_passes_through(service, sample, tmp_path):
    result, reader = render(service, tmp_path)
    stored = sum(len(service.get(i).photos) for i in sample.ids)
    assert result.photos == stored
    filters = []
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject", {})
        for xobj in xobjects.values():
            xobj = xobj.get_object()
            if xobj["/Subtype"] == "/Image":
                filters.append(str(xobj.get("/Filter")))
    # The same image on one page would be one XObject; here every photo is different.
    assert len(filters) == stored
    assert any("DCTDecode" in f for f in filters)  # JPEG embedded as is, not re-encoded
    assert any("FlateDecode" in f for f in filters)  # the PNGs


def test_no_photos_and_no_highlights_options(service, sample, tmp_path):
    _, full = render(service, tmp_path, "full.pdf")
    _, bare = render(service, tmp_path, "bare.pdf", include_photos=False,
                     include_highlights=False)
    images = sum(len(p.images) for p in bare.pages)
    assert images == 0
    full_text, bare_text = "".join(page_texts(full)), "".join(page_texts(bare))
    for note in sample.notes:
        assert squash(note) in squash(full_text)
        assert squash(note) not in squash(bare_text)
    assert len(bare.pages) < len(full.pages)


def test_highlights_are_drawn_in_their_colour_with_note_markers(service, sample, tmp_path):
    _, reader = render(service, tmp_path)
    outline = flat_outline(reader)
    first = service.get(sample.ids[0])  # highlighted in #fff176 with a note
    page = next(p for level, t, p in outline if level == 1 and t == first.title)
    content = reader.pages[page].get_contents().get_data().decode("latin-1")
    # #fff176 as reportlab writes a fill colour: the highlight's background rectangle
    assert re.search(r"\b1 \.945098 \.462745 rg", content)
    text = reader.pages[page].extract_text()
    assert "[1]" in text and "[2]" in text  # caption note, then body note
    assert "caption note 0" in text


def test_internal_links_and_clickable_urls(service, sample, tmp_path):
    _, reader = render(service, tmp_path)
    internal = external = 0
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            if annot.get("/Subtype") != "/Link":
                continue
            action = annot.get("/A")
            if action is not None and action.get_object().get("/S") == "/URI":
                assert action.get_object()["/URI"].startswith("https://news.example.")
                external += 1
            elif "/Dest" in annot or action is not None:
                internal += 1
    assert external == 12  # one URL per header box
    assert internal >= 2 * 12  # clip list title + contents title and page number


def test_korean_lines_break_between_words(service, tmp_path):
    """Every line of a long Korean paragraph holds whole words only."""
    paragraph = " ".join(
        "경기도지사가 판교테크노밸리에서 인공지능스타트업 대표들과 규제샌드박스 확대방안을 "
        "논의했다고 해솔시청 대변인실이 밝혔다" .split() * 12
    )
    draft = sample_draft(0, photos=0)
    draft.body = [Block("paragraph", paragraph)]
    draft.title = "줄바꿈 시험 기사"
    cid = service.library.add(draft)[0]
    path = tmp_path / "wrap.pdf"
    service.export_pdf([cid], path, ReportOptions())
    reader = PdfReader(str(path))
    words = set(paragraph.split())
    body_page = reader.pages[flat_outline(reader)[-1][2]].extract_text()
    lines = [line for line in body_page.splitlines() if "판교테크노밸리에서" in line
             or "인공지능스타트업" in line or "규제샌드박스" in line]
    assert len(lines) >= 8  # the paragraph wrapped over many lines
    for line in lines:
        for token in line.split():
            assert token in words, (token, line)


def test_reportlab_cjk_wrapping_would_split_words(tmp_path):
    """The check above can fail: reportlab's CJK mode does break inside Korean words."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from clipper.export.fonts import register_fonts

    regular, _ = register_fonts()
    paragraph = " ".join("경기도지사가 판교테크노밸리에서 인공지능스타트업 대표들과".split() * 12)
    path = tmp_path / "cjk.pdf"
    style = ParagraphStyle("cjk", fontName=regular, fontSize=10, leading=15, wordWrap="CJK")
    SimpleDocTemplate(str(path)).build([Paragraph(paragraph, style)])
    words = set(paragraph.split())
    lines = PdfReader(str(path)).pages[0].extract_text().splitlines()
    assert any(token not in words for line in lines for token in line.split())


def test_one_per_page_paper_and_order(service, sample, tmp_path):
    result, reader = render(service, tmp_path, one_per_page=True, paper="Letter", order="outlet")
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    outline = flat_outline(reader)
    groups = [t for level, t, _ in outline if level == 1]
    articles = [(t, p) for level, t, p in outline if level == 2]
    assert len(articles) == 12
    pages = [p for _, p in articles]
    assert len(set(pages)) == 12  # each article on its own page(s)
    outlets = sorted({service.get(i).outlet for i in sample.ids}, key=str.casefold)
    assert groups == outlets  # grouped by outlet, in order
    contents = "".join(page_texts(reader)[2:4])
    for outlet in outlets:
        assert outlet in contents


def test_order_by_theme_groups_articles(service, sample, tmp_path):
    ids = service.export_set(tag="trip").ids
    path = tmp_path / "themes.pdf"
    service.export_pdf(ids, path, ReportOptions(order="theme"))
    outline = flat_outline(PdfReader(str(path)))
    groups = [t for level, t, _ in outline if level == 1]
    assert groups == ["Startup heaven", THEME]


def test_unplaceable_highlight_is_listed_not_dropped(service, sample, tmp_path):
    cid = sample.ids[3]  # no highlights of its own
    annotate(service.library, cid, service.get(cid).body[0].text[:20], note="사라진 문장 메모")
    service.library.db.execute("UPDATE annotations SET quote = '본문에 없는 문장' "
                               "WHERE note = '사라진 문장 메모'")
    service.library.db.conn.commit()
    _, reader = render(service, tmp_path)
    text = squash("".join(page_texts(reader)))
    assert squash("Highlights whose text is no longer in the article") in text
    assert squash("본문에 없는 문장") in text and squash("사라진 문장 메모") in text


def test_korean_labels(service, sample, tmp_path):
    _, reader = render(service, tmp_path, language="ko")
    texts = page_texts(reader)
    assert "목차" in texts[2] and "요약" in texts[1]
    assert f"— 1 / {len(texts)}쪽" in texts[0]
    assert [t for level, t, _ in flat_outline(reader) if level == 0][:3] == ["표지", "요약", "목차"]


def test_photo_sizes_keep_aspect_and_never_upscale(service, tmp_path):
    from clipper.domain import PhotoDraft
    from clipper.export.report import ReportBuilder
    from clipper.export.selection import ExportSet
    from tests.export_samples import make_photo

    draft = sample_draft(1, photos=0)
    draft.photos = [PhotoDraft(caption="small", data=make_photo(320, 200, 1)),
                    PhotoDraft(caption="wide", data=make_photo(3000, 1000, 2)),
                    PhotoDraft(caption="tall", data=make_photo(900, 2400, 3))]
    cid = service.library.add(draft)[0]
    builder = ReportBuilder(service.library, ExportSet([cid], "ids", ""), ReportOptions())
    small, wide, tall = (builder._photo_size(p) for p in service.get(cid).photos)
    assert small[1:] == pytest.approx((240, 150))  # 96 dpi, not stretched to the column
    assert wide[1] == pytest.approx(builder.frame_width)
    assert wide[1] / wide[2] == pytest.approx(3.0)
    assert tall[2] == pytest.approx(builder.frame_height * 0.45)
    assert tall[1] / tall[2] == pytest.approx(900 / 2400)


def test_missing_photo_file_is_a_warning_not_a_failure(service, sample, tmp_path):
    photo = service.get(sample.ids[0]).photos[0]
    (service.root / photo.image).unlink()
    result, reader = render(service, tmp_path)
    assert any("photo file missing" in w for w in result.warnings)
    assert "photo file missing" in "".join(page_texts(reader))


def test_cancel_leaves_no_file(service, sample, tmp_path):
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 30  # 24 checks before layout starts

    path = tmp_path / "out" / "cancelled.pdf"
    with pytest.raises(OperationCancelled):
        service.export_pdf(service.export_set(theme=THEME), path, ReportOptions(),
                           cancelled=cancelled)
    assert not path.exists()
    assert list(path.parent.iterdir()) == []


def test_progress_is_reported(service, sample, tmp_path):
    seen: list[tuple[int, int]] = []
    service.export_pdf(service.export_set(theme=THEME), tmp_path / "p.pdf", ReportOptions(),
                       progress=lambda done, total, message: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] and seen[-1][1] > 0
    assert len(seen) > 12


def test_cli_export_pdf(run_cli, service, sample, tmp_path):
    out = tmp_path / "cli.pdf"
    status, stdout, stderr = run_cli("export", "--theme", THEME, "-o", out, "--title", "주간 보고",
                                     "--subtitle", "Weekly", "--period", "5월 첫째 주",
                                     "--prepared-by", "홍보팀", "--no-photos")
    assert status == 0, stderr
    assert "pages" in stdout
    cover = PdfReader(str(out)).pages[0].extract_text()
    for text in ("주간 보고", "Weekly", "5월 첫째 주", "홍보팀"):
        assert text in cover


def test_cli_export_errors(run_cli, service, sample, tmp_path):
    status, _, err = run_cli("export", "--theme", "nope", "-o", tmp_path / "x.pdf")
    assert status == 2 and "no theme named 'nope'" in err and THEME in err
    status, _, err = run_cli("export", "--ids", "1", "-o", tmp_path / "x.docx")
    assert status == 2 and ".pdf, .csv or .zip" in err
    status, _, err = run_cli("export", "--ids", "999", "-o", tmp_path / "x.pdf")
    assert status == 2 and "999" in err
    status, out, _ = run_cli("export", "--theme", "Rejected only", "-o", tmp_path / "x.pdf")
    assert status == 1 and "empty" in out
    assert not (tmp_path / "x.pdf").exists()


def test_cli_export_query_uses_search(run_cli, service, sample, tmp_path):
    out = tmp_path / "query.pdf"
    status, stdout, stderr = run_cli("export", "--query", "스탠퍼드", "-o", out)
    assert status == 0, stderr
    expected = set(service.search_ids("스탠퍼드"))
    assert expected
    outline = flat_outline(PdfReader(str(out)))
    titles = sorted(t for level, t, _ in outline if level == 1)
    assert titles == sorted(service.get(i).title for i in expected)


def test_cover_counts_distinct_stories(service, sample, tmp_path):
    db = service.library.db
    if "story_members" not in db.table_names():
        db.execute("CREATE TABLE story_members (clipping_id INTEGER PRIMARY KEY, "
                   "story_id INTEGER NOT NULL)")
    db.execute("INSERT INTO story_members VALUES (?, 7), (?, 7)", sample.ids[:2])
    db.conn.commit()
    _, reader = render(service, tmp_path)
    assert "12 (11 distinct stories)" in reader.pages[0].extract_text()


def test_photos_stay_on_the_page_of_their_caption(service, tmp_path):
    # Tall photos in a continuous report: some must move to a new page with their caption.
    from clipper.domain import PhotoDraft
    from tests.export_samples import make_photo

    long = " 박서윤 해솔시장이 산타클라라에서 현지 기업인들과 간담회를 하고 있다." * 6
    ids = []
    for n in range(10):
        draft = sample_draft(n, photos=0)
        draft.photos = [PhotoDraft(caption=f"사진 설명 {n}-{p} caption{long}", credit="해솔시 제공",
                                   data=make_photo(640, 300 + 37 * n + 53 * p, n * 10 + p))
                        for p in range(3)]
        ids.append(service.library.add(draft)[0])
    path = tmp_path / "photos.pdf"
    service.export_pdf(ids, path, ReportOptions())
    reader = PdfReader(str(path))
    for page in reader.pages:
        text = page.extract_text()
        captions = len(re.findall(r"사진 설명 \d-\d caption", text))
        assert len(page.images) == captions, text[:200]
