"""OCR with Tesseract (issue 16): a scanned clipping becomes a clipping with searchable
text; pages are read one at a time, a bad page does not stop the batch, cancelling
kills Tesseract. Few and small images: each Tesseract call costs a second or more."""

from __future__ import annotations

import threading
import time

import pytest
from PIL import Image, ImageDraw, ImageFont

from clipper.paper import ocr
from clipper.paper.layout import ordered_text
from tests.newspaper_pages import FONTS, cer, degrade, make_page, render

pytestmark = pytest.mark.skipif(
    not {"kor", "eng", "kor_vert"} <= ocr.available_languages(),
    reason="Tesseract with kor, kor_vert and eng is needed (make setup installs it)")


@pytest.fixture(scope="module")
def scan(tmp_path_factory):
    """One article of a newspaper page, scanned at 300 dpi with a little noise."""
    page = make_page("ko", seed=5, articles=3, max_lines=32)
    article = page.articles[0]
    image = degrade(render(page, 300), noise=6).crop(page.pixels(article.box, 300))
    path = tmp_path_factory.mktemp("scan") / "clipping.png"
    image.save(path, dpi=(300, 300))
    return path, article


def test_a_scanned_clipping_becomes_a_clipping_with_searchable_text(service, scan):
    path, article = scan
    [outcome] = service.import_paths([path])
    assert outcome.status == "imported", outcome.reason
    clipping = service.get(outcome.clipping_id)
    assert clipping.source_kind == "print" and clipping.byline == article.byline
    assert cer(clipping.title, article.headline) < 0.1
    assert cer(clipping.body_text(), "\n".join([article.byline, *article.paragraphs])) < 0.08
    [cut] = clipping.cuts
    [page] = service.print_pages()
    assert (page.ocr_state, page.text_source, page.cut_count) == ("done", "ocr", 1)
    assert cut.image == page.image  # the whole scan is the cut, stored once
    with Image.open(service.cut_file(clipping.id, 0)) as stored, Image.open(path) as original:
        assert stored.tobytes() == original.convert(stored.mode).tobytes()
    assert clipping.id in service.search_ids("어르신")


def test_an_image_without_text_stores_nothing(service, tmp_path):
    path = tmp_path / "blank.png"
    Image.new("L", (600, 400), 250).save(path)
    [outcome] = service.import_paths([path])
    assert outcome.status == "failed"
    assert outcome.reason.startswith("no text found in the image: nothing stored")
    assert service.count() == 0 and service.print_pages() == []
    assert not any((service.root / "media").rglob("*.png"))


def test_pages_are_read_one_by_one_and_a_bad_page_does_not_stop_the_batch(service, tmp_path, scan):
    path, article = scan
    with Image.open(path) as text_page:
        frames = [Image.new("L", (500, 300), 255), text_page.convert("L"),
                  Image.new("L", (400, 300), 255)]
    tiff = tmp_path / "three.tif"
    frames[0].save(tiff, save_all=True, append_images=frames[1:], dpi=(300, 300))
    service.import_paths([tiff])
    first, second, third = service.print_pages()
    (service.root / third.image).unlink()  # a page whose image went missing
    seen: list[tuple[int, int, str]] = []
    outcomes = service.recognise_pages(progress=lambda d, t, m: seen.append((d, t, m)))
    assert [(o.page_id, o.status) for o in outcomes] == [
        (first.id, "no-text"), (second.id, "done"), (third.id, "failed")]
    assert "page 3 of three.tif" in outcomes[2].reason
    assert seen[0] == (0, 3, "reading page 1 of three.tif")
    assert service.print_page(first.id).error == "no text found"
    assert service.print_page(third.id).ocr_state == "failed"
    text = service.cut_text([(second.id, (0, 0, second.width, second.height))])
    assert cer(text, article.text) < 0.1
    assert service.recognise_pages() == []  # nothing pending any more


def test_cancel_kills_tesseract_and_leaves_the_page_pending(service, tmp_path):
    page = make_page("ko", seed=2)
    path = tmp_path / "page.png"
    render(page, 300).save(path, dpi=(300, 300))
    service.import_paths([path], pages=True)  # kept as a page, not read at import
    [stored] = service.print_pages()
    started = time.monotonic()
    stop = threading.Event()
    threading.Timer(0.5, stop.set).start()
    [outcome] = service.recognise_pages(cancelled=stop.is_set)
    assert outcome.status == "cancelled"
    assert time.monotonic() - started < 3.0  # a whole page takes ~10 s
    assert service.print_page(stored.id).ocr_state == "pending"


def test_skew_is_measured_and_undone(scan):
    path, _ = scan
    with Image.open(path) as img:
        turned = img.convert("L").rotate(2.0, expand=True, fillcolor=255)
    assert ocr.estimate_skew(turned) == pytest.approx(-2.0, abs=0.3)


def test_vertical_korean_reads_columns_right_to_left():
    columns = ["경기도는 판교에서", "도민 협의체를", "출범시켰다고 밝혔다"]
    font = ImageFont.truetype(str(FONTS / "NanumGothic.ttf"), 44)
    img = Image.new("L", (600, 900), 255)
    draw = ImageDraw.Draw(img)
    x = 480
    for column in columns:
        y = 60
        for ch in column:
            if ch != " ":
                draw.text((x, y), ch, font=font, fill=0)
            y += 30 if ch == " " else 52
        x -= 110
    result = ocr.read_page(img, 300, vertical=None)  # tried when horizontal is weak
    assert result.vertical
    assert cer(" ".join(ordered_text(result.words, vertical=True)), " ".join(columns)) < 0.2


def test_the_cli_reads_and_cuts_a_scanned_page(run_cli, run_cli_json, scan):
    path, article = scan
    status, out, err = run_cli("import", "--pages", path)
    assert status == 0 and "1 page to cut (1 to read by OCR)" in out, out + err
    status, out, err = run_cli("page", "ocr")
    assert status == 0 and out.startswith("read     page 1: "), out + err
    shown = run_cli_json("page", "show", "1")
    assert shown["ocr_state"] == "done" and cer(shown["text"], article.text) < 0.1
    cut = run_cli_json("page", "cut", "1", "--whole", "--title", "스캔한 기사")
    assert cut["title"] == "스캔한 기사" and cut["source"]["kind"] == "print"
    status, out, _ = run_cli("search", "어르신")
    assert "스캔한 기사" in out


def test_pages_are_read_in_a_worker_thread_with_its_own_service(service, library_path, scan):
    from clipper.services import LibraryService

    path, _ = scan
    service.import_paths([path], pages=True)
    outcomes: list = []

    def work() -> None:
        with LibraryService(library_path) as own:
            outcomes.extend(own.recognise_pages())

    worker = threading.Thread(target=work)
    worker.start()
    while worker.is_alive():  # the "GUI" keeps reading meanwhile
        assert len(service.print_pages()) == 1
        time.sleep(0.05)
    worker.join()
    assert [o.status for o in outcomes] == ["done"]
    assert service.print_pages()[0].ocr_state == "done"
