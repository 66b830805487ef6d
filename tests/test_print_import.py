"""Print as data, end to end (issue 16): a text-layer PDF page becomes a page to cut and,
cut, a clipping with a lossless crop and the exact text; bad files are one message each.
Pages are made at run time (tests/newspaper_pages.py); no OCR here (test_print_ocr.py)."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image

from clipper.store.library import LibraryError
from tests.newspaper_pages import cer, make_page

NAME = "경기일보_20240510_A3.pdf"


@pytest.fixture(scope="module")
def page():
    return make_page("ko", seed=3)


@pytest.fixture
def imported(service, tmp_path, page):
    path = tmp_path / NAME
    path.write_bytes(page.pdf)
    [outcome] = service.import_paths([path])
    assert (outcome.status, outcome.reason, outcome.clipping_id) == (
        "imported", "1 page to cut", None)
    [stored] = service.print_pages()
    return stored


def test_a_text_layer_page_is_stored_with_its_words_and_metadata(service, imported, page):
    assert (imported.text_source, imported.ocr_state, imported.dpi) == ("text-layer",
                                                                         "not-needed", 200)
    assert (imported.outlet, str(imported.published), imported.page) == (
        "경기일보", "2024-05-10", "A3")
    image = service.print_page_file(imported.id)
    with Image.open(image) as img:
        assert img.format == "PNG" and img.size == (imported.width, imported.height)
    assert len(service.page_words(imported.id)) > 300
    assert service.print_pages(waiting_only=True) == [imported]


def test_text_layer_cuts_give_the_source_text_exactly(service, imported, page):
    for article in page.articles:
        body = service.cut_text([(imported.id, page.pixels(article.body_box, imported.dpi))])
        assert cer(body, article.body) == 0.0
        whole = service.cut_text([(imported.id, page.pixels(article.box, imported.dpi))])
        assert cer(whole, article.text) == 0.0


def test_an_english_text_layer_page_is_exact_too(service, tmp_path):
    page = make_page("en", seed=12, outlet="The Korea Herald",
                     folio_date="Friday, May 10, 2024")
    path = tmp_path / "koreaherald.pdf"
    path.write_bytes(page.pdf)
    service.import_paths([path])
    [stored] = service.print_pages()
    assert (str(stored.published), stored.page) == ("2024-05-10", "A3")  # the folio line
    for article in page.articles:
        text = service.cut_text([(stored.id, page.pixels(article.box, stored.dpi))])
        assert cer(text, article.text) == 0.0
    fields = service.cut_fields([(stored.id, page.pixels(page.articles[0].box, 200))])
    assert fields["byline"] == page.articles[0].byline.removeprefix("By ")
    assert fields["language"] == "en"


def test_a_cut_is_a_clipping_with_its_crop_and_searchable_text(service, imported, page):
    article = page.articles[0]
    box = page.pixels(article.box, imported.dpi)
    fields = service.cut_fields([(imported.id, box)])
    assert fields["title"] == article.headline
    assert fields["byline"] == article.byline
    assert (fields["outlet"], str(fields["published"]), fields["page"]) == (
        "경기일보", "2024-05-10", "A3")
    clipping_id, changes = service.cut_clipping([(imported.id, box)], edition="조간")
    assert changes.clippings_added == [clipping_id]
    clipping = service.get(clipping_id)
    assert (clipping.title, clipping.outlet, clipping.page, clipping.edition,
            clipping.source_kind) == (article.headline, "경기일보", "A3", "조간", "print")
    assert cer(clipping.body_text(), "\n".join([article.byline, *article.paragraphs])) == 0
    [cut] = clipping.cuts
    assert (cut.page_id, cut.box) == (imported.id, box)
    with Image.open(service.cut_file(clipping_id, 0)) as crop, \
            Image.open(service.print_page_file(imported.id)) as whole:
        assert crop.format == "PNG" and crop.size == (cut.width, cut.height)
        assert crop.tobytes() == whole.crop(box).tobytes()  # lossless
        # The page's dpi goes with the crop: its size on paper, even without the page.
        assert [round(d) for d in crop.info["dpi"]] == [imported.dpi, imported.dpi]
    assert service.summaries([clipping_id])[0].has_cut
    assert service.print_page(imported.id).cut_count == 1
    assert service.print_pages(waiting_only=True) == []
    word = article.paragraphs[0].split()[1]
    assert clipping_id in service.search_ids(word)

    label, undone = service.undo()
    assert label == "cut an article from page 1 of 경기일보_20240510_A3.pdf"
    assert undone.clippings_deleted == [clipping_id]
    assert service.count() == 0 and service.print_page(imported.id).cut_count == 0


def test_an_article_over_two_rectangles_reads_in_the_order_given(service, imported, page):
    first, second = page.articles[1], page.articles[2]
    boxes = [(imported.id, page.pixels(second.body_box, 200)),
             (imported.id, page.pixels(first.body_box, 200))]
    text = service.cut_text(boxes)
    assert cer(text, second.body + first.body) == 0
    clipping_id, _ = service.cut_clipping(boxes, title="두 곳")
    assert [c.position for c in service.get(clipping_id).cuts] == [0, 1]


def test_deleting_a_page_keeps_its_clippings_and_undo_brings_it_back(service, imported, page):
    box = page.pixels(page.articles[0].box, 200)
    clipping_id, _ = service.cut_clipping([(imported.id, box)])
    crop = service.cut_file(clipping_id, 0)
    service.delete_print_pages([imported.id])
    assert service.print_pages() == []
    assert service.get(clipping_id).cuts[0].page_id is None and crop.exists()
    with pytest.raises(LibraryError, match="no page with id"):
        service.delete_print_pages([imported.id])
    service.undo()
    assert [p.id for p in service.print_pages()] == [imported.id]
    assert service.print_page_file(imported.id).exists()


def test_bad_rectangles_are_refused_with_a_message(service, imported):
    with pytest.raises(LibraryError, match="empty or outside"):
        service.cut_clipping([(imported.id, (5000, 5000, 6000, 6000))])
    with pytest.raises(LibraryError, match="no page with id 999"):
        service.cut_text([(999, (0, 0, 10, 10))])
    with pytest.raises(LibraryError, match="no text found"):
        service.cut_clipping([(imported.id, (0, imported.height - 40, 60, imported.height))])
    assert service.count() == 0


def test_the_same_file_twice_is_a_duplicate(service, imported, tmp_path, page):
    copy = tmp_path / "again.pdf"
    copy.write_bytes(page.pdf)
    [outcome] = service.import_paths([copy])
    assert outcome.status == "duplicate" and "already imported" in outcome.reason


def test_whole_pages_and_folders(service, tmp_path, page):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "hankyung_20240510_A01.pdf").write_bytes(page.pdf)
    (folder / "notes.txt").write_text("경기도는 14일 판교에서 새싹기업 협의체를 출범시켰다고 밝혔다. "
                                      * 3, encoding="utf-8")
    outcomes = service.import_paths([folder], whole_pages=True)
    assert sorted(o.status for o in outcomes) == ["imported", "imported"]
    [pdf] = [o for o in outcomes if o.item.endswith(".pdf")]
    assert "1 clipping(s) made of whole pages" in pdf.reason
    clipping = service.get(pdf.clipping_id)
    assert clipping.outlet == "한국경제" and clipping.page == "A1"
    assert clipping.title == page.articles[0].headline  # the largest type on the page
    assert cer(clipping.body_text(),
               "\n".join([page.folio] + [a.text for a in page.articles])) == 0


# ---- bad input ------------------------------------------------------------------------

def _pdf_with(page_pdf: bytes, **kinds) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(page_pdf)))
    if kinds.get("javascript"):
        from pypdf.actions import JavaScript

        writer.add_open_action(JavaScript(
            "app.alert('hello'); this.exportDataObject({cName: 'evil.sh', nLaunch: 2});"))
    if kinds.get("attachment"):
        writer.add_attachment("evil.sh", b"#!/bin/sh\necho owned\n")
    if kinds.get("password"):
        writer.encrypt(user_password="secret", owner_password="owner")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _bomb_png(width: int, height: int) -> bytes:
    """A PNG header claiming width x height pixels (with a token of data)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64))
            + chunk(b"IEND", b""))


def test_bad_files_are_one_message_each_and_the_batch_goes_on(service, tmp_path, page):
    files = {
        "locked.pdf": _pdf_with(page.pdf, password=True),
        "broken.pdf": page.pdf[: len(page.pdf) // 3],
        "notapdf.pdf": b"hello, I am text",
        "bomb.png": _bomb_png(20_000, 20_000),  # refused by Pillow's own guard
        "tall.png": _bomb_png(6_000, 20_000),  # under Pillow's, over ours
        "empty.jpg": b"",
        "good_20240510_A2.pdf": _pdf_with(page.pdf, javascript=True, attachment=True),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    outcomes = {o.item.rsplit("/", 1)[-1]: o for o in service.import_paths(
        [tmp_path / name for name in files])}
    assert "encrypted (password-protected)" in outcomes["locked.pdf"].reason
    assert "not a readable PDF" in outcomes["broken.pdf"].reason
    assert "not a readable PDF" in outcomes["notapdf.pdf"].reason
    assert "(400 megapixels), over the limit of 100 megapixels" in outcomes["bomb.png"].reason
    assert "(120 megapixels), over the limit" in outcomes["tall.png"].reason
    assert outcomes["empty.jpg"].reason == "empty file"
    assert all(outcomes[n].status == "failed" for n in files if n != "good_20240510_A2.pdf")
    assert all(str(tmp_path) in o.item for o in outcomes.values())  # each names its file
    # JavaScript never ran and the embedded file was never extracted: the page's text
    # is there, and the library holds the original, the page image and nothing else.
    good = outcomes["good_20240510_A2.pdf"]
    assert good.status == "imported", good.reason
    [stored] = service.print_pages()
    assert stored.page == "A2" and len(service.page_words(stored.id)) > 300
    content = sorted(p.relative_to(service.root).parts[0] for p in service.root.rglob("*")
                     if p.is_file() and p.relative_to(service.root).parts[0] in (
                         "media", "originals", "thumbs"))
    assert content == ["media", "originals"]
    assert not any("evil" in p.name for p in service.root.rglob("*"))
    assert not any(b"owned" in p.read_bytes() for p in service.root.rglob("*")
                   if p.is_file() and p.suffix != ".pdf")


def test_a_pdf_over_the_page_limit_is_refused(service, tmp_path):
    from reportlab.pdfgen import canvas

    from clipper.paper.pdf import MAX_PAGES

    path = tmp_path / "book.pdf"
    c = canvas.Canvas(str(path))
    for _ in range(MAX_PAGES + 1):
        c.drawString(72, 720, "page")
        c.showPage()
    c.save()
    [outcome] = service.import_paths([path])
    assert outcome.status == "failed"
    assert f"has {MAX_PAGES + 1} pages, over the limit of {MAX_PAGES}" in outcome.reason
    assert service.print_pages() == []


def test_a_multi_page_tiff_becomes_pages_waiting_for_ocr(service, tmp_path):
    frames = [Image.new("L", (300, 400), 255), Image.new("L", (300, 400), 200)]
    path = tmp_path / "scan.tif"
    frames[0].save(path, save_all=True, append_images=frames[1:], dpi=(300, 300))
    [outcome] = service.import_paths([path])
    assert (outcome.status, outcome.reason) == ("imported", "2 pages to cut (2 to read by OCR)")
    pages = service.print_pages()
    assert [(p.page_number, p.ocr_state, p.text_source, p.dpi) for p in pages] == [
        (1, "pending", "none", 300), (2, "pending", "none", 300)]


def test_an_image_is_turned_upright_by_its_exif_orientation(service, tmp_path):
    img = Image.new("RGB", (400, 200), "white")
    exif = img.getexif()
    exif[0x0112] = 6  # rotate 90° clockwise to view
    path = tmp_path / "photo.jpg"
    img.save(path, exif=exif)
    [outcome] = service.import_paths([path], pages=True)
    assert outcome.status == "imported"
    [stored] = service.print_pages()
    assert (stored.width, stored.height) == (200, 400)


def test_the_cli_imports_a_pdf_and_cuts_it(run_cli, run_cli_json, tmp_path, page):
    path = tmp_path / NAME
    path.write_bytes(page.pdf)
    status, out, err = run_cli("import", path)
    assert status == 0, err
    assert "1 page to cut" in out and out.strip().endswith("1 imported, 0 duplicate, 0 failed")
    [listed] = run_cli_json("page", "list")
    assert listed["outlet"] == "경기일보" and listed["text_source"] == "text-layer"
    regions = run_cli_json("page", "regions", str(listed["id"]))
    assert regions and regions[0]["kind"] == "article"
    box = ",".join(map(str, page.pixels(page.articles[0].box, 200)))
    status, out, err = run_cli("page", "cut", str(listed["id"]), "--box", box, "--preview")
    assert status == 0 and page.articles[0].headline in out
    cut = run_cli_json("page", "cut", str(listed["id"]), "--box", box)
    assert cut["title"] == page.articles[0].headline and cut["cuts"][0]["box"] == [
        int(v) for v in box.split(",")]
    status, out, _ = run_cli("search", page.articles[0].paragraphs[0].split()[1])
    assert f"#{cut['id']}" in out or str(cut["id"]) in out
    status, out, err = run_cli("page", "cut", str(listed["id"]), "--box", "1,2,3")
    assert status == 2 and "not a rectangle" in err
