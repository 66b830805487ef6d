"""Which of a page's title sources is its headline.

A news page names its headline several times: JSON-LD `headline`, og:title, twitter:title,
<title>, the printed <h1>. Which one carries the editors' headline varies by site (bench:
JSON-LD matched 186 of 258 fundus pages, og:title 178, <h1> 172, <title> 59), so the
sources vote and the text most of them agree on wins. Before voting, each source is
cleaned of what is not headline: the site's name after a separator ("Headline | Site"),
and, for a heading printed as a kicker element over a headline element, the kicker when
the other sources give the headline alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from clipper.importers import outlets
from clipper.importers.html_metadata import PageMeta

# How far each source of a headline is trusted. Weights measured over the 258 fundus
# pages (a grid of whole-number-ish weights; neighbouring settings score within two pages
# of each other). "printed" is a heading in the article's header standing in for a
# missing <h1>; it votes only when another source confirms its text, so it is trusted a
# little more than a bare <h1> (which may be a bookmark button's label or a top bar's
# SEO copy).
_TITLE_WEIGHTS = {"jsonld": 1.6, "h1": 1.0, "printed": 1.2, "og": 1.0, "twitter": 0.3,
                  "title": 0.2, "dc": 0.2, "heading": 0.1}
_SOURCES = ("jsonld", "og", "h1", "twitter", "dc", "title", "heading")
_META_SOURCES = ("og", "jsonld", "twitter", "dc", "title")
_HEADING_SOURCES = ("h1", "printed", "heading")
_STRIPPED_WEIGHT = 0.8  # "Headline | Section" also votes for "Headline"
_SITE_SUFFIX_WEIGHT = 0.3  # "Headline | Site": the whole text keeps a little of its vote

_TITLE_PARTS = re.compile(r"\s+[|\-–—:·»]\s+|\s*[|ㅣ]\s*")
_GLUED_SECTION = re.compile(r"(?<=\S)\s*[-–]\s*(?![A-Za-z0-9])[^\s\-–]{1,6}$")
_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "or", "ne", "go"}


@dataclass
class _Vote:
    source: str
    text: str
    weight: float
    cut: bool  # the text is one we cut out of the source's own


def letters(text: str) -> str:
    """The text's letters and digits, case-folded: what two forms of a title share."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def choose_title(page: PageMeta) -> str:
    """The headline: the text the page's title sources agree on most.

    Texts with the same letters count as one (an <h1> made of a kicker span and a
    headline span loses the colon between them). The shown form is a <meta>'s own text
    (og:title's first, then JSON-LD's, ...), then one we cut a site name from, then a
    heading's: a <meta> keeps the headline's punctuation, a heading's pieces do not
    (bench: where the forms differ, og:title's was the expected one on 13 of 13 pages).
    """
    votes = _source_votes(page)
    headings = _headings(page, votes)
    _headings_vote_for_their_headline(headings, votes)
    scores: dict[str, float] = {}
    for vote in votes:
        key = letters(vote.text)
        if key:
            scores[key] = scores.get(key, 0.0) + vote.weight
    if not scores:
        return ""
    best = max(scores, key=lambda k: scores[k])
    for sources, cut in ((_META_SOURCES, False), (_META_SOURCES, True),
                         (_HEADING_SOURCES, None)):
        for source in sources:
            for vote in votes:
                if vote.source == source and cut in (None, vote.cut) and \
                        letters(vote.text) == best:
                    return vote.text
    return ""


def _source_votes(page: PageMeta) -> list[_Vote]:
    votes: list[_Vote] = []
    for source in _SOURCES:
        value = page.title_candidates.get(source, "")
        if not value or _is_only_site_name(value, page):
            continue  # og:title or <title> that is only the site's name
        weight = _TITLE_WEIGHTS[source]
        stripped = strip_site(value, page)
        if stripped == value:
            votes.append(_Vote(source, value, weight, False))
        elif _ends_with_site(value, page):
            # "Headline | 한국일보": the site's own name, so the headline is the rest.
            votes += [_Vote(source, value, weight * _SITE_SUFFIX_WEIGHT, False),
                      _Vote(source, stripped, weight, True)]
        else:
            votes += [_Vote(source, value, weight, False),
                      _Vote(source, stripped, weight * _STRIPPED_WEIGHT, True)]
    return votes


def _headings(page: PageMeta, votes: list[_Vote]) -> dict[str, tuple[str, str]]:
    """The printed heading that votes, as {source: (whole text, headline element's text)}.

    The <h1> when the page has a usable one. Otherwise the first heading printed in a
    header that reads as one of the other sources (whole, or its headline element) votes
    as the <h1> would: it tells which of the <meta> headlines the page shows. A header
    heading that matches none is some other box's title, so it does not vote.
    """
    if page.title_candidates.get("h1"):
        return {"h1": (page.title_candidates["h1"], page.title_tails.get("h1", ""))}
    wanted = {letters(vote.text) for vote in votes if vote.source != "heading"}
    for whole, tail in page.printed_headings:
        if letters(whole) in wanted or (tail and letters(tail) in wanted):
            votes.append(_Vote("printed", whole, _TITLE_WEIGHTS["printed"], False))
            return {"printed": (whole, tail)}
    return {}


def _headings_vote_for_their_headline(headings: dict[str, tuple[str, str]],
                                      votes: list[_Vote]) -> None:
    """A heading printed as kicker + headline votes for the headline alone when no other
    source gives the whole but one gives the headline element's text (the kicker is a
    label over the headline, which sites leave out of og:title or JSON-LD)."""
    for source, (whole_text, tail) in headings.items():
        if not tail:
            continue
        others = {letters(v.text) for v in votes if v.source != source}
        whole = letters(whole_text)
        if whole in others or letters(tail) not in others:
            continue
        for vote in votes:
            if vote.source == source and letters(vote.text) == whole:
                vote.text, vote.cut = tail, True


def _domain_name(url: str) -> str:
    """The name a site registered: "tageszeitung" for www.tageszeitung.it, "bbc" for
    www.bbc.co.uk."""
    labels = (urlsplit(url or "").hostname or "").split(".")[:-1]
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels = labels[:-1]
    return labels[-1] if labels else ""


def _host(page: PageMeta) -> str:
    return (urlsplit(page.url or "").hostname or "").removeprefix("www.")


def _names_site(part: str, page: PageMeta) -> bool:
    """Is this title part the site's own name: og:site_name, the JSON-LD publisher, a
    known outlet, or a name made of the site's domain ("Golem.de", "Digg") or ending in it
    ("Die Neue Südtiroler Tageszeitung" on tageszeitung.it; not "comwrap at DMEXCO 2018"
    on comwrap.com, where the site is the story's subject)?"""
    low = part.strip().casefold()
    if not low:
        return False
    if low in {n.casefold() for n in (page.site_name, page.publisher) if n} or \
            outlets.is_outlet_name(part):
        return True
    domain = letters(_domain_name(page.url))
    return len(domain) >= 3 and (letters(low) in (domain, letters(_host(page)))
                                 or letters(low.split()[-1]) == domain)


def _is_only_site_name(text: str, page: PageMeta) -> bool:
    """"Tages-Anzeiger", "golem.de": a title that is the site's name and nothing more."""
    key = letters(text)
    names = {letters(n)
             for n in (page.site_name, page.publisher, _host(page), _domain_name(page.url)) if n}
    return bool(key) and (key in names or outlets.is_outlet_name(text))


def _ends_with_site(title: str, page: PageMeta) -> bool:
    return _names_site(_TITLE_PARTS.split(title)[-1], page)


def strip_site(title: str, page: PageMeta) -> str:
    """'Headline | Site Name' -> 'Headline'; the title itself when there is nothing to cut.

    After a site's name, the parts before it go too while they read like section names
    ("Headline | Royal | News | Express.co.uk"); a part that reads like the headline's own
    second clause stays ("Stadia reviews are here — and they're not great - Digg"). With
    no site's name, a short last part after a long first one is taken for a section.
    """
    pieces = re.split(f"({_TITLE_PARTS.pattern})", title)
    parts = pieces[0::2]
    if len(parts) < 2:
        return title
    site = (page.site_name or page.publisher).casefold()
    last = parts[-1].casefold()
    if (site and (site in last or last in site)) or _names_site(parts[-1], page):
        keep = len(parts) - 1
        while keep > 1 and _reads_like_section(parts[keep - 1]):
            keep -= 1
        head = "".join(pieces[:2 * keep - 1]).strip()
    elif len(parts[-1]) <= 30 and len(parts[0]) >= 15:
        head = parts[0]
    else:
        return title
    # "Headline-정치ㅣ한국일보": a section name glued on before the site's name
    # (not the end of a compound such as "US-Dollar" or "Covid-19").
    return _GLUED_SECTION.sub("", head) if len(head) >= 12 else head


def _reads_like_section(part: str) -> bool:
    """"News", "Politics News", "Royal", "时政": a few capitalised words or a short
    uncased word, not a clause of the headline."""
    words = part.split()
    if not words or len(words) > 3 or len(part) > 25:
        return False
    cased = [w for w in words if w[:1].isalpha() and w[:1].lower() != w[:1].upper()]
    if not cased:
        return len(part) <= 8
    return all(w[:1].isupper() for w in cased)
