"""OCR with Tesseract (Debian's `tesseract-ocr`, `-kor`, `-script-hang`, `-kor-vert`).

Tesseract runs as a subprocess per page with TSV output (word boxes, block and line
numbers, confidence), not through a Python binding: the process can be killed the
moment the user cancels, a crash in it cannot take the app down, and there is no
extra dependency between us and the Debian package. One page at a time, each call
limited to one thread (OMP_THREAD_LIMIT=1): the app's other work keeps a core.

Before Tesseract sees a page it is turned to grey, scaled so body type is large enough
(pages below OCR_DPI are enlarged) and straightened: the skew is estimated from the
rows of ink (projection profile) and undone, and word boxes are mapped back to the
page image's pixels.
"""

from __future__ import annotations

import csv
import io
import math
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from clipper.domain import Word
from clipper.paper.errors import OcrCancelled, PaperError

if TYPE_CHECKING:
    from PIL import Image

LANGUAGES = "kor+eng"
VERTICAL_LANGUAGES = "kor_vert+kor"
OCR_DPI = 300  # pages scanned or rendered below this are enlarged to it for Tesseract
ASSUMED_DPI = 300  # a scan that does not say
PAGE_TIMEOUT = 600.0  # seconds: a page that takes longer is given up
MAX_DESKEW = 5.0  # degrees: more than this is a photo held crooked; left alone
# Sauvola's local thresholding (Tesseract 5) instead of one global Otsu threshold, for
# pages scanned at OCR_DPI or more: measured 2.7% against 3.2% CER on clean 300 dpi
# Korean pages; on 200 dpi pages enlarged for OCR it did worse (5.1% against 2.5%),
# so those keep Otsu (bench/ocr_bench.py).
THRESHOLDING = ["-c", "thresholding_method=2"]
MIN_CONFIDENCE = 10.0  # words Tesseract is less sure of than this are noise, dropped
DEBIAN_PACKAGES = "tesseract-ocr tesseract-ocr-kor tesseract-ocr-script-hang tesseract-ocr-kor-vert"


@dataclass
class OcrResult:
    words: list[Word]
    vertical: bool
    skew: float  # degrees undone before reading
    seconds: float

    @property
    def confidence(self) -> float:
        return sum(w.conf for w in self.words) / len(self.words) if self.words else 0.0


def tesseract_path() -> str:
    path = shutil.which("tesseract")
    if path is None:
        raise PaperError(f"Tesseract is not installed: install the Debian packages "
                         f"{DEBIAN_PACKAGES} (make setup does)")
    return path


def available_languages() -> set[str]:
    out = subprocess.run([tesseract_path(), "--list-langs"], capture_output=True,
                         text=True, timeout=30)
    return {line.strip() for line in out.stdout.splitlines()[1:] if line.strip()}


def read_page(image: Image.Image, dpi: int, *, vertical: bool | None = False,
              cancelled: Callable[[], bool] | None = None, deskew: bool = True,
              psm: int | None = None) -> OcrResult:
    """The words on a page image, boxes in its pixels. `vertical`: True reads vertical
    Korean (columns right to left), None tries it when the horizontal reading is weak
    and keeps the better one. Raises OcrCancelled, PaperError."""
    started = time.monotonic()
    gray, scale = _prepare(image, dpi)
    skew = estimate_skew(gray) if deskew else 0.0
    straight = _rotate(gray, skew) if abs(skew) >= 0.1 else gray
    if vertical:
        words = _tesseract(straight, VERTICAL_LANGUAGES, psm or 5, cancelled)
    else:
        languages = script_languages(straight, cancelled)
        words = _tesseract(straight, languages, psm or 4, cancelled,
                           local_threshold=scale == 1.0)
        if vertical is None and _weak(words):
            tall = _tesseract(straight, VERTICAL_LANGUAGES, 5, cancelled)
            if _score(tall) > 1.2 * _score(words):
                words, vertical = tall, True
    words = _back_to_page(drop_stray_marks(words), scale, skew, gray.size, image.size)
    return OcrResult(words, bool(vertical), skew, time.monotonic() - started)


def _weak(words: list[Word]) -> bool:
    if len(words) < 5:
        return True
    return sum(w.conf for w in words) / len(words) < 55


def _score(words: list[Word]) -> float:
    return sum(w.conf * len(w.text) for w in words)


def drop_stray_marks(words: list[Word]) -> list[Word]:
    """Marks Tesseract is unsure of with no letter or digit (confidence under 60), and
    lone Hangul jamo (ㆍ, ㅁ: print sets syllables, never bare jamo) are dropped: a
    "_" read in a column gutter would join two columns into one line."""
    return [w for w in words if (any(ch.isalnum() for ch in w.text) or w.conf >= 60)
            and not all("\u3131" <= ch <= "\u318e" for ch in w.text)]


# ---- preparing the image ----------------------------------------------------------------

def _prepare(image: Image.Image, dpi: int) -> tuple[Image.Image, float]:
    from PIL import Image as PILImage

    gray = image.convert("L")
    scale = 1.0
    effective = dpi or ASSUMED_DPI
    if effective < OCR_DPI:
        scale = OCR_DPI / effective
        gray = gray.resize((round(gray.width * scale), round(gray.height * scale)),
                           PILImage.Resampling.LANCZOS)
    return gray, scale


def estimate_skew(gray: Image.Image) -> float:
    """The page's skew in degrees (counter-clockwise positive), from the angle at which
    rows of ink line up best: the horizontal projection's contrast peaks when the text
    lines are level. Searched on a small copy, coarse then fine."""
    import numpy as np
    from PIL import Image as PILImage

    small = gray.copy()
    small.thumbnail((1200, 1200))
    ink = np.asarray(small) < 140
    if ink.mean() < 0.002:
        return 0.0
    mask = PILImage.fromarray((ink * 255).astype("uint8"))

    def sharpness(angle: float) -> float:
        turned = np.asarray(mask.rotate(angle, resample=PILImage.Resampling.NEAREST)) > 0
        rows = turned.sum(axis=1).astype(float)
        return float(((rows[1:] - rows[:-1]) ** 2).sum())

    best = max((a / 2 for a in range(-2 * int(MAX_DESKEW), 2 * int(MAX_DESKEW) + 1)),
               key=sharpness)
    fine = max((best + a / 10 for a in range(-5, 6)), key=sharpness)
    return fine if abs(fine) < MAX_DESKEW else 0.0


def _rotate(gray: Image.Image, angle: float) -> Image.Image:
    from PIL import Image as PILImage

    return gray.rotate(angle, resample=PILImage.Resampling.BICUBIC, fillcolor=255)


def _back_to_page(words: list[Word], scale: float, skew: float, size: tuple[int, int],
                  page_size: tuple[int, int]) -> list[Word]:
    """Boxes from the straightened, scaled image back to the page image's pixels."""
    if not words:
        return words
    cx, cy = size[0] / 2, size[1] / 2
    # PIL turned the image by `skew` counter-clockwise about its centre (x' = cx +
    # dx cos + dy sin, y' = cy - dx sin + dy cos, y pointing down); this is the inverse.
    rad = math.radians(skew)
    cos, sin = math.cos(rad), math.sin(rad)
    out = []
    for w in words:
        x0, y0, x1, y1 = w.box
        if abs(skew) >= 0.1:
            xs, ys = [], []
            for x, y in ((x0, y0), (x1, y0), (x0, y1), (x1, y1)):
                dx, dy = x - cx, y - cy
                xs.append(cx + dx * cos - dy * sin)
                ys.append(cy + dx * sin + dy * cos)
            x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)
        box = (max(int(x0 / scale), 0), max(int(y0 / scale), 0),
               min(int(math.ceil(x1 / scale)), page_size[0]),
               min(int(math.ceil(y1 / scale)), page_size[1]))
        out.append(Word(w.text, box, w.block, w.line, w.conf))
    return out


# ---- running Tesseract ------------------------------------------------------------------

def _tesseract(gray: Image.Image, languages: str, psm: int,
               cancelled: Callable[[], bool] | None, local_threshold: bool = False
               ) -> list[Word]:
    options = ["-l", languages, "--psm", str(psm)]
    if local_threshold:
        options += THRESHOLDING
    with tempfile.TemporaryDirectory(prefix="clipper-ocr-") as tmp:
        base = _run(gray, Path(tmp), [*options, "tsv", "txt"], cancelled)
        tsv = base.with_suffix(".tsv").read_text(encoding="utf-8", errors="replace")
        txt = base.with_suffix(".txt").read_text(encoding="utf-8", errors="replace")
        return parse_tsv(tsv, txt)


def script_languages(gray: Image.Image, cancelled: Callable[[], bool] | None) -> str:
    """Which models to read a page with, by the script Tesseract's orientation and
    script detection sees (about a second): Korean pages with `kor` alone (with `eng`
    added, Tesseract reads some Korean words as Latin garbage), Latin pages with
    `eng+kor`; `kor+eng` when it cannot tell (too little text)."""
    with tempfile.TemporaryDirectory(prefix="clipper-osd-") as tmp:
        try:
            base = _run(gray, Path(tmp), ["--psm", "0"], cancelled)
            found = base.with_suffix(".osd").read_text(encoding="utf-8", errors="replace")
        except PaperError:  # "too few characters": a nearly empty page
            return LANGUAGES
    match = re.search(r"^Script: (\w+)", found, re.M)
    script = match.group(1) if match else ""
    if script in ("Korean", "Hangul", "Han"):
        return "kor"
    if script == "Latin":
        return "eng+kor"
    return LANGUAGES


def _run(gray: Image.Image, tmp: Path, options: list[str],
         cancelled: Callable[[], bool] | None) -> Path:
    """Run Tesseract on the image (in `tmp`), killing it on cancel; its output base."""
    exe = tesseract_path()
    source = tmp / "page.png"
    gray.save(source, "PNG", compress_level=1)
    base = tmp / "out"
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    command = [exe, str(source), str(base), "--dpi", str(OCR_DPI), *options]
    with open(tmp / "err.txt", "wb") as err:
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err, env=env)
        started = time.monotonic()
        try:
            while True:
                try:
                    proc.wait(timeout=0.1)
                    break
                except subprocess.TimeoutExpired:
                    if cancelled is not None and cancelled():
                        raise OcrCancelled() from None
                    if time.monotonic() - started > PAGE_TIMEOUT:
                        raise PaperError(f"OCR took over {PAGE_TIMEOUT:.0f} s and "
                                         "was stopped") from None
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    if proc.returncode != 0:
        detail = (tmp / "err.txt").read_text(errors="replace").strip()
        last = detail.splitlines()[-1] if detail else f"exit status {proc.returncode}"
        raise PaperError(f"Tesseract could not read the page ({last[:200]})")
    return base


def parse_tsv(text: str, plain: str | None = None) -> list[Word]:
    """Tesseract's TSV (level 5 rows are words) as Words; block numbers count
    Tesseract's (block, paragraph) pairs, line numbers its lines, both page-wide.

    Tesseract's Korean model reports many syllables as words of their own ("경 기 도
    는"), which search would never find as 경기도; its plain-text output of the same
    reading knows which of them have no space between them. With `plain` given, the
    TSV's words are walked along it and joined where it has no space."""
    reader = csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader, None)
    if not header:
        return []
    col = {name: i for i, name in enumerate(header)}
    blocks: dict[tuple[str, str], int] = {}
    lines: dict[tuple[str, str, str], int] = {}
    words: list[Word] = []
    for row in reader:
        if len(row) < len(header) or row[col["level"]] != "5":
            continue
        text_value = row[col["text"]].strip()
        try:
            conf = float(row[col["conf"]])
        except ValueError:
            continue
        if not text_value:
            continue
        block_key = (row[col["block_num"]], row[col["par_num"]])
        line_key = (*block_key, row[col["line_num"]])
        block = blocks.setdefault(block_key, len(blocks))
        line = lines.setdefault(line_key, len(lines))
        x, y = int(row[col["left"]]), int(row[col["top"]])
        w, h = int(row[col["width"]]), int(row[col["height"]])
        words.append(Word(text_value, (x, y, x + max(w, 1), y + max(h, 1)), block, line, conf))
    if plain is not None:
        words = _join_unspaced(words, plain)
    return [w for w in words if w.conf >= MIN_CONFIDENCE]


def _join_unspaced(words: list[Word], plain: str) -> list[Word]:
    """Join words of one line that the plain text writes without a space between."""
    out: list[Word] = []
    pos = 0
    # Tesseract's word boxes are sometimes two lines tall: "close" is measured by the
    # smaller of the two words, and never more than twice the page's typical height.
    height = statistics.median(w.box[3] - w.box[1] for w in words) if words else 1
    for w in words:
        found = plain.find(w.text, pos)
        if found < 0 or found - pos > 40:  # lost step with the text: keep the word as is
            out.append(w)
            continue
        between = plain[pos:found]
        pos = found + len(w.text)
        last = out[-1] if out else None
        # ...and close on the page: never across a column gutter
        if last is not None and not between and (last.block, last.line) == (
                w.block, w.line) and w.box[0] - last.box[2] < 0.6 * min(
                    last.box[3] - last.box[1], w.box[3] - w.box[1], 2 * height):
            out[-1] = Word(last.text + w.text,
                           (min(last.box[0], w.box[0]), min(last.box[1], w.box[1]),
                            max(last.box[2], w.box[2]), max(last.box[3], w.box[3])),
                           last.block, last.line, min(last.conf, w.conf))
            continue
        out.append(w)
    return out
