"""Saved web pages (.html/.htm with their `_files` folder), dropped HTML and fetched pages.

Steps: decode (charset from BOM/header/meta/detection) -> parse -> find photos with their
captions and credits (our own rules, html_photos) -> take the captions out of the page ->
extract the body with trafilatura -> read metadata (html_metadata) -> load each article
photo's bytes from the `_files` folder, the MHTML archive, or the web (fetched pages only).
"""

from __future__ import annotations

import copy
import re
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html

from clipper.domain import ArticleDraft, Block, SourceKind
from clipper.importers import (
    captions,
    html_recovery,
    metadata,
    outlets,
    photo_files,
    photo_places,
    placement,
)
from clipper.importers.control_chars import strip_controls, strip_controls_html
from clipper.importers.html_decode import decode_html, looks_truncated, parse_html
from clipper.importers.html_metadata import PageMeta, collect, file_name, json_ld_images
from clipper.importers.html_photos import (
    FoundPhoto,
    cap_warnings,
    count_images,
    find_photos,
    in_junk,
    text_of,
    unique,
)
from clipper.importers.html_title import choose_title
from clipper.importers.html_title import letters as _letters
from clipper.importers.source import ImportFailure, Source

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
HTML_TYPES = ("text/html", "application/xhtml+xml")

MIN_BODY_CHARS = 40  # less than this is not an article (an index page, a login wall)
_CAPTION_MARK = html_recovery.CAPTION_MARK
_IMG_MARK = "data-clipper-img"

# trafilatura: precision mode drops more boilerplate (share bars, related lists); recall
# mode keeps short paragraphs. Measured on ../shared/benchmarks (bench/extraction_benchmarks.py).
FAVOR_PRECISION = True
FAVOR_RECALL = False
BALANCED_FALLBACK_RATIO = 0.6  # precision kept < 60% of the balanced text: it lost the article


def accepts(source: Source) -> bool:
    if source.suffix in HTML_SUFFIXES or source.content_type.split(";")[0] in HTML_TYPES:
        return True
    head = source.data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))


def read(source: Source) -> ArticleDraft:
    fetched = source.path is None and bool(source.url) and \
        urlsplit(source.url or "").scheme in ("http", "https")
    kind: SourceKind = "url" if fetched else "html"
    return read_page(source, kind=kind, download_photos=fetched)


def read_page(source: Source, *, kind: SourceKind, download_photos: bool) -> ArticleDraft:
    """Extract one article (with its photos' bytes) from a page's bytes."""
    try:
        return _read_page(source, kind=kind, download_photos=download_photos)
    except (ImportFailure, MemoryError, RecursionError):
        raise
    except Exception as exc:  # noqa: BLE001 -- a malformed page must fail alone, not the batch
        raise ImportFailure(
            f"could not read this page ({type(exc).__name__}: {str(exc)[:120]})") from exc


def _read_page(source: Source, *, kind: SourceKind, download_photos: bool) -> ArticleDraft:
    text, _encoding = decode_html(source.data, source.charset)
    # Before any parser sees them: lxml keeps them in the tree and trafilatura's XML
    # output carrying one does not parse, which lost the whole page.
    text = strip_controls_html(text)
    if looks_truncated(text):
        raise ImportFailure("page is cut off (it never closes </body> or </html>); "
                            "save or download it again")
    tree = parse_html(text)
    prepare_tree(tree)
    base = _base_url(tree, source)
    page = collect(tree, source.url)
    title = choose_title(page)
    bylines: list[str] = []  # byline lines taken out of the body: the byline's source
    photos, blocks = _photos_and_body(tree, base, page, title, bylines)
    if sum(len(b.text) for b in blocks) < MIN_BODY_CHARS:
        # Next.js pages may ship the article only inside their script payload.
        flight = next_flight_html(tree)
        body_el = tree.find("body")
        if flight and body_el is not None:
            body_el.append(lxml.html.fragment_fromstring(flight, create_parent="article"))
            photos, blocks = _photos_and_body(tree, base, page, title, bylines)
    if sum(len(b.text) for b in blocks) < MIN_BODY_CHARS:
        raise ImportFailure("no article found: the page has no article text")

    root = photo_region(tree, article_root(tree, blocks),
                        page.title_candidates.get("h1") or title)
    photos = unique([p for p in photos if _belongs(p, root) and not p.foreign])
    _complete_from_json_ld(photos, json_ld_images(tree))
    _place_photos(tree, blocks, photos)

    draft = ArticleDraft(url=page.url or source.url)
    draft.source_kind = kind
    draft.source_name = source.name
    draft.body = blocks
    draft.title = title or _derive_title(blocks)
    draft.published = page.published or metadata.pick_published(
        [b.text for b in blocks[:3] + blocks[-3:]])
    draft.byline = _byline(page, blocks, bylines)
    draft.outlet = _outlet(page, blocks)
    draft.section = page.section[:80]
    draft.source_keywords = page.keywords
    draft.language = metadata.detect_language(draft.body_text())
    if draft.language in ("", "und") and page.language and len(page.language) == 2:
        draft.language = page.language.lower()
    draft.photos = photo_files.photo_drafts(photos, source, download_photos, draft.warnings)
    draft.warnings += cap_warnings(tree)
    where = placement.placement_from_lines(tree.text_content().split("\n"))
    draft.edition, draft.page = where.edition, where.page
    return draft


def prepare_tree(tree: lxml.html.HtmlElement) -> None:
    """Make the parsed page what trafilatura's own parser would have made of it.

    Its parser drops comments and processing instructions, and its walk of a paragraph
    assumes them gone: a `<!-- -->` before an inline link (React pages put one between
    every text run) ends the paragraph there, "...but the <!-- --><a>government
    rejected the offer</a>." keeps "...but the". Stripping them keeps their tails, so
    the text around them joins up as a browser shows it.
    """
    lxml.etree.strip_tags(tree, lxml.etree.Comment, lxml.etree.ProcessingInstruction)
    flatten_ruby(tree)


def flatten_ruby(tree: lxml.html.HtmlElement) -> None:
    """Keep ruby readings as the text a reader sees: `<ruby>尹錫悦<rp>（</rp><rt>ユンソン
    ニョル</rt><rp>）</rp></ruby>` becomes "尹錫悦（ユンソンニョル）".

    The extractor drops `<rt>` (and `<rp>`), so a name's reading printed above it in a
    Japanese or Chinese paragraph, or a hanja word's hangul, was lost. The page's own
    `<rp>` fallback brackets are used where it has them, plain ones where it has not.
    """
    for ruby in list(tree.iter("ruby")):
        has_brackets = ruby.find(".//rp") is not None
        for rt in ruby.iter("rt"):
            if not has_brackets and (rt.text or "").strip():
                rt.text = f"({rt.text.strip()})"
        lxml.etree.strip_tags(ruby, "rb", "rt", "rp", "rtc")
    lxml.etree.strip_tags(tree, "ruby")


def _photos_and_body(tree: lxml.html.HtmlElement, base: str, page: PageMeta,
                     title: str, bylines: list[str]) -> tuple[list[FoundPhoto], list[Block]]:
    photos = find_photos(tree, base)
    for photo in photos:
        for el in photo.caption_elements:
            el.set(_CAPTION_MARK, "1")
        photo.img.set(_IMG_MARK, "1")
    blocks = extract_blocks(tree, page.url or None)
    body = tree.find("body")
    blocks = html_recovery.recover(body if body is not None else tree, blocks)
    return photos, _clean_blocks(blocks, title, photos, _paragraph_keys(tree), bylines)


_FLIGHT_PUSH = re.compile(r'self\.__next_f\.push\(\[1,\s*("(?:[^"\\]|\\.)*")\]\)', re.S)
_FLIGHT_TEXT_ROW = re.compile(r"(?:^|\n)[0-9a-f]{1,6}:T([0-9a-f]{1,8}),")
_FLIGHT_MARKER = re.compile(r"\$\$[A-Z_]{2,30}\$\$")


def next_flight_html(tree: lxml.html.HtmlElement) -> str:
    """The largest HTML text row of a Next.js (React Server Components) payload, or ''.

    Such pages render the article on the client from `self.__next_f.push([1, "..."])`
    script chunks; a text row is `<id>:T<hex byte length>,<text>`.
    """
    import json

    chunks: list[str] = []
    for script in tree.iter("script"):
        code = script.text or ""
        if "__next_f" not in code:
            continue
        for match in _FLIGHT_PUSH.finditer(code):
            try:
                chunks.append(json.loads(match.group(1)))
            except ValueError:
                continue
    payload = "".join(chunks)
    best = ""
    for match in _FLIGHT_TEXT_ROW.finditer(payload):
        length = int(match.group(1), 16)
        text = payload[match.end():].encode("utf-8")[:length].decode("utf-8", "ignore")
        if "<p" in text and len(text) > len(best):
            best = text
    return _FLIGHT_MARKER.sub("", best).strip()


# ---- body -----------------------------------------------------------------------------


def extract_blocks(tree: lxml.html.HtmlElement, url: str | None) -> list[Block]:
    """The article's paragraphs and subheadings, captions removed, by trafilatura.

    Precision mode leaves out share bars and related lists but sometimes half the
    article too; when it keeps much less than the balanced mode, the balanced result
    is used (measured: bench/extraction_benchmarks.py).
    """
    work = copy.deepcopy(tree)
    for el in list(work.iter()):
        if isinstance(el.tag, str) and el.get(_CAPTION_MARK) and el.getparent() is not None:
            el.drop_tree()
    _drop_empty_keeping_tails(work)
    precise = _trafilatura_blocks(copy.deepcopy(work), url, precision=FAVOR_PRECISION)
    if not FAVOR_PRECISION:
        return precise
    size = sum(len(b.text) for b in precise)
    if size >= BALANCED_FALLBACK_RATIO * _most_text(work):
        # The balanced mode cannot keep more than the page's text: it could not win,
        # so its extraction (a third of an import's time) is not run (issue 14).
        return precise
    balanced = _trafilatura_blocks(work, url, precision=False)
    if sum(len(b.text) for b in balanced) * BALANCED_FALLBACK_RATIO > size:
        return balanced
    return precise


_VISIBLE_TEXT = lxml.etree.XPath("//text()[not(ancestor::script) and not(ancestor::style)]")


def _most_text(tree: lxml.html.HtmlElement) -> float:
    """An upper bound of the text any extraction of `tree` can return: its characters
    outside scripts and styles, spaces collapsed, with a margin for the few an
    extractor adds (list bullets, line joins)."""
    return len(" ".join(" ".join(_VISIBLE_TEXT(tree)).split())) * 1.05 + 200


# trafilatura's precision mode deletes these when empty *with* the text that follows them
# (trafilatura.htmlprocessing.prune_html, keep_tail=False): "<b>1925-40:</b> <b></b>“Howard
# Harding Jones...” kept "1925-40:". Removing them first, tail kept, loses nothing.
_EMPTY_CUT_BY_PRECISION = ("article", "b", "blockquote", "dd", "div", "dt", "em", "h1", "h2",
                           "h3", "h4", "h5", "h6", "i", "li", "main", "p", "pre", "q",
                           "section", "span", "strong")


def _drop_empty_keeping_tails(work: lxml.html.HtmlElement) -> None:
    for el in list(work.iter(*_EMPTY_CUT_BY_PRECISION)):
        if el.text is None and len(el) == 0 and (el.tail or "").strip() and \
                el.getparent() is not None:
            el.drop_tree()  # lxml joins the tail to the previous sibling or the parent


def _trafilatura_blocks(work: lxml.html.HtmlElement, url: str | None,
                        precision: bool) -> list[Block]:
    import trafilatura

    xml = trafilatura.extract(
        work, url=url, output_format="xml", favor_precision=precision, config=_config(),
        favor_recall=FAVOR_RECALL, include_comments=False, include_tables=True,
        include_images=False, include_links=False, with_metadata=False, deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if not xml:
        return []
    try:
        doc = lxml.etree.fromstring(xml.encode("utf-8"))
    except lxml.etree.XMLSyntaxError:
        try:  # a character XML refuses that came in some other way than the page source
            doc = lxml.etree.fromstring(strip_controls(xml).encode("utf-8"))
        except lxml.etree.XMLSyntaxError:
            return []
    main = doc.find("main")
    if main is None:
        main = doc
    blocks: list[Block] = []
    for el in main:
        _blocks_from(el, blocks)
    return blocks


_CONFIG = None


def _config():  # noqa: ANN202 -- a configparser.ConfigParser
    """trafilatura's settings, changed where its defaults hurt news clippings."""
    global _CONFIG
    if _CONFIG is None:
        from trafilatura.settings import use_config

        config = use_config()
        # Short news briefs (a few hundred characters) are articles too: by default
        # trafilatura discards anything under 250 characters and tries its fallbacks.
        config.set("DEFAULT", "min_extracted_size", "60")
        # Dates come from our own metadata rules; its extensive search invents them.
        config.set("DEFAULT", "extensive_date_search", "off")
        _CONFIG = config
    return _CONFIG


def _blocks_from(el: lxml.etree._Element, out: list[Block]) -> None:
    tag = el.tag
    if tag == "head":
        text = html_recovery.SUBHEAD_BULLET.sub("", _xml_text(el))
        if text:
            out.append(Block("subheading", text))
    elif tag in ("list",):
        for item in el:
            _blocks_from(item, out)
    elif tag == "table":
        for row in el.iter("row"):
            cells = [_xml_text(c) for c in row]
            line = " | ".join(c for c in cells if c)
            if line:
                out.append(Block("paragraph", line))
    else:  # p, item, quote, code and anything new: text split at its line breaks
        out.extend(html_recovery.as_block(_xml_lines(el)))


def _xml_lines(el: lxml.etree._Element) -> list[str]:
    parts: list[str] = []

    def walk(node: lxml.etree._Element) -> None:
        if node.tag == "lb":
            parts.append("\n")
        elif node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return [line for line in (metadata.clean_line(re.sub(r"[ \t\r\f\v]+", " ", x))
                              for x in "".join(parts).split("\n")) if line]


def _xml_text(el: lxml.etree._Element) -> str:
    return metadata.clean_line(re.sub(r"\s+", " ", "".join(el.itertext())))


def _norm(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()


def _paragraph_keys(tree: lxml.html.HtmlElement) -> set[str]:
    """The texts of the page's own body paragraphs: `<p>`s outside figures and captions.

    Some sites caption a photo with the very sentence of the paragraph beside it (Daily
    Mail does for every photo): that paragraph is still the article's.
    """
    keys = set()
    for p in tree.iter("p"):
        if p.get(_CAPTION_MARK) or any(
                anc.get(_CAPTION_MARK) or anc.tag in ("figure", "figcaption")
                for anc in p.iterancestors()):
            continue
        key = _norm(p.text_content())
        if len(key) >= 12:
            keys.add(key)
    return keys


def _clean_blocks(blocks: list[Block], title: str, photos: list[FoundPhoto],
                  paragraph_keys: set[str] = frozenset(),
                  bylines: list[str] | None = None) -> list[Block]:
    """Drop captions that survived extraction, a repeated title, and date/byline lines
    (those go to `bylines`)."""
    dropped = bylines if bylines is not None else []
    caption_keys = set()
    for photo in photos:
        for text in (photo.caption, f"{photo.caption} {photo.credit}", photo.alt):
            key = _norm(text)
            if len(key) >= 12:
                caption_keys.add(key)
    title_key = _norm(title)
    kept: list[Block] = []
    for n, block in enumerate(blocks):
        key = _norm(block.text)
        if not key:
            continue
        if (key in caption_keys and key not in paragraph_keys) or \
                (title_key and key == title_key and n < 3):
            continue
        if len(block.text) <= metadata.MAX_DATE_LINE and (
            metadata.is_date_line(block.text) and (n < 3 or n >= len(blocks) - 3)
        ):
            continue
        if block.kind == "paragraph" and len(block.text) <= 200 and \
                captions.has_strong_credit(block.text) and _looks_like_caption(block.text):
            continue
        kept.append(block)
    # The article's tail: the reporter's byline or e-mail, the copyright notice.
    while kept and _is_tail_furniture(kept[-1].text):
        dropped.append(kept.pop().text)
    # A byline widget under the headline ("박준석 기자 외 1명"), maybe below a deck.
    for n in range(min(3, len(kept)) - 1, -1, -1):
        if len(kept[n].text) <= 80 and metadata.is_byline_line(kept[n].text):
            dropped.append(kept.pop(n).text)
    return kept


def _is_tail_furniture(text: str) -> bool:
    if len(text) > 160:
        return False
    low = text.casefold()
    if metadata.is_byline_line(text) or metadata.is_tip_line(text):
        return True
    return ("copyright" in low or "all rights reserved" in low or "무단" in text
            or "저작권자" in text or text.startswith(("ⓒ", "©")))


def _looks_like_caption(text: str) -> bool:
    """A short line ending in a photo credit ("... [연합뉴스 자료사진]", "(AP Photo/X)")."""
    caption, credit = captions.split_credit(text, strong_only=True)
    return bool(credit) and len(text) <= 200 and not caption.endswith(("?", ":"))


# ---- which photos belong to the article ----------------------------------------------


def article_root(tree: lxml.html.HtmlElement, blocks: list[Block]) -> lxml.html.HtmlElement:
    """The page element that holds the extracted body (the deepest one with most of it)."""
    body_text = _norm(" ".join(b.text for b in blocks))
    weights: dict[lxml.html.HtmlElement, int] = {}
    matched_total = 0
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "head", "title"):
            continue
        own = "".join([el.text or ""] + [c.tail or "" for c in el])
        key = _norm(own)
        if len(key) < 25 or key[:60] not in body_text:
            continue
        weight = len(key)
        matched_total += weight
        for anc in el.iterancestors():
            weights[anc] = weights.get(anc, 0) + weight
        weights[el] = weights.get(el, 0) + weight
    body = tree.find("body")
    if not matched_total:
        return body if body is not None else tree
    best = body if body is not None else tree
    depth_best = -1
    for el, weight in weights.items():
        if weight >= 0.7 * matched_total:
            depth = sum(1 for _ in el.iterancestors())
            if depth > depth_best:
                best, depth_best = el, depth
    # Photos above the text (a lead photo under the headline) sit in the enclosing
    # <article>, or one level up when the page has none.
    for anc in [best, *best.iterancestors()]:
        if anc.tag == "article" or (anc.get("itemprop") or "") == "articleBody":
            if anc.tag == "article":
                return anc
    parent = best.getparent()
    return parent if parent is not None and parent.tag not in ("html",) else best


def photo_region(tree: lxml.html.HtmlElement, root: lxml.html.HtmlElement,
                 title: str) -> lxml.html.HtmlElement:
    """The body's element widened to take in the headline: a lead photo sits between them."""
    key = _letters(title)
    if not key:
        return root
    for heading in tree.iter("h1", "h2"):
        text = _letters(heading.text_content())
        if text and (text == key or (len(text) >= 10 and (text in key or key in text))):
            ancestors = set(root.iterancestors()) | {root}
            for anc in heading.iterancestors():
                if anc in ancestors:
                    return anc if anc.tag not in ("html",) else root
            break
    return root


_RELATED_HEADING = re.compile(
    r"^(related|more (from|on|stories|news)|read (more|next)|recommended|most (read|popular)|"
    r"you (may|might) also|trending|top stories|latest|관련\s*(기사|뉴스)|많이\s*본|"
    r"추천\s*기사|이\s*시각|.{0,12}주요\s*뉴스|오늘의|인기\s*기사)",
    re.I,
)


def _looks_like_teaser(photo: FoundPhoto, root: lxml.html.HtmlElement) -> bool:
    """A card for another article: the photo sits next to a headline or a headline link.

    An article's own figure holds a caption, never a heading or a link of headline
    length outside its caption.
    """
    inside_caption = {el for cap in photo.caption_elements for el in cap.iter()}
    for n, anc in enumerate(photo.img.iterancestors()):
        if anc is root or n >= 3 or count_images(anc) > 1 or len(text_of(anc)) > 300:
            break
        for el in anc.iter("a", "h2", "h3", "h4"):
            if el in inside_caption or photo.img in el.iter():
                continue
            if el.tag != "a":
                return True
            if el.get("href", "").strip() not in ("", "#") and len(text_of(el)) >= 20:
                return True
    return False


def _belongs(photo: FoundPhoto, root: lxml.html.HtmlElement) -> bool:
    """Inside the article's region, and not a teaser for another article."""
    img = photo.img
    if not any(anc is root for anc in img.iterancestors()):
        return False
    if in_junk(img, root):
        return False
    if _looks_like_teaser(photo, root):
        return False
    for anc in img.iterancestors():
        if anc is root:
            break
        if anc.tag == "a" and anc.get("href", "").strip() not in ("", "#") and \
                text_of(anc) and not photo.caption_elements:
            return False  # a linked thumbnail with a headline: another article's teaser
        for child in anc:
            if isinstance(child.tag, str) and child.tag in ("h2", "h3", "h4", "strong") and \
                    _RELATED_HEADING.match(text_of(child)):
                return False
    return True


def _place_photos(tree: lxml.html.HtmlElement, blocks: list[Block],
                  photos: list[FoundPhoto]) -> None:
    """Each photo's place among the body blocks, read from where it sits in the page."""
    if not photos:
        return
    body = tree.find("body")
    places = photo_places.photo_places(body if body is not None else tree,
                                       [b.text for b in blocks], [p.img for p in photos],
                                       _CAPTION_MARK)
    for photo, place in zip(photos, places, strict=True):
        photo.after_block = place


def _complete_from_json_ld(photos: list[FoundPhoto],
                           described: dict[str, tuple[str, str]]) -> None:
    """Fill a photo's missing caption or credit from the page's JSON-LD of the same file."""
    if not described:
        return
    for photo in photos:
        if photo.caption and photo.credit:
            continue
        caption, credit = described.get(file_name(photo.src), ("", ""))
        photo.caption = photo.caption or caption
        photo.credit = photo.credit or credit


# ---- metadata ---------------------------------------------------------------------------


def _derive_title(blocks: list[Block]) -> str:
    from clipper.importers.text import derive_title

    return derive_title(blocks)


def _byline(page: PageMeta, blocks: list[Block], removed: list[str]) -> str:
    if page.authors:
        return ", ".join(page.authors)[:200]
    lines = [b.text for b in blocks[:2]] + removed + [b.text for b in blocks[-3:]]
    for line in lines:
        found = metadata.byline_in_line(line)
        if found:
            return found
    return ""


def _outlet(page: PageMeta, blocks: list[Block]) -> str:
    url = page.url
    if outlets.is_portal(url):
        if page.portal_press:
            return page.portal_press
        lines = [b.text for b in blocks[:3] + blocks[-5:]]
        return outlets.outlet_from_lines(lines)
    found = outlets.outlet_from_url(url)
    if found:
        return found
    for name in (page.site_name, page.publisher):
        if name and not outlets.is_portal("https://" + name.lower()):
            return outlets.canonical_outlet(name)
    return outlets.outlet_from_lines([b.text for b in blocks[:3] + blocks[-5:]])


# ---- photo files ------------------------------------------------------------------------


def _base_url(tree: lxml.html.HtmlElement, source: Source) -> str:
    base_el = tree.find(".//base")
    href = base_el.get("href", "").strip() if base_el is not None else ""
    if source.url:
        return urljoin(source.url, href) if href else source.url
    return href  # a saved file: relative addresses stay relative to its folder
