"""A news page's title, date, byline, outlet, URL and keywords from its HTML.

Read in order of trust: JSON-LD (NewsArticle and kin), Open Graph / article:* <meta>,
other common <meta> names, microdata, then the visible page (h1, <time>, byline
elements, date lines). Dates are kept as the page prints them, in its own time zone.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import lxml.html

from clipper.importers import metadata, outlets
from clipper.importers.html_photos import in_junk, text_of

_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle",
                  "opinionnewsarticle", "blogposting", "liveblogposting", "backgroundnewsarticle",
                  "reviewnewsarticle", "socialmediaposting", "webpage", "report",
                  "scholarlyarticle", "techarticle", "videoobject"}
_ISO_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})-?(\d{2})-?(\d{2})(?:[T\s]|$)")
_DATE_META = (
    "article:published_time", "og:article:published_time", "article:published",
    "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "published_time",
    "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "dc.date.created",
    "sailthru.date", "parsely-pub-date", "article.published", "article_date_original",
    "cxenseparse:recs:publishtime", "originalpublicationdate", "displaydate", "og:published_time",
    "article:published_date", "nv:news:date", "publication_date", "release_date", "creation_date",
    "dable:published_time", "pub_date", "citation_publication_date",
)
_AUTHOR_META = ("author", "article:author", "og:article:author", "dable:author", "byl",
                "sailthru.author", "parsely-author", "dc.creator", "citation_author",
                "twitter:creator")
_SHORT_DATE = re.compile(r"^(?:입력\s*)?(\d{2})\.(\d{2})\.(\d{2})\.?\s+\d{1,2}:\d{2}")
_BYLINE_CLASS = re.compile(r"byline|author|writer|reporter|journalist|kijaname|name_writer|"
                           r"tit-name|journalist_name|article-writer", re.I)
_BY_PREFIX = re.compile(r"^\s*(by|von|par|por|di|door|av|af|written by|text:|autor(?:in)?:?)\s+",
                        re.I)


_PORTAL_NAMES = ("네이버", "네이버 뉴스", "다음", "다음뉴스", "Daum", "NAVER")


@dataclass
class PageMeta:
    title: str = ""
    title_candidates: dict[str, str] = field(default_factory=dict)
    # A printed heading made of a kicker element and a headline element: the headline's
    # own text, by candidate key ("h1").
    title_tails: dict[str, str] = field(default_factory=dict)
    # Headings printed in a header (whole text, headline element's text or ""), in page
    # order: the printed headline when the <h1> is missing or a breadcrumb's copy.
    printed_headings: list[tuple[str, str]] = field(default_factory=list)
    published: dt.date | None = None
    authors: list[str] = field(default_factory=list)
    site_name: str = ""
    publisher: str = ""
    url: str = ""
    section: str = ""
    keywords: list[str] = field(default_factory=list)
    language: str = ""
    portal_press: str = ""


def read_meta(tree: lxml.html.HtmlElement) -> dict[str, str]:
    """<meta> values by lower-cased property/name/itemprop (the first of each wins)."""
    return {key: values[0] for key, values in read_meta_all(tree).items()}


def read_meta_all(tree: lxml.html.HtmlElement) -> dict[str, list[str]]:
    """Every <meta> value by lower-cased property/name/itemprop, in page order."""
    out: dict[str, list[str]] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip()
        value = (meta.get("content") or "").strip()
        if key and value:
            out.setdefault(key.lower(), []).append(value)
    return out


def json_ld(tree: lxml.html.HtmlElement) -> list[dict[str, Any]]:
    """Every JSON-LD object of an article-like type, flattened out of @graph lists."""
    found: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            try:  # pages often leave control characters or trailing commas in it
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", raw.replace("\n", " ")),
                                  strict=False)
            except ValueError:
                continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.extend(item["@graph"] if isinstance(item["@graph"], list) else [])
                types = item.get("@type")
                types = types if isinstance(types, list) else [types]
                if any(isinstance(t, str) and t.lower() in _ARTICLE_TYPES for t in types):
                    found.append(item)
    # Proper article types first: a WebPage object is only a fallback.
    found.sort(key=lambda d: str(d.get("@type")).lower() in ("webpage", "['webpage']"))
    return found


def date_from_value(value: str) -> dt.date | None:
    """An ISO timestamp's own date (no time-zone conversion), or a written date."""
    value = value.strip()
    match = _ISO_DATE.search(value)
    if match:
        try:
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            pass
    if re.fullmatch(r"\d{10}(\d{3})?", value):  # a Unix timestamp (seconds or ms)
        try:
            return dt.datetime.fromtimestamp(int(value[:10]), dt.UTC).date()
        except (ValueError, OverflowError):
            return None
    return metadata.parse_date(value)


def _names(value: Any) -> list[str]:
    """Author names from a JSON-LD author value (string, object or list of them)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, list):
            return [n for n in name if isinstance(n, str)]
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for item in value for n in _names(item)]
    return []


def _clean_author(name: str) -> str:
    """A person's name as a byline shows it; '' for addresses, handles and site names."""
    name = re.sub(r"\s+", " ", name).strip(" ,|;")
    name = _BY_PREFIX.sub("", name)
    if not name or name.startswith(("http://", "https://", "@")) or len(name) > 80:
        return ""
    if "@" in name or re.search(r"\b[\w-]+\.(?:com|net|org|de|co|kr|jp|uk|fr|it|es|at|ch|nl)\b",
                                name, re.I):
        return ""  # an e-mail address or a web address, not a name
    if re.fullmatch(r"[a-z]+(?:-[a-z]+)+", name):
        name = name.replace("-", " ").title()  # a profile slug: "chuck-ross"
    return name


def _person_names(key: str, values: list[str]) -> list[str]:
    """Names from one meta key; citation_author gives one "Last, First" per tag."""
    if key == "citation_author":
        names = []
        for value in values:
            last, sep, first = value.partition(",")
            names.append(f"{first.strip()} {last.strip()}" if sep and first.strip() else value)
        return [n for n in (_clean_author(v) for v in names) if n]
    name = _clean_author(values[0]) if " | " not in values[0] else ""
    return [n.strip() for n in re.split(r"\s*(?:,|;| and | und | et )\s*", name) if n.strip()]


def _is_publisher(name: str, meta: dict[str, str], url: str) -> bool:
    """The site itself given as the author ("stern.de", "Lesotho Times", "n-tv Nachrichten")."""
    low = name.casefold()
    site = (meta.get("og:site_name") or "").casefold()
    host = (re.sub(r"^https?://(www\.)?", "", url).split("/")[0].split(".")[0]).casefold()
    squeezed = re.sub(r"[\W_]+", "", low)
    return (outlets.is_outlet_name(name) or (site and (site in low or low in site))
            or (len(host) >= 3 and host in squeezed))


def collect(tree: lxml.html.HtmlElement, url: str | None) -> PageMeta:
    meta = read_meta(tree)
    objects = json_ld(tree)
    page = PageMeta()

    # ---- URL and language
    canonical = next((link.get("href") for link in tree.iter("link")
                      if (link.get("rel") or "").lower() == "canonical" and link.get("href")), "")
    page.url = url or meta.get("og:url") or canonical or ""
    if not page.url.startswith(("http://", "https://")):
        page.url = canonical if canonical.startswith("http") else ""
    page.language = (tree.get("lang") or meta.get("og:locale") or "").split("-")[0].split("_")[0]

    # ---- title candidates (the caller picks with the body in hand)
    for obj in objects:
        headline = obj.get("headline") or obj.get("name")
        if isinstance(headline, str) and headline.strip():
            page.title_candidates.setdefault("jsonld", _title_text(headline))
    for key in ("og:title", "twitter:title", "title", "dc.title"):
        if meta.get(key):
            page.title_candidates.setdefault(key.split(":")[0] if key != "dc.title" else "dc",
                                             _title_text(meta[key]))
    h1_el = _first_h1(tree)
    if h1_el is not None:
        page.title_candidates["h1"] = _spaced_text(h1_el)
        tail = _headline_part(h1_el)
        if tail:
            page.title_tails["h1"] = tail
    else:
        page.printed_headings = _header_headings(tree)
    if not page.title_candidates:
        # A fragment (a selection dropped from a browser) may only have a lower heading.
        for heading in tree.iter("h2", "h3"):
            text = _spaced_text(heading)
            if len(text) >= 8:
                page.title_candidates["heading"] = text
                break
    title_el = tree.find(".//title")
    if title_el is not None and title_el.text_content().strip():
        page.title_candidates["title"] = _title_text(title_el.text_content())

    # ---- date
    published_value = ""
    for obj in objects:
        for key in ("datePublished", "dateCreated", "uploadDate"):
            value = obj.get(key)
            if isinstance(value, str) and (date := date_from_value(value)):
                page.published, published_value = date, value
                break
        if page.published:
            break
    if page.published is None:
        # Keys compared by their letters: "article:published:time" is article:published_time.
        squeezed = {re.sub(r"[^a-z]", "", k): v for k, v in reversed(list(meta.items()))}
        for key in _DATE_META:
            value = squeezed.get(re.sub(r"[^a-z]", "", key))
            if value and (date := date_from_value(value)):
                page.published, published_value = date, value
                break
    if published_value:
        page.published = _in_page_zone(published_value, tree, objects, page.language) or \
            page.published
    updated = None
    if page.published is None:
        page.published, updated = _visible_date(tree)
    if page.published is None:
        for key, value in meta.items():
            if "publish" in key and not any(w in key for w in ("modif", "updat", "edit")):
                if date := date_from_value(value):
                    page.published = date
                    break
    if page.published is None:
        page.published = _date_in_url(page.url) or _date_in_url(canonical)
    if page.published is None:
        # "Headline | Europa | DW | 28.04.2023": a date as the last part of the title
        for text in page.title_candidates.values():
            last = re.split(r"\s[|\-–—]\s", text)[-1]
            if last != text and metadata.is_date_line(last):
                page.published = metadata.parse_date(last)
                break
    if page.published is None:
        page.published = updated  # a last change's date is better than none

    # ---- authors
    for obj in objects:
        names = [_clean_author(n) for n in _names(obj.get("author"))]
        names = [n for n in names if n and not outlets.is_outlet_name(n)]
        if names:
            page.authors = list(dict.fromkeys(names))
            break
    if not page.authors:
        every = read_meta_all(tree)
        for key in _AUTHOR_META:
            if key == "twitter:creator" or key not in every:
                continue
            values = every[key]
            # Some pages give the site first, then the reporter, under the same name.
            groups = [values] if key == "citation_author" else [[v] for v in values]
            for group in groups:
                names = [n for n in _person_names(key, group)
                         if not _is_publisher(n, meta, page.url)]
                if names:
                    page.authors = names
                    break
            if page.authors:
                break
    if not page.authors:
        page.authors = _visible_byline(tree)

    # ---- outlet
    page.site_name = meta.get("og:site_name", "")
    for obj in objects:
        pub = obj.get("publisher")
        if isinstance(pub, list) and pub:
            pub = pub[0]
        names = _names(pub) if pub else []
        if names:
            page.publisher = names[0]
            break
    page.portal_press = _portal_press(tree, meta)

    # ---- section and keywords
    page.section = meta.get("article:section", "")
    for obj in objects:
        if not page.section and isinstance(obj.get("articleSection"), str):
            page.section = obj["articleSection"]
    words: list[str] = []
    for meta_el in tree.iter("meta"):
        if (meta_el.get("property") or "").lower() == "article:tag" and meta_el.get("content"):
            words.append(meta_el.get("content"))
    if not words:
        raw = meta.get("news_keywords") or meta.get("keywords") or ""
        words = re.split(r"\s*[,;]\s*", raw)
    page.keywords = list(dict.fromkeys(w.strip() for w in words if 1 < len(w.strip()) <= 40))[:20]
    return page


_URL_DATE = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$)|/((?:19|20)\d{2})(\d{2})(\d{2})/")


_STAMP = re.compile(r"((?:19|20)\d{2})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?"
                    r"\s*(Z|[+-]\d{2}(?::?\d{2})?)?$")
_LOCAL_ZONES = {"ko": 9 * 60, "ja": 9 * 60}  # the readers' zone of pages in these languages


def _stamp(value: str) -> dt.datetime | None:
    """An ISO timestamp as a datetime, aware when it names its zone."""
    match = _STAMP.match(value.strip())
    if not match:
        return None
    y, mo, d, h, mi, sec, zone = match.groups()
    try:
        stamp = dt.datetime(int(y), int(mo), int(d), int(h), int(mi), int(sec or 0))
    except ValueError:
        return None
    if zone:
        if zone == "Z":
            return stamp.replace(tzinfo=dt.UTC)
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        minutes = int(digits[:2]) * 60 + int(digits[2:4] or 0)
        try:
            return stamp.replace(tzinfo=dt.timezone(sign * dt.timedelta(minutes=minutes)))
        except ValueError:
            return None
    return stamp


def _page_zone(tree: lxml.html.HtmlElement, objects: list[dict[str, Any]],
               language: str) -> dt.tzinfo | None:
    """The zone the page's own timestamps are written in, when not UTC: the most common
    non-zero offset of its article's JSON-LD dates, <meta> times and first <time>s;
    else the readers' zone for a Korean or Japanese page."""
    values = [v for obj in objects for k, v in obj.items()
              if isinstance(v, str) and k.startswith(("date", "upload"))]
    values += [m.get("content") or "" for m in tree.iter("meta")
               if re.search(r"time|date|modified|published",
                            (m.get("property") or m.get("name") or m.get("itemprop") or ""),
                            re.I)]
    values += [t.get("datetime") or "" for t in itertools.islice(tree.iter("time"), 5)]
    offsets = Counter()
    for value in values:
        stamp = _stamp(value) if value else None
        if stamp is not None and stamp.utcoffset():
            offsets[stamp.utcoffset()] += 1
    if offsets:
        return dt.timezone(offsets.most_common(1)[0][0])
    minutes = _LOCAL_ZONES.get(language.lower())
    return dt.timezone(dt.timedelta(minutes=minutes)) if minutes else None


def _in_page_zone(value: str, tree: lxml.html.HtmlElement, objects: list[dict[str, Any]],
                  language: str) -> dt.date | None:
    """A UTC publication time's date in the page's own zone (the day its readers saw):
    "2017-02-24T01:18:00Z" on a page whose other times say -08:00 is 2017-02-23."""
    stamp = _stamp(value)
    if stamp is None or stamp.tzinfo is None or stamp.utcoffset():
        return None
    zone = _page_zone(tree, objects, language)
    return stamp.astimezone(zone).date() if zone is not None else None


def _date_in_url(url: str) -> dt.date | None:
    """The date in a page address such as /2025/04/01/slug/ (never an image's path)."""
    match = _URL_DATE.search(url or "")
    if not match:
        return None
    parts = [g for g in match.groups() if g]
    try:
        return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def _one_line(text: str) -> str:
    return metadata.clean_line(re.sub(r"\s+", " ", text))


def _title_text(text: str) -> str:
    """A title source's text on one line. JSON-LD and <meta> values are plain text, yet
    many CMSs write them HTML-escaped ("Schubert: &quot;Nicht mehr&quot;"), so decode."""
    return _one_line(html.unescape(text))


def _in_breadcrumb(el: lxml.html.HtmlElement) -> bool:
    """Inside a breadcrumb trail: pages put an <h1> copy of the SEO title at its end,
    while the printed headline sits in the article's header."""
    for node in [el, *el.iterancestors()]:
        marks = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
        if "breadcrumb" in marks or "breadcrumblist" in (node.get("itemtype") or "").lower():
            return True
    return False


def _first_h1(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The first <h1> that reads like a headline (not the site's logo or a section name)."""
    site = (read_meta(tree).get("og:site_name") or "").casefold()
    for h1 in tree.iter("h1"):
        if in_junk(h1, None) and h1.getparent() is not None and \
                any(a.tag in ("nav", "footer", "aside") for a in h1.iterancestors()):
            continue
        if _in_breadcrumb(h1):
            continue
        text = _spaced_text(h1)
        if len(text) >= 8 and text.casefold() != site and not outlets.is_outlet_name(text):
            return h1
    return None


_HEADER_MARK = re.compile(r"(?:^|[\s_-])(?:header|head|headline|heading|title|titles|intro)"
                          r"(?:$|[\s_-])|header|contenthead", re.I)


def _header_headings(tree: lxml.html.HtmlElement, limit: int = 12) -> list[tuple[str, str]]:
    """Headings printed inside a header (<header>, <hgroup>, or a container named
    "...header", "...title", "...headline"), outside navigation and breadcrumbs, in page
    order: sites that keep their <h1> for a breadcrumb or a section bar print the headline
    as an <h2> there, often as a kicker element and a headline element."""
    found: list[tuple[str, str]] = []
    for heading in tree.iter("h1", "h2"):
        if _in_breadcrumb(heading) or \
                any(a.tag in ("nav", "footer", "aside") for a in heading.iterancestors()):
            continue
        header = None
        for depth, anc in enumerate(heading.iterancestors()):
            marks = f"{anc.get('class') or ''} {anc.get('id') or ''}"
            if anc.tag in ("header", "hgroup") or _HEADER_MARK.search(marks):
                header = anc
                break
            if depth >= 6 or anc.tag in ("article", "main", "body"):
                break
        # Junk markers count between the heading and its header only: a page-wide
        # wrapper may well be called "without-sidebar".
        if header is None or in_junk(heading, header):
            continue
        text = _spaced_text(heading)
        if len(text) >= 8:
            found.append((text, _headline_part(heading)))
            if len(found) >= limit:
                break
    return found


def _headline_part(heading: lxml.html.HtmlElement) -> str:
    """The headline element's text in a heading printed as kicker + headline elements
    (<h2><span class="kicker">Nahost</span><span class="headline">...</span></h2>);
    '' when the heading is one piece of text."""
    if (heading.text or "").strip():
        return ""
    parts = [child for child in heading
             if isinstance(child.tag, str) and child.tag not in ("script", "style", "br")
             and _spaced_text(child)]
    if len(parts) < 2 or (parts[-1].tail or "").strip():
        return ""
    tail = _spaced_text(parts[-1])
    return tail if len(tail) >= 8 else ""


_INLINE_TAGS = frozenset("a b i u s em strong small mark abbr q sub sup wbr".split())


def _spaced_text(el: lxml.html.HtmlElement) -> str:
    """Text of an element whose child elements (kicker, headline spans) are kept apart:
    "<span>Nahost</span><span>Waffenruhe hält</span>" reads "Nahost Waffenruhe hält", while
    "<span>LTE-Patent</span>: Samsung" keeps "LTE-Patent: Samsung" and "<b>Rot</b>grün"
    stays one word."""
    out: list[str] = []

    def add(text: str, apart: bool) -> None:
        if not text:
            return
        if apart and out and out[-1][-1:].isalnum() and text[:1].isalnum():
            out.append(" ")
        out.append(text)

    def walk(node: lxml.html.HtmlElement) -> None:
        for child in node:
            apart = not (isinstance(child.tag, str) and child.tag in _INLINE_TAGS)
            if isinstance(child.tag, str) and child.tag not in ("script", "style"):
                if child.tag == "br":
                    out.append(" ")
                add(child.text or "", apart)
                walk(child)
            add(child.tail or "", apart)

    out.append(el.text or "")
    walk(el)
    return _one_line("".join(out))


def _is_site(name: str, meta: dict[str, str]) -> bool:
    site = meta.get("og:site_name", "")
    return bool(site) and name.casefold() == site.casefold()


def _visible_date(tree: lxml.html.HtmlElement) -> tuple[dt.date | None, dt.date | None]:
    """A <time datetime>, an itemprop date, a data-*-time attribute, or a date line; and
    apart, a date the page labels as its last update (only a last resort)."""
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        if el.get("itemprop") == "datePublished":
            value = el.get("content") or el.get("datetime") or el.text_content()
            if value and (date := date_from_value(value)):
                return date, None
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        for attr, value in el.attrib.items():
            if _PUBLISH_ATTR.match(attr) and not _UPDATE_ATTR.search(attr) and \
                    (date := date_from_value(value)):
                return date, None
    updated = None
    for time_el in tree.iter("time"):
        value = time_el.get("datetime") or ""
        if value and (date := date_from_value(value)):
            if not _labelled_update(time_el):
                return date, None
            updated = updated or date
    for el in tree.iter("span", "p", "div", "em", "li", "dd"):
        # OhmyNews and others print "24.03.15 18:40" (two-digit year) in a date element.
        if "date" in (el.get("class") or "").lower() and len(el) == 0:
            match = _SHORT_DATE.match(text_of(el))
            if match:
                try:
                    return dt.date(2000 + int(match.group(1)), int(match.group(2)),
                                   int(match.group(3))), None
                except ValueError:
                    pass
    lines = []
    for el in tree.iter("span", "p", "div", "em", "li", "dd", "time"):
        if len(el) <= 3:
            text = text_of(el)
            if 6 <= len(text) <= metadata.MAX_DATE_LINE:
                lines.append(text)
        if len(lines) > 3000:
            break
    return (metadata.pick_published(lines, updates=False),
            updated or metadata.pick_published(lines))


# data-published, data-pubdate, data-deploy-dt, data-posted-at, data-date-time ...
_PUBLISH_ATTR = re.compile(r"^data-(?:date-time|(?:[\w-]*[-_])?(?:publish\w*|pubdate|pub-date|"
                           r"deploy|posted)(?:[-_](?:dt|date|time|at|datetime|on))*)$")
_UPDATE_ATTR = re.compile(r"(?:^data-re-|modif|updat|edit|revis|expir)")
_UPDATE_LABEL = re.compile(r"updated|modified|revised|aktualisiert|수정|업데이트", re.I)
_PUBLISH_LABEL = re.compile(r"publi|posted|erschienen|입력|등록|송고", re.I)


def _labelled_update(time_el: lxml.html.HtmlElement) -> bool:
    """A <time> that states the last change: marked dateModified/updated, or printed
    after an "Updated" label in its own line."""
    marks = " ".join(f"{n.get('itemprop') or ''} {n.get('class') or ''}"
                     for n in (time_el, time_el.getparent()) if n is not None)
    if re.search(r"modif|updat", marks, re.I):
        return not re.search(r"publish", marks, re.I)
    parent = time_el.getparent()
    label = ""
    if parent is not None:
        label = (parent.text or "") + "".join(
            (sib.text_content() + (sib.tail or "")) for sib in parent if sib is not time_el
            and sib.getparent() is parent and _before(sib, time_el))
    label = label[-40:]
    return bool(_UPDATE_LABEL.search(label)) and not _PUBLISH_LABEL.search(label)


def _before(a: lxml.html.HtmlElement, b: lxml.html.HtmlElement) -> bool:
    for sib in b.itersiblings(preceding=True):
        if sib is a:
            return True
    return False


def _visible_byline(tree: lxml.html.HtmlElement) -> list[str]:
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "meta", "body", "html"):
            continue
        cls = f"{el.get('class') or ''} {el.get('rel') or ''} {el.get('itemprop') or ''}"
        if not _BYLINE_CLASS.search(cls):
            continue
        text = text_of(el)
        if not text or len(text) > 120:
            continue
        found = metadata.byline_in_line(text)
        if found:
            return [found]
        text = _BY_PREFIX.sub("", text)
        text = re.sub(r"\s*[\w.+-]+@[\w-]+(\.[\w-]+)+", "", text).strip(" ,|")
        if 2 <= len(text) <= 60 and not re.search(r"\d|:", text):
            return [text]
    return _byline_under_headline(tree)


_HEADER_REACH = 200  # elements after the headline where the byline line is looked for


def _byline_under_headline(tree: lxml.html.HtmlElement) -> list[str]:
    """A short element after the headline that is a byline and nothing else ("홍길동
    기자" in Daum News' `txt_info`, "By Jane Doe"), whatever its class is called."""
    # Elements without children are falsy in lxml: `or` would skip a plain <h1>.
    h1 = _first_h1(tree)
    if h1 is None:
        h1 = _titled_heading(tree)
    if h1 is None:
        return []
    for n, el in enumerate(_following(h1)):
        if n >= _HEADER_REACH:
            break
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "a", "li") or len(el) > 2:
            continue
        text = text_of(el)
        if text and len(text) <= 60 and metadata.is_byline_line(text) and \
                not in_junk(el, None):
            found = metadata.byline_in_line(text)
            if found:
                return [found]
    return []


def _titled_heading(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The heading that prints the page's title (Daum News prints it as an <h3>)."""
    meta = read_meta(tree)
    title_el = tree.find(".//title")
    titles = [meta.get("og:title") or "", title_el.text_content() if title_el is not None else ""]
    keys = [re.sub(r"\W+", "", t).casefold() for t in titles if t]
    for heading in tree.iter("h2", "h3"):
        key = re.sub(r"\W+", "", heading.text_content()).casefold()
        if len(key) >= 8 and any(k.startswith(key) for k in keys):
            return heading
    return None


def _following(el: lxml.html.HtmlElement):  # noqa: ANN202 -- an iterator of elements
    """The elements after `el` in page order (not inside it)."""
    node = el
    while node is not None:
        for sib in node.itersiblings():
            yield sib
            yield from sib.iterdescendants()
        node = node.getparent()


def _portal_press(tree: lxml.html.HtmlElement, meta: dict[str, str]) -> str:
    """On a portal page (Naver, Daum), the press that wrote the article, as the page says."""
    for key in ("twitter:creator", "og:article:author", "article:media_name", "dable:author"):
        value = meta.get(key, "")
        value = re.split(r"\s*\|\s*", value)[0].strip()
        if value and not value.startswith(("@", "http")) and value not in _PORTAL_NAMES:
            return outlets.canonical_outlet(value)
    for img in tree.iter("img"):
        cls = (img.get("class") or "") + " " + " ".join(
            a.get("class") or "" for a in list(img.iterancestors())[:3])
        if "logo" in cls.lower() and "press" in cls.lower() or "media_end_head_top_logo" in cls:
            alt = (img.get("alt") or "").strip()
            if alt:
                return outlets.canonical_outlet(alt)
    return ""


def json_ld_images(tree: lxml.html.HtmlElement) -> dict[str, tuple[str, str]]:
    """(caption, credit) of every JSON-LD ImageObject on the page, by image file name."""
    from clipper.importers.html_photos import image_object_text

    found: dict[str, tuple[str, str]] = {}
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                stack.extend(v for v in item.values() if isinstance(v, (list, dict)))
                if str(item.get("@type", "")).lower() != "imageobject":
                    continue
                caption, credit = image_object_text(item)
                if not (caption or credit):
                    continue
                for key in ("url", "contentUrl"):
                    name = file_name(item.get(key))
                    if name:
                        found.setdefault(name, (caption, credit))
    return found


def file_name(url: object) -> str:
    if not isinstance(url, str) or not url.strip():
        return ""
    path = url.split("?")[0].split("#")[0].rstrip("/")
    return path.rsplit("/", 1)[-1].lower()
