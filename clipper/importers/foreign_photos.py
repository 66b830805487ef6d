"""Photos inside an article's page that are not the article's: the thumbnail of a video
player or a related-video teaser (CNBC's inline videos, Korean broadcasters' VOD boxes),
and advertisements ("Advertisement"/"광고" labels, ad servers' images and click links).

Each is told by what makes it one on any site, not by a site's class names: a player
or play button, a running time, a video id; an ad label, an ad server's address.
"""

from __future__ import annotations

import re

import lxml.html

_VIDEO_WORD = re.compile(r"video|vod|player|playlist|jwplayer|brightcove|vimeo|youtube", re.I)
_PLAY_WORD = re.compile(r"(?:^|[\s_-])(?:play|play[-_]?(?:button|btn|icon|ico)|"
                        r"(?:btn|ico|icon)[-_]?play)(?:$|[\s_-])|playButton|playIcon|재생",
                        re.I)
_DURATION = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
_AD_LABEL = re.compile(r"^(?:advertisement|advertising|ad|ads|sponsored(?: content)?|"
                       r"promoted|paid (?:content|post)|광고|anzeige|werbung|publicité|"
                       r"publicidad|pubblicità|reklama)$", re.I)
_AD_ADDRESS = re.compile(r"doubleclick\.net|googlesyndication\.com|googleadservices\.com|"
                         r"adnxs\.com|amazon-adsystem\.com|adservice\.|criteo\.|"
                         r"//(?:[\w-]+\.)*ads?\.|//adclick|/adclick|/ads?/|adserver", re.I)
_AD_TOKENS = frozenset("ad ads advert advertisement dfp gpt adsense adslot adunit "
                       "ad_slot ad_unit".split())
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
BLOCK_LEVELS = 4  # how far up the photo's own block may reach
MAX_BLOCK_CHARS = 300  # a teaser's or an ad's block holds a title at most


def reason(img: lxml.html.HtmlElement, caption_elements: list[lxml.html.HtmlElement],
           src: str) -> tuple[str, list[lxml.html.HtmlElement]]:
    """Why this photo is not the article's ('' when it is), and the labels around it that
    are no article text either ("Advertisement")."""
    if _AD_ADDRESS.search(src):
        return "advertisement", []
    skip = {el for cap in caption_elements for el in cap.iter()}
    block = _block(img)
    for anc in block:
        if anc.tag == "a" and _AD_ADDRESS.search(anc.get("href") or ""):
            return "advertisement", []
        if _tokens(anc) & _AD_TOKENS:
            return "advertisement", []
        labels = [el for el in anc.iter() if isinstance(el.tag, str) and el not in skip
                  and img not in el.iter() and _AD_LABEL.match(_text(el))]
        if labels:
            return "advertisement", labels
    if _is_video_card(img, block, caption_elements):
        return "video", []
    return "", []


def _is_video_card(img: lxml.html.HtmlElement, block: list[lxml.html.HtmlElement],
                   caption_elements: list[lxml.html.HtmlElement]) -> bool:
    """A player's thumbnail with a running time, and no caption outside the player.

    The article's own video (El País, the Guardian) has its caption beside the player,
    like a photo's; a card for another clip (CNBC's inline videos, a broadcaster's VOD
    box) carries only the clip's title and length inside the player.
    """
    player = None
    for anc in block:
        if _says_video(anc) or _is_play_control(anc) or any(
                el.tag == "video" or (el is not img and _is_play_control(el))
                for el in anc.iter() if isinstance(el.tag, str)):
            player = anc  # the outermost element that is still the player
    if player is None:
        return False
    if not any(len(el) == 0 and _DURATION.match(_text(el)) for el in player.iter()
               if isinstance(el.tag, str)):
        return False
    return all(any(a is player for a in cap.iterancestors()) for cap in caption_elements)


def _block(img: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The photo's own ancestors: those holding no other photo and little text."""
    out = []
    for anc in img.iterancestors():
        if len(out) >= BLOCK_LEVELS or anc.tag in ("article", "main", "body", "html"):
            break
        if sum(1 for i in anc.iter("img") if not any(a.tag == "noscript"
                                                     for a in i.iterancestors())) > 1:
            break
        if len(_text(anc)) > MAX_BLOCK_CHARS:
            break
        out.append(anc)
    return out


def _tokens(el: lxml.html.HtmlElement) -> set[str]:
    """Words of an element's class, id and tag (a custom element such as `ps-dfp-ad`)."""
    raw = f"{el.get('class') or ''} {el.get('id') or ''} {el.tag if '-' in el.tag else ''}"
    raw = raw.lower()
    return set(_TOKEN_SPLIT.split(raw)) | set(raw.split())


def _says_video(el: lxml.html.HtmlElement) -> bool:
    marks = f"{el.get('class') or ''} {el.get('id') or ''}"
    if _VIDEO_WORD.search(marks):
        return True
    return any(_VIDEO_WORD.search(name) for name in el.attrib if name.startswith("data-"))


def _is_play_control(el: lxml.html.HtmlElement) -> bool:
    marks = f"{el.get('class') or ''} {el.get('aria-label') or ''}"
    if el.tag == "button":
        marks += " " + _text(el)
    return bool(_PLAY_WORD.search(marks))


def _text(el: lxml.html.HtmlElement) -> str:
    return " ".join(el.text_content().split())
