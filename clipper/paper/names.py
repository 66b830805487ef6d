"""What a print file's name and a page's own text say: outlet, date, page (면), edition,
byline.

E-paper services name their files in a handful of ways, all made of the same parts:
`조선일보_20240510_A3.pdf`, `20240510_경기일보_01면.pdf`, `hankyung_20240510_A01.pdf`,
`경인일보 2024-05-10 3면.pdf`, `kihoilbo-20240510-p03.pdf`. Rather than one pattern per
service, the name is split into tokens and each token is recognised for what it is (a
date, a page, an edition, or the outlet); the outlet is resolved through the library's
registry (a Korean name or alias, or the first label of a registered domain:
`hankyung` for hankyung.com).

A page's own text: a folio line prints the date and page (`2024년 5월 10일 금요일 A3`,
`2024.5.10 (금) 3면`), and bylines name the reporter (`홍길동 기자`).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from clipper.domain import EDITIONS


@dataclass
class PrintMeta:
    outlet: str = ""
    published: dt.date | None = None
    page: str | None = None
    edition: str | None = None
    byline: str = ""
    found: list[str] = field(default_factory=list)  # which parts were read (for tests)


_SPLIT = re.compile(r"[_\-\s.·,()\[\]]+")
_DATE8 = re.compile(r"^(?P<y>(19|20)\d\d)(?P<m>\d\d)(?P<d>\d\d)$")
_DATE6 = re.compile(r"^(?P<y>\d\d)(?P<m>\d\d)(?P<d>\d\d)$")
_DATE_SEP = re.compile(r"(?P<y>(19|20)\d\d)[-.년/ ]\s*(?P<m>\d{1,2})[-.월/ ]\s*(?P<d>\d{1,2})일?")
# A3, A01, 01면, 3면, p03, P3, page3, B12면, 경제2면
_PAGE = re.compile(r"^(?:(?:p|pg|page)(?P<pnumber>\d{1,3})"
                   r"|(?P<section>[A-Za-z]{1,2}|[가-힣]{1,4}?)?(?P<number>\d{1,3})면?)$", re.I)


def from_file_name(name: str, outlet_names: dict[str, str],
                   domain_labels: dict[str, str]) -> PrintMeta:
    """Outlet, date, page and edition read from a file name. `outlet_names` maps
    casefolded names and aliases to display names, `domain_labels` the first label of
    each registered domain (hankyung, chosun) to its outlet."""
    stem = unicodedata.normalize("NFC", name.rsplit("/", 1)[-1])
    stem = re.sub(r"\.(pdf|png|jpe?g|tiff?)$", "", stem, flags=re.I)
    meta = PrintMeta()
    match = _DATE_SEP.search(stem)
    if match:
        meta.published = _date(match["y"], match["m"], match["d"])
        if meta.published:
            stem = stem[:match.start()] + " " + stem[match.end():]
            meta.found.append("date")
    rest: list[str] = []
    for token in (t for t in _SPLIT.split(stem) if t):
        if meta.published is None and (_DATE8.match(token)):
            found = _DATE8.match(token)
            meta.published = _date(found["y"], found["m"], found["d"])  # type: ignore[index]
            if meta.published:
                meta.found.append("date")
                continue
        if token in EDITIONS and meta.edition is None:
            meta.edition = token
            meta.found.append("edition")
            continue
        if meta.page is None and not _DATE6.match(token) and _page_token(token):
            meta.page = _page_token(token)
            meta.found.append("page")
            continue
        rest.append(token)
    for token in rest:
        outlet = outlet_names.get(token.casefold()) or domain_labels.get(token.casefold())
        if not outlet and re.fullmatch(r"[가-힣]{2,10}(일보|신문|경제|타임스|뉴스)", token):
            outlet = token  # a paper not yet registered: kept as named
        if outlet:
            meta.outlet = outlet
            meta.found.append("outlet")
            break
    return meta


def _page_token(token: str) -> str | None:
    match = _PAGE.match(token)
    if not match:
        return None
    number = int(match["number"] or match["pnumber"])
    if number == 0 or number > 200:
        return None
    section = (match["section"] or "").upper() if match["number"] else ""
    if section and not re.fullmatch(r"[A-Z]{1,2}|[가-힣]{1,4}", section):
        return None
    if section and re.fullmatch(r"[가-힣]+", section):
        return f"{section} {number}"
    return f"{section}{number}"


def _date(y: str, m: str, d: str) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


# ---- a page's own text ----------------------------------------------------------------

_FOLIO_DATE = re.compile(
    r"(?P<y>(19|20)\d\d)\s*(?:년\s*|[.\-/]\s*)(?P<m>\d{1,2})\s*(?:월\s*|[.\-/]\s*)"
    r"(?P<d>\d{1,2})\s*일?")
_FOLIO_PAGE = re.compile(r"(?<![\w])(?P<page>[A-Z]?\d{1,2}면|[A-Z]\d{1,2})(?![\w])")
_ENGLISH_DATE = re.compile(
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+(?P<d>\d{1,2}),\s+(?P<y>(19|20)\d\d)")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
# 홍길동 기자, 홍길동·김철수 기자, 수원=홍길동 기자, 홍길동 특파원
_BYLINE = re.compile(r"(?:(?<=\s)|^)(?:[가-힣]{1,6}=)?(?P<names>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)"
                     r"\s+(?P<role>기자|특파원|선임기자|논설위원|객원기자)(?=$|[\s.,)])")
_ENGLISH_BYLINE = re.compile(r"^By\s+(?P<names>[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}"
                             r"(?:\s+and\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})?)\s*$")


def from_page_lines(lines: list[str]) -> PrintMeta:
    """Date and page from a folio line (a short line near the page's edge with a date
    and a page: the caller passes the top and bottom lines)."""
    meta = PrintMeta()
    for line in lines:
        if len(line) > 80:
            continue
        date = _FOLIO_DATE.search(line)
        english = _ENGLISH_DATE.search(line)
        if date and meta.published is None:
            meta.published = _date(date["y"], date["m"], date["d"])
        elif english and meta.published is None:
            month = _MONTHS.index(english["month"].lower()) + 1
            meta.published = _date(english["y"], str(month), english["d"])
        if (date or english) and meta.page is None:
            rest = line[:(date or english).start()] + " " + line[(date or english).end():]
            page = _FOLIO_PAGE.search(rest)
            if page:
                meta.page = page["page"].removesuffix("면")
        if meta.published:
            meta.found.append("folio")
            break
    return meta


def byline_of(paragraphs: list[str]) -> str:
    """The byline a cut prints (`홍길동 기자`, `By Jane Kim`), or "". A line that is only
    a byline wins over one inside a sentence (`(수원=연합뉴스) 홍길동 기자 = ...`)."""
    for text in paragraphs:
        match = _BYLINE.fullmatch(text.strip())
        if match:
            names = re.sub(r"\s*[·,]\s*", "·", match["names"])
            return f"{names} {match['role']}"
    for text in paragraphs:
        for line in text.splitlines():
            english = _ENGLISH_BYLINE.match(line.strip())
            if english:
                return english["names"]
        match = _BYLINE.search(text)
        if match and (len(text) < 400 or match.start() < 15 or match.start() > len(text) - 120):
            names = re.sub(r"\s*[·,]\s*", "·", match["names"])
            return f"{names} {match['role']}"
    return ""
