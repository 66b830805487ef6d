"""Photo captions and credits: the patterns outlets use to say who took a photo.

`split_credit("... 논의했다. [경기도 제공. 재판매 및 DB 금지]")` gives
("... 논의했다.", "경기도"). Both the text and the HTML importers use it, because the
same conventions appear in `<figcaption>`, `alt` text and copied plain text.
"""

from __future__ import annotations

import re

# Each pattern matches a credit at the END of a caption and names it `credit`.
# "strong" patterns only ever mark photo credits, so a line that ends in one is a
# caption even in plain text; weak ones are trusted only inside a known caption.
# Photo agencies and desks that follow a photographer's name: "Sergei Supinsky / AFP".
_AGENCIES = (r"(?:AFP|AP|Reuters|REUTERS|EPA(?:-EFE)?|Getty Images|Bloomberg|Yonhap|Xinhua|"
             r"Kyodo|Anadolu(?: Agency)?|Shutterstock|dpa|Sipa(?: USA)?|SOPA Images|NurPhoto|"
             r"ZUMA(?: Press| Wire)?|Polaris|Redux|Alamy|Imago|IMAGO|Abaca|UPI|TASS|Sputnik|"
             r"WireImage|AAP|PA Images|PA|Jiji Press|News1|Newsis|Pool)")
# The end of a caption's last sentence, which a credit may follow with no space at all
# when the page prints it in its own element ("...in Queens.CreditChang W. Lee").
_SENTENCE_END = r"(?:^|(?<=[.!?\"”’)\]]))"

_STRONG = [
    # [경기도 제공], [경기도 제공. 재판매 및 DB 금지], [연합뉴스 자료사진]
    r"\[\s*(?P<credit>[^\[\]]{1,40}?)\s*(?:제공|자료\s*사진|자료사진)(?:\s*[.,]?\s*재판매\s*및\s*DB\s*금지)?\s*\]",
    # [사진 출처 = X], [사진=X], (사진=X), <사진=X>, (사진 X 제공)
    r"[\[(<]\s*사진\s*(?:출처)?\s*[=:]?\s*(?P<credit>[^\[\]()<>]{1,40}?)\s*(?:제공)?\s*[\])>]",
    # (AP Photo/Jane Doe), (AP Photo), (Photo by Jane Doe/Getty Images), (Photo: X)
    r"\(\s*(?P<credit>(?:AP|AFP|Yonhap|Reuters|EPA|Xinhua|Kyodo|UPI)\s+Photos?(?:\s*/\s*[^()]{1,80})?)\s*\)",
    r"\(\s*(?:Photo|Photograph|Image|Picture)s?\s*(?:by|:|courtesy of)\s*(?P<credit>[^()]{1,80}?)\s*\)",
    # (Gyeonggi Province via AP), (Jane Doe/Yonhap via AP): handouts an agency passes on
    r"\(\s*(?P<credit>[^()]{1,60}?\bvia\s+(?:AP|Getty Images|Reuters|AFP|Bloomberg|Yonhap)\b[^()]{0,20}?)\s*\)",
    r"\(\s*(?P<credit>[^()]{0,60}(?:Getty Images|Shutterstock|AFP|Reuters|EPA-EFE|Bloomberg|Yonhap|Xinhua|Anadolu|Imago|dpa|Pool)[^()]{0,40})\s*\)",
    # Photograph: Jane Doe/Reuters ; Photo: X ; Credit: X ; Image: X
    r"(?:^|(?<=[.!?\s]))\s*(?:Photograph|Photo|Credit|Image|Picture|Foto|Bild|Фото)s?"
    r"(?:\s+credits?)?\s*:\s*(?P<credit>[^:]{2,80})",
    # ...in Queens.CreditChang W. Lee ; Credit...Erin Schaff/The New York Times
    _SENTENCE_END + r"\s*(?-i:Credits?(?:\s*(?:\.{2,}|…)\s*|(?=[A-Z]))(?P<credit>[A-Z][^:…]{1,80}?))",
    # Photo by Jane Doe ; Photo courtesy of X ; Courtesy of X ; | photo by X
    r"(?:^|(?<=[.!?\"”’)\]\s|]))\s*(?:(?:Photos?|Photographs?|Images?|Pictures?)\s+(?:by|courtesy(?:\s+of)?)"
    r"|Courtesy\s+of)\s+(?P<credit>[^()|]{2,80}?)",
    # REUTERS/Jane Doe ; AFP via Getty Images
    r"(?:^|\s)(?P<credit>(?:REUTERS|AFP|EPA|AP|IMAGO|dpa)\s*/\s*[^/]{2,60}|[^.]{2,60}\bvia Getty Images)",
    # "...on May 9, 2024.Sergei Supinsky / AFP": a name and an agency after the last sentence
    _SENTENCE_END + r"\s*(?P<credit>(?-i:[A-Z])[\w.'’\- ]{1,50}?\s*/\s*(?-i:" + _AGENCIES + r")(?:\s+via\s+\w+)?)",
    # ⓒ 경기도 ; © Jane Doe ; "...있다.ⓒ경기일보"
    r"(?:^|(?<=[\s.,!?)\]]))[ⓒ©Ⓒ]\s*(?P<credit>[^ⓒ©Ⓒ]{1,40})",
    # "... 2025.2.3/뉴스1" ; "경기도청 전경 / 뉴스1 DB" (Korean agencies' photo desks)
    r"(?:\s|\d)/\s*(?P<credit>(?:뉴스1|뉴시스|연합뉴스|News1|NEWSIS|Yonhap)(?:\s*DB)?)",
    # "광교 거점 조감도. 경기도 제공" (a bare "X 제공" after the caption's full stop)
    r"(?<=[.。])\s*(?P<credit>[가-힣A-Za-z0-9·&() ]{2,20}?)\s*제공",
    # 사진=X ; 사진 제공=X ; / 사진=경기도 ; /사진=화성시 제공
    r"(?:^|[\s/])사진\s*(?:제공)?\s*=\s*(?P<credit>[^=]{1,40})",
]

_WEAK = [
    # "... 연설하고 있다. 연합뉴스" ; "... 있다 / 뉴시스" ; "... 있다. 홍길동 기자"
    r"(?:[.。]|\s/)\s*(?P<credit>[가-힣A-Za-z0-9 ]{0,20}?(?:뉴스|뉴시스|뉴스1|일보|신문|기자|Images|Photo))",
    # "... in Seoul. Jane Doe/The Guardian" (a trailing "Name/Outlet" pair)
    r"[.!?]\s+(?P<credit>[A-Z][\w.'\- ]{1,40}/[\w.'\- ]{2,40})",
    # "... speaks in Seoul. (Jane Doe/CBC)" ; "(AP)" ; "(Christie's)": a caption's last
    # parenthesis, when it holds a name rather than words of the sentence
    r"(?<=[.!?\s])\(\s*(?P<credit>[^()]{2,60}?)\s*\)",
]

# Korean agencies print the photo's date after the credit: "(사진=경기도 제공) 2024.05.09."
_PHOTO_DATE = r"(?P<photo_date>\s+\d{4}\s*[.\-/]\s*\d{1,2}\s*[.\-/]\s*\d{1,2}\s*\.?)?"
_STRONG_RE = [re.compile(p + _PHOTO_DATE + r"\s*[.。]?\s*$", re.I) for p in _STRONG]
_WEAK_RE = [re.compile(p + r"\s*$") for p in _WEAK]
_TRAILING_EMAIL = re.compile(r"\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$")
_TRAILING_JUNK = " \t\u00a0/|-–—=·:"


def split_credit(text: str, *, strong_only: bool = False) -> tuple[str, str]:
    """Split a caption into (caption, credit); credit is '' when none is found."""
    text = _TRAILING_EMAIL.sub("", text.strip())
    patterns = _STRONG_RE if strong_only else _STRONG_RE + _WEAK_RE
    for pattern in patterns:
        match = pattern.search(text)
        if match:
            credit = _clean_credit(match.group("credit"))
            caption = text[: match.start()].rstrip(_TRAILING_JUNK)
            photo_date = match.groupdict().get("photo_date")
            if photo_date and caption:
                caption = f"{caption} {photo_date.strip()}"
            # Agency credits keep their "Photo" prefix (AP Photo/Name) as printed.
            if credit:
                return caption, credit
    return text, ""


# "판교 협의체 출범식 (수원=연합뉴스) 14일 ..." : a photo title and an agency dateline
_CAPTION_DATELINE = re.compile(r"^(?:[^()]{0,60}?\s)?[(\[][^()\[\]=]{1,15}=[^()\[\]]{2,12}[)\]]\s*")


def clean_caption(caption: str) -> str:
    """A caption without the photo title and agency dateline that agencies put first."""
    caption = strip_marker(caption)
    stripped = _CAPTION_DATELINE.sub("", caption, count=1)
    return stripped if len(stripped) >= 10 else caption


_MARKER = re.compile(r"^\s*[▲△]\s*")


def strip_marker(caption: str) -> str:
    """Korean outlets start a caption with a triangle pointing at the photo above it."""
    return _MARKER.sub("", caption.strip())


_CREDIT_WORD = r"(?:[A-Z][\w.'’\-]*|the|of|for|and|de|del|van|der|von|da|la|le|al)"
# Chip Somodevilla/Getty Images ; John Antonoff/For the Sun-Times ; Kim/Yonhap via AP
_NAME_SLASH_OUTLET = re.compile(
    rf"[A-Z][\w.'’\-]*(?:\s+{_CREDIT_WORD}){{0,4}}\s*/\s*{_CREDIT_WORD}(?:\s+{_CREDIT_WORD}){{0,5}}"
    r"(?:\s+via\s+\w+(?:\s+\w+)?)?")
_AGENCY_ALONE = re.compile(
    rf"(?:{_AGENCIES}|Associated Press|Handout|Courtesy|Supplied|File|연합뉴스|뉴시스|뉴스1)"
    r"(?:\s+(?:Photos?|Images|DB|자료사진))?|[^()]{1,50}\bvia\s+(?:AP|Getty Images|Reuters|AFP)")
_REPORTER = re.compile(r"[가-힣]{2,4}\s*(?:기자|특파원|객원기자|사진기자)")
MAX_CREDIT_ONLY = 70


def credit_only(text: str) -> str:
    """The credit, when the whole text is one ("Chip Somodevilla/Getty Images", "Yonhap",
    "홍길동 기자", "Photo: X"): a caption element that names only who took the photo."""
    text = text.strip()
    if not text or len(text) > MAX_CREDIT_ONLY:
        return ""
    caption, credit = split_credit(text, strong_only=True)
    if credit and not caption.strip(_TRAILING_JUNK + ".,;"):
        return credit
    if any(p.fullmatch(text) for p in (_NAME_SLASH_OUTLET, _AGENCY_ALONE, _REPORTER)):
        return _clean_credit(text)
    return ""


def has_strong_credit(text: str) -> bool:
    text = _TRAILING_EMAIL.sub("", text.strip())
    return any(p.search(text) for p in _STRONG_RE)


def _clean_credit(credit: str) -> str:
    credit = credit.strip().strip(_TRAILING_JUNK + ".,")
    credit = re.sub(r"\s*(?:재판매\s*및\s*DB\s*금지|무단\s*전재.*)$", "", credit)
    credit = re.sub(r"(?<=\S)\s*제공$", "", credit)  # "화성시 제공": the giver is the credit
    return credit.strip().strip(".,")
