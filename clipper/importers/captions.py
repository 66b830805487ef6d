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
_STRONG = [
    # [경기도 제공], [경기도 제공. 재판매 및 DB 금지], [연합뉴스 자료사진]
    r"\[\s*(?P<credit>[^\[\]]{1,40}?)\s*(?:제공|자료\s*사진|자료사진)(?:\s*[.,]?\s*재판매\s*및\s*DB\s*금지)?\s*\]",
    # [사진 출처 = X], [사진=X], (사진=X), <사진=X>, (사진 X 제공)
    r"[\[(<]\s*사진\s*(?:출처)?\s*[=:]?\s*(?P<credit>[^\[\]()<>]{1,40}?)\s*(?:제공)?\s*[\])>]",
    # (AP Photo/Jane Doe), (AP Photo), (Photo by Jane Doe/Getty Images), (Photo: X)
    r"\(\s*(?P<credit>(?:AP|AFP|Yonhap|Reuters|EPA|Xinhua|Kyodo|UPI)\s+Photos?(?:\s*/\s*[^()]{1,80})?)\s*\)",
    r"\(\s*(?:Photo|Photograph|Image|Picture)s?\s*(?:by|:|courtesy of)\s*(?P<credit>[^()]{1,80}?)\s*\)",
    r"\(\s*(?P<credit>[^()]{0,60}(?:Getty Images|Shutterstock|AFP|Reuters|EPA-EFE|Bloomberg|Yonhap|Xinhua|Anadolu|Imago|dpa|Pool)[^()]{0,40})\s*\)",
    # Photograph: Jane Doe/Reuters ; Photo: X ; Credit: X ; Image: X
    r"(?:^|(?<=[.!?\s]))\s*(?:Photograph|Photo|Credit|Image|Picture|Foto|Bild|Фото)s?"
    r"(?:\s+credits?)?\s*:\s*(?P<credit>[^:]{2,80})",
    # REUTERS/Jane Doe ; AFP via Getty Images
    r"(?:^|\s)(?P<credit>(?:REUTERS|AFP|EPA|AP|IMAGO|dpa)\s*/\s*[^/]{2,60}|[^.]{2,60}\bvia Getty Images)",
    # ⓒ 경기도 ; © Jane Doe
    r"(?:^|\s)[ⓒ©Ⓒ]\s*(?P<credit>[^ⓒ©Ⓒ]{1,40})",
    # "... 2025.2.3/뉴스1" ; "경기도청 전경 / 뉴스1 DB" (Korean agencies' photo desks)
    r"(?:\s|\d)/\s*(?P<credit>(?:뉴스1|뉴시스|연합뉴스|News1|NEWSIS|Yonhap)(?:\s*DB)?)",
    # "광교 거점 조감도. 경기도 제공" (a bare "X 제공" after the caption's full stop)
    r"(?<=[.。])\s*(?P<credit>[가-힣A-Za-z0-9·&() ]{2,20}?)\s*제공",
    # 사진=X ; 사진 제공=X ; / 사진=경기도
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

_STRONG_RE = [re.compile(p + r"\s*[.。]?\s*$", re.I) for p in _STRONG]
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
            # Agency credits keep their "Photo" prefix (AP Photo/Name) as printed.
            if credit:
                return caption, credit
    return text, ""


# "판교 협의체 출범식 (수원=연합뉴스) 14일 ..." : a photo title and an agency dateline
_CAPTION_DATELINE = re.compile(r"^(?:[^()]{0,60}?\s)?[(\[][^()\[\]=]{1,15}=[^()\[\]]{2,12}[)\]]\s*")


def clean_caption(caption: str) -> str:
    """A caption without the photo title and agency dateline that agencies put first."""
    stripped = _CAPTION_DATELINE.sub("", caption.strip(), count=1)
    return stripped if len(stripped) >= 10 else caption.strip()


def has_strong_credit(text: str) -> bool:
    text = _TRAILING_EMAIL.sub("", text.strip())
    return any(p.search(text) for p in _STRONG_RE)


def _clean_credit(credit: str) -> str:
    credit = credit.strip().strip(_TRAILING_JUNK + ".,")
    credit = re.sub(r"\s*(?:재판매\s*및\s*DB\s*금지|무단\s*전재.*)$", "", credit)
    return credit.strip().strip(".,")
