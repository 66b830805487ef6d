"""Photos in a news page's HTML, each with its caption and credit.

Article extractors drop captions or leave them in the body; outlets mark them up in a
handful of ways, which we read in order of trust:
1. `<figure>` with `<figcaption>` (most outlets; Yonhap, Daum, AP);
2. an element whose class says caption/description next to or around the image
   (Naver's `<em class="img_desc">`, OhmyNews-like `<div class="caption">`);
3. a one-photo layout table whose other cell holds the caption (older Korean outlets);
4. the image's `alt` text.
A credit is an element whose class says credit/copyright/source inside the caption's block,
else the credit pattern at the end of the caption (`captions.split_credit`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import lxml.html

from clipper.importers import captions, foreign_photos, photo_sources
from clipper.importers.metadata import clean_line

_CAPTION_CLASS = re.compile(
    r"caption|figcap|cutline|legend|desc|phototxt|picturetxt|imgtxt|img_txt|photo_txt|"
    r"figure_txt|photo-txt|photo_text|image-text|img-text|photo-caption|pic_txt|pictxt|"
    r"media-text|photo_info|photoinfo|img_info",
    re.I,
)
_CREDIT_CLASS = re.compile(
    r"credit|copyright|photographer|courtesy|attribution|\bsource\b|image-source|"
    r"photo-source|img_source|author|autor|fotograf|byline|\bcopy\b|\bcr\b|origin|distributor|"
    r"agency|provider|rights|(?:\b|_)src\b",
    re.I,
)
# Lazy-loading pages keep the real address in one of these; `src` is then a placeholder.
_LAZY_ATTRS = ("data-src", "data-original", "data-lazy-src", "data-lazy", "data-url",
               "data-original-src", "data-org-src", "data-hi-res-src", "data-full-src",
               "data-srcset", "data-lazy-srcset")
_PLACEHOLDER = re.compile(r"placeholder|blank|spacer|pixel|transparent|lazy|loading|dummy|1x1|"
                          r"fallback|grey\.|gray\.|empty\.", re.I)
_NOT_A_PHOTO = re.compile(r"(^|[/_\-.])(logo|icon|icons|ico|avatar|sprite|emoji|emoticon|btn|"
                          r"button|badge|banner|ad|ads|profile|thumb_?default)([/_\-.\d]|$)", re.I)
EMBEDDED_MIN_CHARS = 400  # a data: URI shorter than this is a placeholder pixel
MAX_CANDIDATES = 600  # images examined per page (captions are looked up around each)
# A caption is short and never most of the page's text: a "description" container that
# holds the whole article must not be taken for one (and removed from the body).
MAX_CAPTION_CHARS = 1200
MAX_CAPTION_SHARE = 0.4  # of the page's visible text...
MIN_CAPTION_LIMIT = 300  # ...but a brief's photo may have a caption as long as its text
MAX_CAPTION_PARAGRAPHS = 2
_TINY = 80  # images declared this small are icons, bullets or tracking pixels
_JUNK_TOKENS = frozenset(
    "nav navigation navbar menu gnb lnb footer sidebar aside related relate recommend "
    "recommended recommendation popular ranking rank most trending advert advertisement ads ad "
    "banner promo sponsor sponsored share sharing sns social comment comments newsletter "
    "subscribe subscription outbrain taboola logo breadcrumb breadcrumbs more "
    "hot_issue issue_list list_news news_list article_list avatar byline profile author "
    "authors writer reporter journalist".split()
)
_SOURCE_LINE = re.compile(r"^(?:source|sources|quelle|fuente|fonte|출처|자료)\s*[:=]\s*(.{2,120})$", re.I)
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")


@dataclass
class FoundPhoto:
    src: str  # the address as the page gives it, resolved against the page's base URL
    caption: str
    credit: str
    alt: str
    img: lxml.html.HtmlElement
    caption_elements: list[lxml.html.HtmlElement] = field(default_factory=list)
    # Every address the page gives for it, as written (photo_sources.addresses), and
    # the base URL they are relative to.
    addresses: list[str] = field(default_factory=list)
    base: str = ""
    # Why it is not the article's photo (a video teaser, an advertisement), or ''.
    foreign: str = ""
    # Body blocks before it in the page (photo_places), None when not certain.
    after_block: int | None = None


def text_of(el: lxml.html.HtmlElement, skip: tuple[lxml.html.HtmlElement, ...] = ()) -> str:
    """Visible text of an element, without scripts/styles/buttons and the `skip` subtrees."""
    parts: list[str] = []

    def walk(node: lxml.html.HtmlElement) -> None:
        if not isinstance(node.tag, str):
            if node.tail:
                parts.append(node.tail)
            return
        if node in skip or node.tag in ("script", "style", "button", "noscript", "template"):
            pass
        elif _hidden_label(node):
            pass
        else:
            if node.text:
                parts.append(node.text)
            for child in node:
                walk(child)
            if node.tag in ("br", "p", "div", "li"):
                parts.append(" ")
        if node is not el and node.tail:
            parts.append(node.tail)

    walk(el)
    return clean_line(re.sub(r"\s+", " ", "".join(parts)))


def _hidden_label(node: lxml.html.HtmlElement) -> bool:
    """Screen-reader-only labels such as "사진 확대" or "Enlarge this image"."""
    cls = (node.get("class") or "").lower()
    return any(k in cls for k in ("blind", "sr-only", "visually-hidden", "screen-reader",
                                  "is_blind", "a11y", "offscreen", "hidden"))


def _tokens(node: lxml.html.HtmlElement) -> set[str]:
    raw = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
    tokens = set(_TOKEN_SPLIT.split(raw))
    # Keep joined names too ("hot_issue"), so multi-word junk markers can match.
    tokens.update(raw.split())
    return tokens


def in_junk(node: lxml.html.HtmlElement, stop: lxml.html.HtmlElement | None) -> bool:
    """Is `node` inside navigation, a related-articles list, ads or share bars (below `stop`)?"""
    for anc in node.iterancestors():
        if anc is stop:
            return False
        if anc.tag in ("nav", "footer"):
            return True
        if _tokens(anc) & _JUNK_TOKENS:
            return True
    return False


def image_src(img: lxml.html.HtmlElement, base: str) -> str | None:
    """The real address of an image (not its lazy-loading placeholder), resolved.

    When a lazy-loading attribute is present, `src` is usually a shared placeholder,
    so the lazy address wins.
    """
    src = (img.get("src") or "").strip()
    candidates: list[str] = []
    for attr in _LAZY_ATTRS:
        value = (img.get(attr) or "").strip()
        if value:
            candidates.append(_first_srcset(value) if "srcset" in attr else value)
    for attr, value in img.attrib.items():
        if attr.startswith("data-") and "src" in attr and attr not in _LAZY_ATTRS and value:
            candidates.append(_first_srcset(value))
    if src and not src.startswith("data:") and not _PLACEHOLDER.search(src.rsplit("/", 1)[-1]):
        candidates.append(src)
    srcset = img.get("srcset")
    if srcset:
        candidates.append(_first_srcset(srcset))
    parent = img.getparent()
    if parent is not None and parent.tag in ("picture", "source"):
        for source in parent.iter("source"):
            if source.get("srcset"):
                candidates.append(_first_srcset(source.get("srcset")))
    for cand in candidates:
        if cand and not cand.startswith(("data:", "javascript:", "about:", "{")):
            try:
                return urljoin(base, cand) if base else cand
            except ValueError:
                return cand
    # Single-file savers (SingleFile, "Save as HTML only" extensions) embed the photo
    # itself; a tiny data: URI is only a lazy-loading placeholder.
    if src.startswith("data:image/") and len(src) > EMBEDDED_MIN_CHARS:
        return src
    return None


def _first_srcset(value: str) -> str:
    return value.strip().split(",")[0].strip().split(" ")[0]


def _is_tiny(img: lxml.html.HtmlElement) -> bool:
    for attr in ("width", "height"):
        value = (img.get(attr) or "").strip().rstrip("px")
        if value.isdigit() and int(value) < _TINY:
            return True
    return False


def _looks_like_icon(src: str) -> bool:
    if src.startswith("data:"):
        return src.startswith("data:image/svg")
    path = urlsplit(src).path.lower()
    return path.endswith((".svg", ".ico")) or bool(_NOT_A_PHOTO.search(path.rsplit("/", 1)[-1]))


def find_photos(tree: lxml.html.HtmlElement, base: str) -> list[FoundPhoto]:
    """Every plausible photo of the page with its caption, in document order."""
    found: list[FoundPhoto] = []
    limit = _caption_limit(tree)
    for n, img in enumerate(tree.iter("img", "amp-img")):
        if n >= MAX_CANDIDATES:
            break  # a page of thousands of thumbnails: its article photos come first
        src = image_src(img, base)
        if not src or _is_tiny(img) or _looks_like_icon(src):
            continue
        if any(anc.tag == "noscript" for anc in img.iterancestors()) and found and \
                found[-1].img.getparent() is not None:
            # A <noscript> copy of the lazy image just before it.
            if _same_block(found[-1].img, img):
                # Its address may be the saved copy the lazy image's attributes lack.
                found[-1].addresses += [a for a in photo_sources.addresses(img)
                                        if a not in found[-1].addresses]
                continue
        photo = _describe(img, src, limit)
        photo.addresses, photo.base = photo_sources.addresses(img), base
        photo.foreign, labels = foreign_photos.reason(img, photo.caption_elements, src)
        photo.caption_elements += labels  # an "Advertisement" label is no article text
        found.append(photo)
    return found


def cap_warnings(tree: lxml.html.HtmlElement) -> list[str]:
    """What `find_photos` left unexamined on a page of more than MAX_CANDIDATES images,
    naming the ones in a `<figure>` (those most likely the article's own)."""
    images = list(tree.iter("img", "amp-img"))
    if len(images) <= MAX_CANDIDATES:
        return []
    left = images[MAX_CANDIDATES:]
    figures = [a for img in left if any(anc.tag == "figure" for anc in img.iterancestors())
               for a in photo_sources.addresses(img)[:1]]
    named = f"; among them, photos in figures: {', '.join(figures[:5])}" if figures else ""
    more = f" and {len(figures) - 5} more" if len(figures) > 5 else ""
    return [f"{len(left)} images after the page's first {MAX_CANDIDATES} were not examined "
            f"for photos{named}{more}"]


def unique(photos: list[FoundPhoto]) -> list[FoundPhoto]:
    """One photo per address (lazy-loading pages repeat it), keeping the best-captioned."""
    best: dict[str, FoundPhoto] = {}
    for photo in photos:
        kept = best.get(photo.src)
        if kept is None or (not kept.caption and photo.caption):
            best[photo.src] = photo
    return [p for p in photos if best.get(p.src) is p]


def _same_block(a: lxml.html.HtmlElement, b: lxml.html.HtmlElement) -> bool:
    pa = a.getparent()
    return pa is not None and (pa is b.getparent() or b in pa.iterdescendants())


def _is_credit_el(el: lxml.html.HtmlElement) -> bool:
    return isinstance(el.tag, str) and (
        el.tag == "cite" or bool(el.get(_CREDIT_MARK))
        or bool(_CREDIT_CLASS.search(el.get("class") or ""))
    )


def _caption_limit(tree: lxml.html.HtmlElement) -> int:
    """The most characters a caption of this page may have."""
    body = tree.find("body")
    page_chars = len(text_of(body if body is not None else tree))
    return min(MAX_CAPTION_CHARS, max(MIN_CAPTION_LIMIT, int(MAX_CAPTION_SHARE * page_chars)))


def _fits_caption(el: lxml.html.HtmlElement, limit: int) -> bool:
    """Short enough to be a caption: not a container of the article's paragraphs."""
    text = text_of(el)
    return bool(text) and len(text) <= limit and \
        sum(1 for _ in el.iter("p")) <= MAX_CAPTION_PARAGRAPHS


def _describe(img: lxml.html.HtmlElement, src: str, limit: int) -> FoundPhoto:
    alt = clean_line(img.get("alt") or "")
    title = clean_line(img.get("title") or "")
    block, caption_els = _caption_block(img, limit)
    scope = block if block is not None else _single_photo_scope(img)
    caption = credit = ""
    # A caption part that is itself a credit (`_plain_siblings` marks the short line
    # under an unclassed caption) gives the credit, beside the other parts' caption.
    credit_els: list[lxml.html.HtmlElement] = [
        c for c in caption_els if len(caption_els) > 1 and _is_credit_el(c)]
    for cap in caption_els:
        credit_els += [el for el in cap.iter() if el is not cap and _is_credit_el(el)]
        trailing = _trailing_credit(cap)
        if trailing is not None and trailing not in credit_els and not any(
                trailing in el.iter() for el in credit_els):
            credit_els.append(trailing)
    if scope is not None:
        credit_els += [el for el in scope.iter() if el is not scope and el not in credit_els
                       and not any(el in c.iter() for c in caption_els)
                       and not any(c in el.iter() for c in caption_els)
                       and el.find(".//img") is None and 0 < len(text_of(el)) <= 120
                       and (_is_credit_el(el) or _credit_beside_caption(el, caption_els))]
    if caption_els:
        caption = " ".join(
            t for t in (text_of(c, tuple(credit_els)) for c in caption_els
                        if not _is_credit_el(c) or len(caption_els) == 1)
            if t
        )
    if credit_els:
        credit = "/".join(dict.fromkeys(
            _clean_credit_label(t) for t in (text_of(el) for el in credit_els) if t))
        caption_els = caption_els + [el for el in credit_els if el not in caption_els]
    # A caption element that only names who took the photo ("Chip Somodevilla/Getty
    # Images", "Yonhap"): that is the credit, and the caption is the alt text.
    only = captions.credit_only(caption) if caption and not credit else ""
    if only:
        caption, credit = "", only
    if not caption:
        # No caption element: the alt text, else a "caption | credit" title attribute.
        for text in (alt, title):
            if text and not _alt_is_filler(text) and not captions.credit_only(text):
                caption = text
                break
        if " | " in caption and not credit:
            head, _, tail = caption.rpartition(" | ")
            if len(tail) <= 60:
                caption, credit = head, tail
    caption = captions.strip_marker(_strip_caption_furniture(caption))
    # A chart's caption may be only its source: "Source: China Electricity Council".
    source_line = _SOURCE_LINE.match(caption)
    if source_line and not credit:
        caption, credit = "", source_line.group(1)
    if credit:
        credit = _clean_credit_label(credit)
        caption = _remove_credit(caption, credit)
        # A credit element may hold "사진=X" or "Photo: X": keep only the name.
        _, inner = captions.split_credit(credit, strong_only=True)
        credit = inner or credit
    if not credit:
        caption, credit = captions.split_credit(caption)
    if not credit or not caption:
        # Some outlets (ARD) describe each photo in a JSON-LD ImageObject beside it.
        near = scope if scope is not None else img.getparent()
        ld_caption, ld_credit = _json_ld_image(near) if near is not None else ("", "")
        credit = credit or ld_credit
        caption = caption or ld_caption
    return FoundPhoto(src=src, caption=caption, credit=credit, alt=alt, img=img,
                      caption_elements=caption_els)


def _trailing_credit(cap: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The caption's last element, when it holds only a credit: outlets with generated
    class names print "Caption text<span>Nathan Howard/Reuters</span>"."""
    node = cap
    while len(node) == 1 and isinstance(node[0].tag, str) and not (node.text or "").strip():
        node = node[0]  # wrappers around the caption's parts
    children = [c for c in node if isinstance(c.tag, str) and c.tag not in ("script", "style")]
    if len(children) < 1 or (children[-1].tail or "").strip():
        return None
    last = children[-1]
    text = text_of(last)
    if not text or text == text_of(cap) or last.find(".//img") is not None:
        return None
    return last if captions.credit_only(text) else None


def _credit_beside_caption(el: lxml.html.HtmlElement,
                           caption_els: list[lxml.html.HtmlElement]) -> bool:
    """A credit-only element right after the caption ("홍길동 기자" under a photo)."""
    if not caption_els or el.getprevious() is None:
        return False
    previous = el.getprevious()
    return any(previous is c or c in previous.iter() for c in caption_els) and \
        bool(captions.credit_only(text_of(el)))


def _single_photo_scope(img: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The largest close ancestor that holds only this photo (where its credit may sit)."""
    scope = None
    for anc in [a for a in img.iterancestors() if a.tag not in ("picture", "source")][:4]:
        if anc.tag in ("article", "main", "body", "html") or count_images(anc) > 1:
            break
        if len(text_of(anc)) > 400:
            break
        scope = anc
    return scope


def _caption_block(
    img: lxml.html.HtmlElement, limit: int,
) -> tuple[lxml.html.HtmlElement | None, list[lxml.html.HtmlElement]]:
    """The element that holds the photo and its caption, and the caption element(s).

    Climb from the image while the ancestor holds no other photo: the first one with a
    <figcaption> or a caption-classed element wins (a <figure> may hold only the image,
    its caption sitting beside it); else a caption-like next sibling; else the other
    cells of a one-photo layout table.
    """
    # <picture>/<source> wrappers (which lxml nests) do not count as levels.
    ancestors = [a for a in img.iterancestors() if a.tag not in ("picture", "source")][:7]
    for n, anc in enumerate(ancestors):
        if anc.tag in ("article", "main", "body", "html"):
            break
        if count_images(anc) > 1:
            break
        caps = [c for c in anc.iter("figcaption") if _fits_caption(c, limit)] or \
            _caption_class_elements(anc, img, limit)
        if caps:
            return anc, caps
        start = anc if n else img
        for sib in _next_elements(start, 2):
            if count_images(sib):
                break
            if _is_caption_like(sib) and _fits_caption(sib, limit):
                return anc.getparent() if n else anc, [sib]
        if anc.tag == "table":
            cells = [td for td in anc.iter("td", "th") if td.find(".//img") is None
                     and text_of(td)]
            if cells and len(text_of(anc)) <= 400:
                return anc, cells
    return _plain_siblings(img)


_CREDIT_MARK = "data-clipper-credit"


def _plain_siblings(
    img: lxml.html.HtmlElement,
) -> tuple[lxml.html.HtmlElement | None, list[lxml.html.HtmlElement]]:
    """Unclassed text right after the photo: a caption, then maybe a short credit.

    Sites with generated class names (`sc-hzhJZQ`) give captions no telling class; two
    short text blocks right after the picture, inside a one-photo container, are its
    caption and credit.
    """
    start = img
    parent = img.getparent()
    if parent is not None and parent.tag == "picture":
        start = parent
    holder = start.getparent()
    if holder is None or holder.tag in ("article", "main", "body") or count_images(holder) > 1:
        return None, []
    if len(text_of(holder)) > 500:
        return None, []
    texts = [el for el in _next_elements(start, 2)
             if el.tag in ("div", "span", "p", "small") and el.find(".//img") is None]
    texts = [el for el in texts if text_of(el)]
    if not texts or len(text_of(texts[0])) < 10:
        return None, []
    if len(texts) > 1 and len(text_of(texts[1])) <= 50 and \
            not text_of(texts[1]).endswith((".", "다")):
        texts[1].set(_CREDIT_MARK, "1")
        return holder, texts[:2]
    return holder, texts[:1]


def count_images(el: lxml.html.HtmlElement) -> int:
    """Distinct photos under `el` (a <noscript> copy of a lazy image is the same photo)."""
    return sum(1 for i in el.iter("img")
               if not any(a.tag == "noscript" for a in i.iterancestors()))


def _next_elements(el: lxml.html.HtmlElement, n: int) -> list[lxml.html.HtmlElement]:
    out = []
    sib = el.getnext()
    while sib is not None and len(out) < n:
        if isinstance(sib.tag, str) and sib.tag not in ("script", "style", "noscript", "button"):
            out.append(sib)
        sib = sib.getnext()
    return out


def _is_caption_like(el: lxml.html.HtmlElement) -> bool:
    return el.tag == "figcaption" or bool(_CAPTION_CLASS.search(el.get("class") or ""))


def _caption_class_elements(
    container: lxml.html.HtmlElement, img: lxml.html.HtmlElement, limit: int,
) -> list[lxml.html.HtmlElement]:
    """Outermost caption-classed elements in `container` that do not hold the image."""
    found: list[lxml.html.HtmlElement] = []
    for el in container.iterdescendants():
        if not isinstance(el.tag, str) or el.tag in ("img", "script", "style"):
            continue
        if any(el in f.iterdescendants() for f in found):
            continue
        cls = el.get("class") or ""
        if (el.tag == "figcaption" or _CAPTION_CLASS.search(cls)) and img not in el.iter():
            if el.find(".//img") is None and _fits_caption(el, limit):
                found.append(el)
    return found


_FURNITURE = re.compile(
    r"^(사진\s*확대|확대\s*보기|크게\s*보기|관련\s*사진\s*보기|이미지\s*확대|enlarge( this image)?|"
    r"expand|toggle caption|hide caption|open image|zoom|view larger|view image)\s*|"
    r"\s*(사진\s*확대|관련\s*사진\s*보기|toggle caption|hide caption|enlarge this image)$",
    re.I,
)


def _strip_caption_furniture(text: str) -> str:
    previous = None
    while previous != text:
        previous = text
        text = _FURNITURE.sub("", text).strip()
    return text


def _alt_is_filler(alt: str) -> bool:
    low = alt.casefold()
    return len(alt) < 4 or low in ("image", "photo", "picture", "img", "사진", "이미지",
                                   "thumbnail")


def _clean_credit_label(credit: str) -> str:
    """'Photo by Jane Doe' / 'Bild: X' / '사진=X' -> the name alone."""
    # "picture alliance" is an agency's name, not a "Picture:" label.
    credit = re.sub(r"^(photographs?|photos?|images?|pictures?(?!\s+alliance)|credits?|fotos?|bild|bilder|"
                    r"source|quelle|sumber|kuva|zdroj|фото)\s*(credits?|by|von|par|:|=|\.{2,}|…)?\s*"
                    r"[:=]?\s*", "", credit.strip(), flags=re.I)
    credit = re.sub(r"^(사진|자료)\s*(제공|출처)?\s*[:=]?\s*", "", credit)
    credit = re.sub(r"(?<=\S)\s*제공$", "", credit)  # "경기도 제공": the giver is the credit
    return credit.strip(" ©ⓒ|/-–—()[]")


def _remove_credit(caption: str, credit: str) -> str:
    if credit and caption.endswith(credit):
        caption = caption[: -len(credit)].rstrip(" /|-–—©ⓒ:([")
        caption = re.sub(r"\s*(\(|\[)?\s*(photo|photograph|image|credit|사진)\s*[:=]?\s*$", "",
                         caption, flags=re.I)
    return caption.strip()


def _json_ld_image(scope: lxml.html.HtmlElement) -> tuple[str, str]:
    """(caption, credit) from an ImageObject JSON-LD script inside `scope`."""
    import json

    for script in scope.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        if isinstance(data, dict) and str(data.get("@type", "")).lower() == "imageobject":
            return image_object_text(data)
    return "", ""


def image_object_text(data: dict) -> tuple[str, str]:
    """(caption, credit) of a schema.org ImageObject."""
    caption = next((clean_line(str(data[k])) for k in ("caption", "description", "name")
                    if isinstance(data.get(k), str) and data[k].strip()), "")
    credit = ""
    for key in ("creditText", "author", "copyrightHolder", "creator", "copyrightNotice"):
        value = data.get(key)
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, list) and value:
            value = value[0].get("name") if isinstance(value[0], dict) else value[0]
        if isinstance(value, str) and value.strip():
            credit = _clean_credit_label(clean_line(value))
            break
    return caption, credit
