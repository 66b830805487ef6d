"""Print (issue 16): character error rate and seconds per page, by condition.

Pages are built here (tests/newspaper_pages.py): A4, four columns, three articles with
headlines, bylines, indented paragraphs, a photo with a small caption, ruled lines and a
folio line, set in NanumGothic (resources/fonts) by reportlab to a PDF with a text layer;
pypdfium2 renders them to 200/300 dpi images and Pillow adds scanner noise (grey paper,
blur, Gaussian noise, specks), 2° skew and JPEG artefacts.

Each page goes through the product's own path: `import --pages` (or the PDF import),
`page ocr` (recognise_pages) and the cut of each article (cut_text over the article's
rectangle). CER = Levenshtein distance between our text and the source text, both NFC
with every whitespace character removed (spaces and line breaks are layout), divided by
the source's length; reported over the articles' body columns ("body") and over the
whole article with headline, byline and caption ("article"), summed over all articles
of all pages (total edits / total characters). On skewed pages the article's rectangle
is turned with the page and words are taken by their centres inside it (a user would
cut a little wider).

    .venv/bin/python bench/ocr_bench.py [--pages 2] [--only ko-300] [--big 500]
"""

from __future__ import annotations

import argparse
import math
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from clipper.domain import Word  # noqa: E402
from clipper.paper.layout import ordered_text  # noqa: E402
from clipper.services import LibraryService  # noqa: E402
from tests.newspaper_pages import (  # noqa: E402
    cer,
    degrade,
    levenshtein,
    make_page,
    normalise,
    render,
)

CONDITIONS = {
    # name: (language, dpi, noise, skew, jpeg quality)
    "ko-300": ("ko", 300, 0, 0, None),
    "ko-200": ("ko", 200, 0, 0, None),
    "ko-300-noise-skew2": ("ko", 300, 8, 2.0, None),
    "ko-300-jpeg50": ("ko", 300, 4, 0, 50),
    "ko-200-noise-skew2-jpeg": ("ko", 200, 8, 2.0, 60),
    "en-300": ("en", 300, 0, 0, None),
    "en-300-noise-skew2": ("en", 300, 8, 2.0, None),
}


def _rotated_words(words: list[Word], box: tuple[float, float, float, float],
                   angle: float, size: tuple[int, int], original: tuple[int, int]) -> list[Word]:
    """Words whose centre lies in `box` (original page pixels) once the page was turned by
    `angle` degrees (PIL, counter-clockwise, expand=True)."""
    rad = math.radians(angle)
    cos, sin = math.cos(rad), math.sin(rad)
    ocx, ocy = original[0] / 2, original[1] / 2
    ncx, ncy = size[0] / 2, size[1] / 2
    out = []
    for w in words:
        x, y = (w.box[0] + w.box[2]) / 2 - ncx, (w.box[1] + w.box[3]) / 2 - ncy
        # back into the unturned page
        ux, uy = ocx + x * cos - y * sin, ocy + x * sin + y * cos
        if box[0] <= ux <= box[2] and box[1] <= uy <= box[3]:
            out.append(w)
    return out


def run_condition(name: str, pages: int, work: Path) -> dict[str, float]:
    language, dpi, noise, skew, jpeg = CONDITIONS[name]
    folder = work / name
    folder.mkdir()
    service = LibraryService(folder / "library")
    body_edits = body_chars = article_edits = article_chars = 0
    seconds = 0.0
    try:
        for seed in range(pages):
            page = make_page(language, seed=seed + 11, outlet="경기일보" if language == "ko"
                             else "The Korea Herald")
            clean = render(page, dpi)
            image = degrade(clean, noise=noise, skew=skew, jpeg=jpeg, seed=seed)
            path = folder / f"page{seed}.png"
            image.save(path, dpi=(dpi, dpi))
            [outcome] = service.import_paths([path], pages=True)
            assert outcome.status == "imported", outcome.reason
            stored = service.print_pages()[-1]
            [read] = service.recognise_pages([stored.id])
            assert read.status == "done", read.reason
            seconds += read.seconds
            words = service.page_words(stored.id)
            for article in page.articles:
                for rect, reference, kind in ((article.body_box, article.body, "body"),
                                              (article.box, article.text, "article")):
                    pixels = tuple(v * dpi / 72 for v in rect)
                    if skew:
                        inside = _rotated_words(words, pixels, skew, image.size, clean.size)
                        text = "\n".join(ordered_text(inside))
                    else:
                        text = service.cut_text([(stored.id, page.pixels(rect, dpi))])
                    edits = levenshtein(normalise(text), normalise(reference))
                    if kind == "body":
                        body_edits += edits
                        body_chars += len(normalise(reference))
                    else:
                        article_edits += edits
                        article_chars += len(normalise(reference))
    finally:
        service.close()
    return {"body_cer": body_edits / body_chars, "article_cer": article_edits / article_chars,
            "seconds_per_page": seconds / pages, "pages": pages}


def run_text_layer(pages: int, work: Path) -> dict[str, float]:
    folder = work / "pdf-text-layer"
    folder.mkdir()
    service = LibraryService(folder / "library")
    worst = 0.0
    seconds = 0.0
    try:
        for seed in range(pages):
            page = make_page("ko" if seed % 2 == 0 else "en", seed=seed + 11)
            path = folder / f"경기일보_20240510_A{seed + 1}.pdf"
            path.write_bytes(page.pdf)
            started = time.perf_counter()
            [outcome] = service.import_paths([path])
            seconds += time.perf_counter() - started
            stored = service.print_pages()[-1]
            for article in page.articles:
                for rect, reference in ((article.body_box, article.body),
                                        (article.box, article.text)):
                    text = service.cut_text([(stored.id, page.pixels(rect, stored.dpi))])
                    worst = max(worst, cer(text, reference))
    finally:
        service.close()
    return {"worst_cer": worst, "import_seconds_per_page": seconds / pages, "pages": pages}


def run_big_pdf(count: int, work: Path) -> dict[str, float]:
    """A `count`-page PDF of text-layer newspaper pages: import time and library size."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    sources = [make_page("ko", seed=s) for s in range(4)]
    for i in range(count):
        writer.add_page(PdfReader(io.BytesIO(sources[i % 4].pdf)).pages[0])
    path = work / "big.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    service = LibraryService(work / "big-library")
    try:
        started = time.perf_counter()
        [outcome] = service.import_paths([path])
        elapsed = time.perf_counter() - started
    finally:
        service.close()
    size = sum(p.stat().st_size for p in (work / "big-library").rglob("*") if p.is_file())
    return {"pages": count, "seconds": elapsed, "seconds_per_page": elapsed / count,
            "library_mb": size / 1e6, "outcome": outcome.reason}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2, help="pages per condition")
    parser.add_argument("--only", nargs="*", help="conditions to run (default: all)")
    parser.add_argument("--big", type=int, default=0,
                        help="also import a PDF of this many pages and time it")
    parser.add_argument("--ocr-dpi", type=int, default=None,
                        help="enlarge pages to this dpi before OCR (default: "
                        "clipper.paper.ocr.OCR_DPI)")
    args = parser.parse_args()
    if args.ocr_dpi:
        from clipper.paper import ocr

        ocr.OCR_DPI = args.ocr_dpi
    work = Path(tempfile.mkdtemp(prefix="clipper-ocr-bench-"))
    try:
        names = args.only or ["pdf-text-layer", *CONDITIONS]
        print(f"{'condition':<26} {'body CER':>9} {'article CER':>12} {'s/page':>8}  pages")
        for name in names:
            if name == "pdf-text-layer":
                r = run_text_layer(args.pages, work)
                print(f"{name:<26} {r['worst_cer']:>9.2%} {r['worst_cer']:>12.2%} "
                      f"{r['import_seconds_per_page']:>8.2f}  {r['pages']}  (worst article; "
                      "s/page = import incl. rendering)", flush=True)
                continue
            r = run_condition(name, args.pages, work)
            print(f"{name:<26} {r['body_cer']:>9.2%} {r['article_cer']:>12.2%} "
                  f"{r['seconds_per_page']:>8.1f}  {r['pages']}", flush=True)
        if args.big:
            r = run_big_pdf(args.big, work)
            print(f"\n{r['pages']}-page text-layer PDF: {r['seconds']:.0f} s "
                  f"({r['seconds_per_page']:.2f} s/page), library {r['library_mb']:.0f} MB; "
                  f"{r['outcome']}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
