"""Print clippings in reports (issue 16): the cut image stands for the clipping, at its
size on paper (its pixels at its dpi), scaled down to fit the frame, never up.

The generic PDF report and the daily PDF are rendered with pdftoppm and the red cut is
measured on the page; the DOCX and HWPX are read back with their own libraries."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from clipper.domain import ArticleDraft, Block, Cut
from clipper.export import cuts
from clipper.export.daily import DailyLayout
from clipper.export.report import ReportOptions
from clipper.services import LibraryService
from clipper.store import print_pages

DAY = dt.date(2024, 5, 10)
RED = (220, 20, 20)
BODY = "경기도가 반도체 특화단지 조성을 위한 용수 공급 계획을 발표했다. OCRTEXTMARK"


def _cut_png(root: Path, name: str, width: int, height: int, dpi: int | None) -> str:
    """A solid red cut image inside the library; its library-relative path."""
    rel = f"print/cuts/{name}.png"
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    image = Image.new("RGB", (width, height), RED)
    image.save(path, dpi=(dpi, dpi)) if dpi else image.save(path)
    return rel


def _print_clipping(svc: LibraryService, title: str, sizes: list[tuple[int, int, int | None]],
                    annotate: str = "") -> int:
    """A clipping with cuts of these (width, height, dpi) stored as a cut makes them."""
    draft = ArticleDraft(title=title, body=[Block("paragraph", BODY)], outlet="조선일보",
                         published=DAY, source_kind="print")
    clipping_id, _ = svc.library.add(draft)
    made = [Cut(i, None, (0, 0, w, h), _cut_png(svc.root, f"{clipping_id}-{i}", w, h, dpi), w, h)
            for i, (w, h, dpi) in enumerate(sizes)]
    with svc.library.db.conn:
        print_pages.add_cuts(svc.library.db, clipping_id, made)
    if annotate:
        svc.annotate(clipping_id, quote=annotate, note="확인 필요")
    return clipping_id


@pytest.fixture
def library(tmp_path):
    with LibraryService(tmp_path / "library") as svc:
        yield svc


def _red_boxes(pdf: Path, out: Path) -> list[tuple[int, int]]:
    """(width, height) in points of the red area on each page that has one (72 dpi)."""
    subprocess.run(["pdftoppm", "-png", "-r", "72", str(pdf), str(out / "page")], check=True)
    sizes = []
    for png in sorted(out.glob("page*.png")):
        with Image.open(png) as img:
            rgb = img.convert("RGB")
            mask = Image.eval(rgb.split()[0], lambda v: 255 if v > 180 else 0)
            green = Image.eval(rgb.split()[1], lambda v: 255 if v < 70 else 0)
            box = Image.composite(mask, Image.new("L", rgb.size, 0), green).getbbox()
        if box is not None:
            sizes.append((box[2] - box[0], box[3] - box[1]))
    return sizes


needs_pdftoppm = pytest.mark.skipif(shutil.which("pdftoppm") is None,
                                    reason="pdftoppm (poppler-utils) is not installed")


def test_fit_never_scales_up():
    assert cuts.fit((100, 50), (500, 500)) == (100, 50)
    assert cuts.fit((1000, 500), (500, 500)) == (500, 250)
    assert cuts.fit((100, 1000), (500, 500)) == (50, 500)
    assert cuts.fit((0, 10), (5, 5)) == (0.0, 0.0)


def test_a_cut_is_sized_from_its_pixels_and_dpi(library):
    clipping_id = _print_clipping(library, "크기", [(400, 600, 200), (300, 300, None)])
    warnings: list[str] = []
    found = cuts.cut_images(library.library, library.get(clipping_id), warnings)
    assert [(i.width, i.height, i.dpi) for i in found] == [(400, 600, 200.0),
                                                           (300, 300, cuts.DEFAULT_DPI)]
    assert found[0].natural_mm == pytest.approx((50.8, 76.2))
    assert cuts.fit_points(found[0], (1000, 1000)) == pytest.approx((144, 216))
    assert warnings == []


def test_a_missing_cut_file_is_a_warning_and_the_text_is_printed(library, tmp_path):
    clipping_id = _print_clipping(library, "없는 조각", [(400, 200, 200)])
    (library.root / "print" / "cuts" / f"{clipping_id}-0.png").unlink()
    path = tmp_path / "r.pdf"
    result = library.export_pdf(library.export_set(ids=library.library.ids()), path, ReportOptions())
    assert any("cut image missing" in w for w in result.warnings)
    from pypdf import PdfReader

    text = "".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    assert "OCRTEXTMARK" in text  # fell back to the text


@needs_pdftoppm
def test_pdf_report_places_the_cut_at_paper_size_instead_of_the_text(library, tmp_path):
    # 6 x 3 inches at 200 dpi: 432 x 216 pt, smaller than the frame: drawn as is.
    _print_clipping(library, "종이 조각", [(1200, 600, 200)], annotate="용수 공급")
    path = tmp_path / "report.pdf"
    result = library.export_pdf(library.export_set(ids=library.library.ids()), path, ReportOptions())
    assert result.photos == 1
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    text = "".join(p.extract_text() or "" for p in reader.pages)
    assert "OCRTEXTMARK" not in text  # the image stands for the clipping, not the OCR text
    assert "용수 공급" in text and "확인 필요" in text  # the note made on the text is kept
    [(w, h)] = _red_boxes(path, tmp_path)
    assert abs(w - 432) <= 2 and abs(h - 216) <= 2


@needs_pdftoppm
def test_pdf_report_scales_a_wide_cut_down_to_the_frame(library, tmp_path):
    # 20 x 5 inches: far wider than A4, scaled to the frame's width, aspect kept.
    _print_clipping(library, "넓은 조각", [(4000, 1000, 200)])
    path = tmp_path / "wide.pdf"
    library.export_pdf(library.export_set(ids=library.library.ids()), path, ReportOptions())
    [(w, h)] = _red_boxes(path, tmp_path)
    from reportlab.lib.pagesizes import A4

    assert w < A4[0] - 60  # inside the margins
    assert abs(w / h - 4.0) < 0.05
    assert w > 400  # filled the frame's width, not left small


@needs_pdftoppm
def test_daily_pdf_places_the_cut(library, tmp_path):
    _print_clipping(library, "일일 조각", [(800, 1000, 200)])
    result = library.write_daily(DAY, tmp_path / "daily.pdf", layout=DailyLayout())
    assert result.photos == 1
    [(w, h)] = _red_boxes(result.path, tmp_path)
    assert abs(w - 288) <= 2 and abs(h - 360) <= 2  # 4 x 5 inches


def test_daily_docx_places_the_cut_at_its_size(library, tmp_path):
    from docx import Document
    from docx.shared import Mm

    _print_clipping(library, "워드 조각", [(800, 1000, 200), (6000, 1000, 200)])
    result = library.write_daily(DAY, tmp_path / "daily.docx", layout=DailyLayout())
    doc = Document(str(result.path))
    shapes = list(doc.inline_shapes)
    assert len(shapes) == 2
    assert abs(shapes[0].width - Mm(101.6)) < Mm(0.2)  # 4 inches, as it is
    assert abs(shapes[0].height - Mm(127)) < Mm(0.2)
    assert shapes[1].width <= Mm(174.1)  # the wide one fits the frame
    assert abs(shapes[1].width / shapes[1].height - 6.0) < 0.02
    assert "OCRTEXTMARK" not in "\n".join(p.text for p in doc.paragraphs)
    # Framed like a pasted scrap: the picture's outline is set.
    outline = shapes[0]._inline.graphic.graphicData.pic.spPr.find(
        "{http://schemas.openxmlformats.org/drawingml/2006/main}ln")
    assert outline is not None


def test_daily_hwpx_places_the_cut_at_its_size(library, tmp_path):
    from hwpx import HwpxDocument

    _print_clipping(library, "한글 조각", [(800, 1000, 200)])
    result = library.write_daily(DAY, tmp_path / "daily.hwpx", layout=DailyLayout())
    from hwpx.tools.package_validator import validate_editor_open_safety

    safety = validate_editor_open_safety(str(result.path))
    assert not safety.blocking_package_errors and safety.reopen_ok
    assert not safety.validate_document.issues  # the OWPML schema finds nothing wrong
    doc = HwpxDocument.open(str(result.path))
    assert len(doc.media.images) == 1
    xml = "".join(part.decode("utf-8", "replace") if isinstance(part, bytes) else str(part)
                  for part in _section_xml(result.path))
    # 101.6 mm x 127 mm in HWPUNIT (7200 a inch): 28800 x 36000.
    assert 'width="28800"' in xml or 'width="28799"' in xml
    assert "9AA0A6" in xml.upper()  # framed like a pasted scrap
    assert "OCRTEXTMARK" not in "\n".join(p.text for p in doc.paragraphs)


def _section_xml(path: Path) -> list[bytes]:
    import zipfile

    with zipfile.ZipFile(path) as package:
        return [package.read(n) for n in package.namelist() if n.startswith("Contents/section")]


def test_a_real_cut_is_sized_at_its_page_dpi(library, tmp_path):
    """A cut made by the service from a PDF page (rendered at 200 dpi): the report takes
    that dpi, so the article prints at the size it had in the paper."""
    from tests.cut_samples import LEFT_AREA_PT, newspaper_pdf, to_pixels

    pdf = newspaper_pdf(tmp_path / "조선일보_20240510_A3.pdf")
    library.import_paths([str(pdf)])
    [page] = library.print_pages()
    clipping_id, _ = library.cut_clipping([(page.id, to_pixels(LEFT_AREA_PT))])
    [image] = cuts.cut_images(library.library, library.get(clipping_id), [])
    assert image.dpi == page.dpi == 200
    x0, y0, x1, y1 = LEFT_AREA_PT  # points: 1/72 inch
    assert image.natural_mm == pytest.approx(((x1 - x0) / 72 * 25.4, (y1 - y0) / 72 * 25.4),
                                             abs=0.3)


def test_a_bundle_carries_the_cut_image_to_another_library(library, tmp_path):
    """Bundles have no cuts yet: the cut image travels as a photo, byte for byte, so a
    print clipping moved to another library keeps the image that is the clipping."""
    from tests.cut_samples import LEFT_AREA_PT, newspaper_pdf, to_pixels

    pdf = newspaper_pdf(tmp_path / "조선일보_20240510_A3.pdf")
    library.import_paths([str(pdf)])
    [page] = library.print_pages()
    clipping_id, _ = library.cut_clipping([(page.id, to_pixels(LEFT_AREA_PT))])
    cut = library.cut_file(clipping_id, 0).read_bytes()
    result = library.export_bundle(library.export_set(ids=[clipping_id]), tmp_path / "b.zip")
    assert result.photos == 1 and result.warnings == []
    with LibraryService(tmp_path / "other") as other:
        [outcome] = other.import_paths([str(tmp_path / "b.zip")])
        moved = other.get(outcome.clipping_id)
        [photo] = moved.photos
        assert (other.root / photo.image).read_bytes() == cut
        assert "76만t" in moved.body_text()
