"""Which press wrote an article: from its URL, its dateline, or its copyright line.

Portals (Naver News, Daum News) republish other outlets' articles; their clipping's
outlet is the press that wrote it, never the portal, so portal domains are not outlets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Outlet:
    name: str
    domains: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()


OUTLETS: tuple[Outlet, ...] = (
    Outlet("오마이뉴스", ("ohmynews.com",), ("OhmyNews", "오마이뉴스")),
    Outlet("연합뉴스", ("yna.co.kr", "yonhapnews.co.kr"), ("연합뉴스",)),
    Outlet("Yonhap News Agency", ("en.yna.co.kr",), ("Yonhap",)),
    Outlet("뉴시스", ("newsis.com",), ("뉴시스", "NEWSIS")),
    Outlet("뉴스1", ("news1.kr",), ("뉴스1",)),
    Outlet("한국일보", ("hankookilbo.com",), ("한국일보",)),
    Outlet("조선일보", ("chosun.com",), ("조선일보",)),
    Outlet("중앙일보", ("joongang.co.kr",), ("중앙일보",)),
    Outlet("동아일보", ("donga.com",), ("동아일보",)),
    Outlet("한겨레", ("hani.co.kr",), ("한겨레", "한겨레신문")),
    Outlet("경향신문", ("khan.co.kr",), ("경향신문",)),
    Outlet("경기일보", ("kyeonggi.com",), ("경기일보",)),
    Outlet("경인일보", ("kyeongin.com",), ("경인일보",)),
    Outlet("매일경제", ("mk.co.kr",), ("매일경제",)),
    Outlet("한국경제", ("hankyung.com",), ("한국경제", "한경")),
    Outlet("서울신문", ("seoul.co.kr",), ("서울신문",)),
    Outlet("국민일보", ("kmib.co.kr",), ("국민일보",)),
    Outlet("세계일보", ("segye.com",), ("세계일보",)),
    Outlet("MBN", ("mbn.co.kr",), ("MBN",)),
    Outlet("KBS", ("kbs.co.kr",), ("KBS",)),
    Outlet("MBC", ("imbc.com",), ("MBC",)),
    Outlet("SBS", ("sbs.co.kr",), ("SBS",)),
    Outlet("YTN", ("ytn.co.kr",), ("YTN",)),
    Outlet("The Korea Herald", ("koreaherald.com",), ("The Korea Herald", "Korea Herald")),
    Outlet("The Korea Times", ("koreatimes.co.kr",), ("The Korea Times", "Korea Times")),
    Outlet("Korea JoongAng Daily", ("koreajoongangdaily.joins.com",), ("Korea JoongAng Daily",)),
    Outlet("Associated Press", ("apnews.com",), ("The Associated Press", "Associated Press", "AP")),
    Outlet("Reuters", ("reuters.com",), ("Reuters",)),
    Outlet("AFP", ("afp.com",), ("AFP", "Agence France-Presse")),
    Outlet("The New York Times", ("nytimes.com",), ("The New York Times",)),
    Outlet("The Washington Post", ("washingtonpost.com",), ("The Washington Post",)),
    Outlet("The Guardian", ("theguardian.com",), ("The Guardian",)),
    Outlet("BBC News", ("bbc.com", "bbc.co.uk"), ("BBC News", "BBC")),
    Outlet("CNN", ("cnn.com",), ("CNN",)),
    Outlet("Bloomberg", ("bloomberg.com",), ("Bloomberg",)),
    Outlet("San Francisco Chronicle", ("sfchronicle.com",), ("San Francisco Chronicle",)),
)

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
