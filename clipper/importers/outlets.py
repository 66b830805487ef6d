"""Which press wrote an article: from its URL, its dateline, or its copyright line.

Portals (Naver News, Daum News) republish other outlets' articles; their clipping's
outlet is the press that wrote it, never the portal, so portal domains are not outlets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from clipper.domain import ArticleDraft, Outlet
from clipper.seed import seed_outlets


@dataclass(frozen=True)
class KnownOutlet:
    name: str
    domains: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()


def _seeded() -> tuple[KnownOutlet, ...]:
    # The shipped seed (clipper/data/outlets.json) is what the reading heuristics know
    # before a library's registry refines the answer (Resolver, below).
    return tuple(KnownOutlet(o["name"], tuple(o.get("domains", ())), tuple(o.get("aliases", ())))
                 for o in seed_outlets())


OUTLETS: tuple[KnownOutlet, ...] = _seeded()

PORTAL_DOMAINS = ("naver.com", "daum.net", "nate.com", "msn.com", "news.google.com", "yahoo.com")

_BY_ALIAS = {alias.casefold(): o.name for o in OUTLETS for alias in (*o.aliases, o.name)}

# (서울=연합뉴스) ; (샌프란시스코=뉴스1) ; [수원=뉴시스]
_KOREAN_DATELINE = re.compile(r"[(\[]\s*[가-힣A-Za-z ]{1,15}\s*=\s*(?P<outlet>[가-힣A-Za-z0-9]{2,12})\s*[)\]]")
# SAN FRANCISCO (AP) — ; SEOUL, May 9 (Reuters) - ; (Yonhap) --
_AGENCY_DATELINE = re.compile(r"\((?P<outlet>AP|Reuters|AFP|Yonhap|Bloomberg|CNN)\)\s*(?:—|–|-|--)")
# <오마이뉴스> in a reporter's profile line
_ANGLE_OUTLET = re.compile(r"<(?P<outlet>[^<>\s][^<>]{1,20})>")
# <저작권자 ⓒ 한국일보, 무단 전재 ...>, Copyright ⓒ 연합뉴스. All rights reserved, © 2024 The Associated Press
_COPYRIGHT = re.compile(
    r"(?:저작권자|copyright)?\s*(?:[ⓒ©Ⓒ]|\(c\)|copyright)\s*(?:\d{4}\s*)?(?P<outlet>[^,.<>|\d][^,.<>|]{1,40}?)"
    r"\s*(?:[,.<>|]|\ball rights\b|무단|$)",
    re.I,
)


def is_portal(url: str | None) -> bool:
    host = _host(url)
    return bool(host) and any(host == d or host.endswith("." + d) for d in PORTAL_DOMAINS)


def outlet_from_url(url: str | None) -> str:
    """The outlet a URL's domain belongs to, or '' (always '' for portals)."""
    host = _host(url)
    if not host or is_portal(url):
        return ""
    best = ""
    best_len = 0
    for outlet in OUTLETS:
        for domain in outlet.domains:
            if (host == domain or host.endswith("." + domain)) and len(domain) > best_len:
                best, best_len = outlet.name, len(domain)
    return best


def canonical_outlet(name: str) -> str:
    """A known outlet's usual name for any of its aliases; other names as given."""
    name = name.strip()
    return _BY_ALIAS.get(name.casefold(), name)


def is_outlet_name(text: str) -> bool:
    return text.strip().casefold() in _BY_ALIAS


def outlet_from_lines(lines: list[str]) -> str:
    """The outlet named by a dateline, a `<Outlet>` profile or a copyright line."""
    for line in lines:
        for pattern in (_KOREAN_DATELINE, _AGENCY_DATELINE):
            match = pattern.search(line)
            if match:
                return canonical_outlet(match.group("outlet"))
    for line in lines:
        match = _ANGLE_OUTLET.search(line)
        if match and match.group("outlet").casefold() in _BY_ALIAS:
            return canonical_outlet(match.group("outlet"))
    for line in reversed(lines):
        if not _looks_like_copyright(line):
            continue
        match = _COPYRIGHT.search(line)
        if match:
            name = re.sub(r"^(?:저작권자|copyright)\s*", "", match.group("outlet").strip(), flags=re.I)
            if name:
                return canonical_outlet(name)
    for line in lines:
        # "The Guardian - Back to home", "연합뉴스 | 전체메뉴": a logo's text with its link
        first = re.split(r"\s[-|·:]\s", line.strip(), maxsplit=1)[0]
        known = _BY_ALIAS.get(first.casefold())
        if known:
            return known
    return ""


def _looks_like_copyright(line: str) -> bool:
    low = line.casefold()
    return (
        "copyright" in low
        or "all rights reserved" in low
        or "무단" in line
        or "저작권" in line
    )


def _host(url: str | None) -> str:
    if not url:
        return ""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.lower().removeprefix("www.")


# ---- the library's registry ----------------------------------------------------------

# Naver News copies: n.news.naver.com/mnews/article/001/0014661234 (oid 001 = 연합뉴스),
# news.naver.com/main/read.naver?oid=001&aid=...; Daum copies name no press in the URL.
_NAVER_PATH_OID = re.compile(r"/(?:mnews/)?article/(?:comment/)?(?P<oid>\d{3})/\d+")
_NAVER_QUERY_OID = re.compile(r"[?&]oid=(?P<oid>\d{3})\b")


def naver_oid(url: str | None) -> str | None:
    """The press code of a Naver News copy's URL, or None."""
    host = _host(url)
    if not (host == "naver.com" or host.endswith(".naver.com")):
        return None
    match = _NAVER_PATH_OID.search(url or "") or _NAVER_QUERY_OID.search(url or "")
    return match.group("oid") if match else None


class Resolver:
    """Names an article's outlet by the library's registry: a portal copy becomes the
    press that wrote it (Naver's press code), a known domain its outlet, an alias the
    display name. Unknown names stay as found (the store registers them, uncategorised).
    Built from the registry's rows by the pipeline, so importers need no SQL."""

    def __init__(self, registry: Iterable[Outlet]):
        registry = list(registry)
        self.by_name: dict[str, str] = {}
        self.by_domain: dict[str, str] = {}
        self.by_oid: dict[str, str] = {}
        for outlet in registry:
            for alias in outlet.aliases:
                self.by_name.setdefault(alias.casefold(), outlet.name)
            for domain in outlet.domains:
                self.by_domain[domain.lower().removeprefix("www.")] = outlet.name
            if outlet.naver_oid:
                self.by_oid[outlet.naver_oid] = outlet.name
        for outlet in registry:
            self.by_name[outlet.name.casefold()] = outlet.name  # a name beats an alias

    def resolve(self, draft: ArticleDraft) -> str:
        oid = naver_oid(draft.url)
        if oid and oid in self.by_oid:
            return self.by_oid[oid]
        host = _host(draft.url)
        if host and not is_portal(draft.url):
            best = max((d for d in self.by_domain if host == d or host.endswith("." + d)),
                       key=len, default=None)
            if best:
                return self.by_domain[best]
        name = draft.outlet.strip()
        return self.by_name.get(name.casefold(), name)
