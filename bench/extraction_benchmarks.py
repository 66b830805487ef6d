"""Run Clipper's own HTML import over ../shared/benchmarks and print its scores.

The scores are the ones ../shared/benchmarks/README.md defines:
- scrapinghub (181 pages): body precision/recall/F1 as bags of `\\w+` tokens, mean per page;
- fundus (258 pages): paragraphs, captions, attached, credits, title, date, author, pooled,
  and the same over the 4 Korean pages alone;
- on both sets: expected paragraphs that come out truncated (their words cut: only a head or
  a tail of the paragraph is in the body), and how many of those a `<p>` of the page holds
  whole (text an importer step lost, not text the page never had).

Each page is decompressed to NAME.html in a temporary folder, the folder is imported through
`LibraryService.import_paths` into a temporary library (exactly what `clipper import` does),
and each clipping is mapped back to its page by its source file name.

    python bench/extraction_benchmarks.py [--benchmarks DIR] [--only scrapinghub|fundus]
        [--limit N] [--show-misses FIELD]   (FIELD: body, truncated, paragraphs, captions...)
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from clipper.domain import Clipping  # noqa: E402
from clipper.services import LibraryService  # noqa: E402

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"


def import_pages(pages: dict[str, bytes], workdir: Path) -> tuple[dict[str, Clipping], float]:
    """Import {file name: html bytes}; return {file name: clipping} and seconds taken."""
    folder = workdir / "pages"
    folder.mkdir()
    for name, data in pages.items():
        (folder / name).write_bytes(data)
    started = time.perf_counter()
    found: dict[str, Clipping] = {}
    with LibraryService(workdir / "library") as service:
        outcomes = service.import_paths([folder])
        elapsed = time.perf_counter() - started
        for outcome in outcomes:
            if outcome.clipping_id is not None:
                found[Path(outcome.item).name] = service.get(outcome.clipping_id)
    failed = [o for o in outcomes if o.status == "failed"]
    for o in failed:
        print(f"  failed: {Path(o.item).name}: {o.reason}", file=sys.stderr)
    return found, elapsed


# ---- truncated paragraphs (both sets) ---------------------------------------------------

MIN_CUT_WORDS = 3  # a head or tail this long (and 30% of the paragraph) is a cut paragraph


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", norm(text))


def _longest_end(words: list[str], haystack: str, from_start: bool) -> int:
    """How many of `words`' first (or last) words occur together in `haystack`."""
    lo, hi = 0, len(words)
    while lo < hi:  # containment is monotonic in the run's length
        mid = (lo + hi + 1) // 2
        run = words[:mid] if from_start else words[len(words) - mid:]
        if f" {' '.join(run)} " in haystack:
            lo = mid
        else:
            hi = mid - 1
    return lo


def is_truncated(paragraph: str, body_words: str) -> bool:
    """The paragraph's words are cut in the body: its head or tail is there, not all of it.

    `body_words` is the body's words joined by single spaces with a space at each end.
    Differences of punctuation only (every word there, in order) are not a cut.
    """
    words = _words(paragraph)
    if len(words) < MIN_CUT_WORDS + 1 or f" {' '.join(words)} " in body_words:
        return False
    need = max(MIN_CUT_WORDS, int(0.3 * len(words)))
    return (_longest_end(words, body_words, True) >= need
            or _longest_end(words, body_words, False) >= need)


def page_paragraph_words(data: bytes) -> list[str]:
    """Each <p> of the page as its words joined by spaces (padded): its visible text,
    without scripts, buttons and screen-reader labels."""
    from clipper.importers.html_decode import decode_html, parse_html
    from clipper.importers.html_photos import text_of

    text, _ = decode_html(data)
    tree = parse_html(text)
    return [f" {' '.join(_words(text_of(p)))} " for p in tree.iter("p")]


class Truncations:
    """Expected paragraphs cut in the body, and those a page's own <p> holds whole."""

    def __init__(self) -> None:
        self.cut: list[str] = []
        self.held_whole: list[str] = []

    def check(self, page: str, paragraphs: list[str], body: str, data: bytes) -> None:
        body_words = f" {' '.join(_words(body))} "
        cut = [p for p in paragraphs if is_truncated(p, body_words)]
        if not cut:
            return
        own = page_paragraph_words(data)
        for para in cut:
            whole = f" {' '.join(_words(para))} "
            line = f"{page}: {para[:110]}"
            self.cut.append(line)
            if any(whole in p for p in own):
                self.held_whole.append(line)

    def line(self) -> str:
        return (f"truncated paragraphs {len(self.cut)}, of which a page's own <p> holds "
                f"{len(self.held_whole)} whole")


# ---- scrapinghub --------------------------------------------------------------------


def _tokens(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.lower()))


def body_scores(predicted: str, expected: str) -> tuple[float, float, float]:
    pred, gold = _tokens(predicted), _tokens(expected)
    if not pred or not gold:
        return 0.0, 0.0, 0.0
    shared = sum((pred & gold).values())
    p = shared / sum(pred.values())
    r = shared / sum(gold.values())
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def run_scrapinghub(root: Path, limit: int | None, show: str | None) -> None:
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[:limit] if limit else sorted(truth)
    pages = {f"{i}.html": gzip.decompress((root / "html" / f"{i}.html.gz").read_bytes())
             for i in ids}
    with tempfile.TemporaryDirectory() as tmp:
        clippings, elapsed = import_pages(pages, Path(tmp))
    totals = [0.0, 0.0, 0.0]
    worst: list[tuple[float, str]] = []
    cuts = Truncations()
    for i in ids:
        clipping = clippings.get(f"{i}.html")
        predicted = clipping.body_text() if clipping else ""
        expected_lines = [x for x in truth[i]["articleBody"].split("\n") if x.strip()]
        if clipping:
            cuts.check(i[:12], expected_lines, predicted, pages[f"{i}.html"])
        p, r, f = body_scores(predicted, truth[i]["articleBody"])
        totals = [totals[0] + p, totals[1] + r, totals[2] + f]
        worst.append((f, f"{i[:12]} p={p:.2f} r={r:.2f} {truth[i]['url'][:70]}"))
    n = len(ids)
    print(f"scrapinghub: {n} pages, {len(clippings)} imported, {elapsed:.1f} s "
          f"({elapsed / n * 1000:.0f} ms/page)")
    print(f"  body precision {totals[0] / n:.3f}  recall {totals[1] / n:.3f}  "
          f"F1 {totals[2] / n:.3f}   (target F1 >= 0.96)")
    print(f"  {cuts.line()}")
    if show == "body":
        for f, line in sorted(worst)[:25]:
            print(f"    F1={f:.2f} {line}")
    if show == "truncated":
        _print_cuts(cuts)


def _print_cuts(cuts: Truncations) -> None:
    for line in cuts.cut:
        mark = "held whole by a <p>" if line in cuts.held_whole else "not in one <p>"
        print(f"    cut ({mark}) {line}")


# ---- fundus -------------------------------------------------------------------------

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"',
                         "‘": "'", "’": "'", "‚": "'", "‛": "'", "‹": "'", "›": "'"})


def norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", html.unescape(text or ""))
    text = re.sub("[\u00ad\u200b\u200c\u200d\u2060\ufeff]", "", text)
    text = text.translate(_QUOTES)
    return re.sub(r"\s+", " ", text).strip().casefold()


_PUNCT = " \t.,;:!?-–—/|()[]{}\"'·•"


def _strip_credits(text: str, credits: list[str]) -> str:
    for credit in credits:
        if len(credit) >= 3:
            text = re.sub(r"(?<!\w)" + re.escape(credit) + r"(?!\w)", " ", text)
    return re.sub(r"\s+", " ", text).strip(_PUNCT)


def caption_matches(photo_caption: str, photo_credit: str, expected: str,
                    expected_credits: list[str]) -> bool:
    if expected in photo_caption:
        return True
    credits = [c for c in expected_credits + [photo_credit] if c]
    ours = _strip_credits(photo_caption, credits)
    theirs = _strip_credits(expected, credits)
    if not ours or not theirs:
        return False
    return theirs in ours or (ours in theirs and len(ours) >= 0.6 * len(theirs))


def _file_names(url: str) -> set[str]:
    names = set()
    parts = urlsplit(url)
    last = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1]).lower()
    if last:
        names.add(last)
    for _, value in parse_qsl(parts.query):
        if "/" in value:
            inner = unquote(urlsplit(value).path.rstrip("/").rsplit("/", 1)[-1]).lower()
            if inner:
                names.add(inner)
    return names


def _expected_version(pair: dict, root: Path) -> dict:
    return json.loads((root / pair["expected"]).read_text(encoding="utf-8"))[pair["version"]]


class Tally:
    def __init__(self) -> None:
        self.found: Counter[str] = Counter()
        self.total: Counter[str] = Counter()

    def add(self, field: str, ok: bool) -> None:
        self.total[field] += 1
        self.found[field] += bool(ok)

    def line(self, field: str) -> str:
        total = self.total[field]
        if not total:
            return f"{field} -"
        return f"{field} {self.found[field] / total:.1%} ({self.found[field]}/{total})"


def score_fundus_page(expected: dict, clipping: Clipping | None, tally: Tally,
                      misses: dict[str, list[str]], page: str) -> None:
    body = norm(clipping.body_text()) if clipping else ""
    photos = [(norm(p.caption), norm(p.credit), p) for p in clipping.photos] if clipping else []
    for section in expected.get("body", {}).get("sections", []):
        for para in section.get("paragraphs", []):
            if not norm(para):
                continue
            ok = norm(para) in body
            tally.add("paragraphs", ok)
            if not ok:
                misses["paragraphs"].append(f"{page}: {para[:100]}")
        for head in section.get("headline", []):
            if norm(head):
                tally.add("subheadings", bool(clipping) and any(
                    b.kind == "subheading" and norm(b.text) == norm(head) for b in clipping.body))
    for image in expected.get("images", []):
        credits = [norm(a) for a in image.get("authors", []) if norm(a)]
        caption = norm(image.get("caption"))
        names: set[str] = set()
        for version in image.get("versions", []):
            names |= _file_names(version.get("url", ""))
        if caption:
            matching = [p for pc, cr, p in photos if caption_matches(pc, cr, caption, credits)]
            tally.add("captions", bool(matching))
            if not matching:
                misses["captions"].append(f"{page}: {caption[:100]}")
            attached = any(
                names & (_file_names(p.src or "") | _file_names(p.image or "")) for p in matching
            )
            tally.add("attached", attached)
            if matching and not attached:
                misses["attached"].append(
                    f"{page}: {sorted(names)[:2]} got {[p.src for p in matching][:2]}")
        for credit in dict.fromkeys(credits):
            ok = any(credit in cr or (cr and cr in credit and len(cr) >= len(credit) / 2)
                     for _, cr, _ in photos)
            tally.add("credits", ok)
            if not ok:
                misses["credits"].append(f"{page}: {credit} (have {[c for _, c, _ in photos]})")
    title_ok = bool(clipping) and norm(clipping.title) == norm(expected.get("title"))
    tally.add("title", title_ok)
    if not title_ok:
        misses["title"].append(
            f"{page}: {expected.get('title')!r} got {clipping.title if clipping else None!r}")
    want_date = (expected.get("publishing_date") or "")[:10]
    got_date = clipping.published.isoformat() if clipping and clipping.published else ""
    tally.add("date", bool(want_date) and got_date[:10] == want_date)
    if got_date[:10] != want_date:
        misses["date"].append(f"{page}: want {want_date} got {got_date}")
    authors = [norm(a) for a in expected.get("authors", []) if norm(a)]
    if authors:
        byline = norm(clipping.byline) if clipping else ""
        ok = all(a in byline for a in authors)
        tally.add("author", ok)
        if not ok:
            misses["author"].append(f"{page}: want {authors} got {byline!r}")


def run_fundus(root: Path, limit: int | None, show: str | None) -> None:
    pairs = json.loads((root / "pairs.json").read_text(encoding="utf-8"))
    if limit:
        pairs = pairs[:limit]
    pages = {}
    for pair in pairs:
        name = pair["html"].replace("/", "__").removesuffix(".gz")
        pages[name] = gzip.decompress((root / pair["html"]).read_bytes())
    with tempfile.TemporaryDirectory() as tmp:
        clippings, elapsed = import_pages(pages, Path(tmp))
    everything, korean = Tally(), Tally()
    cuts = Truncations()
    misses: dict[str, list[str]] = {k: [] for k in
                                    ("paragraphs", "captions", "attached", "credits", "title",
                                     "date", "author")}
    for pair in pairs:
        name = pair["html"].replace("/", "__").removesuffix(".gz")
        expected = _expected_version(pair, root)
        clipping = clippings.get(name)
        score_fundus_page(expected, clipping, everything, misses, name)
        if clipping:
            paragraphs = [p for s in expected.get("body", {}).get("sections", [])
                          for p in s.get("paragraphs", []) if norm(p)]
            cuts.check(name.removesuffix(".html"), paragraphs, clipping.body_text(),
                       pages[name])
        if pair["country"] == "kr":
            score_fundus_page(expected, clipping, korean, {k: [] for k in misses}, name)
    n = len(pairs)
    print(f"fundus: {n} pages, {len(clippings)} imported, {elapsed:.1f} s "
          f"({elapsed / n * 1000:.0f} ms/page)")
    kept = sum(len(c.photos) for c in clippings.values())
    expected_images = sum(len(_expected_version(p, root).get("images", [])) for p in pairs)
    print(f"  photos kept {kept} (the ground truth lists {expected_images} images; "
          "for information)")
    fields = ("paragraphs", "captions", "attached", "credits", "title", "date", "author",
              "subheadings")
    targets = {"paragraphs": ">= 90%", "captions": ">= 80%", "credits": ">= 80%",
               "title": ">= 90%", "date": ">= 95%"}
    for field in fields:
        target = f"   (target {targets[field]})" if field in targets else ""
        print(f"  {everything.line(field)}{target}")
    print("  Korean pages: " + ", ".join(korean.line(f) for f in fields[:7]))
    print(f"  {cuts.line()}")
    if show == "truncated":
        _print_cuts(cuts)
    elif show:
        for line in misses.get(show, [])[:400]:
            print(f"    miss {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--benchmarks", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--only", choices=["scrapinghub", "fundus"])
    parser.add_argument("--limit", type=int, help="only the first N pages of each set")
    parser.add_argument("--show-misses", metavar="FIELD",
                        help="list misses: body, truncated, paragraphs, captions, attached, "
                        "credits, title, date, author")
    args = parser.parse_args()
    if not args.benchmarks.exists():
        sys.exit(f"no benchmarks at {args.benchmarks}")
    if args.only in (None, "scrapinghub"):
        run_scrapinghub(args.benchmarks / "scrapinghub", args.limit, args.show_misses)
    if args.only in (None, "fundus"):
        run_fundus(args.benchmarks / "fundus", args.limit, args.show_misses)


if __name__ == "__main__":
    main()
